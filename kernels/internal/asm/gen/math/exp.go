package main

import (
	"math"
	"math/big"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// Polynomials: exp(r) ≈ 1 + r + r²·(c2 + c3·r + ... ), Chebyshev fits of
// (exp(r)-1-r)/r² computed with mpmath at 200 bits; the comment gives the
// range and log2 of the worst relative error of the rounded coefficients.
var (
	// |r| <= ln2/2: 2^-61.3
	expC64 = []string{"0x1.0000000000000p-1", "0x1.5555555555557p-3", "0x1.5555555555556p-5", "0x1.11111111100dcp-7", "0x1.6c16c16c162d4p-10", "0x1.a01a01abe7fe1p-13", "0x1.a01a01a6d889cp-16", "0x1.71de0231960ebp-19", "0x1.27e4db646b17ep-22", "0x1.af4de97ca4194p-26", "0x1.1f730349868cep-29"}
	// |r| <= ln2/32: 2^-64.4
	expT16C64 = []string{"0x1.0000000000001p-1", "0x1.5555555555556p-3", "0x1.55555554e8d7bp-5", "0x1.11111110e0d94p-7", "0x1.6c17ede661f5cp-10", "0x1.a01b0cb76698bp-13"}
	// |r| <= ln2/32, float32 coefficients: 2^-36.5
	expT16C32 = []string{"0x1.0000000000000p-1", "0x1.5556e00000000p-3", "0x1.55565c0000000p-5"}
	// |r| <= ln2/16, float32 coefficients: 2^-31.5
	expT8C32 = []string{"0x1.0000000000000p-1", "0x1.555b7e0000000p-3", "0x1.5559720000000p-5"}
	// float64 coefficients for float32 results: |r| <= ln2/2: 2^-37.8
	expLeanC64 = []string{"0x1.0000000000000p-1", "0x1.55555567532adp-3", "0x1.5555555c87148p-5", "0x1.1110c632a3088p-7", "0x1.6c16858b7acb9p-10", "0x1.a15179d80ae96p-13", "0x1.a1132015ba37ep-16"}
)

func coefs(prefix string, hex []string, f32 bool) []string {
	var names []string
	for i, h := range hex {
		n := prefix + string(rune('a'+i))
		if f32 {
			f32c(n, float32(hexf(h)))
		} else {
			f64c(n, hexf(h))
		}
		names = append(names, n)
	}
	return names
}

var cExp64, cExpT16, cExpT16f32, cExpT8f32, cExpLean []string

func init() {
	ln2 := ln2Big()
	f64c("one", 1)
	f64c("zero", 0)
	u64c("sign64", 1<<63)
	u64c("abs64", 1<<63-1)
	f64c("shift52", 0x1.8p52)
	f64c("one16", 1.0/16)
	f64c("two", 2)
	// float64 exp
	f64c("e64hi", 710)
	f64c("e64lo", -746)
	f64c("log2e", 1/math.Ln2)
	hi, lo := split64(ln2)
	f64c("ln2hi", hi)
	f64c("ln2lo", lo)
	u64c("e64bias2", uint64(0xFFFFFFFFFFFFFFFF-0x4338000000000000+2046+1))
	u64c("e64bias1", 1023)
	f64c("l2e16", 16/math.Ln2)
	hi, lo = split64(divBig(ln2, 16))
	f64c("l16hi", hi)
	f64c("l16lo", lo)
	var th, tl [16]float64
	for j, v := range exp2Frac(16) {
		th[j], tl[j] = split64(v)
	}
	f64tab("thi0", th[:8])
	f64tab("thi1", th[8:])
	f64tab("tlo0", tl[:8])
	f64tab("tlo1", tl[8:])
	cExp64 = coefs("ec", expC64, false)
	cExpT16 = coefs("etc", expT16C64, false)
	cExpLean = coefs("elc", expLeanC64, false)
	f64c("lean_lo", -110)

	// float32 exp
	f32c("e32hi", 89)
	f32c("e32lo", -104)
	f32c("shift23", 0x1.8p23)
	f32c("l2e16f", float32(16/math.Ln2))
	f32c("l2e8f", float32(8/math.Ln2))
	h32, l32 := split32(divBig(ln2, 16))
	f32c("l16hif", h32)
	f32c("l16lof", l32)
	h32, l32 = split32(divBig(ln2, 8))
	f32c("l8hif", h32)
	f32c("l8lof", l32)
	var th32, tl32 [16]float32
	for j, v := range exp2Frac(16) {
		th32[j], tl32[j] = split32(v)
	}
	f32tab("thif", th32[:])
	f32tab("tlof", tl32[:])
	var t8h, t8l [8]float32
	for j, v := range exp2Frac(8) {
		t8h[j], t8l[j] = split32(v)
	}
	f32tab("t8hif", t8h[:])
	f32tab("t8lof", t8l[:])
	u32c("b127", 127)
	f32c("one16f", 1.0/16)
	cExpT16f32 = coefs("etf", expT16C32, true)
	cExpT8f32 = coefs("et8f", expT8C32, true)
	_ = big.NewFloat
}

// horner computes q = c[n-1]; q = q*r + c[i] for i = n-2..0 (float64).
func hornerPD(k *kern, r VecVirtual, c []string) VecVirtual {
	n := len(c)
	q := k.mov(k.c(c[n-2]))
	VFMADD231PD(k.c(c[n-1]), r, q)
	for i := n - 3; i >= 0; i-- {
		VFMADD213PD(k.c(c[i]), r, q)
	}
	return q
}

func hornerPS(k *kern, r VecVirtual, c []string) VecVirtual {
	n := len(c)
	q := k.mov(k.c(c[n-2]))
	VFMADD231PS(k.c(c[n-1]), r, q)
	for i := n - 3; i >= 0; i-- {
		VFMADD213PS(k.c(c[i]), r, q)
	}
	return q
}

// expF64Z is exp for AVX-512: x = (16k + j)·ln2/16 + r with |r| <= ln2/32,
// exp(x) = 2^k · T[j] · (1 + p(r)) with T = 2^(j/16) as hi+lo from a table
// held in registers (VPERMI2PD), p of degree 7, and the scaling by 2^k done by
// VSCALEFPD, which rounds once, so subnormal results and overflow are right.
// x is clamped to [-746, 710] first (NaN passes through).
func expF64Z(k *kern, x VecVirtual) VecVirtual {
	VMINPD(x, k.r("e64hi"), x)
	VMAXPD(x, k.r("e64lo"), x)
	t := k.mov(k.c("shift52"))
	VFMADD231PD(k.c("l2e16"), x, t)
	nf := k.v()
	VSUBPD(k.c("shift52"), t, nf)
	VFNMADD231PD(k.c("l16hi"), nf, x) // exact
	VFNMADD231PD(k.c("l16lo"), nf, x) // x = r
	th := k.mov(t)
	VPERMI2PD(k.c("thi1"), k.r("thi0"), th)
	tl := k.mov(t)
	VPERMI2PD(k.c("tlo1"), k.r("tlo0"), tl)
	q := hornerPD(k, x, cExpT16)
	r2 := k.v()
	VMULPD(x, x, r2)
	VFMADD213PD(x, r2, q)  // p = r + r²q
	VFMADD213PD(tl, th, q) // th·p + tl
	VADDPD(th, q, q)
	VMULPD(k.c("one16"), nf, nf)
	VSCALEFPD(nf, q, q)
	return q
}

// expF64Y is exp for AVX2 (no table): x = n·ln2 + r, |r| <= ln2/2, r kept as
// r + rlo (Cody-Waite with FMA, the first step exact), exp(r) = 1 + (r +
// (rlo + r²·P(r))) with P of degree 10, then 2^n applied as two exact powers
// of two built in the exponent bits (2^n1 · 2^n2, n1+n2 = n), so the only
// rounding of a subnormal result is the last multiplication. x is clamped
// to [-746, 710] (NaN passes through).
func expF64Y(k *kern, x VecVirtual) VecVirtual {
	VMINPD(x, k.r("e64hi"), x)
	t, r, q := expPartsY(k, x)
	VADDPD(r, q, q)
	VADDPD(k.c("one"), q, q)
	scale2Y(k, t, q)
	return q
}

// expPartsY is the reduction and polynomial of expF64Y for x <= e64hi:
// exp(x) = 2^n · (1 + r + s), with t holding n in its low bits (shift52
// trick), r the reduced argument and s = rlo + r²·q its small part. x is
// clamped to >= e64lo and then overwritten.
func expPartsY(k *kern, x VecVirtual) (t, r, s VecVirtual) {
	VMAXPD(x, k.r("e64lo"), x)
	t = k.mov(k.c("shift52"))
	VFMADD231PD(k.c("log2e"), x, t)
	nf := k.v()
	VSUBPD(k.c("shift52"), t, nf)
	VFNMADD231PD(k.c("ln2hi"), nf, x) // exact: rhi
	r = k.mov(x)
	VFNMADD231PD(k.c("ln2lo"), nf, r)
	VSUBPD(r, x, x)
	VFNMADD231PD(k.c("ln2lo"), nf, x) // x = rlo
	q := hornerPD(k, r, cExp64)
	VMULPD(r, r, nf)
	VFMADD213PD(x, nf, q) // rlo + r²q
	return t, r, q
}

// scale2Y multiplies each of qs by 2^n, n in the low bits of t (t is
// overwritten), in two steps so that n down to -1074 stays exact until the
// last rounding.
func scale2Y(k *kern, t VecVirtual, qs ...VecVirtual) {
	VPADDQ(k.c("e64bias2"), t, t)
	e1 := k.v()
	VPSRLQ(U8(1), t, e1)
	VPSUBQ(e1, t, t)
	VPSLLQ(U8(52), e1, e1)
	VPSLLQ(U8(52), t, t)
	for _, q := range qs {
		VMULPD(e1, q, q)
		VMULPD(t, q, q)
	}
}

// expF32Z is exp in float32 for AVX-512: 16-entry table of 2^(j/16) as
// hi+lo float32 (VPERMPS), |r| <= ln2/32, p of degree 4, VSCALEFPS.
func expF32Z(k *kern, x VecVirtual) VecVirtual {
	VMINPS(x, k.r("e32hi"), x)
	VMAXPS(x, k.r("e32lo"), x)
	t := k.mov(k.c("shift23"))
	VFMADD231PS(k.c("l2e16f"), x, t)
	nf := k.v()
	VSUBPS(k.c("shift23"), t, nf)
	VFNMADD231PS(k.c("l16hif"), nf, x)
	VFNMADD231PS(k.c("l16lof"), nf, x)
	th := k.v()
	VPERMPS(k.c("thif"), t, th)
	tl := k.v()
	VPERMPS(k.c("tlof"), t, tl)
	q := hornerPS(k, x, cExpT16f32)
	r2 := k.v()
	VMULPS(x, x, r2)
	VFMADD213PS(x, r2, q)
	VFMADD213PS(tl, th, q)
	VADDPS(th, q, q)
	VMULPS(k.c("one16f"), nf, nf)
	VSCALEFPS(nf, q, q)
	return q
}

// expF32Y is exp in float32 for AVX2: 8-entry table (VPERMPS), |r| <=
// ln2/16, p of degree 4, 2^k applied as two exact powers of two.
func expF32Y(k *kern, x VecVirtual) VecVirtual {
	VMINPS(x, k.r("e32hi"), x)
	VMAXPS(x, k.r("e32lo"), x)
	t := k.mov(k.c("shift23"))
	VFMADD231PS(k.c("l2e8f"), x, t)
	nf := k.v()
	VSUBPS(k.c("shift23"), t, nf)
	VFNMADD231PS(k.c("l8hif"), nf, x)
	VFNMADD231PS(k.c("l8lof"), nf, x)
	th := k.v()
	VPERMPS(k.c("t8hif"), t, th)
	tl := k.v()
	VPERMPS(k.c("t8lof"), t, tl)
	q := hornerPS(k, x, cExpT8f32)
	VMULPS(x, x, nf)
	VFMADD213PS(x, nf, q)
	VFMADD213PS(tl, th, q)
	VADDPS(th, q, q)
	// k = floor(n'/8) from the low 22 bits of t; k1 = k>>1, k2 = k-k1.
	VPSLLD(U8(10), t, t)
	VPSRAD(U8(13), t, t)
	e1 := k.v()
	VPSRAD(U8(1), t, e1)
	VPSUBD(e1, t, t)
	VPADDD(k.c("b127"), e1, e1)
	VPADDD(k.c("b127"), t, t)
	VPSLLD(U8(23), e1, e1)
	VPSLLD(U8(23), t, t)
	VMULPS(e1, q, q)
	VMULPS(t, q, q)
	return q
}

func genExp() {
	z64 := append([]string{"e64hi", "e64lo", "shift52", "l2e16", "l16hi", "l16lo", "thi0", "thi1", "tlo0", "tlo1", "one16"}, cExpT16...)
	kernel("ExpF64AVX512", &kern{isa: avx512, unrol: 2}, []string{
		"ExpF64AVX512 is for i := range dst { dst[i] = exp(x[i]) } (len(x) >= len(dst)).",
		"x = (16k+j)·ln2/16 + r (|r| <= ln2/32, Cody-Waite with FMA), exp(x) = 2^k·T[j]·(1 + p(r)),",
		"T = 2^(j/16) as hi+lo in registers (VPERMI2PD), p of degree 7, 2^k by VSCALEFPD (one",
		"rounding, so overflow and subnormal results are right); x clamped to [-746, 710], NaN kept.",
		"Worst error measured: " + ulp["ExpF64AVX512"] + ".",
	}, func(k *kern) { k.preload(z64...) }, expF64Z)
	kernel("ExpF64AVX2", &kern{isa: avx2, unrol: 2}, []string{
		"ExpF64AVX2 is for i := range dst { dst[i] = exp(x[i]) } (len(x) >= len(dst)).",
		"x = n·ln2 + r (|r| <= ln2/2, r kept as r + rlo), exp(r) = 1 + (r + (rlo + r²·P(r))) with",
		"P of degree 10, then 2^n as two exact powers of two built in the exponent bits so that a",
		"subnormal result is rounded once; x clamped to [-746, 710], NaN kept.",
		"Worst error measured: " + ulp["ExpF64AVX2"] + ".",
	}, func(k *kern) { k.preload("e64hi", "e64lo") }, expF64Y)
	z32 := append([]string{"e32hi", "e32lo", "shift23", "l2e16f", "l16hif", "l16lof", "thif", "tlof", "one16f"}, cExpT16f32...)
	kernel("ExpF32AVX512", &kern{isa: avx512, mem32: true, unrol: 2}, []string{
		"ExpF32AVX512 is for i := range dst { dst[i] = exp(x[i]) } (len(x) >= len(dst)).",
		"In float32: 16-entry table of 2^(j/16) as hi+lo (VPERMPS), |r| <= ln2/32, p of degree 4,",
		"2^k by VSCALEFPS; x clamped to [-104, 89], NaN kept.",
		"Worst error measured: " + ulp["ExpF32AVX512"] + ".",
	}, func(k *kern) { k.preload(z32...) }, expF32Z)
	kernel("ExpF32AVX2", &kern{isa: avx2, mem32: true, unrol: 2}, []string{
		"ExpF32AVX2 is for i := range dst { dst[i] = exp(x[i]) } (len(x) >= len(dst)).",
		"In float32: 8-entry table of 2^(j/8) as hi+lo (VPERMPS), |r| <= ln2/16, p of degree 4,",
		"2^k as two exact powers of two; x clamped to [-104, 89], NaN kept.",
		"Worst error measured: " + ulp["ExpF32AVX2"] + ".",
	}, func(k *kern) { k.preload("e32hi", "e32lo") }, expF32Y)
}
