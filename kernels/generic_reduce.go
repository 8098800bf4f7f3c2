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

// L1Dist and L2DistSq are the losses nn.L1 and nn.L2 return, which the
// notebook prints in full: their result must not depend on the
// implementation. Every implementation therefore runs this one Go code (no
// implementation registers its own; see TestDistSameOnEveryImpl), in
// NumPy 1.24's order for np.sum of a contiguous float64 array, so that the
// float64 results are NumPy's bit for bit: chunks of numpyChunk elements
// (the reduction's buffer) added one after another, each summed by
// numpyPairwise. Each term is rounded to float64 before it is added (the
// explicit conversions keep the Go compiler from fusing d*d+s into an FMA
// on arm64, which would change the rounding); float32 inputs are summed in
// float64.

// numpyChunk is the size of NumPy's reduction buffer (NPY_BUFSIZE).
const numpyChunk = 8192

// numpySum adds the chunks of [0, n) one after another, each by
// numpyPairwise with the given leaf.
func numpySum(n int, leaf func(lo, hi int) float64) float64 {
	var s float64
	for lo := 0; lo < n; lo += numpyChunk {
		s += numpyPairwise(lo, min(lo+numpyChunk, n), leaf)
	}
	return s
}

// numpyPairwise is NumPy's pairwise_sum: ranges of more than
// pairwiseBlock elements are split in two at half the length rounded down
// to a multiple of 8, smaller ones are summed by leaf.
func numpyPairwise(lo, hi int, leaf func(lo, hi int) float64) float64 {
	if hi-lo <= pairwiseBlock {
		return leaf(lo, hi)
	}
	h := (hi - lo) / 2
	h -= h % 8
	return numpyPairwise(lo, lo+h, leaf) + numpyPairwise(lo+h, hi, leaf)
}

// numpyLeaf sums the terms t of at most pairwiseBlock elements as NumPy's
// pairwise_sum does: fewer than 8 in order; otherwise 8 accumulators
// (element i into accumulator i%8) over the whole groups of 8, combined as
// ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), then the rest in order.
func numpyLeaf(t *[pairwiseBlock]float64, n int) float64 {
	if n < 8 {
		var s float64
		for _, v := range t[:n] {
			s += v
		}
		return s
	}
	r0, r1, r2, r3, r4, r5, r6, r7 := t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]
	i := 8
	for ; i+8 <= n; i += 8 {
		r0 += t[i]
		r1 += t[i+1]
		r2 += t[i+2]
		r3 += t[i+3]
		r4 += t[i+4]
		r5 += t[i+5]
		r6 += t[i+6]
		r7 += t[i+7]
	}
	s := ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
	for ; i < n; i++ {
		s += t[i]
	}
	return s
}

func l1DistGeneric[T Float](x, y []T) T {
	y = y[:len(x)]
	var t [pairwiseBlock]float64
	return T(numpySum(len(x), func(lo, hi int) float64 {
		u, v := x[lo:hi], y[lo:hi]
		for i := range u {
			t[i] = math.Abs(float64(u[i] - v[i]))
		}
		return numpyLeaf(&t, len(u))
	}))
}

func l2DistSqGeneric[T Float](x, y []T) T {
	y = y[:len(x)]
	var t [pairwiseBlock]float64
	return T(numpySum(len(x), func(lo, hi int) float64 {
		u, v := x[lo:hi], y[lo:hi]
		for i := range u {
			d := float64(u[i] - v[i])
			t[i] = float64(d * d)
		}
		return numpyLeaf(&t, len(u))
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
