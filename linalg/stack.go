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
// dimension m), in tiles so that a row-major source is read in runs.
func (s stack[T]) load(off int, dst []T) {
	const tile = 32
	for j0 := 0; j0 < s.n; j0 += tile {
		j1 := min(j0+tile, s.n)
		for i0 := 0; i0 < s.m; i0 += tile {
			i1 := min(i0+tile, s.m)
			for i := i0; i < i1; i++ {
				o := off + i*s.rs
				for j := j0; j < j1; j++ {
					dst[i+j*s.m] = s.data[o+j*s.cs]
				}
			}
		}
	}
}

// loadRows copies the matrix at off into dst in row-major order.
func (s stack[T]) loadRows(off int, dst []T) {
	for i := 0; i < s.m; i++ {
		row := dst[i*s.n : (i+1)*s.n]
		o := off + i*s.rs
		if s.cs == 1 {
			copy(row, s.data[o:o+s.n])
			continue
		}
		for j := range row {
			row[j] = s.data[o+j*s.cs]
		}
	}
}

// loadLower copies the lower triangle of the matrix at off into the
// row-major dst (the rest of dst is left alone).
func (s stack[T]) loadLower(off int, dst []T) {
	for i := 0; i < s.m; i++ {
		row := dst[i*s.n : i*s.n+i+1]
		o := off + i*s.rs
		if s.cs == 1 {
			copy(row, s.data[o:o+i+1])
			continue
		}
		for j := range row {
			row[j] = s.data[o+j*s.cs]
		}
	}
}

// store writes the m×n column-major matrix src (leading dimension ld) into
// the row-major dst, in tiles.
func store[T ndarray.Float](dst []T, m, n int, src []T, ld int) {
	const tile = 32
	for i0 := 0; i0 < m; i0 += tile {
		i1 := min(i0+tile, m)
		for j0 := 0; j0 < n; j0 += tile {
			j1 := min(j0+tile, n)
			for j := j0; j < j1; j++ {
				col := src[j*ld : j*ld+i1]
				for i := i0; i < i1; i++ {
					dst[i*n+j] = col[i]
				}
			}
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
