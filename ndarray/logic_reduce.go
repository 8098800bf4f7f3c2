package ndarray

// AnyTrue reports whether any element is nonzero (true) over the given
// axes (every axis by default), np.any; NaN counts as nonzero. It takes the
// options of the other reductions ([Axis], [KeepDims]). (The names AnyTrue
// and AllTrue keep clear of [All], the full slice a[:].)
func AnyTrue[T Elem](a *Array[T], opts ...ReduceOption) *Array[bool] {
	a.valid()
	return truthReduce(a, opts, func(run []T) bool {
		var zero T
		for _, v := range run {
			if v != zero {
				return true
			}
		}
		return false
	})
}

// AllTrue reports whether every element is nonzero (true) over the given
// axes, np.all (true for an empty selection).
func AllTrue[T Elem](a *Array[T], opts ...ReduceOption) *Array[bool] {
	a.valid()
	return truthReduce(a, opts, func(run []T) bool {
		var zero T
		for _, v := range run {
			if v == zero {
				return false
			}
		}
		return true
	})
}

// CountNonzero counts the nonzero (true) elements over the given axes,
// np.count_nonzero, as int64.
func CountNonzero[T Elem](a *Array[T], opts ...ReduceOption) *Array[int64] {
	a.valid()
	red := planReduction(a.shape, opts)
	l := walkReduction(a, red, walkRuns)
	out := make([]int64, l.o)
	if _, ok := any(a).(*Array[bool]); ok {
		l.runs(func(i int, run []T) { out[i] = int64(countTrue(any(run).([]bool))) })
		return Wrap(out, red.outShape...)
	}
	var zero T
	l.runs(func(i int, run []T) {
		n := 0
		for _, v := range run {
			if v != zero {
				n++
			}
		}
		out[i] = int64(n)
	})
	return Wrap(out, red.outShape...)
}

// truthReduce applies f to the run of each result element.
func truthReduce[T Elem](a *Array[T], opts []ReduceOption, f func(run []T) bool) *Array[bool] {
	red := planReduction(a.shape, opts)
	l := walkReduction(a, red, walkRuns)
	out := make([]bool, l.o)
	l.runs(func(i int, run []T) { out[i] = f(run) })
	return Wrap(out, red.outShape...)
}
