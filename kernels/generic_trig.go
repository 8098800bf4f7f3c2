package kernels

import (
	"math"
	"math/bits"
)

// The generic twins of Sin, Cos and Tan: fdlibm's kernels (k_sin.c,
// k_cos.c; Sun Microsystems, freely redistributable) on x reduced modulo
// π/2 to a double-double y = hi + lo with |y| <= π/4. The reduction is
// Cody-Waite with FMA and π/2 in three parts below trigMedium (the same
// steps as the assembly kernels, so their results agree), and Payne-Hanek
// with 2/π to 1216 bits above, so sin(1e22) is right.

// trigMedium is the bound of the Cody-Waite reduction (and of the assembly
// kernels' vector path): |x| < 2^20.
const trigMedium = 0x1p20

const (
	pio2_1  = 0x1.921fb54442d18p+00   // π/2 rounded to 53 bits
	pio2_2  = 0x1.1a62633145c07p-54   // the next 53 bits
	pio2_3  = -0x1.f1976b7ed8fbcp-110 // and the next
	invPio2 = 0x1.45f306dc9c883p-01   // 2/π
	shift52 = 0x1.8p52                // adding it rounds to an integer
)

// twoOverPi holds the bits of 2/π after the point, preceded by one word of
// zeros (so that a window may start before the point): bit j of the string
// (most significant first) is the bit of weight 2^(63-j). 1216 bits cover
// the largest float64 exponent; kernels/ulp_ref_test.go checks them against
// math/big.
var twoOverPi = [20]uint64{
	0x0000000000000000,
	0xa2f9836e4e441529, 0xfc2757d1f534ddc0, 0xdb6295993c439041, 0xfe5163abdebbc561,
	0xb7246e3a424dd2e0, 0x06492eea09d1921c, 0xfe1deb1cb129a73e, 0xe88235f52ebb4484,
	0xe99c7026b45f7e41, 0x3991d639835339f4, 0x9c845f8bbdf9283b, 0x1ff897ffde05980f,
	0xef2f118b5a0a6d1f, 0x6d367ecf27cb09b7, 0x4f463f669e5fea2d, 0x7527bac7ebe5f17b,
	0x3d0739f78a5292ea, 0x6bfb5fb11f8d5d08, 0x56033046fc7b6bab,
}

// remPio2 returns n and y = hi + lo with x = n·π/2 + y, |y| <= π/4 (a
// little more for the Cody-Waite path), for finite x.
func remPio2(x float64) (n int, hi, lo float64) {
	if math.Abs(x) < trigMedium {
		return remPio2Medium(x)
	}
	return remPio2Large(x)
}

// remPio2Medium is the Cody-Waite reduction for |x| < 2^20: n rounded by the
// shift trick, r1 = x - n·P1 exact (one FMA: x and n·P1 are multiples of
// 2^-53 and |r1| < 1), then r1 - n·P2 as a double-double (n·P2 split exactly
// by FMA, the subtraction by Knuth's TwoSum) less n·P3. The error is below
// 2^-100 absolute, while |y| > 2^-60 for every float64 below 2^20.
func remPio2Medium(x float64) (n int, hi, lo float64) {
	nf := math.FMA(x, invPio2, shift52) - shift52
	r1 := math.FMA(-nf, pio2_1, x)
	th := float64(nf * pio2_2)
	tl := math.FMA(nf, pio2_2, -th)
	rh := r1 - th
	bb := rh - r1
	e := (r1 - (rh - bb)) - (th + bb)
	rl := math.FMA(-nf, pio2_3, e-tl)
	return int(nf), rh, rl
}

// remPio2Large is the Payne-Hanek reduction for |x| >= 2^20 (finite): with
// x = m·2^e, the bits of 2/π of weight 2^(1-e) down to 2^(-190-e) (a
// 192-bit window; the bits above contribute multiples of 4 to x·2/π) times
// m give x·2/π modulo 4 with 190 bits after the point, the lost tail below
// 2^-137. The fraction, rounded to the nearest integer n, is turned into a
// double-double and multiplied by π/2.
func remPio2Large(x float64) (n int, hi, lo float64) {
	b := math.Float64bits(x)
	e := int(b>>52&0x7ff) - 1023 - 52
	m := b&(1<<52-1) | 1<<52
	j0 := uint(e + 62) // e >= -32
	d, s := j0/64, j0%64
	w0 := twoOverPi[d]<<s | twoOverPi[d+1]>>(64-s)
	w1 := twoOverPi[d+1]<<s | twoOverPi[d+2]>>(64-s)
	w2 := twoOverPi[d+2]<<s | twoOverPi[d+3]>>(64-s)
	h2, p0 := bits.Mul64(m, w2)
	h1, l1 := bits.Mul64(m, w1)
	p1, c := bits.Add64(l1, h2, 0)
	p2 := m*w0 + h1 + c
	q := p2 >> 62
	fh := p2<<2 | p1>>62 // the fraction, 128 bits
	fl := p1<<2 | p0>>62
	neg := false
	if fh>>63 != 0 { // fraction >= 1/2: n+1 and the fraction minus 1
		q++
		var borrow uint64
		fl, borrow = bits.Sub64(0, fl, 0)
		fh, _ = bits.Sub64(0, fh, borrow)
		neg = true
	}
	var fhi, flo float64
	if fh == 0 && fl == 0 {
		// x·2/π within 2^-128 of an integer: cannot happen for a float64
		// (the closest is about 2^-62 away), but y = 0 is the answer then.
	} else {
		lz := uint(bits.LeadingZeros64(fh))
		if fh == 0 {
			fh, fl, lz = fl, 0, 64+uint(bits.LeadingZeros64(fl))
			fh <<= lz - 64
		} else {
			fh, fl = fh<<lz|fl>>(64-lz), fl<<lz
		}
		// value = (fh·2^64 + fl)·2^(-128-lz)
		fhi = math.Ldexp(float64(fh>>11), -53-int(lz))
		flo = math.Ldexp(float64(fh&0x7ff)*0x1p64+float64(fl), -128-int(lz))
	}
	rh := float64(fhi * pio2_1)
	rl := math.FMA(fhi, pio2_1, -rh) + (float64(fhi*pio2_2) + float64(flo*pio2_1))
	hi = rh + rl
	lo = rl - (hi - rh)
	if neg {
		hi, lo = -hi, -lo
	}
	n = int(q & 3)
	if b>>63 != 0 {
		n, hi, lo = -n, -hi, -lo
	}
	return n, hi, lo
}

