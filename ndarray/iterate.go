package ndarray

import (
	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/kernels"
)

// copyStrided writes the elements of a, in C order, into out, which has
// a.Size() elements.
func copyStrided[T Elem](out []T, a *Array[T]) {
	if len(a.shape) == 2 && copyTransposed(out, a) {
		return
	}
	assignRuns(out, 0, cStrides(a.shape), a)
}

// transposeTile is the side of the square tiles copyTransposed works in:
// a tile's source and destination lines (32 of each) stay in L1.
const transposeTile = 32

// copyTransposed copies a 2-D a whose rows are further apart in memory than
// its columns' elements are not (|strides[0]| < |strides[1]|, a transposed
// C array for one) tile by tile, and reports true; it reports false, doing
// nothing, for other arrays and small ones. Walking such an array in C order
// reads one element per source line and page; within a tile every source
// line read is used transposeTile times while it is in cache.
func copyTransposed[T Elem](out []T, a *Array[T]) bool {
	rows, cols := a.shape[0], a.shape[1]
	s0, s1 := a.strides[0], a.strides[1]
	if rows*cols < 1<<12 || absInt(s0) >= absInt(s1) {
		return false
	}
	if s0 == 1 {
		if s1 > 0 && kernelTranspose(out, rows, cols, a.data, a.offset, s1) {
			return true
		}
		transposeUnit(out, rows, cols, a.data, a.offset, s1)
		return true
	}
	const t = transposeTile
	for ib := 0; ib < rows; ib += t {
		ie := min(ib+t, rows)
		for jb := 0; jb < cols; jb += t {
			je := min(jb+t, cols)
			for i := ib; i < ie; i++ {
				dst := out[i*cols+jb : i*cols+je]
				s := a.offset + i*s0 + jb*s1
				for j := range dst {
					dst[j] = a.data[s]
					s += s1
				}
			}
		}
	}
	return true
}

// kernelTranspose is transposeUnit by kernels.Transpose (in-register block
// transposes) for float64 and float32, and reports whether it did: the
// source is the cols x rows C matrix at off with row stride s1 (> 0).
func kernelTranspose[T Elem](out []T, rows, cols int, src []T, off, s1 int) bool {
	switch o := any(out).(type) {
	case []float64:
		kernels.Transpose(cols, rows, o, 0, cols, any(src).([]float64), off, s1)
	case []float32:
		kernels.Transpose(cols, rows, o, 0, cols, any(src).([]float32), off, s1)
	default:
		return false
	}
	return true
}

// transposeUnitTile is the tile side of transposeUnit (measured: 64 beat
// 16, 32 and 128 for float64 on a 1000x1000 copy).
const transposeUnitTile = 64

// transposeUnit is copyTransposed for a source whose rows are unit-stride
// columns of memory (a transposed C array): out[i*cols+j] = src[off+i+j*s1].
// It works in transposeTile tiles, each in 4x4 blocks: four source lines
// give four elements each, stored as four output lines' four elements, with
// one bounds check per line.
func transposeUnit[T Elem](out []T, rows, cols int, src []T, off, s1 int) {
	const t = transposeUnitTile
	for ib := 0; ib < rows; ib += t {
		ie := min(ib+t, rows)
		for jb := 0; jb < cols; jb += t {
			je := min(jb+t, cols)
			i := ib
			for ; i+4 <= ie; i += 4 {
				j := jb
				for ; j+4 <= je; j += 4 {
					p := off + i + j*s1
					r0 := (*[4]T)(src[p : p+4])
					r1 := (*[4]T)(src[p+s1 : p+s1+4])
					r2 := (*[4]T)(src[p+2*s1 : p+2*s1+4])
					r3 := (*[4]T)(src[p+3*s1 : p+3*s1+4])
					q := i*cols + j
					d0 := (*[4]T)(out[q : q+4])
					d1 := (*[4]T)(out[q+cols : q+cols+4])
					d2 := (*[4]T)(out[q+2*cols : q+2*cols+4])
					d3 := (*[4]T)(out[q+3*cols : q+3*cols+4])
					d0[0], d0[1], d0[2], d0[3] = r0[0], r1[0], r2[0], r3[0]
					d1[0], d1[1], d1[2], d1[3] = r0[1], r1[1], r2[1], r3[1]
					d2[0], d2[1], d2[2], d2[3] = r0[2], r1[2], r2[2], r3[2]
					d3[0], d3[1], d3[2], d3[3] = r0[3], r1[3], r2[3], r3[3]
				}
				for ; j < je; j++ {
					p := off + i + j*s1
					c := (*[4]T)(src[p : p+4])
					out[i*cols+j] = c[0]
					out[(i+1)*cols+j] = c[1]
					out[(i+2)*cols+j] = c[2]
					out[(i+3)*cols+j] = c[3]
				}
			}
			for ; i < ie; i++ {
				dst := out[i*cols+jb : i*cols+je]
				p := off + i + jb*s1
				for j := range dst {
					dst[j] = src[p]
					p += s1
				}
			}
		}
	}
}

func absInt(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// assignStrided copies src into dst element by element; both have the same
// shape (src may have zero strides). They must not overlap.
func assignStrided[T Elem](dst, src *Array[T]) {
	assignRuns(dst.data, dst.offset, dst.strides, src)
}

// assignRuns copies src into the view of out with the given offset and
// strides (and src's shape), run by run.
func assignRuns[T Elem](out []T, offset int, strides []int, src *Array[T]) {
	it := broadcast.NewIter(src.shape, []int{offset, src.offset}, strides, src.strides)
	n := it.Len()
	st := it.Strides()
	ds, ss := st[0], st[1]
	for it.Next() {
		o := it.Offsets()
		d, s := o[0], o[1]
		if ds == 1 && ss == 1 {
			copy(out[d:d+n], src.data[s:s+n])
			continue
		}
		for range n {
			out[d] = src.data[s]
			d += ds
			s += ss
		}
	}
}
