package ufunc

import (
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
)

// The flat-slice functions of Sin, Cos, Tan, Log1p and Expm1 until their
// SIMD kernels exist: each op is computed in exactly one place below, so
// swapping in the kernel is a one-line change per op (mathFuncs in
// math_unary.go refers to these). float32 is computed in float64 and
// rounded once.

// sinSlice sets dst[i] = sin(x[i]).
func sinSlice[F ndarray.Float](dst, x []F) { // replaced by kernels.Sin when it lands
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = F(math.Sin(float64(x[i])))
	}
}

// cosSlice sets dst[i] = cos(x[i]).
func cosSlice[F ndarray.Float](dst, x []F) { // replaced by kernels.Cos when it lands
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = F(math.Cos(float64(x[i])))
	}
}

// tanSlice sets dst[i] = tan(x[i]).
func tanSlice[F ndarray.Float](dst, x []F) { // replaced by kernels.Tan when it lands
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = F(math.Tan(float64(x[i])))
	}
}

// log1pSlice sets dst[i] = log(1 + x[i]), accurate near 0.
func log1pSlice[F ndarray.Float](dst, x []F) { // replaced by kernels.Log1p when it lands
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = F(math.Log1p(float64(x[i])))
	}
}

// expm1Slice sets dst[i] = exp(x[i]) - 1, accurate near 0.
func expm1Slice[F ndarray.Float](dst, x []F) { // replaced by kernels.Expm1 when it lands
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = F(math.Expm1(float64(x[i])))
	}
}
