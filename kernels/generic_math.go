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

// logOf is math.Log, with subnormal inputs scaled into the normal range
// first: Go's amd64 math.Log (log_amd64.s) returns about log(2^-1022) for
// every subnormal (math.Log(5e-324) is -709.09, not -744.44), while other
// architectures are right.
func logOf(x float64) float64 {
	if x > 0 && x < 0x1p-1022 {
		return math.Log(x*0x1p52) - 52*math.Ln2
	}
	return math.Log(x)
}

func logGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(logOf(float64(x[i])))
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

// sigmoidDerivativeOf is s(1-s) for s = sigmoid(x), computed as
// e/(1+e)² with e = exp(-|x|): the same value without the cancellation of
// 1-s when s is near 1 (s*(1-s) is 0 for x > 37, the true value e^-x).
func sigmoidDerivativeOf(x float64) float64 {
	e := math.Exp(-math.Abs(x))
	return e / ((1 + e) * (1 + e))
}

func sigmoidDerivativeGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(sigmoidDerivativeOf(float64(x[i])))
	}
}
