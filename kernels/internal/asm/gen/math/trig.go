package main

import (
	"strings"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// Sin, Cos and Tan: the generic twins' algorithm (kernels/generic_trig.go)
// on vectors for |x| < 2^20: n = round(x·2/π) by the shift trick, y = x -
// n·π/2 as a double-double (π/2 in three parts, the first product exact by
// FMA, the second split by FMA and subtracted by TwoSum), fdlibm's sin and
// cos polynomials on y, the quadrant from n's low bits. Larger |x|, ±Inf
// and NaN are left to the twin (Payne-Hanek).

func init() {
	f64c("trigmax", 0x1p20)
	f64c("invpio2", 0x1.45f306dc9c883p-01)
	f64c("pio2_1", 0x1.921fb54442d18p+00)
	f64c("pio2_2", 0x1.1a62633145c07p-54)
	f64c("pio2_3", -0x1.f1976b7ed8fbcp-110)
	u64c("qone", 1)
	for i, v := range []float64{-1.66666666666666324348e-01, 8.33333333332248946124e-03, -1.98412698298579493134e-04,
		2.75573137070700676789e-06, -2.50507602534068634195e-08, 1.58969099521155010221e-10} {
		f64c("sinS"+string(rune('1'+i)), v)
	}
	for i, v := range []float64{4.16666666666666019037e-02, -1.38888888888741095749e-03, 2.48015872894767294178e-05,
		-2.75573143513906633035e-07, 2.08757232129817482790e-09, -1.13596475577881948265e-11} {
		f64c("cosC"+string(rune('1'+i)), v)
	}
}

// badCmp returns the lanes where VCMPPD(pred, c, x) holds: a K mask
// (AVX-512) or a vector mask (AVX2).
func badCmp(k *kern, pred uint8, c Op, x VecVirtual) Op {
	if k.isa == avx512 {
		m := K()
		VCMPPD(U8(pred), c, x, m)
		return m
	}
	m := k.v()
	VCMPPD(U8(pred), c, x, m)
	return m
}

// orBad is a | b for two masks of badCmp.
func orBad(k *kern, a, b Op) Op {
	if k.isa == avx512 {
		m := K()
		KORW(a, b, m)
		return m
	}
	m := k.v()
	VORPD(a, b, m)
	return m
}

// xorv is dst = a ^ b bitwise.
func xorv(k *kern, a Op, b, dst VecVirtual) {
	if k.isa == avx512 {
		VPXORQ(a, b, dst)
	} else {
		VXORPD(a, b, dst)
	}
}

// trigReduce returns t (n in its low bits), y = rh + rl with x = n·π/2 + y,
// and the lanes outside |x| < 2^20 (or NaN). With th = n·P2 rounded, rh =
// r1 - th and its error is Fast2Sum's (r1 - rh) - th: exact where |r1| >=
// |th|, and where r1 is smaller (x within 2^-34 of n·P1) r1 is a multiple
// of 2^-53 and so of ulp(th), which keeps it exact. rl = (r1 - rh) - n·P2
// by one FMA is that error minus th's own rounding error, rounded once: the
// twin's TwoSum and separate n·P2 - th (exact by FMA) gave the same bits at
// the doubles nearest n·π/2 ± 4 ulps for every n < 2^20·2/π and at 30
// million random x.
func trigReduce(k *kern, x VecVirtual) (t, rh, rl VecVirtual, bad Op) {
	ax := k.v()
	andv(k, k.c("abs64"), x, ax)
	bad = badCmp(k, cmpNLTUS, k.c("trigmax"), ax) // !(|x| < 2^20)
	t = k.mov(k.c("shift52"))
	VFMADD231PD(k.c("invpio2"), x, t)
	nf := k.v()
	VSUBPD(k.c("shift52"), t, nf)
	VFNMADD231PD(k.c("pio2_1"), nf, x) // r1 = x - n·P1, exact
	th := ax
	VMULPD(k.c("pio2_2"), nf, th)
	rh = k.v()
	VSUBPD(th, x, rh) // r1 - th
	e := k.v()
	VSUBPD(rh, x, e)                   // r1 - rh
	VFNMADD231PD(k.c("pio2_2"), nf, e) // (r1 - rh) - n·P2
	VFNMADD231PD(k.c("pio2_3"), nf, e)
	return t, rh, e, bad
}

// sinPoly is fdlibm's sin(y + yl) for |y| <= π/4 as hi and the part t with
// sin = y - t (hi = y - t rounded).
func sinPoly(k *kern, y, yl, z VecVirtual) (hi, t VecVirtual) {
	w := k.v()
	VMULPD(z, z, w)
	a1 := k.mov(k.c("sinS4"))
	VFMADD213PD(k.c("sinS3"), z, a1)
	VFMADD213PD(k.c("sinS2"), z, a1)
	a2 := k.mov(k.c("sinS6"))
	VFMADD213PD(k.c("sinS5"), z, a2)
	VMULPD(z, w, w)
	VFMADD231PD(a2, w, a1) // r
	v := w
	VMULPD(y, z, v)
	h := k.v()
	VMULPD(k.c("half"), yl, h)
	VFNMADD231PD(a1, v, h)           // y/2 - v·r
	VFMSUB213PD(yl, z, h)            // z·(...) - yl
	VFNMADD231PD(k.c("sinS1"), v, h) // ... - v·S1
	hi = k.v()
	VSUBPD(h, y, hi)
	return hi, h
}

// cosPoly is fdlibm's cos(y + yl) for |y| <= π/4 as hi, with w and u such
// that cos = w + u (hi = w + u rounded).
func cosPoly(k *kern, y, yl, z VecVirtual) (hi, w, u VecVirtual) {
	b1 := k.mov(k.c("cosC3"))
	VFMADD213PD(k.c("cosC2"), z, b1)
	VFMADD213PD(k.c("cosC1"), z, b1)
	VMULPD(z, b1, b1)
	b2 := k.mov(k.c("cosC6"))
	VFMADD213PD(k.c("cosC5"), z, b2)
	VFMADD213PD(k.c("cosC4"), z, b2)
	ww := k.v()
	VMULPD(z, z, ww)
	VMULPD(ww, ww, ww)
	VFMADD231PD(b2, ww, b1) // r
	hz := b2
	VMULPD(k.c("half"), z, hz)
	w = k.v()
	VSUBPD(hz, k.r("one"), w) // 1 - z/2
	u = ww
	VSUBPD(w, k.r("one"), u)
	VSUBPD(hz, u, u) // (1 - w) - z/2
	VMULPD(z, b1, b1)
	VFNMADD231PD(yl, y, b1) // z·r - y·yl
	VADDPD(b1, u, u)
	hi = k.v()
	VADDPD(u, w, hi)
	return hi, w, u
}

// quadrant returns the lanes of t (n in its low bits) whose n is odd, and
// a vector holding n's bit 1 in the sign position.
func quadrant(k *kern, t VecVirtual) (odd Op, sign VecVirtual) {
	sign = k.v()
	VPSLLQ(U8(62), t, sign)
	andv(k, k.c("sign64"), sign, sign)
	if k.isa == avx512 {
		m := K()
		VPTESTMQ(k.c("qone"), t, m)
		return m, sign
	}
	m := k.v()
	VPSLLQ(U8(63), t, m)
	return m, sign
}

// blendv returns a where mask (of quadrant or badCmp) is set, else b, in b.
func blendv(k *kern, mask Op, a, b VecVirtual) VecVirtual {
	if k.isa == avx512 {
		VBLENDMPD(a, b, mask.(Register), b)
		return b
	}
	VBLENDVPD(mask, a, b, b)
	return b
}

// sinCosBody is sin (cos false) or cos of one vector.
func sinCosBody(cos bool) fixBody {
	return func(k *kern, x VecVirtual) (VecVirtual, Op) {
		t, y, yl, bad := trigReduce(k, x)
		if cos {
			VPADDQ(k.c("qone"), t, t)
		}
		z := k.v()
		VMULPD(y, y, z)
		if k.isa == avx512 {
			return sinOrCosPoly(k, t, y, yl, z), bad
		}
		return sinOrCosPolyY(k, t, y, yl, z), bad
	}
}

// sinOrCosPoly is sin(y + yl) where n (t's low bits) is even and cos(y +
// yl) where it is odd, with one polynomial whose coefficients are chosen
// per lane (merge-masked loads, off the FMA pipes), then n's bit 1 as the
// sign, AVX-512:
//
//	sin: y + (yl·w + (y·z)·(S1 + S2·z + ... + S6·z^5))
//	cos: w + ((((1 - w) - z/2) - y·yl) + z²·(C1 + C2·z + ... + C6·z^5))
//
// with w = 1 - z/2: fdlibm's kernels (sinPoly, cosPoly) regrouped; yl·w is
// the tail's yl·cos(y) to the order that matters.
func sinOrCosPoly(k *kern, t, y, yl, z VecVirtual) VecVirtual {
	odd, sign := quadrant(k, t)
	oddK := odd.(Register)
	coef := func(i int) VecVirtual {
		c := k.mov(k.c("sinS" + string(rune('0'+i))))
		VMOVUPD(k.c("cosC"+string(rune('0'+i))), oddK, c)
		return c
	}
	p := coef(6)
	VFMADD213PD(coef(5), z, p)
	VFMADD213PD(coef(4), z, p)
	VFMADD213PD(coef(3), z, p)
	VFMADD213PD(coef(2), z, p)
	VFMADD213PD(coef(1), z, p)
	m := k.v()
	VMULPD(y, z, m)
	VMULPD(z, z, oddK, m) // y·z or z²
	w := k.mov(k.c("one"))
	VFNMADD231PD(k.c("half"), z, w) // 1 - z/2
	tc := k.v()
	VSUBPD(w, k.r("one"), tc)        // 1 - w
	VFNMADD231PD(k.c("half"), z, tc) // (1 - w) - z/2
	VFNMADD231PD(yl, y, tc)          // - y·yl
	ts := k.v()
	VMULPD(w, yl, ts)
	VMOVAPD(tc, oddK, ts)
	VFMADD231PD(m, p, ts) // tail + m·P
	VMOVAPD(w, oddK, y)   // y or w
	VADDPD(ts, y, y)
	VPXORQ(sign, y, y)
	return y
}

// tanBody is tan: sin(y) and cos(y) as double-doubles, s/c for even n and
// -c/s for odd n, divided with the remainder correction (the twin's
// divHiLo; the correction's division by an approximate reciprocal on
// AVX-512); tan(±0) = ±0 blended in.
func tanBody(k *kern, x VecVirtual) (VecVirtual, Op) {
	x0 := k.mov(x)
	t, y, yl, bad := trigReduce(k, x)
	z := k.v()
	VMULPD(y, y, z)
	sh, st := sinPoly(k, y, yl, z)
	sl := k.v()
	VSUBPD(sh, y, sl)
	VSUBPD(st, sl, sl) // (y - sh) - t
	ch, cw, cu := cosPoly(k, y, yl, z)
	cl := cw
	VSUBPD(ch, cw, cl)
	VADDPD(cu, cl, cl) // (w - ch) + u
	odd, _ := quadrant(k, t)
	// num, den: (sh, sl) / (ch, cl), swapped where n is odd
	nh, nl, dh, dl := k.mov(sh), k.mov(sl), ch, cl
	blendv(k, odd, ch, nh)
	blendv(k, odd, cl, nl)
	blendv(k, odd, sh, dh)
	blendv(k, odd, sl, dl)
	q := k.v()
	VDIVPD(dh, nh, q)
	VFNMADD231PD(q, dh, nh) // nh - q·dh, exact
	VADDPD(nl, nh, nh)
	VFNMADD231PD(dl, q, nh) // rem
	if k.isa == avx512 {
		VRCP14PD(dh, dh)
		VFMADD231PD(nh, dh, q)
	} else {
		VDIVPD(dh, nh, nh)
		VADDPD(nh, q, q)
	}
	// negate where n is odd
	if k.isa == avx512 {
		VPXORQ(k.c("sign64"), q, odd.(Register), q)
	} else {
		m := odd.(VecVirtual)
		andv(k, k.c("sign64"), m, m)
		xorv(k, m, q, q)
	}
	zm := badCmp(k, cmpEQOQ, k.c("zero"), x0)
	return blendv(k, zm, x0, q), bad
}

var trigPre = []string{"abs64", "trigmax", "shift52", "invpio2", "pio2_1", "pio2_2", "one", "half", "sinS1", "cosC1", "sinS2", "cosC2"}

func genTrig() {
	out := "|x| >= 2^20, ±Inf or NaN"
	for _, f := range []struct {
		base, ref string
		body      fixBody
		how       string
		native    bool // float32 in float32 (sin32.go), else in float64 as the F64 kernels
	}{
		{"Sin", "sin(x[i])", sinCosBody(false), "Cody-Waite reduction by π/2 in three parts (y as a double-double), fdlibm's sin and cos polynomials, quadrant from n", true},
		{"Cos", "cos(x[i])", sinCosBody(true), "Cody-Waite reduction by π/2 in three parts (y as a double-double), fdlibm's sin and cos polynomials, quadrant from n+1", true},
		{"Tan", "tan(x[i])", tanBody, "Cody-Waite reduction as SinF64, sin(y) and cos(y) as double-doubles from fdlibm's polynomials, their quotient (swapped and negated for odd n) corrected by its remainder", false},
	} {
		b512, b2 := f.body, f.body
		h512 := "Computed in float64 as " + f.base + "F64AVX512, rounded once to float32"
		h2 := "Computed in float64 as " + f.base + "F64AVX2, rounded once to float32"
		if f.native {
			b512, b2 = sin32Body(f.base == "Cos"), sin32BodyY(f.base == "Cos")
			h512, h2 = how32Native, how32NativeY
			fixSetup[f.base+"F32AVX512"] = sin32Setup
			fixSetup[f.base+"F32AVX2"] = sin32SetupY
		}
		how512 := f.how
		if f.base != "Tan" {
			how512 = strings.Replace(f.how, "fdlibm's sin and cos polynomials", "one polynomial per lane, fdlibm's sin or cos coefficients picked by merge-masked loads (sinOrCosPoly)", 1) + "; three vectors in lockstep (sinCosZs)"
		}
		how2 := f.how
		if f.base != "Tan" {
			how2 = strings.Replace(f.how, "fdlibm's sin and cos polynomials", "one polynomial per lane, fdlibm's sin or cos coefficients picked by VBLENDVPD (sinOrCosPolyY: the values of the AVX-512 kernel)", 1)
		}
		genFixFamily(f.base, f.ref, []fixVariant{
			{avx512, false, trigPre, f.body, out, how512},
			{avx2, false, []string{"abs64", "shift52", "one"}, f.body, out, how2},
			{avx512, true, trigPre, b512, out, h512},
			{avx2, true, []string{"abs64", "shift52", "one"}, b2, out, h2},
		})
	}
}

func init() {
	for _, b := range []string{"Sin", "Cos", "Tan", "Log1p", "Expm1"} {
		for _, v := range []string{"F64AVX512", "F64AVX2", "F32AVX512", "F32AVX2"} {
			if _, ok := ulp[b+v]; !ok {
				ulp[b+v] = trigULP[b+v]
			}
		}
	}
}

// trigULP holds the worst errors of the kernels of this file and log1p.go,
// measured by kernels/ulp_test.go with NDSIMD_ULP_POINTS=60000 (about 60k
// float64 and 600k float32 points per kernel) on AMD EPYC (Zen 5).
var trigULP = map[string]string{
	"SinF64AVX512": "0.767 ULP", "SinF64AVX2": "0.767 ULP", "SinF32AVX512": sinF32ULP, "SinF32AVX2": sinF32ULP,
	"CosF64AVX512": "0.734 ULP", "CosF64AVX2": "0.734 ULP", "CosF32AVX512": cosF32ULP, "CosF32AVX2": cosF32ULP,
	"TanF64AVX512": "0.846 ULP", "TanF64AVX2": "0.846 ULP", "TanF32AVX512": "0.500 ULP", "TanF32AVX2": "0.500 ULP",
	"Log1pF64AVX512": "0.767 ULP", "Log1pF64AVX2": "0.767 ULP", "Log1pF32AVX512": "0.835 ULP (every float32 checked)", "Log1pF32AVX2": "0.835 ULP (every float32 checked)",
	"Expm1F64AVX512": "0.792 ULP", "Expm1F64AVX2": "0.792 ULP", "Expm1F32AVX512": "0.500 ULP", "Expm1F32AVX2": "0.500 ULP",
}
