package ndarray

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/ndsimd/ndsimd/kernels"
)

// Sum returns the sum of the elements over the given axes (every axis by
// default), as np.sum. Floats are summed pairwise or better, never in one
// left-to-right loop; integers accumulate in 64 bits and the result is
// converted back to T (see [SumInt64] for the wide result NumPy gives).
func Sum[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	red := planReduction(a.shape, opts)
	l := arrange(a, red, true)
	out := make([]T, l.o*l.k)
	switch d := any(l.data).(type) {
	case []float64:
		sumFloat(any(out).([]float64), layout[float64]{d, l.o, l.r, l.k})
	case []float32:
		sumFloat(any(out).([]float32), layout[float32]{d, l.o, l.r, l.k})
	default:
		wide := make([]int64, len(out))
		sumWide(wide, l)
		convertNumbers(out, wide)
	}
	return Wrap(out, red.outShape...)
}

// SumInt64 returns the sum of an integer array over the given axes as
// int64, as NumPy's sum gives for integer types (unsigned sums wrap
// modulo 2⁶⁴ in the same bits).
func SumInt64[T Integer](a *Array[T], opts ...ReduceOption) *Array[int64] {
	red := planReduction(a.shape, opts)
	l := arrange(a, red, true)
	out := make([]int64, l.o*l.k)
	sumWide(out, l)
	return Wrap(out, red.outShape...)
}

func sumFloat[F kernels.Float](out []F, l layout[F]) {
	if l.k == 1 {
		l.runs(func(i int, run []F) { out[i] = kernels.Sum(run) })
		return
	}
	l.rowBlocks(func(i int, rows []F) { sumRows(out[i*l.k:(i+1)*l.k], rows, l.r, l.k) })
}

// sumRows sets dst to the sum of the r rows of k elements, pairwise over
// the rows: leaves of up to 8 rows are added in order, and leaf sums are
// combined like a binary counter (two partial sums of the same level merge
// into one of the next), so the error grows with log(r) as in pairwise
// summation, every row is read once, and one scratch block of
// (levels × k) elements is the only allocation.
func sumRows[F kernels.Float](dst, rows []F, r, k int) {
	const leaf = 8
	if r <= leaf {
		if r == 0 {
			clear(dst)
			return
		}
		copy(dst, rows[:k])
		for t := 1; t < r; t++ {
			kernels.Add(dst, dst, rows[t*k:(t+1)*k])
		}
		return
	}
	scratch := make([]F, (bits.Len(uint(r/leaf))+1)*k)
	slot := func(i int) []F { return scratch[i*k : (i+1)*k] }
	var level []int // the level of each partial sum on the stack
	for lo := 0; lo < r; lo += leaf {
		s := slot(len(level))
		copy(s, rows[lo*k:(lo+1)*k])
		for t := lo + 1; t < min(lo+leaf, r); t++ {
			kernels.Add(s, s, rows[t*k:(t+1)*k])
		}
		level = append(level, 0)
		for n := len(level); n >= 2 && level[n-1] == level[n-2]; n = len(level) {
			kernels.Add(slot(n-2), slot(n-2), slot(n-1))
			level = level[:n-1]
			level[n-2]++
		}
	}
	for n := len(level); n >= 2; n = len(level) {
		kernels.Add(slot(n-2), slot(n-2), slot(n-1))
		level = level[:n-1]
	}
	copy(dst, slot(0))
}

// sumWide sums integers into int64 accumulators.
func sumWide[T Number](out []int64, l layout[T]) {
	for i := range l.o {
		for t := range l.r {
			row := l.data[(i*l.r+t)*l.k : (i*l.r+t+1)*l.k]
			acc := out[i*l.k : (i+1)*l.k]
			for j, v := range row {
				acc[j] += int64(v)
			}
		}
	}
}

// Prod returns the product of the elements over the given axes, as np.prod;
// the product of no elements is 1.
func Prod[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	red := planReduction(a.shape, opts)
	l := arrange(a, red, true)
	out := make([]T, l.o*l.k)
	for i := range out {
		out[i] = 1
	}
	for i := range l.o {
		acc := out[i*l.k : (i+1)*l.k]
		for t := range l.r {
			row := l.data[(i*l.r+t)*l.k : (i*l.r+t+1)*l.k]
			for j, v := range row {
				acc[j] *= v
			}
		}
	}
	return Wrap(out, red.outShape...)
}

// Max returns the largest element over the given axes, as np.max (amax):
// NaN when any of them is NaN. It panics with a *ValueError when reducing an
// empty axis, which has no identity.
func Max[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return extreme(a, opts, "maximum", true)
}

// Min returns the smallest element over the given axes, as np.min (amin):
// NaN when any of them is NaN. It panics with a *ValueError when reducing an
// empty axis.
func Min[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return extreme(a, opts, "minimum", false)
}

func extreme[T Number](a *Array[T], opts []ReduceOption, name string, isMax bool) *Array[T] {
	red := planReduction(a.shape, opts)
	l := arrange(a, red, true)
	out := make([]T, l.o*l.k)
	if l.r == 0 && len(out) > 0 {
		panic(&ValueError{Msg: fmt.Sprintf("zero-size array to reduction operation %s which has no identity", name)})
	}
	switch d := any(l.data).(type) {
	case []float64:
		extremeFloat(any(out).([]float64), layout[float64]{d, l.o, l.r, l.k}, isMax)
	case []float32:
		extremeFloat(any(out).([]float32), layout[float32]{d, l.o, l.r, l.k}, isMax)
	default:
		extremeInt(out, l, isMax)
	}
	return Wrap(out, red.outShape...)
}

