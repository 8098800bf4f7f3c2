package kernels

import "math"

// The generic twins of the reductions. Sums are pairwise, as NumPy's: blocks
// of pairwiseBlock elements are summed with 8 accumulators, and blocks are
// combined recursively, so the error grows with log(n), not n. float32 sums
// accumulate in float64.

const pairwiseBlock = 128

// pairwise sums f(i) for i in [lo, hi) pairwise.
func pairwise(lo, hi int, f func(i int) float64) float64 {
	n := hi - lo
	if n <= pairwiseBlock {
		var r [8]float64
		i := lo
		for ; i+8 <= hi; i += 8 {
			r[0] += f(i)
			r[1] += f(i + 1)
			r[2] += f(i + 2)
			r[3] += f(i + 3)
			r[4] += f(i + 4)
			r[5] += f(i + 5)
			r[6] += f(i + 6)
			r[7] += f(i + 7)
		}
		s := ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
		for ; i < hi; i++ {
			s += f(i)
		}
		return s
	}
	mid := lo + n/2
	mid -= mid % 8
	if mid <= lo {
		mid = lo + n/2
	}
	return pairwise(lo, mid, f) + pairwise(mid, hi, f)
}

func sumGeneric[T Float](x []T) T {
	return T(pairwise(0, len(x), func(i int) float64 { return float64(x[i]) }))
}

func sumSqGeneric[T Float](x []T) T {
	return T(pairwise(0, len(x), func(i int) float64 { v := float64(x[i]); return v * v }))
}

func dotGeneric[T Float](x, y []T) T {
	return T(pairwise(0, len(x), func(i int) float64 { return float64(x[i]) * float64(y[i]) }))
}

func l1DistGeneric[T Float](x, y []T) T {
	return T(pairwise(0, len(x), func(i int) float64 { return math.Abs(float64(x[i] - y[i])) }))
}

func l2DistSqGeneric[T Float](x, y []T) T {
	return T(pairwise(0, len(x), func(i int) float64 { d := float64(x[i] - y[i]); return d * d }))
}

// maxGeneric returns the largest element, NaN if any is NaN, and -Inf for
// an empty slice.
func maxGeneric[T Float](x []T) T {
	m := T(math.Inf(-1))
	for _, v := range x {
		if v > m {
			m = v
		} else if v != v {
			return v
		}
	}
	return m
}

// minGeneric returns the smallest element, NaN if any is NaN, and +Inf for
// an empty slice.
func minGeneric[T Float](x []T) T {
	m := T(math.Inf(1))
	for _, v := range x {
		if v < m {
			m = v
		} else if v != v {
			return v
		}
	}
	return m
}

// argMaxGeneric returns the index of the first largest element, or of the
// first NaN if there is one (as NumPy), and -1 for an empty slice.
func argMaxGeneric[T Float](x []T) int {
	if len(x) == 0 {
		return -1
	}
	k := 0
	for i, v := range x {
		if v != v {
			return i
		}
		if v > x[k] {
			k = i
		}
	}
	return k
}

// argMinGeneric returns the index of the first smallest element, or of the
// first NaN if there is one, and -1 for an empty slice.
func argMinGeneric[T Float](x []T) int {
	if len(x) == 0 {
		return -1
	}
	k := 0
	for i, v := range x {
		if v != v {
			return i
		}
		if v < x[k] {
			k = i
		}
	}
	return k
}
