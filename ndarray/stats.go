package ndarray

import (
	"fmt"
	"math"
)

// reduceRuns applies f to each run of elements a reduction over opts
// combines and returns the results in the reduction's shape. The run may
// be a's own data: f must not change it.
func reduceRuns[T Elem, U Elem](a *Array[T], opts []ReduceOption, f func(run []T) U) *Array[U] {
	red := planReduction(a.shape, opts)
	l := walkReduction(a, red, walkRuns)
	out := make([]U, l.o)
	l.runs(func(i int, run []T) { out[i] = f(run) })
	return Wrap(out, red.outShape...)
}

// Median returns the median over the given axes (every axis by default),
// as np.median: the middle element of each sorted run, or the mean of the
// two middle ones; NaN when the run holds a NaN or is empty. It selects the
// middle (introselect) instead of sorting.
func Median[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	return reduceRuns(a, opts, medianRun[T])
}

func medianRun[T Float](x []T) T {
	n := len(x)
	if n == 0 {
		return T(math.NaN())
	}
	a, b, nan := orderStats(x, (n-1)/2, n%2 == 0)
	switch {
	case nan:
		return T(math.NaN())
	case n%2 == 1:
		return a
	}
	return (a + b) / 2
}

func hasNaN[T Number](x []T) bool {
	if !isFloat[T]() {
		return false
	}
	for _, v := range x {
		if v != v {
			return true
		}
	}
	return false
}

// Quantile returns the q-th quantile (q in [0, 1]) over the given axes, as
// np.quantile(a, q) with the default linear method: the element at
// (n-1)·q in the sorted run, interpolated between neighbours. NaN in a run
// gives NaN. The result is float64, as NumPy's. It panics with a
// *ValueError for q outside [0, 1] and an *IndexError for an empty run.
func Quantile[T Number](a *Array[T], q float64, opts ...ReduceOption) *Array[float64] {
	a.valid()
	if !(q >= 0 && q <= 1) {
		panic(&ValueError{Msg: "Quantiles must be in the range [0, 1]"})
	}
	return reduceRuns(a, opts, func(x []T) float64 { return quantileRun(x, q) })
}

// Percentile returns the q-th percentile (q in [0, 100]) over the given
// axes, as np.percentile: [Quantile] of q/100.
func Percentile[T Number](a *Array[T], q float64, opts ...ReduceOption) *Array[float64] {
	a.valid()
	if !(q >= 0 && q <= 100) {
		panic(&ValueError{Msg: "Percentiles must be in the range [0, 100]"})
	}
	q /= 100
	return reduceRuns(a, opts, func(x []T) float64 { return quantileRun(x, q) })
}

// quantileRun is NumPy's linear quantile of one run, step for step
// (_quantile and _lerp), so that results match it bit for bit.
func quantileRun[T Number](x []T, q float64) float64 {
	n := len(x)
	if n == 0 {
		panic(&IndexError{Msg: fmt.Sprintf("index -1 is out of bounds for axis 0 with size %d", n)})
	}
	virtual := float64(float64(n-1) * q) // rounded: no fused multiply-add with gamma (arm64)
	prev := math.Floor(virtual)
	var pi, ni int
	switch {
	case virtual >= float64(n-1):
		pi, ni, prev = n-1, n-1, -1
	case virtual < 0:
		pi, ni, prev = 0, 0, 0
	default:
		pi, ni = int(prev), int(prev)+1
	}
	gamma := virtual - prev
	lo, hi, nan := orderStats(x, pi, ni != pi)
	if nan {
		return math.NaN()
	}
	if ni == pi {
		hi = lo
	}
	var diff float64
	if isFloat[T]() {
		diff = float64(hi - lo) // in T's precision, as NumPy subtracts the two arrays
	} else {
		diff = float64(hi) - float64(lo)
	}
	if gamma >= 0.5 {
		return float64(hi) - float64(diff*(1-gamma)) // rounded: no fused multiply-add (arm64)
	}
	return float64(lo) + float64(diff*gamma) // rounded: no fused multiply-add (arm64)
}
