package ndarray

import (
	"math"
	"strconv"
)

// Histogram counts the elements of a (flattened) in bins equal-width bins
// spanning their smallest to largest value, as np.histogram(a, bins): it
// returns the counts and the bins+1 edges. When all elements are equal the
// range is widened by 0.5 each way, as NumPy does. It panics with a
// *ValueError for bins < 1 or a NaN or infinite range.
func Histogram[T Number](a *Array[T], bins int) (counts *Array[int64], edges *Array[float64]) {
	vals := a.Values()
	lo, hi := 0.0, 1.0
	if len(vals) > 0 {
		lo, hi = math.Inf(1), math.Inf(-1)
		for _, v := range vals {
			lo = math.Min(lo, float64(v))
			hi = math.Max(hi, float64(v))
		}
	}
	return HistogramRange(a, bins, lo, hi)
}

// HistogramRange is [Histogram] over the range [lo, hi] (np.histogram(a,
// bins, range=(lo, hi))): values outside it are not counted; the last bin
// includes hi.
func HistogramRange[T Number](a *Array[T], bins int, lo, hi float64) (counts *Array[int64], edges *Array[float64]) {
	if bins < 1 {
		panic(&ValueError{Msg: "`bins` must be positive, when an integer"})
	}
	if lo > hi {
		panic(&ValueError{Msg: "max must be larger than min in range parameter."})
	}
	if math.IsNaN(lo) || math.IsNaN(hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		panic(&ValueError{Msg: "supplied range of [" + ftoa(lo) + ", " + ftoa(hi) + "] is not finite"})
	}
	if lo == hi {
		lo, hi = lo-0.5, hi+0.5
	}
	edges = Linspace(lo, hi, bins+1)
	e := edges.data
	out := make([]int64, bins)
	norm := float64(bins) / (hi - lo)
	for _, t := range a.Values() {
		x := float64(t)
		if !(x >= lo && x <= hi) {
			continue
		}
		i := int((x - lo) * norm)
		if i == bins {
			i--
		}
		// NumPy's corrections for rounding at the edges.
		if x < e[i] {
			i--
		} else if x >= e[i+1] && i != bins-1 {
			i++
		}
		out[i]++
	}
	return Wrap(out, bins), edges
}

func ftoa(v float64) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
