package ndarray

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// recovered runs f and returns its panic value as an error (nil if none).
func recovered(f func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err, _ = p.(error)
			if err == nil {
				err = errors.New("non-error panic")
			}
		}
	}()
	f()
	return nil
}

// MaskSelect against a plain loop for random masks of many lengths (the
// word-at-a-time path and its tail), views, and NumPy's values and errors.
func TestMaskSelect(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 7, 8, 9, 63, 64, 65, 1000} {
		for _, density := range []int{0, 1, 2, 10} { // 1 in density true; 0: all false
			a := RandNormal[float64](NewRand(uint64(n)), n)
			m := make([]bool, n)
			var want []float64
			for i := range m {
				m[i] = density > 0 && r.IntN(density) == 0
				if m[i] {
					want = append(want, a.At(i))
				}
			}
			got := MaskSelect(a, Wrap(m, n))
			if !slices.Equal(got.Shape(), []int{len(want)}) || !slices.Equal(got.Values(), want) {
				t.Fatalf("n=%d density=%d: %v, want %v", n, density, got.Values(), want)
			}
		}
	}
	// NumPy: a = arange(24).reshape(2,3,4); a[0,1,2] = 0; a[a % 3 == 0]
	a := Arange[float64](0, 24, 1).Reshape(2, 3, 4)
	a.Set(0, 0, 1, 2)
	m := make([]bool, 24)
	for i, v := range a.Values() {
		m[i] = math.Mod(v, 3) == 0
	}
	want := []float64{0, 3, 0, 9, 12, 15, 18, 21}
	if got := MaskSelect(a, Wrap(m, 2, 3, 4)).Values(); !slices.Equal(got, want) {
		t.Fatalf("3-D: %v, want %v", got, want)
	}
	// A transposed view and a strided mask give the C order of the view.
	tv := a.Transpose(2, 1, 0)
	tm := Wrap(m, 2, 3, 4).Transpose(2, 1, 0)
	var wantT []float64
	for i, v := range tv.Values() {
		if tm.Values()[i] {
			wantT = append(wantT, v)
		}
	}
	if got := MaskSelect(tv, tm).Values(); !slices.Equal(got, wantT) {
		t.Fatalf("transposed: %v, want %v", got, wantT)
	}
	// Rows selected by a mask over the leading axis.
	rows := MaskSelect(a, FromSlice([]bool{false, true}))
	if !slices.Equal(rows.Shape(), []int{1, 3, 4}) || rows.At(0, 2, 3) != 23 {
		t.Fatalf("leading-axis mask: shape %v", rows.Shape())
	}
	for _, c := range []struct {
		mask *Array[bool]
		msg  string
	}{
		{Zeros[bool](2, 3, 5), "boolean index did not match indexed array along dimension 2; dimension is 4 but corresponding boolean dimension is 5"},
		{Zeros[bool](3), "boolean index did not match indexed array along dimension 0; dimension is 2 but corresponding boolean dimension is 3"},
		{Zeros[bool](2, 3, 4, 1), "too many indices for array: array is 3-dimensional, but 4 were indexed"},
	} {
		err := recovered(func() { MaskSelect(a, c.mask) })
		var ie *IndexError
		if !errors.As(err, &ie) || err.Error() != c.msg {
			t.Errorf("mask %v: %v, want IndexError %q", c.mask.Shape(), err, c.msg)
		}
	}
}

