package kernels

import "math"

// Power: x**y within 1 ULP, computed as exp(y*log(x)) in double-double
// arithmetic (about 100 bits): log(x) by atanh series around the mantissa,
// the product y*log(x) kept to double-double, exp by reduction modulo ln 2,
// a Taylor series on r/256 and eight squarings. The result is rounded once
// (subnormal results too). Go's math.Pow is up to 31 ULP off on normal
// inputs, and on amd64 its Log is wrong for subnormal bases (math.Pow(5e-324,
// 0.1) is 1.6e-31; NumPy, with glibc's pow, gives 4.67e-33); math.Pow is
// used here only for the special cases (zeros, infinities, NaN, x == 1,
// y == 0, negative x with a non-integer y), which it gets right.

// Every product is wrapped in float64(): the Go compiler may otherwise fuse
// it with a following addition into an FMA on arm64, which breaks the
// error-free transformations and makes results differ between
// architectures.

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func ddAdd(x, y dd) dd {
	s, e := twoSum(x.hi, y.hi)
	t, f := twoSum(x.lo, y.lo)
	e += t
	r := quickTwoSum(s, e)
	r.lo += f
	return quickTwoSum(r.hi, r.lo)
}

func ddNeg(x dd) dd { return dd{-x.hi, -x.lo} }

func ddMul(x, y dd) dd {
	p := float64(x.hi * y.hi) // float64(): no fusion into later adds (arm64)
	e := math.FMA(x.hi, y.hi, -p)
	e += float64(x.hi*y.lo) + float64(x.lo*y.hi)
	return quickTwoSum(p, e)
}

func ddMulF(x dd, y float64) dd {
	p := float64(x.hi * y)
	e := math.FMA(x.hi, y, -p)
	e += float64(x.lo * y)
	return quickTwoSum(p, e)
}

func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddAdd(x, ddNeg(ddMulF(y, q1)))
	q2 := r.hi / y.hi
	r = ddAdd(r, ddNeg(ddMulF(y, q2)))
	q3 := r.hi / y.hi
	return ddAdd(quickTwoSum(q1, q2), dd{q3, 0})
}

// ln2dd is ln 2 to about 107 bits.
var ln2dd = dd{0.6931471805599453, 2.3190468138462996e-17}

const (
	logTerms = 23 // s <= 0.0295: s**23/47 < 2**-118
	expTerms = 12 // |r| <= 0.00136: r**12/12! < 2**-140
)

var (
	invOdd  [logTerms]dd // 1/(2k+1)
	invFact [expTerms]dd // 1/k!
)

func init() {
	for k := range invOdd {
		invOdd[k] = ddDiv(dd{1, 0}, dd{float64(2*k + 1), 0})
	}
	f := dd{1, 0}
	for k := range invFact {
		if k > 0 {
			f = ddDiv(f, dd{float64(k), 0})
		}
		invFact[k] = f
	}
}

// ddLog is log(x) for finite x > 0 (subnormals included).
func ddLog(x float64) dd {
	m, e := math.Frexp(x) // m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log m = 2 atanh(f), f = (m-1)/(m+1); m-1 is exact (Sterbenz).
	s0, e0 := twoSum(m, 1)
	f := ddDiv(dd{m - 1, 0}, dd{s0, e0})
	s := ddMul(f, f)
	p := invOdd[logTerms-1]
	for k := logTerms - 2; k >= 0; k-- {
		p = ddAdd(ddMul(p, s), invOdd[k])
	}
	logm := ddMul(dd{2 * f.hi, 2 * f.lo}, p)
	return ddAdd(ddMulF(ln2dd, float64(e)), logm)
}

// ddExpRound is exp(t) rounded once to float64.
func ddExpRound(t dd) float64 {
	switch {
	case t.hi > 709.8:
		return math.Inf(1)
	case t.hi < -745.2:
		return 0
	}
	k := math.Round(t.hi / ln2dd.hi)
	r := ddAdd(t, ddNeg(ddMulF(ln2dd, k)))
	r = dd{r.hi / 256, r.lo / 256}
	v := invFact[expTerms-1]
	for i := expTerms - 2; i >= 0; i-- {
		v = ddAdd(ddMul(v, r), invFact[i])
	}
	for range 8 {
		v = ddMul(v, v)
	}
	ki := int(k)
	if _, ev := math.Frexp(v.hi); ev+ki-1 >= -1022 {
		return math.Ldexp(v.hi+v.lo, ki)
	}
	// Subnormal: round v*2**k to a multiple of 2**-1074 once.
	hs, ls := math.Ldexp(v.hi, ki+1074), math.Ldexp(v.lo, ki+1074)
	n := math.Floor(hs)
	frac := (hs - n) + ls
	fl := math.Floor(frac)
	n += fl
	frac -= fl
	if frac > 0.5 || frac == 0.5 && math.Mod(n, 2) == 1 {
		n++
	}
	return math.Ldexp(n, -1074)
}

// pow64 is x**y within 1 ULP (see the comment at the top of the file).
func pow64(x, y float64) float64 {
	switch {
	case x != x || y != y || y == 0 || x == 1 || x == 0 || math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Pow(x, y)
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		neg = math.Abs(y) < 1<<53 && math.Mod(y, 2) != 0
		x = -x
	}
	l := ddLog(x)
	var r float64
	switch t := float64(l.hi * y); {
	case t > 710:
		r = math.Inf(1)
	case t < -746:
		r = 0
	default:
		r = ddExpRound(ddMulF(l, y))
	}
	if neg {
		return -r
	}
	return r
}

// Pow returns x**y for float64 values within 1 ULP, with the special
// cases of math.Pow (C99's pow). It is the scalar form of [Power].
func Pow(x, y float64) float64 { return pow64(x, y) }

// Power stores x[i]**y[i] in dst[i] (float32 computed in float64 and
// rounded once), within 1 ULP; dst, x and y must have one length.
func Power[T Float](dst, x, y []T) {
	checkLen3(len(dst), len(x), len(y))
	for i := range dst {
		dst[i] = T(pow64(float64(x[i]), float64(y[i])))
	}
}
