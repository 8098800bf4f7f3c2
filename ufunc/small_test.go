package ufunc

import (
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// TestSmallIntoAllocatesNothing holds the per-call cost of small in-place
// operations: a same-shape contiguous op with an output, a scalar operand,
// and the row loop k-means writes (out = out + v on a row view) allocate
// nothing beyond the row view itself.
func TestSmallIntoAllocatesNothing(t *testing.T) {
	a := ndarray.Arange[float64](0, 16, 1)
	b := ndarray.Arange[float64](16, 32, 1)
	o := ndarray.Zeros[float64](16)
	s := ndarray.Scalar(2.5)
	m := ndarray.Zeros[float64](100, 8)
	row := m.Index(3)
	v := ndarray.Arange[float64](0, 8, 1)
	a32, b32, o32 := ndarray.Arange[float32](0, 16, 1), ndarray.Arange[float32](16, 32, 1), ndarray.Zeros[float32](16)
	tests := []struct {
		name string
		call func()
	}{
		{"AddInto(o, a, b)", func() { AddInto(o, a, b) }},
		{"MultiplyInto(o, a, scalar)", func() { MultiplyInto(o, a, s) }},
		{"SubtractInto(o, scalar, a)", func() { SubtractInto(o, s, a) }},
		{"AddInto(row, row, v)", func() { AddInto(row, row, v) }},
		{"ExpInto(o, a)", func() { ExpInto(o, a) }},
		{"SqrtInto(a, a)", func() { SqrtInto(o, o) }},
		{"AddInto(o, a, b) float32", func() { AddInto(o32, a32, b32) }},
		{"ExpInto(o, a) float32", func() { ExpInto(o32, a32) }},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(100, tt.call); n != 0 {
			t.Errorf("%s: %v allocations per call, want 0", tt.name, n)
		}
	}
}

// TestSmallIntoOverlap checks the in-place fast path against an
// element-by-element reference where inputs are out itself, a scalar, or
// overlap out partially (those must take the general path, which copies the
// input first, as NumPy does).
func TestSmallIntoOverlap(t *testing.T) {
	base := func() *ndarray.Array[float64] { return ndarray.Arange[float64](0, 12, 1) }
	tests := []struct {
		name string
		run  func(buf *ndarray.Array[float64]) *ndarray.Array[float64]
		want []float64
	}{
		{"out = out + out", func(buf *ndarray.Array[float64]) *ndarray.Array[float64] {
			return AddInto(buf, buf, buf)
		}, []float64{0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22}},
		// np.add(a[:8], a[4:], out=a[:8]) reads a[4:] before writing.
		{"out[:8] = out[:8] + out[4:]", func(buf *ndarray.Array[float64]) *ndarray.Array[float64] {
			head, tail := buf.Slice(ndarray.S(0, 8)), buf.Slice(ndarray.From(4))
			AddInto(head, head, tail)
			return buf
		}, []float64{4, 6, 8, 10, 12, 14, 16, 18, 8, 9, 10, 11}},
		// np.subtract(a, a[5], out=a): a[5] is read once, before any write.
		{"out = out - out[5] (0-d view of out)", func(buf *ndarray.Array[float64]) *ndarray.Array[float64] {
			SubtractInto(buf, buf, buf.Index(5))
			return buf
		}, []float64{-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6}},
		// np.negative(a[:8], out=a[4:]) with the input shifted.
		{"out[4:] = -out[:8]", func(buf *ndarray.Array[float64]) *ndarray.Array[float64] {
			NegativeInto(buf.Slice(ndarray.From(4)), buf.Slice(ndarray.S(0, 8)))
			return buf
		}, []float64{0, 1, 2, 3, 0, -1, -2, -3, -4, -5, -6, -7}},
	}
	for _, tt := range tests {
		got := tt.run(base()).Values()
		for i := range tt.want {
			if got[i] != tt.want[i] {
				t.Errorf("%s: got %v, want %v (NumPy's)", tt.name, got, tt.want)
				break
			}
		}
	}
}

// TestSmallFreshAllocatesOnce holds the per-call cost of small allocating
// operations: the result (array and elements) is one allocation.
func TestSmallFreshAllocatesOnce(t *testing.T) {
	a := ndarray.Arange[float64](0, 16, 1).Reshape(4, 4)
	b := ndarray.Arange[float64](16, 32, 1).Reshape(4, 4)
	s := ndarray.Scalar(2.5)
	a32 := ndarray.Arange[float32](0, 16, 1)
	tests := []struct {
		name string
		call func()
	}{
		{"Add(a, b)", func() { Add(a, b) }},
		{"Exp(a) float32", func() { Exp(a32) }},
		{"Add(a, a) float32", func() { Add(a32, a32) }},
		{"Multiply(a, scalar)", func() { Multiply(a, s) }},
		{"Exp(a)", func() { Exp(a) }},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(100, tt.call); n > 1 {
			t.Errorf("%s: %v allocations per call, want 1", tt.name, n)
		}
	}
}
