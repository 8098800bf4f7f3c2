package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// lockSigmoid is how many vectors SigmoidF64AVX512 computes in lockstep
// (sigmoidF64Zs): 3 is the most the 32 registers hold; sequential bodies
// (unrolled 2 or 4) ran at 54 µs per 65536 elements, lockstep 3 at 34 µs.
const lockSigmoid = 3

// lockF32 is the same for the float32 kernels (sigmoidF32Zs): 16.6 ->
// 21 µs per 65536 float32 elements against the float64 path's 26 µs.
const lockF32 = 3

// Comparison predicates for VCMPPD.
const (
	cmpLTOQ  = 0x11
	cmpLEOQ  = 0x12
	cmpEQOQ  = 0x00
	cmpGEOQ  = 0x1D
	cmpNLTUS = 0x05
)

// orv is dst = a | b bitwise (VPORQ needs only AVX-512 F on Z registers).
func orv(k *kern, a Op, b, dst VecVirtual) {
	if k.isa == avx512 {
		VPORQ(a, b, dst)
	} else {
		VORPD(a, b, dst)
	}
}

func andv(k *kern, a Op, b, dst VecVirtual) {
	if k.isa == avx512 {
		VPANDQ(a, b, dst)
	} else {
		VANDPD(a, b, dst)
	}
}

// pick returns a new register holding a where x < 0 and k.c(other) elsewhere.
func pickNeg(k *kern, x, a VecVirtual, other string) VecVirtual {
	out := k.mov(k.c(other))
	if k.isa == avx512 {
		m := K()
		VCMPPD(U8(cmpLTOQ), k.c("zero"), x, m)
		VMOVAPD(a, m, out)
		return out
	}
	m := k.v()
	VCMPPD(U8(cmpLTOQ), k.c("zero"), x, m)
	VBLENDVPD(m, a, out, out)
	return out
}

// sigmoidF64 is sigmoid or its derivative for AVX2: e = exp(-|x|) as a
// double-double e + el (expF64YHiLo), d = 1 + e as dh + dl, y = 1/dh and the
// correction c = 1 - dh·y - dl·y so that 1/d = y·(1 + c) to 2^-100; then
// sigmoid = num·y·(1 + c) with num = 1 (x >= 0) or e + el (x < 0), its
// product kept as hi + lo (FMA); the derivative (e + el)·y·y·(1 + 2c) with
// both products kept as hi + lo.
func sigmoidF64(k *kern, x VecVirtual, deriv bool) VecVirtual {
	y := k.v()
	orv(k, k.c("sign64"), x, y) // -|x|
	e, el := expF64YHiLo(k, y)
	dh := k.v()
	VADDPD(k.c("one"), e, dh)
	dl := k.v()
	VSUBPD(dh, k.r("one"), dl)
	VADDPD(e, dl, dl)
	VADDPD(el, dl, dl)
	yv := k.v()
	c := k.mov(k.c("one"))
	VDIVPD(dh, k.r("one"), yv)
	VFNMADD231PD(yv, dh, c)
	VFNMADD231PD(dl, yv, c)
	if !deriv {
		num := pickNeg(k, x, e, "one")
		t := k.v()
		VMULPD(yv, num, t)
		VFMSUB213PD(t, yv, num) // num·y - t, exact
		numl := pickNeg(k, x, el, "zero")
		VFMADD231PD(numl, yv, num)
		VFMADD231PD(c, t, num)
		VADDPD(num, t, t)
		return t
	}
	a := k.v()
	VMULPD(yv, e, a)
	VFMSUB213PD(a, yv, e) // e = e·y - a, exact
	VFMADD231PD(el, yv, e)
	b := k.v()
	VMULPD(yv, a, b)
	bl := k.mov(b)
	VFMSUB231PD(yv, a, bl) // a·y - b, exact
	VFMADD231PD(yv, e, bl)
	c2 := k.v()
	VADDPD(c, c, c2)
	VFMADD231PD(c, c, c2) // (1+c)² - 1
	VFMADD231PD(c2, b, bl)
	VADDPD(bl, b, b)
	return b
}

