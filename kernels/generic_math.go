package kernels

import "math"

// The generic twins of the transcendental kernels. float64 uses Go's math
// package (under 1 ULP); float32 computes in float64 and rounds once, which is
// within 0.5 ULP plus a rare double-rounding tie.

// expOf is the portable exp of Go's math package (math/exp.go, from
// FreeBSD's e_exp.c; BSD licence, (c) the Go Authors and Sun Microsystems),
// used on every architecture instead of math.Exp: on amd64 math.Exp runs
// exp_amd64.s, which gives +Inf for every x above 709.4361393031039 (exp
// stays finite up to ln(MaxFloat64) = 709.78271289338399...) and is 1.5 ULP
// off at places (x = 620.0149003880722), while this is under 1 ULP.
func expOf(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		log2e     = 1.44269504088896338700e+00
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
		nearZero  = 1.0 / (1 << 28)
		p1        = 1.66666666666666657415e-01
		p2        = -2.77777777770155933842e-03
		p3        = 6.61375632143793436117e-05
		p4        = -1.65339022054652515390e-06
		p5        = 4.13813679705723846039e-08
	)
	switch {
	case x != x:
		return x
	case x > overflow:
		return math.Inf(1)
	case x < underflow:
		return 0
	case -nearZero < x && x < nearZero:
		return 1 + x
	}
	var k int
	if x < 0 {
		k = int(log2e*x - 0.5)
	} else {
		k = int(log2e*x + 0.5)
	}
	hi := x - float64(k)*ln2Hi
	lo := float64(k) * ln2Lo
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return math.Ldexp(y, k)
}

func expGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(expOf(float64(x[i])))
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

// onePlus returns 1+e for 0 <= e <= 1 as a double-double hi+lo.
func onePlus(e float64) (hi, lo float64) {
	hi = 1 + e
	return hi, (1 - hi) + e // exact, since 1 >= e
}

// sigmoidOf is 1/(1+exp(-x)), computed from e = exp(-|x|) so that it
// neither overflows nor loses the tiny values of large negative x, with
// 1+e kept as a double-double: the error is about exp's plus one rounding.
func sigmoidOf(x float64) float64 {
	e := expOf(-math.Abs(x))
	qHi, qLo := onePlus(e)
	num := 1.0
	if x < 0 {
		num = e
	}
	r := num / qHi
	return r - r*(qLo/qHi)
}

func sigmoidGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(sigmoidOf(float64(x[i])))
	}
}

// sigmoidDerivativeOf is s(1-s) for s = sigmoid(x), computed as
// e/(1+e)² with e = exp(-|x|): the same value without the cancellation of
// 1-s when s is near 1 (s*(1-s) is 0 for x > 37, the true value e^-x).
// (1+e)² is kept as a double-double, so the result's error is about that of
// exp plus one rounding.
func sigmoidDerivativeOf(x float64) float64 {
	e := expOf(-math.Abs(x))
	qHi, qLo := onePlus(e)
	pHi := qHi * qHi
	pLo := math.FMA(qHi, qHi, -pHi) + 2*qHi*qLo
	r := e / pHi
	return r - r*(pLo/pHi)
}

func sigmoidDerivativeGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(sigmoidDerivativeOf(float64(x[i])))
	}
}
