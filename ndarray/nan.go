package ndarray

import "math"

// The NaN-skipping reductions, as NumPy's nansum, nanmean, nanmax, nanmin,
// nanargmax and nanargmin.

// nanToZero returns a copy of a with NaN replaced by 0, and the count of
// the other elements as an array of 1s and 0s when counts is true.
func nanToZero[T Float](a *Array[T], counts bool) (*Array[T], *Array[T]) {
	vals := a.Values()
	var ones []T
	if counts {
		ones = make([]T, len(vals))
	}
	for i, v := range vals {
		if v != v {
			vals[i] = 0
		} else if counts {
			ones[i] = 1
		}
	}
	z := Wrap(vals, a.shape...)
	if !counts {
		return z, nil
	}
	return z, Wrap(ones, a.shape...)
}

// NanSum returns the sum over the given axes treating NaN as zero, as
// np.nansum (an all-NaN run sums to 0).
func NanSum[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	z, _ := nanToZero(a, false)
	return Sum(z, opts...)
}

// NanMean returns the mean of the non-NaN elements over the given axes, as
// np.nanmean: NaN for a run with none.
func NanMean[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	z, ones := nanToZero(a, true)
	s := Sum(z, opts...)
	c := Sum(AsType[float64](ones), opts...)
	for i := range s.data {
		s.data[i] = T(float64(s.data[i]) / c.data[i])
	}
	return s
}

// NanMax returns the largest non-NaN element over the given axes, as
// np.nanmax: NaN for a run of NaNs only. It panics with a *ValueError for
// an empty run.
func NanMax[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	return nanExtreme(a, opts, true)
}

// NanMin returns the smallest non-NaN element over the given axes, as
// np.nanmin.
func NanMin[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	return nanExtreme(a, opts, false)
}

func nanExtreme[T Float](a *Array[T], opts []ReduceOption, isMax bool) *Array[T] {
	name := "fmin"
	if isMax {
		name = "fmax"
	}
	return reduceRuns(a, opts, func(x []T) T {
		if len(x) == 0 {
			panic(&ValueError{Msg: "zero-size array to reduction operation " + name + " which has no identity"})
		}
		r := T(math.NaN())
		for _, v := range x {
			if r != r || (isMax && v > r) || (!isMax && v < r) {
				r = v
			}
		}
		return r
	})
}

// NanArgMax returns the index of the largest non-NaN element along one axis
// (or of the flattened array without Axis), as np.nanargmax. It panics
// with a *ValueError ("All-NaN slice encountered") for a run of NaNs only.
func NanArgMax[T Float](a *Array[T], opts ...ReduceOption) *Array[int64] {
	a.valid()
	return nanArg(a, opts, true)
}

// NanArgMin returns the index of the smallest non-NaN element along one
// axis (or of the flattened array), as np.nanargmin.
func NanArgMin[T Float](a *Array[T], opts ...ReduceOption) *Array[int64] {
	a.valid()
	return nanArg(a, opts, false)
}

func nanArg[T Float](a *Array[T], opts []ReduceOption, isMax bool) *Array[int64] {
	if _, given := optionAxis(opts, len(a.shape), "nanargmax"); !given {
		a = a.Reshape(-1)
	}
	return reduceRuns(a, opts, func(x []T) int64 {
		if len(x) == 0 {
			panic(&ValueError{Msg: "attempt to get argmax of an empty sequence"})
		}
		k := -1
		for i, v := range x {
			if v == v && (k < 0 || (isMax && v > x[k]) || (!isMax && v < x[k])) {
				k = i
			}
		}
		if k < 0 {
			panic(&ValueError{Msg: "All-NaN slice encountered"})
		}
		return int64(k)
	})
}
