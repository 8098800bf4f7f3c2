package ufunc

import (
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
)

// The flat-slice functions of the unary float ufuncs that are plain Go
// loops over package math (float32 computed in float64 and rounded once;
// the rounding functions are exact either way).

// goMath makes the slice function of a math function.
func goMath[F ndarray.Float](f func(float64) float64) func(dst, x []F) {
	return func(dst, x []F) {
		x = x[:len(dst)]
		for i := range dst {
			dst[i] = F(f(float64(x[i])))
		}
	}
}

// floorSlice sets dst[i] = floor(x[i]).
func floorSlice[F ndarray.Float](dst, x []F) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = F(math.Floor(float64(x[i])))
	}
}

// ceilSlice sets dst[i] = ceil(x[i]).
func ceilSlice[F ndarray.Float](dst, x []F) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = F(math.Ceil(float64(x[i])))
	}
}

// truncSlice sets dst[i] = trunc(x[i]).
func truncSlice[F ndarray.Float](dst, x []F) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = F(math.Trunc(float64(x[i])))
	}
}

// rintSlice sets dst[i] to x[i] rounded to the nearest integer, ties to
// even (np.rint).
func rintSlice[F ndarray.Float](dst, x []F) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = F(math.RoundToEven(float64(x[i])))
	}
}

// signSlice sets dst[i] to -1, 0 or 1 by the sign of x[i], NaN for NaN
// (np.sign: the sign of ±0 is +0).
func signSlice[F ndarray.Float](dst, x []F) {
	x = x[:len(dst)]
	for i := range dst {
		v := x[i]
		switch {
		case v > 0:
			dst[i] = 1
		case v < 0:
			dst[i] = -1
		case v == 0:
			dst[i] = 0
		default:
			dst[i] = v
		}
	}
}

// reciprocalSlice sets dst[i] = 1/x[i] (IEEE division, in F).
func reciprocalSlice[F ndarray.Float](dst, x []F) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = 1 / x[i]
	}
}
