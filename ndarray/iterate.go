package ndarray

import "github.com/ndsimd/ndsimd/broadcast"

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