func TestMaskAssign(t *testing.T) {
	a := Arange[float64](0, 12, 1).Reshape(3, 4)
	m := make([]bool, 12)
	for i := range m {
		m[i] = i > 8
	}
	// NumPy: e[a > 8] = [1, 2, 3]
	MaskAssignValues(a, Wrap(m, 3, 4), FromSlice([]float64{1, 2, 3}))
	if want := []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3}; !slices.Equal(a.Values(), want) {
		t.Fatalf("values: %v, want %v", a.Values(), want)
	}
	err := recovered(func() { MaskAssignValues(a, Wrap(m, 3, 4), FromSlice([]float64{1, 2})) })
	var ve *ValueError
	if !errors.As(err, &ve) || ve.Msg != "NumPy boolean array indexing assignment cannot assign 2 input values to the 3 output values where the mask is true" {
		t.Fatalf("wrong count: %v", err)
	}
	// A transposed (non-contiguous) target, scalar and one-value forms.
	b := Zeros[float64](4, 3)
	bt := b.T()
	MaskAssign(bt, Wrap(m, 3, 4), 5)
	MaskAssignValues(bt, FromSlice([]bool{true, false, false}), Scalar(-1.0))
	want := []float64{-1, 0, 0, -1, 0, 5, -1, 0, 5, -1, 0, 5}
	if !slices.Equal(b.Values(), want) {
		t.Fatalf("transposed target: %v, want %v", b.Values(), want)
	}
	if err := recovered(func() { MaskAssign(b.BroadcastTo(2, 4, 3), Zeros[bool](2, 4, 3), 1) }); err == nil {
		t.Fatal("assigning through a broadcast view did not panic")
	}
}

// NumPy's argwhere, nonzero and flatnonzero: NaN is nonzero, -0 is zero.
func TestNonzero(t *testing.T) {
	a := FromSlice([]float64{0, 1, math.NaN(), math.Copysign(0, -1)}, 2, 2)
	if got := ArgWhere(a); !slices.Equal(got.Shape(), []int{2, 2}) || !slices.Equal(got.Values(), []int64{0, 1, 1, 0}) {
		t.Fatalf("argwhere: %v %v", got.Shape(), got.Values())
	}
	nz := Nonzero(a)
	if len(nz) != 2 || !slices.Equal(nz[0].Values(), []int64{0, 1}) || !slices.Equal(nz[1].Values(), []int64{1, 0}) {
		t.Fatalf("nonzero: %v", nz)
	}
	if got := FlatNonzero(FromSlice([]int32{0, 1, 2, 0}, 2, 2)).Values(); !slices.Equal(got, []int64{1, 2}) {
		t.Fatalf("flatnonzero: %v", got)
	}
	if got := ArgWhere(Scalar(5.0)); !slices.Equal(got.Shape(), []int{1, 0}) {
		t.Fatalf("argwhere of a 0-d array: shape %v, NumPy's is (1, 0)", got.Shape())
	}
	if got := ArgWhere(FromSlice([]bool{false, true}).T()); !slices.Equal(got.Values(), []int64{1}) {
		t.Fatalf("argwhere of bools: %v", got.Values())
	}
}

// NumPy's any, all and count_nonzero with axes (from /usr/bin/python3).
func TestTruthReductions(t *testing.T) {
	b := FromSlice([]bool{true, false, true, false, false, true}, 2, 3)
	if got := AnyTrue(b, Axis(0)).Values(); !slices.Equal(got, []bool{true, false, true}) {
		t.Fatalf("any axis 0: %v", got)
	}
	if got := AllTrue(b, Axis(1)).Values(); !slices.Equal(got, []bool{false, false}) {
		t.Fatalf("all axis 1: %v", got)
	}
	if got := CountNonzero(b, Axis(0)); !slices.Equal(got.Values(), []int64{1, 0, 2}) {
		t.Fatalf("count_nonzero axis 0: %v", got.Values())
	}
	if got := CountNonzero(b, Axis(0), KeepDims(true)); !slices.Equal(got.Shape(), []int{1, 3}) {
		t.Fatalf("keepdims shape %v", got.Shape())
	}
	if got := AllTrue(Zeros[float64](0, 3), Axis(0)).Values(); !slices.Equal(got, []bool{true, true, true}) {
		t.Fatalf("all of an empty axis: %v", got)
	}
	if got := AnyTrue(FromSlice([]float64{0, math.NaN()})).Item(); !got {
		t.Fatal("any: NaN is nonzero")
	}
	big := make([]bool, 1001)
	big[1000] = true
	if got := CountNonzero(Wrap(big, 1001)).Item(); got != 1 {
		t.Fatalf("count_nonzero of the tail: %d", got)
	}
	var ae *AxisError
	if err := recovered(func() { AnyTrue(b, Axis(3)) }); !errors.As(err, &ae) || err.Error() != "axis 3 is out of bounds for array of dimension 2" {
		t.Fatalf("bad axis: %v", err)
	}
}
