package ndarray

import "slices"

// Sort returns a sorted copy of a along axis, as np.sort(a, axis) (NumPy's
// default axis is -1, the last): NaN sorts after everything, +Inf included.
// For axis=None sort a.Reshape(-1) (the flattened array) along 0.
func Sort[T Number](a *Array[T], axis int) *Array[T] {
	a.valid()
	if len(a.shape) == 0 {
		panic(axisError(axis, 0))
	}
	axis = normalizeAxis(axis, len(a.shape))
	vals := lastAxisValues(a, axis)
	n := a.shape[axis]
	for lo := 0; lo < len(vals); lo += n {
		sortRun(vals[lo : lo+n])
	}
	return fromLastAxis(vals, a.shape, axis)
}

// Argsort returns the indexes that sort a along axis, as np.argsort(a,
// axis, kind="stable"): equal elements keep their order, NaN comes last.
// For axis=None use a.Reshape(-1) along 0.
func Argsort[T Number](a *Array[T], axis int) *Array[int64] {
	a.valid()
	if len(a.shape) == 0 {
		panic(axisError(axis, 0))
	}
	axis = normalizeAxis(axis, len(a.shape))
	vals := lastAxisValues(a, axis)
	n := a.shape[axis]
	idx := make([]int64, len(vals))
	for lo := 0; lo < len(vals); lo += n {
		argsortRun(idx[lo:lo+n], vals[lo:lo+n])
	}
	return fromLastAxis(idx, a.shape, axis)
}

// Partition returns a copy of a rearranged along axis so that the element
// at each index in kth is the one a sort would put there, smaller (or
// equal) elements before it and larger after, as np.partition(a, kth,
// axis). Negative kth count from the end. It panics with a *ValueError for
// a kth out of range.
func Partition[T Number](a *Array[T], kth []int, axis int) *Array[T] {
	if len(a.shape) == 0 {
		panic(axisError(axis, 0))
	}
	axis = normalizeAxis(axis, len(a.shape))
	n := a.shape[axis]
	ks := normalizeKth(kth, n)
	vals := lastAxisValues(a, axis)
	for lo := 0; lo < len(vals); lo += n {
		multiSelectRun(vals[lo:lo+n], ks)
	}
	return fromLastAxis(vals, a.shape, axis)
}

// Argpartition returns indexes that partition a along axis (see
// [Partition]), as np.argpartition(a, kth, axis). The indexes returned
// here come from a stable sort, a valid partition in every case.
func Argpartition[T Number](a *Array[T], kth []int, axis int) *Array[int64] {
	if len(a.shape) == 0 {
		panic(axisError(axis, 0))
	}
	axis = normalizeAxis(axis, len(a.shape))
	normalizeKth(kth, a.shape[axis])
	return Argsort(a, axis)
}

func normalizeKth(kth []int, n int) []int {
	out := make([]int, len(kth))
	for i, k := range kth {
		if k < -n || k >= n {
			panic(&ValueError{Msg: "kth(=" + itoa(k) + ") out of bounds (" + itoa(n) + ")"})
		}
		if k < 0 {
			k += n
		}
		out[i] = k
	}
	return out
}

// multiSelectRun applies selectRun for every k in ks: it selects the
// middle one of the distinct ks, then the ks below it in the part before
// and those above it in the part after, never sorting the whole run.
func multiSelectRun[T Number](x []T, ks []int) {
	ks = slices.Compact(slices.Sorted(slices.Values(ks)))
	var rec func(x []T, off int, ks []int)
	rec = func(x []T, off int, ks []int) {
		if len(ks) == 0 || len(x) == 0 {
			return
		}
		mid := len(ks) / 2
		k := ks[mid] - off
		selectRun(x, k)
		rec(x[:k], off, ks[:mid])
		rec(x[k+1:], off+k+1, ks[mid+1:])
	}
	rec(x, 0, ks)
}

// selectRun rearranges x so that x[k] is the element a sort would put
// there, with no larger element before it and no smaller after (NaN
// counting as largest): introselect, O(len(x)).
func selectRun[T Number](x []T, k int) {
	if simdSelectRun(x, k) {
		return
	}
	m := nanLast(x)
	if k >= m {
		return
	}
	nthElement(x[:m], k)
}

// nthElement is selectRun for a run without NaN: quickselect with a
// median-of-three pivot and Hoare partition, falling back to a full sort
// when the partitions keep coming out lopsided.
func nthElement[T Number](x []T, k int) {
	lo, hi := 0, len(x)-1
	budget := 2 * bitLen(len(x))
	for hi > lo {
		if hi-lo < 24 {
			insertionSort(x[lo : hi+1])
			return
		}
		if budget == 0 {
			sortSmall(x[lo : hi+1])
			return
		}
		budget--
		mid := lo + (hi-lo)/2
		if x[mid] < x[lo] {
			x[mid], x[lo] = x[lo], x[mid]
		}
		if x[hi] < x[mid] {
			x[hi], x[mid] = x[mid], x[hi]
			if x[mid] < x[lo] {
				x[mid], x[lo] = x[lo], x[mid]
			}
		}
		pivot := x[mid]
		i, j := lo, hi
		for i <= j {
			for x[i] < pivot {
				i++
			}
			for pivot < x[j] {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return
		}
	}
}

func insertionSort[T Number](x []T) {
	for i := 1; i < len(x); i++ {
		v := x[i]
		j := i
		for j > 0 && v < x[j-1] {
			x[j] = x[j-1]
			j--
		}
		x[j] = v
	}
}

func bitLen(n int) int {
	b := 0
	for ; n > 0; n >>= 1 {
		b++
	}
	return b
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}
