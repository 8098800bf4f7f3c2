package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// Log1p and Expm1: the generic twins' algorithms (kernels/generic_trig.go,
// log1pOf and expm1Of) on vectors.

const cmpNGTUQ = 0x1A

func init() {
	f64c("negone", -1)
	f64c("m40", -40)
	f64c("c709", 709)
}

// zeroKeep returns x where x == ±0, else r (in r): log1p and expm1 keep the
// sign of zero.
func zeroKeep(k *kern, x, r VecVirtual) VecVirtual {
	zm := badCmp(k, cmpEQOQ, k.c("zero"), x)
	return blendv(k, zm, x, r)
}

// log1pBody: u = 1 + x and its rounding error err exact (TwoSum), u =
// 2^k·m with m in [√2/2, √2) from its bits (u >= 2^-53 is normal), then
// fdlibm's log kernel on f = m - 1 with err/u added: k·ln2hi - ((f²/2 -
// (s·(f²/2+R) + (k·ln2lo + err/u))) - f). Lanes with x <= -1, +Inf or NaN
// are left to the twin.
func log1pBody(k *kern, x VecVirtual) (VecVirtual, Op) {
	bad := orBad(k, badCmp(k, cmpNGTUQ, k.c("negone"), x), badCmp(k, cmpEQOQ, k.c("inf"), x))
	u := k.v()
	VADDPD(k.c("one"), x, u)
	bb := k.v()
	VSUBPD(k.c("one"), u, bb)
	e1 := k.v()
	VSUBPD(bb, u, e1)
	VSUBPD(e1, k.r("one"), e1) // 1 - (u - bb)
	e2 := k.v()
	VSUBPD(bb, x, e2)
	VADDPD(e2, e1, e1) // err
	VDIVPD(u, e1, e1)  // c = err/u
	t := bb
	VPADDQ(k.c("logoff"), u, t)
	kf := e2
	VPSRLQ(U8(52), t, kf)
	orv(k, k.c("bits2p52"), kf, kf)
	VSUBPD(k.c("c2p52p1023"), kf, kf)
	andv(k, k.c("expmask"), t, t)
	VPSUBQ(t, u, u)
	VPADDQ(k.c("onebits"), u, u)
	VSUBPD(k.c("one"), u, u) // f
	r := logCoreC(k, u, kf, e1)
	return zeroKeep(k, x, r), bad
}

// logCoreC is logCore (log.go) with a correction c added to k·ln2lo.
func logCoreC(k *kern, f, kf, c VecVirtual) VecVirtual {
	s := k.v()
	VADDPD(k.c("two"), f, s)
	VDIVPD(s, f, s)
	z := k.v()
	VMULPD(s, s, z)
	w := k.v()
	VMULPD(z, z, w)
	q1 := k.mov(k.c("lg4"))
	VFMADD231PD(k.c("lg6"), w, q1)
	VFMADD213PD(k.c("lg2"), w, q1)
	VMULPD(w, q1, q1)
	q2 := k.mov(k.c("lg5"))
	VFMADD231PD(k.c("lg7"), w, q2)
	VFMADD213PD(k.c("lg3"), w, q2)
	VFMADD213PD(k.c("lg1"), w, q2)
	VMULPD(z, q2, q2)
	VADDPD(q1, q2, q2) // R
	h := w
	VMULPD(f, f, h)
	VMULPD(k.c("half"), h, h) // hfsq
	VADDPD(h, q2, q2)
	VFMADD231PD(k.c("lg_ln2lo"), kf, c) // k·ln2lo + c
	VFMADD231PD(q2, s, c)
	VSUBPD(c, h, h)
	VSUBPD(f, h, h)
	VMULPD(k.c("lg_ln2hi"), kf, kf)
	VSUBPD(h, kf, kf)
	return kf
}

