package kernels

import "math"

// The generic twins of the transcendental kernels. float64 uses Go's math
// package (under 1 ULP); float32 computes in float64 and rounds once, which is
// within 0.5 ULP plus a rare double-rounding tie.

func expGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(math.Exp(float64(x[i])))
	}
}

func logGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(math.Log(float64(x[i])))
	}
}

func tanhGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(math.Tanh(float64(x[i])))
	}
}

// sigmoidOf is 1/(1+exp(-x)), computed so that it neither overflows nor loses
// the tiny values of large negative x.
func sigmoidOf(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

func sigmoidGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(sigmoidOf(float64(x[i])))
	}
}

func sigmoidDerivativeGeneric[T Float](dst, x []T) {
	for i := range dst {
		s := sigmoidOf(float64(x[i]))
		dst[i] = T(s * (1 - s))
	}
}
