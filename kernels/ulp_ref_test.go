package kernels

import (
	"math"
	"math/big"
)

// High-precision references for the ULP tests (ulp_test.go). Every value is
// computed with math/big at refPrec bits, far more than the 53 bits a
// float64 needs, so rounding the reference gives the correctly rounded
// result and |y - ref| / ulp is the true error of y to within 2^-100 ULP.

const refPrec = 200

var bigLn2, _, _ = big.ParseFloat("0.69314718055994530941723212145817656807550013436025525412068000949339362196969472", 10, refPrec, big.ToNearestEven)

func bf(x float64) *big.Float { return new(big.Float).SetPrec(refPrec).SetFloat64(x) }

// expBig returns e^x for finite x (expBigOf); beyond |x| = 800, far past
// overflow or underflow, 2^±5000.
func expBig(x float64) *big.Float {
	if x > 800 || x < -800 {
		return new(big.Float).SetPrec(refPrec).SetMantExp(bf(1), int(math.Copysign(5000, x)))
	}
	return expBigOf(bf(x))
}

// expBigOf returns e^t: t = k·ln2 + r, e^r by its Taylor series at r/1024,
// squared ten times, then scaled by 2^k. It is the one big-float exp of the
// tests (expBig, powBig, logBig, tanhBig, sigmoidBig and the harness's
// hTrueMath build on it).
func expBigOf(t *big.Float) *big.Float {
	tf, _ := t.Float64()
	k := math.Round(tf / math.Ln2)
	r := new(big.Float).SetPrec(refPrec).Sub(t, new(big.Float).SetPrec(refPrec).Mul(bigLn2, bf(k)))
	r.SetMantExp(r, -10)
	sum := bf(1)
	term := bf(1)
	for i := 1; i < 60; i++ {
		term.Mul(term, r)
		term.Quo(term, bf(float64(i)))
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil) < -refPrec-8 {
			break
		}
	}
	for range 10 {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// logBig returns ln x for finite x > 0: two Newton steps y + x·e^-y - 1
// from y = ln(m) + e·ln2 (x = m·2^e; not math.Log(x), which is wrong for
// subnormals on amd64), each squaring the relative error (2^-50 at first).
func logBig(x float64) *big.Float {
	m, ex := math.Frexp(x)
	y := bf(math.Log(m) + float64(ex)*math.Ln2)
	for range 2 {
		yf, _ := y.Float64()
		e := expBig(-yf)
		// e^-y = e^-yf · e^(yf-y), with yf - y tiny: 1 + (yf - y) is enough
		// for the product below to 2^-100.
		d := new(big.Float).SetPrec(refPrec).Sub(bf(yf), y)
		d.Add(d, bf(1))
		e.Mul(e, d)
		e.Mul(e, bf(x))
		e.Sub(e, bf(1))
		y.Add(y, e)
	}
	return y
}

// tanhBig returns tanh x for finite x: the odd series for |x| < 2^-20,
// (e^2x - 1)/(e^2x + 1) up to |x| = 40, else ±1 exactly as far as any
// float rounding can tell.
func tanhBig(x float64) *big.Float {
	ax := math.Abs(x)
	var t *big.Float
	switch {
	case ax < 0x1p-20:
		// x - x³/3 + 2x⁵/15 - 17x⁷/315; the next term is below x·2^-160.
		b := bf(ax)
		b2 := new(big.Float).SetPrec(refPrec).Mul(b, b)
		c := []float64{-17.0 / 315, 2.0 / 15, -1.0 / 3}
		// the coefficients' float64 rounding is below x^3·2^-53·2^-40
		p := bf(c[0])
		for _, ci := range c[1:] {
			p.Mul(p, b2)
			p.Add(p, bf(ci))
		}
		p.Mul(p, b2)
		p.Mul(p, b)
		t = p.Add(p, b)
	case ax < 40:
		e := expBig(2 * ax)
		num := new(big.Float).SetPrec(refPrec).Sub(e, bf(1))
		den := new(big.Float).SetPrec(refPrec).Add(e, bf(1))
		t = num.Quo(num, den)
	default:
		t = bf(1)
	}
	if x < 0 {
		t.Neg(t)
	}
	return t
}

// sigmoidParts returns e = e^-|x| for finite x with |x| < 1e6.
func sigmoidBig(x float64, derivative bool) *big.Float {
	e := expBig(-math.Abs(x))
	d := new(big.Float).SetPrec(refPrec).Add(e, bf(1))
	if derivative {
		d.Mul(d, d)
		return e.Quo(e, d)
	}
	if x >= 0 {
		return new(big.Float).SetPrec(refPrec).Quo(bf(1), d)
	}
	return e.Quo(e, d)
}

// round64 rounds v to the nearest float64 (ties to even), overflowing to
// ±Inf only past MaxFloat64 + half an ULP, as IEEE rounding does.
func round64(v *big.Float) float64 {
	f, _ := v.Float64()
	if math.IsInf(f, 0) {
		lim := new(big.Float).SetPrec(refPrec).SetMantExp(bf(1), 1024)
		lim.Sub(lim, new(big.Float).SetMantExp(bf(1), 1024-54)) // MaxFloat64 + ulp/2
		a := new(big.Float).Abs(v)
		if a.Cmp(lim) < 0 {
			return math.Copysign(math.MaxFloat64, f)
		}
	}
	return f
}

// ulpErr64 is |y - ref| in units of ulp(ref), the spacing of float64s in
// the binade of the real number ref (2^-1074 below 2^-1022). Infinities
// count as exact or infinitely wrong, against the correctly rounded ref.
func ulpErr64(y float64, ref *big.Float) float64 {
	cr := round64(ref)
	if math.IsInf(cr, 0) || math.IsInf(y, 0) {
		if y == cr {
			return 0
		}
		return math.Inf(1)
	}
	sp := -1074
	if ref.Sign() != 0 {
		sp = max(ref.MantExp(nil)-1-52, -1074) // ref = m·2^e, m in [0.5, 1)
	}
	d := new(big.Float).SetPrec(refPrec).Sub(bf(y), ref)
	d.SetMantExp(d, -sp) // before Float64, which would round a subnormal difference
	df, _ := d.Float64()
	return math.Abs(df)
}

// ulpErr32 is the float32 counterpart, with a float64 reference: its
// relative error (a few 2^-53) is below 2^-26 of a float32 ULP, so the
// measured error is the true one to that accuracy.
func ulpErr32(y float32, ref float64) float64 {
	cr := float32(ref)
	if math.IsInf(float64(cr), 0) || math.IsInf(float64(y), 0) {
		if y == cr {
			return 0
		}
		return math.Inf(1)
	}
	sp := -149
	if ref != 0 {
		_, e := math.Frexp(ref)
		sp = max(e-1-23, -149)
	}
	return math.Abs(float64(y)-ref) / math.Ldexp(1, sp)
}
