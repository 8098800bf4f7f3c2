package ndarray

import (
	"slices"
	"testing"
)

// TestOrders checks order='F'/'A' and Ravel's copy rule against NumPy
// 1.24.2's output, noted beside each case (x = np.arange(6).reshape(2, 3)).
func TestOrders(t *testing.T) {
	x := Arange[int64](0, 6, 1).Reshape(2, 3)
	y := Arange[int64](0, 24, 1).Reshape(2, 3, 4).Slice(All(), Step(2))
	cases := []struct {
		name   string
		got    *Array[int64]
		shape  []int
		values []int64
		view   bool // np.shares_memory with the source
	}{
		{"x.reshape(3, 2, order='F')", x.ReshapeOrder(OrderF, 3, 2), []int{3, 2}, []int64{0, 4, 3, 2, 1, 5}, false},
		{"x.ravel('F')", x.RavelOrder(OrderF), []int{6}, []int64{0, 3, 1, 4, 2, 5}, false},
		{"x.T.ravel('A')", x.T().RavelOrder(OrderA), []int{6}, []int64{0, 1, 2, 3, 4, 5}, true},
		{"x.T.ravel('F')", x.T().RavelOrder(OrderF), []int{6}, []int64{0, 1, 2, 3, 4, 5}, true},
		{"x.T.reshape(6, order='F')", x.T().ReshapeOrder(OrderF, 6), []int{6}, []int64{0, 1, 2, 3, 4, 5}, true},
		{"x.flatten('F')", x.FlattenOrder(OrderF), []int{6}, []int64{0, 3, 1, 4, 2, 5}, false},
		{"y.reshape(4, -1, order='F')", y.ReshapeOrder(OrderF, 4, -1), []int{4, 4},
			[]int64{0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11, 20, 21, 22, 23}, false},
		{"y.ravel('A')", y.RavelOrder(OrderA), []int{16}, []int64{0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 20, 21, 22, 23}, false},
		{"arange(10)[::2].ravel()", Arange[int64](0, 10, 1).Slice(Step(2)).Ravel(), []int{5}, []int64{0, 2, 4, 6, 8}, false},
		{"arange(10)[::-1].ravel()", Arange[int64](0, 10, 1).Slice(Step(-1)).Ravel(), []int{10}, []int64{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, false},
		{"x.ravel()", x.Ravel(), []int{6}, []int64{0, 1, 2, 3, 4, 5}, true},
	}
	for _, c := range cases {
		if !slices.Equal(c.got.Shape(), c.shape) || !slices.Equal(c.got.Values(), c.values) {
			t.Errorf("%s = %v %v, want %v %v", c.name, c.got.Shape(), c.got.Values(), c.shape, c.values)
		}
		src := x
		switch c.name[0] {
		case 'y':
			src = y
		case 'a':
			continue // a fresh arange: checked below
		}
		if MayShareMemory(c.got, src) != c.view {
			t.Errorf("%s shares memory: %v, NumPy: %v", c.name, !c.view, c.view)
		}
	}
	// The case: writing into the ravel of a strided view must not
	// reach the original.
	a := Arange[int64](0, 10, 1)
	r := a.Slice(Step(2)).Ravel()
	r.Set(100, 0)
	if a.At(0) != 0 {
		t.Errorf("Ravel of a[::2] wrote through to a")
	}
	// x.copy(order='F').strides == (8, 16): Fortran-contiguous, same elements.
	f := x.CopyOrder(OrderF)
	if !f.IsFContiguous() || !slices.Equal(f.Strides(), []int{1, 2}) || !slices.Equal(f.Values(), x.Values()) {
		t.Errorf("CopyOrder(F): strides %v values %v", f.Strides(), f.Values())
	}
	// x.T.copy(order='A').strides == (8, 24): x.T is F-contiguous.
	if g := x.T().CopyOrder(OrderA); !slices.Equal(g.Strides(), []int{1, 3}) || MayShareMemory(g, x) {
		t.Errorf("x.T.CopyOrder(A): strides %v", g.Strides())
	}
	// x.reshape(4, -1, order='F'): ValueError naming the shape as given.
	err := mustPanic(t, func() { x.ReshapeOrder(OrderF, 4, -1) })
	if err.Error() != "cannot reshape array of size 6 into shape (4,newaxis)" {
		t.Errorf("ReshapeOrder(F, 4, -1): %v", err)
	}
}
