package ufunc

import (
	"errors"
	"slices"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

func TestMatmulInto(t *testing.T) {
	r := ndarray.NewRand(9)
	a := ndarray.RandNormal[float64](r, 2, 5, 4)
	b := ndarray.RandNormal[float64](r, 4, 3)
	want := Matmul(a, b).Values()

	fresh := ndarray.Zeros[float64](2, 5, 3)
	if got := MatmulInto(fresh, a, b); got != fresh || !slices.Equal(fresh.Values(), want) {
		t.Errorf("into a contiguous out: %v, want %v", fresh.Values(), want)
	}
	strided := ndarray.Zeros[float64](3, 5, 2).Transpose(2, 1, 0) // shape (2,5,3), not contiguous
	MatmulInto(strided, a, b)
	if !slices.Equal(strided.Values(), want) {
		t.Errorf("into a transposed out: %v, want %v", strided.Values(), want)
	}
	// out is the left operand itself: the product must be the one of the
	// operands as they were before the call.
	sq := ndarray.RandNormal[float64](r, 4, 4)
	sqB := ndarray.RandNormal[float64](r, 4, 4)
	wantSq := Matmul(sq, sqB).Values()
	MatmulInto(sq, sq, sqB)
	if !slices.Equal(sq.Values(), wantSq) {
		t.Errorf("out aliasing a: %v, want %v", sq.Values(), wantSq)
	}
	vec := ndarray.Zeros[float64](4)
	MatmulInto(vec, ndarray.Eye[float64](4), ndarray.FromSlice([]float64{1, 2, 3, 4}))
	if !slices.Equal(vec.Values(), []float64{1, 2, 3, 4}) {
		t.Errorf("matrix @ vector into a 1-D out: %v", vec.Values())
	}

	var se *ndarray.ShapeError
	if err, ok := catchPanic(func() { MatmulInto(ndarray.Zeros[float64](2, 5), a, b) }).(error); !ok || !errors.As(err, &se) ||
		se.Msg != "matmul: output operand with shape (2,5) doesn't match the result shape (2,5,3)" {
		t.Errorf("wrong out shape: %v", err)
	}
	ro := ndarray.Zeros[float64](5, 3).BroadcastTo(2, 5, 3)
	if _, ok := catchPanic(func() { MatmulInto(ro, a, b) }).(*ndarray.ReadOnlyError); !ok {
		t.Error("a read-only out did not panic with *ndarray.ReadOnlyError")
	}
}

func TestOuterInto(t *testing.T) {
	x := ndarray.FromSlice([]float32{1, 2, 3})
	y := ndarray.FromSlice([]float32{10, 20})
	out := ndarray.Zeros[float32](3, 2)
	OuterInto(out, x, y)
	if !slices.Equal(out.Values(), Outer(x, y).Values()) {
		t.Errorf("OuterInto = %v, want %v", out.Values(), Outer(x, y).Values())
	}
}

func catchPanic(f func()) (p any) {
	defer func() { p = recover() }()
	f()
	return nil
}
