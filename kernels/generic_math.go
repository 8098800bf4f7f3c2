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

// tanhOf is tanh(x) within 1 ULP (Go's math.Tanh is off by up to 1.25):
// x + x³·P(x²), the Taylor series to x¹⁵, for |x| < 1/16; else
// (1 - e)/(1 + e) with e = exp(-2|x|) as a double-double and the division
// corrected by its remainder (1 - e is at least 0.117 there, so e's 2^-60
// becomes at most 2^-57); ±1 from |x| > 20.
func tanhOf(x float64) float64 {
	a := math.Abs(x)
	switch {
	case x != x:
		return x
	case a > 20:
		return math.Copysign(1, x)
	case a < 0x1p-27:
		return x // x³/3 is below half an ULP; keeps the sign of ±0
	case a < 1.0/16:
		const (
			t3  = -1.0 / 3
			t5  = 2.0 / 15
			t7  = -17.0 / 315
			t9  = 62.0 / 2835
			t11 = -1382.0 / 155925
			t13 = 21844.0 / 6081075
			t15 = -929569.0 / 638512875
		)
		z := x * x
		return x + x*z*(t3+z*(t5+z*(t7+z*(t9+z*(t11+z*(t13+z*t15))))))
	}
	eh, el := expHiLo(-2 * a)
	nh := 1 - eh
	nl := ((1 - nh) - eh) - el // exact part: 1 >= eh
	dh := 1 + eh
	dl := ((1 - dh) + eh) + el
	return math.Copysign(divHiLo(nh, nl, dh, dl), x)
}

func tanhGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(tanhOf(float64(x[i])))
	}
}

// expHiLo is exp(y) for y <= 0 (or NaN) as a double-double hi+lo, relative
// error below 2^-60: [expOf]'s reduction y = k·ln2 + r and polynomial, with
// 1 + r + (r's rounding error + the polynomial's part) added as hi + lo
// instead of rounded to one float64.
func expHiLo(y float64) (hi, lo float64) {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		log2e     = 1.44269504088896338700e+00
		underflow = -7.45133219101941108420e+02
		p1        = 1.66666666666666657415e-01
		p2        = -2.77777777770155933842e-03
		p3        = 6.61375632143793436117e-05
		p4        = -1.65339022054652515390e-06
		p5        = 4.13813679705723846039e-08
	)
	if y != y {
		return y, 0
	}
	if y < underflow {
		return 0, 0
	}
	k := int(log2e*y - 0.5)
	rh := y - float64(k)*ln2Hi // exact
	rl := float64(k) * ln2Lo
	r := rh - rl
	rErr := (rh - r) - rl
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	p := r * c / (2 - c) // exp(r) = 1 + r + p
	hi = 1 + r
	lo = ((1 - hi) + r) + (rErr + p) // (1 - hi) + r is exact: |r| < 1
	h := hi + lo
	lo = (hi - h) + lo // exact: |hi| > |lo|
	if k < -1021 {
		return math.Ldexp(h, k), math.Ldexp(lo, k)
	}
	scale := math.Float64frombits(uint64(k+1023) << 52) // 2^k, k <= 0
	return h * scale, lo * scale
}

// divHiLo is (nh+nl)/(dh+dl) rounded, for normal dh >= |dl|·2^50: the quotient
// q = nh/dh and its remainder nh - q·dh (exact by FMA), corrected for nl and
// dl, so that the only large error is the final rounding.
func divHiLo(nh, nl, dh, dl float64) float64 {
	q := nh / dh
	rem := math.FMA(-q, dh, nh) + nl - q*dl
	return q + rem/dh
}

// sigmoidOf is 1/(1+exp(-x)), computed from e = exp(-|x|) so that it
// neither overflows nor loses the tiny values of large negative x: e and
// 1+e are double-doubles and the division is corrected by its remainder, so
// the error is one rounding plus about 2^-58 (0.5 ULP measured).
func sigmoidOf(x float64) float64 {
	if x != x {
		return x
	}
	eh, el := expHiLo(-math.Abs(x))
	dh := 1 + eh
	dl := ((1 - dh) + eh) + el // exact part: 1 >= eh
	if x < 0 {
		return divHiLo(eh, el, dh, dl)
	}
	return divHiLo(1, 0, dh, dl)
}

func sigmoidGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(sigmoidOf(float64(x[i])))
	}
}

// sigmoidDerivativeOf is s(1-s) for s = sigmoid(x), computed as
// e/(1+e)² with e = exp(-|x|): the same value without the cancellation of
// 1-s when s is near 1 (s*(1-s) is 0 for x > 37, the true value e^-x).
// e, 1+e and (1+e)² are double-doubles, so the error is about one rounding.
func sigmoidDerivativeOf(x float64) float64 {
	if x != x {
		return x
	}
	eh, el := expHiLo(-math.Abs(x))
	dh := 1 + eh
	dl := ((1 - dh) + eh) + el
	ph := dh * dh
	pl := math.FMA(dh, dh, -ph) + 2*dh*dl
	return divHiLo(eh, el, ph, pl)
}

func sigmoidDerivativeGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(sigmoidDerivativeOf(float64(x[i])))
	}
}
