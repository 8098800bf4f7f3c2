package ufunc

import (
	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// Clip returns x with every element limited to [lo, hi], np.clip(x, lo,
// hi), for any numeric type: min(max(x, lo), hi), so hi wins when lo > hi,
// and NaN stays NaN (a NaN bound gives NaN), as in NumPy.
func Clip[T ndarray.Number](x *ndarray.Array[T], lo, hi T) *ndarray.Array[T] {
	loop := clipLoop(lo, hi, true, true)
	return unary(&loop, parallelMinCheap, nil, x)
}

// ClipInto stores np.clip(x, lo, hi) in out and returns out (see
// [ExpInto]).
func ClipInto[T ndarray.Number](out, x *ndarray.Array[T], lo, hi T) *ndarray.Array[T] {
	loop := clipLoop(lo, hi, true, true)
	return unary(&loop, parallelMinCheap, out, x)
}

// ClipLower returns x with every element at least lo, np.clip(x, lo, None).
func ClipLower[T ndarray.Number](x *ndarray.Array[T], lo T) *ndarray.Array[T] {
	loop := clipLoop(lo, 0, true, false)
	return unary(&loop, parallelMinCheap, nil, x)
}

// ClipLowerInto stores np.clip(x, lo, None) in out and returns out.
func ClipLowerInto[T ndarray.Number](out, x *ndarray.Array[T], lo T) *ndarray.Array[T] {
	loop := clipLoop(lo, 0, true, false)
	return unary(&loop, parallelMinCheap, out, x)
}

// ClipUpper returns x with every element at most hi, np.clip(x, None, hi).
func ClipUpper[T ndarray.Number](x *ndarray.Array[T], hi T) *ndarray.Array[T] {
	loop := clipLoop(0, hi, false, true)
	return unary(&loop, parallelMinCheap, nil, x)
}

// ClipUpperInto stores np.clip(x, None, hi) in out and returns out.
func ClipUpperInto[T ndarray.Number](out, x *ndarray.Array[T], hi T) *ndarray.Array[T] {
	loop := clipLoop(0, hi, false, true)
	return unary(&loop, parallelMinCheap, out, x)
}

// clipLoop is the loop of clip with the bounds that are set. NumPy computes
// min(max(x, lo), hi) with max(a, b) = isnan(a) ? a : (a > b ? a : b) and
// min likewise; Go's min and max builtins (branch-free) agree with that
// except for the sign of a zero result when x is a zero and the bound the
// zero of the other sign, so a zero bound takes the literal formula.
func clipLoop[T ndarray.Number](lo, hi T, hasLo, hasHi bool) unLoop[T] {
	if !hasLo {
		lo = hi // unused; keeps the zero test below to the bounds in use
	}
	if !hasHi {
		hi = lo
	}
	var one func(v T) T
	switch {
	case lo == 0 || hi == 0:
		one = func(v T) T {
			if hasLo && !(v != v) && !(v > lo) {
				v = lo
			}
			if hasHi && !(v != v) && !(v < hi) {
				v = hi
			}
			return v
		}
	case hasLo && hasHi:
		return unLoop[T]{run: func(n int, dst []T, od, sd int, x []T, ox, sx int, _ []T) {
			if sd == 1 && sx == 1 {
				d, a := dst[od:od+n], x[ox:ox+n]
				if clipKernels(d, a, lo, hi) {
					return
				}
				a = a[:len(d)]
				for i := range d {
					d[i] = min(max(a[i], lo), hi)
				}
				return
			}
			for range n {
				dst[od] = min(max(x[ox], lo), hi)
				od, ox = od+sd, ox+sx
			}
		}}
	case hasLo:
		one = func(v T) T { return max(v, lo) }
	default:
		one = func(v T) T { return min(v, hi) }
	}
	return unLoop[T]{run: func(n int, dst []T, od, sd int, x []T, ox, sx int, _ []T) {
		for range n {
			dst[od] = one(x[ox])
			od, ox = od+sd, ox+sx
		}
	}}
}

// clipKernels clips a contiguous float run with the Clip kernel (one SIMD
// pass, NumPy's formula) and reports true; for other types it does nothing
// and reports false.
func clipKernels[T ndarray.Number](d, a []T, lo, hi T) bool {
	switch dd := any(d).(type) {
	case []float64:
		kernels.Clip(dd, any(a).([]float64), float64(lo), float64(hi))
		return true
	case []float32:
		kernels.Clip(dd, any(a).([]float32), float32(lo), float32(hi))
		return true
	}
	return false
}