// expm1Body: x clamped to >= -40, x = n·ln2 + r (r + rlo, Cody-Waite with
// FMA), q = rlo + r²·P(r) (the exp kernels' P of degree 10), then
// (2^n - 1) + 2^n·r + 2^n·q with 2^n - 1 and its sum with 2^n·r carried
// exactly by TwoSum. Lanes with x >= 709 or NaN are left to the twin.
func expm1Body(k *kern, x VecVirtual) (VecVirtual, Op) {
	bad := badCmp(k, cmpNLTUS, k.c("c709"), x)
	x0 := k.mov(x)
	VMAXPD(k.c("m40"), x, x)
	t := k.mov(k.c("shift52"))
	VFMADD231PD(k.c("log2e"), x, t)
	nf := k.v()
	VSUBPD(k.c("shift52"), t, nf)
	VFNMADD231PD(k.c("ln2hi"), nf, x) // rh, exact
	r := k.mov(x)
	VFNMADD231PD(k.c("ln2lo"), nf, r)
	VSUBPD(r, x, x)
	VFNMADD231PD(k.c("ln2lo"), nf, x) // rlo
	q := hornerPD(k, r, cExp64)
	VMULPD(r, r, nf)
	VFMADD213PD(x, nf, q) // q = rlo + r²·P
	p2 := nf
	VPADDQ(k.c("e64bias1"), t, p2)
	VPSLLQ(U8(52), p2, p2) // 2^n
	a := t
	VSUBPD(k.c("one"), p2, a) // 2^n - 1
	bb := x
	VSUBPD(p2, a, bb) // a - p2
	ae := k.v()
	VSUBPD(bb, a, ae)
	VSUBPD(ae, p2, ae) // p2 - (a - bb)
	VADDPD(k.c("one"), bb, bb)
	VSUBPD(bb, ae, ae)     // aerr = (p2 - (a - bb)) + (-1 - bb)
	VFMADD231PD(q, p2, ae) // p2·q + aerr
	VMULPD(p2, r, r)       // b = 2^n·r
	sh := q
	VADDPD(r, a, sh)
	VSUBPD(a, sh, bb) // sh - a
	VSUBPD(bb, r, r)  // b - bb
	VADDPD(r, ae, ae)
	VSUBPD(bb, sh, bb) // sh - bb
	VSUBPD(bb, a, a)   // a - (sh - bb)
	VADDPD(a, ae, ae)  // sl + (p2·q + aerr)
	VADDPD(ae, sh, sh)
	return zeroKeep(k, x0, sh), bad
}

func genLog1pExpm1() {
	lp := []string{"one", "two", "half", "negone", "lg_ln2hi", "lg_ln2lo", "lg1", "lg2", "lg3", "lg4", "lg5", "lg6", "lg7"}
	lp32 := []string{"onef", "halff", "twof", "lgf1", "lgf2", "lgf3", "lgf4"}
	out := "x <= -1, +Inf or NaN"
	how := "u = 1 + x with its error err (TwoSum), u = 2^k·m from its bits, fdlibm's log kernel on m - 1 plus err/u"
	genFixFamily("Log1p", "log(1 + x[i])", []fixVariant{
		{avx512, false, lp, log1pBody, out, "u = 1 + x with its error err (Fast2Sum on max(1, x) and min(1, x)), u = 2^k·m by VGETMANTPD/VGETEXPPD, fdlibm's log kernel on m - 1 plus err/u; three vectors in lockstep (log1pZs)"},
		{avx2, false, []string{"one"}, log1pBody, out, how},
		{avx512, true, lp32, log1pF32Z, out, "In float32, 16 lanes: FreeBSD's log1pf with its divisions by rcp14 and one Newton step (log1pF32Z)"},
		{avx2, true, []string{"onef"}, log1pF32Y, out, "In float32, 8 lanes: FreeBSD's log1pf with its divisions by VDIVPS, u = 2^k·m from u's bits (log1pF32Y)"},
	})
	ep := append([]string{"one", "shift52", "log2e", "ln2hi", "ln2lo"}, cExp64[:6]...)
	out = "x >= 709 or NaN"
	how = "x = n·ln2 + r, exp(r) - 1 = r + rlo + r²·P(r) (P of degree 10), (2^n - 1) + 2^n·r carried exactly (TwoSum) before 2^n·(rlo + r²·P) is added; x clamped to >= -40"
	genFixFamily("Expm1", "exp(x[i]) - 1", []fixVariant{
		{avx512, false, ep, expm1Body, out, how},
		{avx2, false, []string{"one"}, expm1Body, out, how},
		{avx512, true, ep, expm1Body, out, "Computed in float64 as Expm1F64AVX512, rounded once to float32"},
		{avx2, true, []string{"one"}, expm1Body, out, "Computed in float64 as Expm1F64AVX2, rounded once to float32"},
	})
	_ = Comment
	_ = ZMM
}
