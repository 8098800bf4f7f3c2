package kernels

import "math"

// The generic twins of the reductions. Sums are pairwise, as NumPy's: blocks
// of pairwiseBlock elements are summed with 8 accumulators, and blocks are
// combined recursively, so the error grows with log(n), not n. float32 sums
// accumulate in float64.

const pairwiseBlock = 128

// pairwise adds up block(lo, hi) over blocks of at most pairwiseBlock
// elements of [0, n), combining the blocks' sums pairwise (recursively in
// halves), so the error grows with log(n). block sums its elements in
// float64.
func pairwise(n int, block func(lo, hi int) float64) float64 {
	var rec func(lo, hi int) float64
	rec = func(lo, hi int) float64 {
		if hi-lo <= pairwiseBlock {
			return block(lo, hi)
		}
		mid := lo + (hi-lo)/2
		mid -= mid % 8
		if mid <= lo {
			mid = lo + (hi-lo)/2
		}
		return rec(lo, mid) + rec(mid, hi)
	}
	return rec(0, n)
}

func sumGeneric[T Float](x []T) T {
	return T(pairwise(len(x), func(lo, hi int) float64 {
		var a, b, c, d float64
		v := x[lo:hi]
		for len(v) >= 4 {
			a, b, c, d = a+float64(v[0]), b+float64(v[1]), c+float64(v[2]), d+float64(v[3])
			v = v[4:]
		}
		for _, e := range v {
			a += float64(e)
		}
		return (a + b) + (c + d)
	}))
}

func sumSqGeneric[T Float](x []T) T {
	return T(pairwise(len(x), func(lo, hi int) float64 {
		var s float64
		for _, e := range x[lo:hi] {
			s += float64(e) * float64(e)
		}
		return s
	}))
}

func dotGeneric[T Float](x, y []T) T {
	return T(pairwise(len(x), func(lo, hi int) float64 {
		var s float64
		y := y[lo:hi]
		for i, e := range x[lo:hi] {
			s += float64(e) * float64(y[i])
		}
		return s
	}))
}

func l1DistGeneric[T Float](x, y []T) T {
	return T(pairwise(len(x), func(lo, hi int) float64 {
		var s float64
		y := y[lo:hi]
		for i, e := range x[lo:hi] {
			s += math.Abs(float64(e - y[i]))
		}
		return s
	}))
}

func l2DistSqGeneric[T Float](x, y []T) T {
	return T(pairwise(len(x), func(lo, hi int) float64 {
		var s float64
		y := y[lo:hi]
		for i, e := range x[lo:hi] {
			d := float64(e - y[i])
			s += d * d
		}
		return s
	}))
}

// maxGeneric returns the largest element, NaN if any is NaN (the first
// one), and -Inf for an empty slice. An element equal to the running
// maximum replaces it, as in NumPy's maximum.reduce (its scalar loop keeps
// the second operand on a tie), so the sign of a zero result is that of the
// last zero: max([-0., 0.]) is 0.
func maxGeneric[T Float](x []T) T {
	m := T(math.Inf(-1))
	for _, v := range x {
		if v >= m {
			m = v
		} else if v != v {
			return v
		}
	}
	return m
}

// minGeneric returns the smallest element, NaN if any is NaN (the first
// one), and +Inf for an empty slice; like maxGeneric, a zero result has the
// sign of the last zero.
func minGeneric[T Float](x []T) T {
	m := T(math.Inf(1))
	for _, v := range x {
		if v <= m {
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