// leanExpY is the AVX2 counterpart: no table, |r| <= ln2/2, p of degree 8,
// 2^n built in the exponent bits (n >= -159, a normal float64).
func leanExpY(k *kern, y VecVirtual) VecVirtual {
	VMAXPD(y, k.r("lean_lo"), y)
	t := k.mov(k.c("shift52"))
	VFMADD231PD(k.c("log2e"), y, t)
	nf := k.v()
	VSUBPD(k.c("shift52"), t, nf)
	VFNMADD231PD(k.c("ln2hi"), nf, y)
	VFNMADD231PD(k.c("ln2lo"), nf, y)
	q := hornerPD(k, y, cExpLean)
	VMULPD(y, y, nf)
	VFMADD213PD(y, nf, q)
	VPADDQ(k.c("e64bias1"), t, t)
	VPSLLQ(U8(52), t, t)
	VFMADD213PD(t, t, q)
	return q
}

// sigmoidLean is sigmoid or its derivative of float32 values computed in
// float64 for AVX2: e = exp(-|x|), num/(1 + e) or e/(1 + e)², rounded once
// to float32 at the store.
func sigmoidLean(k *kern, x VecVirtual, deriv bool) VecVirtual {
	y := k.v()
	orv(k, k.c("sign64"), x, y)
	e := leanExpY(k, y)
	d := k.v()
	VADDPD(k.c("one"), e, d)
	if deriv {
		VMULPD(d, d, d)
		VDIVPD(d, e, e)
		return e
	}
	num := pickNeg(k, x, e, "one")
	VDIVPD(d, num, num)
	return num
}

func genSigmoid() {
	y64 := []string{"e64lo", "one"}
	yl := []string{"lean_lo", "one"}
	for _, d := range []bool{false, true} {
		base := "Sigmoid"
		ref := "1 / (1 + exp(-x[i]))"
		if d {
			base = "SigmoidDerivative"
			ref = "s * (1 - s) with s = 1 / (1 + exp(-x[i]))"
		}
		body := func(k *kern, x VecVirtual) VecVirtual { return sigmoidF64(k, x, d) }
		lean := func(k *kern, x VecVirtual) VecVirtual { return sigmoidLean(k, x, d) }
		// The AVX-512 kernels are lockstep bodies (lockstep.go).
		tune := func(v variant, kr *kern, pre []string) []string {
			switch {
			case v.isa == avx512 && v.f32:
				kr.via64 = false
				kr.lockstep, kr.unrol = sigmoidF32Zs(d), lockF32
				return []string{"e32lo", "thif", "tlof", "onef", "zerof"}
			case v.isa == avx512:
				kr.lockstep, kr.unrol = sigmoidF64Zs(d), lockSigmoid
				// Three vectors in flight need the registers: no e64hi
				// (exp's argument -|x| is <= 0), and sign64 and zero are
				// read from memory.
				return []string{"e64lo", "shift52", "l2e16", "thi0", "tlo0", "one"}
			}
			return pre
		}
		genFamily(base, ref, []variant{
			{avx512, false, nil, nil, "float64, exp as ExpF64AVX512, then a division corrected by its remainder and by 1+e's rounding (sigmoidF64Zs)"},
			{avx2, false, y64, body, "float64, exp as ExpF64AVX2 kept as hi + lo (expF64YHiLo), then 1/(1+e) with the division error and 1+e's rounding corrected (sigmoidF64)"},
			{avx512, true, nil, nil, "float32, 16 lanes: exp as ExpF32AVX512 kept as hi + lo, the quotient by rcp14 corrected by its remainder, 2^k applied last (sigmoidF32Zs)"},
			{avx2, true, yl, lean, "computed in float64 (leanExpY, then one division), rounded once to float32"},
		}, tune)
	}
}

// expF64YHiLo is [expF64Y] for x <= 0 with the result as a double-double
// hi + lo (relative error about 2^-60): 1 + r + (rlo + r²q) is added as
// hi = 1 + r and lo = ((1 - hi) + r) + (rlo + r²q), renormalised, and both
// are scaled by 2^n.
func expF64YHiLo(k *kern, x VecVirtual) (hi, lo VecVirtual) {
	t, r, q := expPartsY(k, x)
	hi = k.v()
	VADDPD(k.c("one"), r, hi)
	lo = k.v()
	VSUBPD(hi, k.r("one"), lo)
	VADDPD(r, lo, lo) // exact: |r| < 1
	VADDPD(q, lo, lo)
	h := k.v()
	VADDPD(lo, hi, h)
	VSUBPD(h, hi, hi)
	VADDPD(hi, lo, lo) // exact: |hi| > |lo|
	scale2Y(k, t, h, lo)
	return h, lo
}