func extremeFloat[F kernels.Float](out []F, l layout[F], isMax bool) {
	if l.k == 1 {
		l.runs(func(i int, run []F) {
			if isMax {
				out[i] = kernels.Max(run)
			} else {
				out[i] = kernels.Min(run)
			}
		})
		return
	}
	l.rowBlocks(func(i int, rows []F) {
		dst := out[i*l.k : (i+1)*l.k]
		copy(dst, rows[:l.k])
		for t := 1; t < l.r; t++ {
			if isMax {
				kernels.Maximum(dst, dst, rows[t*l.k:(t+1)*l.k])
			} else {
				kernels.Minimum(dst, dst, rows[t*l.k:(t+1)*l.k])
			}
		}
	})
}

func extremeInt[T Number](out []T, l layout[T], isMax bool) {
	for i := range l.o {
		acc := out[i*l.k : (i+1)*l.k]
		copy(acc, l.data[i*l.r*l.k:])
		for t := 1; t < l.r; t++ {
			row := l.data[(i*l.r+t)*l.k : (i*l.r+t+1)*l.k]
			for j, v := range row {
				if (isMax && v > acc[j]) || (!isMax && v < acc[j]) {
					acc[j] = v
				}
			}
		}
	}
}

// Mean returns the arithmetic mean over the given axes, as np.mean: the sum
// divided by the count (NaN for no elements). For integer arrays the mean is
// computed in float64 and converted back to T, truncating; convert with
// AsType first to keep the fraction.
func Mean[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	red := planReduction(a.shape, opts)
	count := reducedCount(a.shape, red)
	if isFloat[T]() {
		s := Sum(a, opts...)
		for i := range s.data {
			s.data[i] /= T(count)
		}
		return s
	}
	wide := SumInt64(AsType[int64](a), opts...)
	out := make([]T, len(wide.data))
	for i, v := range wide.data {
		out[i] = T(float64(v) / float64(count))
	}
	return Wrap(out, red.outShape...)
}

func reducedCount(shape []int, red reduction) int {
	n := 1
	for i, d := range shape {
		if red.reduced[i] {
			n *= d
		}
	}
	return n
}

// Var returns the variance over the given axes, as np.var with ddof=0:
// the mean of the squared deviations from the mean. It is computed in
// float64 with two passes.
func Var[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return moments(a, opts, false)
}

// Std returns the standard deviation over the given axes, as np.std with
// ddof=0: the square root of [Var].
func Std[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return moments(a, opts, true)
}

func moments[T Number](a *Array[T], opts []ReduceOption, root bool) *Array[T] {
	red := planReduction(a.shape, opts)
	l := arrange(a, red, false)
	out := make([]T, l.o)
	l.runs(func(i int, run []T) {
		var mean float64
		for _, v := range run {
			mean += float64(v)
		}
		mean /= float64(len(run))
		var ss float64
		for _, v := range run {
			d := float64(v) - mean
			ss += d * d
		}
		v := ss / float64(len(run))
		if root {
			v = math.Sqrt(v)
		}
		out[i] = T(v)
	})
	return Wrap(out, red.outShape...)
}

// Norm returns the 2-norm (the square root of the sum of squares) over the
// given axes, as np.linalg.norm(a, axis=..., keepdims=...) with the default
// ord. Over every axis it is the Frobenius norm of the flattened array.
func Norm[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	red := planReduction(a.shape, opts)
	l := arrange(a, red, false)
	out := make([]T, l.o)
	l.runs(func(i int, run []T) { out[i] = T(math.Sqrt(float64(kernels.SumSq(run)))) })
	return Wrap(out, red.outShape...)
}

// ArgMax returns the indexes of the largest elements along one axis (or in
// the flattened array without Axis), as np.argmax: the first one, or the
// first NaN. It panics with a *ValueError for an empty axis.
func ArgMax[T Number](a *Array[T], opts ...ReduceOption) *Array[int64] {
	return argExtreme(a, opts, "argmax", true)
}

// ArgMin returns the indexes of the smallest elements along one axis (or in
// the flattened array), as np.argmin.
func ArgMin[T Number](a *Array[T], opts ...ReduceOption) *Array[int64] {
	return argExtreme(a, opts, "argmin", false)
}

func argExtreme[T Number](a *Array[T], opts []ReduceOption, name string, isMax bool) *Array[int64] {
	red := planReduction(a.shape, opts)
	if n := len(a.shape) - countFalse(red.reduced); n > 1 && n != len(a.shape) {
		panic(&ValueError{Msg: name + " takes one axis or none"})
	}
	l := arrange(a, red, false)
	out := make([]int64, l.o)
	if l.r == 0 && l.o > 0 {
		panic(&ValueError{Msg: "attempt to get " + name + " of an empty sequence"})
	}
	l.runs(func(i int, run []T) { out[i] = int64(argOf(run, isMax)) })
	return Wrap(out, red.outShape...)
}

func argOf[T Number](run []T, isMax bool) int {
	switch r := any(run).(type) {
	case []float64:
		if isMax {
			return kernels.ArgMax(r)
		}
		return kernels.ArgMin(r)
	case []float32:
		if isMax {
			return kernels.ArgMax(r)
		}
		return kernels.ArgMin(r)
	}
	k := 0
	for i, v := range run {
		if (isMax && v > run[k]) || (!isMax && v < run[k]) {
			k = i
		}
	}
	return k
}
