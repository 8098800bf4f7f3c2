package ndarray

// Nonzero returns the indexes of the nonzero (true) elements of a, one
// int64 array per axis, in C order: np.nonzero(a). NaN counts as nonzero, -0
// as zero.
func Nonzero[T Elem](a *Array[T]) []*Array[int64] {
	w := ArgWhere(a)
	n, nd := w.shape[0], w.shape[1]
	out := make([]*Array[int64], nd)
	for ax := range nd {
		col := make([]int64, n)
		for i := range col {
			col[i] = w.data[i*nd+ax]
		}
		out[ax] = Wrap(col, n)
	}
	return out
}

// FlatNonzero returns the C-order flat indexes of the nonzero elements of
// a, np.flatnonzero(a).
func FlatNonzero[T Elem](a *Array[T]) *Array[int64] {
	vals := a.Values()
	var zero T
	out := make([]int64, 0, 16)
	for i, v := range vals {
		if v != zero {
			out = append(out, int64(i))
		}
	}
	return Wrap(out, len(out))
}

// ArgWhere returns the indexes of the nonzero elements of a as an (N,
// ndim) int64 array, one row per element in C order: np.argwhere(a).
func ArgWhere[T Elem](a *Array[T]) *Array[int64] {
	flat := FlatNonzero(a)
	nd := a.NDim()
	n := flat.Size()
	out := make([]int64, n*nd)
	for i, f := range flat.data {
		rem := int(f)
		for ax := nd - 1; ax >= 0; ax-- {
			d := a.shape[ax]
			out[i*nd+ax] = int64(rem % d)
			rem /= d
		}
	}
	return Wrap(out, n, nd)
}
