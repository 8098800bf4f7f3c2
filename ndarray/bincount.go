package ndarray

import "fmt"

// Bincount counts the occurrences of each value in the 1-D array of
// non-negative integers x, as np.bincount(x, minlength=minlength): the
// result has max(x)+1 elements, or minlength if that is more. It panics
// with a *ValueError for a negative value, a negative minlength or an x
// that is not 1-D.
func Bincount[T Integer](x *Array[T], minlength int) *Array[int64] {
	vals := bincountInput(x, minlength)
	size := bincountSize(vals, minlength)
	return Wrap(countInto(vals, size), size)
}

// countInto returns the counts of vals (each in [0, size)). Short count
// tables are kept four times over, one per element of every group of four,
// so that repeated values do not wait on each other's increments; the
// four are added at the end.
func countInto[T Integer](vals []T, size int) []int64 {
	out := make([]int64, size)
	if size > 1<<14 || len(vals) < 4*size || len(vals) >= 1<<32 {
		for _, v := range vals {
			out[int(v)]++
		}
		return out
	}
	c := make([]uint32, 4*size)
	c0, c1, c2, c3 := c[:size], c[size:2*size], c[2*size:3*size], c[3*size:]
	i := 0
	for ; i+4 <= len(vals); i += 4 {
		c0[int(vals[i])]++
		c1[int(vals[i+1])]++
		c2[int(vals[i+2])]++
		c3[int(vals[i+3])]++
	}
	for _, v := range vals[i:] {
		out[int(v)]++
	}
	for j := range out {
		out[j] += int64(c0[j]) + int64(c1[j]) + int64(c2[j]) + int64(c3[j])
	}
	return out
}

// BincountWeights is [Bincount] with weights, as np.bincount(x, weights,
// minlength): element i of the result is the sum of w[j] over the j with
// x[j] == i. It panics with a *ValueError when w's length is not x's.
func BincountWeights[T Integer, W Number](x *Array[T], w *Array[W], minlength int) *Array[float64] {
	vals := bincountInput(x, minlength)
	weights := w.Values()
	if len(w.shape) != 1 || len(weights) != len(vals) {
		panic(&ValueError{Msg: "The weights and list don't have the same length."})
	}
	size := bincountSize(vals, minlength)
	out := make([]float64, size)
	for i, v := range vals {
		out[int(v)] += float64(weights[i])
	}
	return Wrap(out, size)
}

func bincountInput[T Integer](x *Array[T], minlength int) []T {
	if len(x.shape) != 1 {
		panic(&ValueError{Msg: fmt.Sprintf("object too deep for desired array: bincount needs a 1-D array, not %d-D", len(x.shape))})
	}
	if minlength < 0 {
		panic(&ValueError{Msg: "'minlength' must not be negative"})
	}
	vals, ok := x.Contiguous()
	if !ok {
		vals = x.Values()
	}
	return vals
}

// bincountSize checks the values and returns the result's length.
func bincountSize[T Integer](vals []T, minlength int) int {
	if len(vals) == 0 {
		return minlength
	}
	lo, hi := vals[0], vals[0]
	lo1, hi1 := lo, hi
	i := 0
	for ; i+2 <= len(vals); i += 2 {
		lo, hi = min(lo, vals[i]), max(hi, vals[i])
		lo1, hi1 = min(lo1, vals[i+1]), max(hi1, vals[i+1])
	}
	for _, v := range vals[i:] {
		lo, hi = min(lo, v), max(hi, v)
	}
	lo, hi = min(lo, lo1), max(hi, hi1)
	if lo < 0 {
		panic(&ValueError{Msg: "'list' argument must have no negative elements"})
	}
	if uint64(hi) >= 1<<40 {
		panic(&ValueError{Msg: fmt.Sprintf("bincount: maximum value %d is too large to count into an array", uint64(hi))})
	}
	return max(int(hi)+1, minlength)
}
