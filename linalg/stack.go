package linalg

import (
	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/ndarray"
)

// stack reads the matrices of an array of shape (..., M, N).
type stack[T ndarray.Float] struct {
	data           []T
	off            int
	shape, strides []int
	m, n           int // the core dimensions
	rs, cs         int // their strides
}

func newStack[T ndarray.Float](a *ndarray.Array[T]) stack[T] {
	s := stack[T]{data: a.Data(), off: a.Offset(), shape: a.Shape(), strides: a.Strides()}
	nd := len(s.shape)
	s.m, s.n = s.shape[nd-2], s.shape[nd-1]
	s.rs, s.cs = s.strides[nd-2], s.strides[nd-1]
	return s
}

// lead returns the leading (stack) shape.
func (s stack[T]) lead() []int { return s.shape[:len(s.shape)-2] }

// count returns the number of matrices in a stack of leading shape lead.
func count(lead []int) int {
	c := 1
	for _, d := range lead {
		c *= d
	}
	return c
}

// offset returns the offset of matrix b of a stack of leading shape out,
// into which s's leading shape is broadcast (right-aligned, size-1 axes
// repeat).
func (s stack[T]) offset(out []int, b int) int {
	off := s.off
	nl := len(s.shape) - 2
	d := len(out) - nl
	for ax := len(out) - 1; ax >= 0; ax-- {
		idx := b % out[ax]
		b /= out[ax]
		if k := ax - d; k >= 0 && s.shape[k] != 1 {
			off += idx * s.strides[k]
		}
	}
	return off
}

// load copies the matrix at off into dst in column-major order (leading
// dimension m).
func (s stack[T]) load(off int, dst []T) {
	for j := 0; j < s.n; j++ {
		col := dst[j*s.m : (j+1)*s.m]
		o := off + j*s.cs
		for i := range col {
			col[i] = s.data[o+i*s.rs]
		}
	}
}

// store writes the m×n column-major matrix src (leading dimension ld) into
// the row-major dst.
func store[T ndarray.Float](dst []T, m, n int, src []T, ld int) {
	for i := 0; i < m; i++ {
		row := dst[i*n : (i+1)*n]
		for j := range row {
			row[j] = src[i+j*ld]
		}
	}
}

// shapeWith returns lead followed by core.
func shapeWith(lead []int, core ...int) []int {
	out := make([]int, 0, len(lead)+len(core))
	out = append(out, lead...)
	return append(out, core...)
}

// broadcastLead broadcasts the leading shapes of two stacks, panicking
// with the broadcast error as NumPy's gufuncs do.
func broadcastLead(a, b []int) []int {
	out, err := broadcast.Shapes(a, b)
	if err != nil {
		panic(err)
	}
	return out
}