// fdlibm's polynomial coefficients: sin on [-π/4, π/4] (k_sin.c) and cos
// (k_cos.c).
const (
	sinS1 = -1.66666666666666324348e-01
	sinS2 = 8.33333333332248946124e-03
	sinS3 = -1.98412698298579493134e-04
	sinS4 = 2.75573137070700676789e-06
	sinS5 = -2.50507602534068634195e-08
	sinS6 = 1.58969099521155010221e-10
	cosC1 = 4.16666666666666019037e-02
	cosC2 = -1.38888888888741095749e-03
	cosC3 = 2.48015872894767294178e-05
	cosC4 = -2.75573143513906633035e-07
	cosC5 = 2.08757232129817482790e-09
	cosC6 = -1.13596475577881948265e-11
)

// sinKernel is sin(x+y) for |x| <= π/4 (y the tail of x) as hi + lo:
// fdlibm's __kernel_sin, x - ((z·(y/2 - v·r) - y) - v·S1), with the last
// subtraction's error kept in lo.
func sinKernel(x, y float64) (hi, lo float64) {
	z := x * x
	w := z * z
	r := sinS2 + z*(sinS3+z*sinS4) + z*w*(sinS5+z*sinS6)
	v := z * x
	t := (z*(0.5*y-v*r) - y) - v*sinS1
	hi = x - t
	return hi, (x - hi) - t
}

// cosKernel is cos(x+y) for |x| <= π/4 as hi + lo: fdlibm's
// __kernel_cos (FreeBSD's form), w + (((1-w) - z/2) + (z·r - x·y)) with
// w = 1 - z/2, the last addition's error kept in lo.
func cosKernel(x, y float64) (hi, lo float64) {
	z := x * x
	w := z * z
	r := z*(cosC1+z*(cosC2+z*cosC3)) + w*w*(cosC4+z*(cosC5+z*cosC6))
	hz := 0.5 * z
	w = 1 - hz
	u := ((1 - w) - hz) + (z*r - x*y)
	hi = w + u
	return hi, (w - hi) + u
}

// sinOf is sin(x) within 1 ULP: NaN for ±Inf and NaN, ±0 kept.
func sinOf(x float64) float64 {
	if x != x || math.IsInf(x, 0) {
		return math.NaN()
	}
	n, y, yl := remPio2(x)
	return sinQuadrant(n, y, yl)
}

// sinQuadrant is sin(n·π/2 + y + yl).
func sinQuadrant(n int, y, yl float64) float64 {
	var s float64
	if n&1 == 0 {
		s, _ = sinKernel(y, yl)
	} else {
		s, _ = cosKernel(y, yl)
	}
	if n&2 != 0 {
		s = -s
	}
	return s
}

// cosOf is cos(x) within 1 ULP: NaN for ±Inf and NaN.
func cosOf(x float64) float64 {
	if x != x || math.IsInf(x, 0) {
		return math.NaN()
	}
	n, y, yl := remPio2(x)
	return sinQuadrant(n+1, y, yl)
}

// tanOf is tan(x) within 1 ULP: sin(y)/cos(y) (or -cos(y)/sin(y) for odd
// n), both as double-doubles, divided with the remainder correction of
// [divHiLo]; NaN for ±Inf and NaN, ±0 kept.
func tanOf(x float64) float64 {
	if x != x || math.IsInf(x, 0) {
		return math.NaN()
	}
	if x == 0 {
		return x
	}
	n, y, yl := remPio2(x)
	sh, sl := sinKernel(y, yl)
	ch, cl := cosKernel(y, yl)
	if n&1 == 0 {
		return divHiLo(sh, sl, ch, cl)
	}
	return -divHiLo(ch, cl, sh, sl)
}

func sinGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(sinOf(float64(x[i])))
	}
}

func cosGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(cosOf(float64(x[i])))
	}
}

func tanGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(tanOf(float64(x[i])))
	}
}

// log1pOf is log(1+x) within 1 ULP (Go's math.Log1p is 1.03 ULP off at
// x = 0.41421356237309503): fdlibm's s_log1p.c idea, as the assembly
// kernels do it: u = 1 + x with its rounding error err exact (TwoSum),
// u = 2^k·m with m in [√2/2, √2), log(1+x) = k·ln2 + log(m) + err/u, log(m)
// by fdlibm's log kernel (f = m-1, s = f/(2+f), R(s²) of degree 7).
func log1pOf(x float64) float64 {
	switch {
	case x != x || x == 0:
		return x
	case x < -1:
		return math.NaN()
	case x == -1:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return x
	}
	u := 1 + x
	bb := u - 1
	err := (1 - (u - bb)) + (x - bb)
	t := math.Float64bits(u) + (0x3FF0000000000000 - 0x3FE6A09E667F3BCD)
	k := float64(int(t>>52) - 1023)
	m := math.Float64frombits(math.Float64bits(u) - t&0xFFF0000000000000 + 0x3FF0000000000000)
	return logCoreC(m-1, k, err/u)
}

// logCoreC is fdlibm's log of 2^k·(1+f) for f+1 in [√2/2, √2), plus a
// small correction c: k·ln2hi - ((f²/2 - (s·(f²/2+R) + (k·ln2lo + c))) - f).
func logCoreC(f, k, c float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
		lg1   = 6.666666666666735130e-01
		lg2   = 3.999999999940941908e-01
		lg3   = 2.857142874366239149e-01
		lg4   = 2.222219843214978396e-01
		lg5   = 1.818357216161805012e-01
		lg6   = 1.531383769920937332e-01
		lg7   = 1.479819860511658591e-01
	)
	s := f / (2 + f)
	z := s * s
	w := z * z
	r := z*(lg1+w*(lg3+w*(lg5+w*lg7))) + w*(lg2+w*(lg4+w*lg6))
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+r) + (k*ln2Lo + c))) - f)
}

// expm1Of is exp(x)-1 within 1 ULP (Go's math.Expm1 gives +Inf at x =
// 709.782712893384, where the result is finite), as the assembly kernels
// compute it: x = n·ln2 + r (Cody-Waite with FMA, r kept as r + rlo),
// exp(r) - 1 = r + q with q = rlo + r²·P(r) (P of degree 10, the exp
// kernels' polynomial), then exp(x) - 1 = (2^n - 1) + 2^n·r + 2^n·q with
// 2^n - 1 and its sum with 2^n·r carried exactly (TwoSum), so only the last
// addition rounds. -1 below -40; exp(x) from x >= 709, where the -1 is lost.
func expm1Of(x float64) float64 {
	switch {
	case x != x || x == 0:
		return x
	case x >= 709:
		return expOf(x)
	case x < -40:
		return -1
	}
	nf := math.FMA(x, expm1Log2e, shift52) - shift52
	rh := math.FMA(-nf, expm1Ln2Hi, x)
	r := math.FMA(-nf, expm1Ln2Lo, rh)
	rlo := math.FMA(-nf, expm1Ln2Lo, rh-r)
	p := expm1P[len(expm1P)-1]
	for i := len(expm1P) - 2; i >= 0; i-- {
		p = math.FMA(p, r, expm1P[i])
	}
	q := math.FMA(float64(r*r), p, rlo)
	p2 := math.Float64frombits(uint64(int64(nf)+1023) << 52)
	a := p2 - 1
	bb := a - p2
	aerr := (p2 - (a - bb)) + (-1 - bb)
	b := p2 * r
	sh := a + b
	bb = sh - a
	sl := (a - (sh - bb)) + (b - bb)
	return sh + (sl + math.FMA(p2, q, aerr))
}

const (
	expm1Log2e = 1 / math.Ln2
	expm1Ln2Hi = 0x1.62e42fefa39efp-01 // ln2 rounded to 53 bits
	expm1Ln2Lo = 0x1.abc9e3b39803fp-56 // the next 53 bits
)

// expm1P is (exp(r)-1-r)/r² on |r| <= ln2/2 (relative error 2^-61.3), the
// coefficients of the exp kernels (kernels/internal/asm/gen/math/exp.go, expC64).
var expm1P = [...]float64{0x1.0000000000000p-1, 0x1.5555555555557p-3, 0x1.5555555555556p-5, 0x1.11111111100dcp-7,
	0x1.6c16c16c162d4p-10, 0x1.a01a01abe7fe1p-13, 0x1.a01a01a6d889cp-16, 0x1.71de0231960ebp-19, 0x1.27e4db646b17ep-22,
	0x1.af4de97ca4194p-26, 0x1.1f730349868cep-29}

func log1pGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(log1pOf(float64(x[i])))
	}
}

func expm1Generic[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(expm1Of(float64(x[i])))
	}
}
