package kernels

import "math"

// Power: x**y within 1 ULP as exp(y·log(x)), with log(x) as a double-double
// from a 128-entry table and a polynomial, y·log(x) as a double-double, and
// exp of that from a second 128-entry table and a polynomial, rounded once
// (the scheme of ARM's optimized-routines pow, with our own tables and Taylor
// polynomials; the tables are in pow_table.go, made by kernels/internal/asm/gen/pow).
// The SIMD kernels (asm.PowerF64AVX512, PowerF64AVX2, PowerF64NEON) run exactly
// these operations, so they equal this twin bit for bit; their lanes with a
// special input or a result near the ends of the range are redone by
// pow64 (see [powFixup]).
//
// Go's math.Pow is up to 31 ULP off on normal inputs, and on amd64 its Log is
// wrong for subnormal bases (math.Pow(5e-324, 0.1) is 1.6e-31; NumPy, with
// glibc's pow, gives 4.67e-33). math.Pow is used here only for the special
// cases (zeros, infinities, NaN, x == 1, y == 0), which it gets right.
//
// Every product that is followed by an addition is either an explicit
// math.FMA or wrapped in float64(): the Go compiler may otherwise fuse it into
// an FMA on arm64, and the result would differ from the kernels.

// Taylor coefficients: log1p(r) = r - r²/2 + r³·(c3 + c4·r + ... + c10·r⁷)
// for |r| < 2^-7 (the first term left out is below 2^-85 in absolute value
// and 2^-78 relative); exp(r) = 1 + r + r²·(e2 + e3·r + ... + e6·r⁴) for
// |r| <= ln2/256 + 2^-40 (left out: below 2^-71).
const (
	powC3  = 1.0 / 3
	powC4  = -1.0 / 4
	powC5  = 1.0 / 5
	powC6  = -1.0 / 6
	powC7  = 1.0 / 7
	powC8  = -1.0 / 8
	powC9  = 1.0 / 9
	powC10 = -1.0 / 10
	powE2  = 1.0 / 2
	powE3  = 1.0 / 6
	powE4  = 1.0 / 24
	powE5  = 1.0 / 120
	powE6  = 1.0 / 720

	powOff   = 0x3fe6955500000000
	powShift = 0x1.8p52
)

// powLog is log(x) as hi + lo for the bits ix of a positive normal x, with
// kadj added to its binary exponent (for subnormals scaled by 2^52).
func powLog(ix uint64, kadj float64) (hi, lo float64) {
	u := ix + (0x3ff0000000000000 - powOff) // biased exponent of z in the top bits
	i := (u >> (52 - 7)) & 127
	kd := float64(int64(u>>52)-1023) + kadj
	z := math.Float64frombits(ix - (u & 0xfff0000000000000) + 0x3ff0000000000000)
	invc := math.Float64frombits(powInvc[i])
	r := math.FMA(z, invc, -1)                                       // exact
	t1 := math.FMA(kd, powLn2Hi, math.Float64frombits(powLogcHi[i])) // exact
	t2 := t1 + r
	bb := t2 - t1
	lo2 := (t1 - (t2 - bb)) + (r - bb)
	lo1 := math.FMA(kd, powLn2Lo, math.Float64frombits(powLogcLo[i]))
	ar := -0.5 * r
	ar2 := float64(ar * r)
	lo3 := math.FMA(ar, r, -ar2)
	h := t2 + ar2
	lo4 := (t2 - h) + ar2
	p := math.FMA(powC10, r, powC9)
	p = math.FMA(p, r, powC8)
	p = math.FMA(p, r, powC7)
	p = math.FMA(p, r, powC6)
	p = math.FMA(p, r, powC5)
	p = math.FMA(p, r, powC4)
	p = math.FMA(p, r, powC3)
	r3 := float64(float64(r*r) * r)
	p = float64(r3 * p)
	l := (((lo1 + lo2) + lo3) + lo4) + p
	hi = h + l
	lo = (h - hi) + l
	return
}

// powExp is exp(hi + lo) as v·2^k with v in [1, 2) (about), for |hi| < 746:
// hi = (128k + j)·ln2/128 + r, exp = 2^k · 2^(j/128) · exp(r).
func powExp(hi, lo float64) (v float64, k int) {
	kdS := math.FMA(hi, powInvLn2N, powShift)
	ki := math.Float64bits(kdS)
	kd := kdS - powShift
	r := math.FMA(kd, -powLn2N, hi) // exact
	r = math.FMA(kd, -powLn2NLo, r)
	r += lo
	j := ki & 127
	tail := math.Float64frombits(powExpTail[j])
	thi := math.Float64frombits(powExpS[j] + j<<45)
	q := math.FMA(powE6, r, powE5)
	q = math.FMA(q, r, powE4)
	q = math.FMA(q, r, powE3)
	q = math.FMA(q, r, powE2)
	tmp := math.FMA(float64(r*r), q, r+tail)
	return math.FMA(thi, tmp, thi), int(int64(kd)) >> 7
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
	kadj := 0.0
	if x < 0x1p-1022 {
		x *= 0x1p52
		kadj = -52
	}
	lhi, llo := powLog(math.Float64bits(x), kadj)
	ehi := float64(y * lhi)
	var r float64
	switch {
	case ehi > 709.8:
		r = math.Inf(1)
	case ehi < -745.2:
		r = 0
	default:
		elo := math.FMA(y, llo, math.FMA(y, lhi, -ehi))
		v, k := powExp(ehi, elo)
		r = math.Ldexp(v, k) // one rounding, also for subnormal results
	}
	if neg {
		return -r
	}
	return r
}

// powFixup redoes with pow64 the elements the SIMD kernels leave to it (they
// report whether there are any): a base that is not a positive normal
// number, an exponent that is not finite, or a result outside (2^-1020,
// 2^1020), where the kernels' scaling by 2^k would leave the normal range.
func powFixup(dst, x, y []float64) {
	for i := range dst {
		if !(x[i] >= 0x1p-1022 && x[i] <= math.MaxFloat64) || !(math.Abs(y[i]) <= math.MaxFloat64) || !(dst[i] > 0x1p-1020 && dst[i] < 0x1p1020) {
			dst[i] = pow64(x[i], y[i])
		}
	}
}

// powFixup32 is powFixup for float32 data: every element whose base is not
// positive and finite, whose exponent is not finite or whose result is not
// positive and finite (this holds every element the kernel computed from
// out-of-range float64 values, since those round to 0 or Inf in float32).
func powFixup32(dst, x, y []float32) {
	for i := range dst {
		if !(x[i] > 0 && x[i] <= math.MaxFloat32) || !(math.Abs(float64(y[i])) <= math.MaxFloat32) || !(dst[i] > 0 && dst[i] <= math.MaxFloat32) {
			dst[i] = float32(pow64(float64(x[i]), float64(y[i])))
		}
	}
}

// Pow returns x**y for float64 values within 1 ULP, with the special
// cases of math.Pow (C99's pow). It is the scalar form of [Power].
func Pow(x, y float64) float64 { return pow64(x, y) }

// powerGeneric is the generic twin of Power: float32 computed in float64 and
// rounded once.
func powerGeneric[T Float](dst, x, y []T) {
	for i := range dst {
		dst[i] = T(pow64(float64(x[i]), float64(y[i])))
	}
}
