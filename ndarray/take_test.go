package ndarray

import (
	"errors"
	"slices"
	"testing"
)

// NumPy's take, take_along_axis, put and put_along_axis (values from
// /usr/bin/python3).
func TestTakeNumPy(t *testing.T) {
	a := Arange[float64](0, 12, 1).Reshape(3, 4)
	check := func(name string, got *Array[float64], shape []int, want []float64) {
		t.Helper()
		if !slices.Equal(got.Shape(), shape) || !slices.Equal(got.Values(), want) {
			t.Errorf("%s: %v %v, want %v %v", name, got.Shape(), got.Values(), shape, want)
		}
	}
	check("take flat", Take(a, FromSlice([]int64{0, -1, 5, 11}, 2, 2)), []int{2, 2}, []float64{0, 11, 5, 11})
	check("take axis 0", TakeAxis(a, FromSlice([]int32{2, -3}), 0), []int{2, 4}, []float64{8, 9, 10, 11, 0, 1, 2, 3})
	check("take axis 1", TakeAxis(a, FromSlice([]uint8{1, 3}, 2, 1), 1), []int{3, 2, 1}, []float64{1, 3, 5, 7, 9, 11})
	check("take of a transposed view", Take(a.T(), FromSlice([]int64{1, 2})), []int{2}, []float64{4, 8})
	check("take empty", TakeAxis(a, Zeros[int64](0), -1), []int{3, 0}, nil)
	s := FromSlice([]float64{3, 1, 2, 9, 7, 8}, 2, 3)
	check("take_along_axis", TakeAlongAxis(s, FromSlice([]int64{1, 2, 0, 1, 2, 0}, 2, 3), 1), []int{2, 3}, []float64{1, 2, 3, 7, 8, 9})
	check("take_along_axis broadcast", TakeAlongAxis(a, FromSlice([]int64{2, 0, 1, 2}, 1, 4), 0), []int{1, 4}, []float64{8, 1, 6, 11})
	c := a.Copy()
	Put(c, FromSlice([]int64{0, -1, 5}), FromSlice([]float64{100, 200}))
	check("put", c, []int{3, 4}, []float64{100, 1, 2, 3, 4, 100, 6, 7, 8, 9, 10, 200})
	d := a.Copy()
	PutAlongAxis(d, FromSlice([]int64{0, 1, 3}, 3, 1), Scalar(7.0), 1)
	check("put_along_axis", d, []int{3, 4}, []float64{7, 1, 2, 3, 4, 7, 6, 7, 8, 9, 10, 7})
	e := Zeros[float64](4, 3)
	Put(e.T(), FromSlice([]int64{1}), Scalar(1.0))
	check("put into a transposed view", e, []int{4, 3}, []float64{0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0})

	for _, c := range []struct {
		name string
		f    func()
		kind string
		msg  string
	}{
		{"flat", func() { Take(a, FromSlice([]int64{12})) }, "index", "index 12 is out of bounds for axis 0 with size 12"},
		{"axis", func() { TakeAxis(a, FromSlice([]int64{-5}), 0) }, "index", "index -5 is out of bounds for axis 0 with size 3"},
		{"axis 1", func() { TakeAxis(a, FromSlice([]int64{4}), -1) }, "index", "index 4 is out of bounds for axis 1 with size 4"},
		{"empty", func() { Take(Zeros[float64](0), FromSlice([]int64{0})) }, "index", "cannot do a non-empty take from an empty axes."},
		{"put", func() { Put(a.Copy(), FromSlice([]int64{12}), Scalar(1.0)) }, "index", "index 12 is out of bounds for axis 0 with size 12"},
		{"along", func() { TakeAlongAxis(a, FromSlice([]int64{7}, 1, 1), 1) }, "index", "index 7 is out of bounds for axis 1 with size 4"},
		{"along ndim", func() { TakeAlongAxis(a, FromSlice([]int64{7}), 1) }, "value", "`indices` and `arr` must have the same number of dimensions"},
		{"bad axis", func() { TakeAxis(a, FromSlice([]int64{0}), 2) }, "axis", "axis 2 is out of bounds for array of dimension 2"},
	} {
		err := recovered(c.f)
		var ie *IndexError
		var ve *ValueError
		var ae *AxisError
		ok := map[string]bool{"index": errors.As(err, &ie), "value": errors.As(err, &ve), "axis": errors.As(err, &ae)}[c.kind]
		if !ok || err.Error() != c.msg {
			t.Errorf("%s: %v, want %s error %q", c.name, err, c.kind, c.msg)
		}
	}
}
