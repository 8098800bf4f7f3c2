package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// Lockstep bodies compute several independent vectors at once, emitting
// each step for every vector before the next step, so that the CPU's
// scheduler sees independent instructions side by side instead of one long
// dependency chain after another.

// eachOf returns a function that emits f(i) for the n vectors in turn: one
// step of a lockstep body.
func eachOf(n int) func(f func(i int)) {
	return func(f func(i int)) {
		for i := range n {
			f(i)
		}
	}
}

// vecs allocates n computing vector registers.
func (k *kern) vecs(n int) []VecVirtual {
	out := make([]VecVirtual, n)
	for i := range out {
		out[i] = k.v()
	}
	return out
}

// movs copies src (a register or memory operand, the same for all) into n new
// registers.
func (k *kern) movs(n int, src Op) []VecVirtual {
	out := k.vecs(n)
	for _, t := range out {
		VMOVUPD(src, t)
	}
	return out
}

// expF64Zs is [expF64Z] for several vectors in lockstep.
func expF64Zs(k *kern, xs []VecVirtual, nonPositive bool) []VecVirtual {
	n := len(xs)
	if !nonPositive {
		for _, x := range xs {
			VMINPD(x, k.r("e64hi"), x)
		}
	}
	for _, x := range xs {
		VMAXPD(x, k.r("e64lo"), x)
	}
	t := k.movs(n, k.c("shift52"))
	for i, x := range xs {
		VFMADD231PD(k.c("l2e16"), x, t[i])
	}
	nf := k.vecs(n)
	for i := range xs {
		VSUBPD(k.c("shift52"), t[i], nf[i])
	}
	for i, x := range xs {
		VFNMADD231PD(k.c("l16hi"), nf[i], x) // exact
	}
	for i, x := range xs {
		VFNMADD231PD(k.c("l16lo"), nf[i], x) // x = r
	}
	th, tl := k.vecs(n), k.vecs(n)
	for i := range xs {
		VMOVUPD(t[i], th[i])
		VPERMI2PD(k.c("thi1"), k.r("thi0"), th[i])
	}
	for i := range xs {
		VMOVUPD(t[i], tl[i])
		VPERMI2PD(k.c("tlo1"), k.r("tlo0"), tl[i])
	}
	c := cExpT16
	m := len(c)
	q := k.movs(n, k.c(c[m-2]))
	for i, x := range xs {
		VFMADD231PD(k.c(c[m-1]), x, q[i])
	}
	for j := m - 3; j >= 0; j-- {
		for i, x := range xs {
			VFMADD213PD(k.c(c[j]), x, q[i])
		}
	}
	r2 := k.vecs(n)
	for i, x := range xs {
		VMULPD(x, x, r2[i])
	}
	for i, x := range xs {
		VFMADD213PD(x, r2[i], q[i]) // p = r + r²q
	}
	for i := range xs {
		VFMADD213PD(tl[i], th[i], q[i]) // th·p + tl
	}
	for i := range xs {
		VADDPD(th[i], q[i], q[i])
	}
	for i := range xs {
		VMULPD(k.c("one16"), nf[i], nf[i])
	}
	for i := range xs {
		VSCALEFPD(nf[i], q[i], q[i])
	}
	return q
}

// sigmoidF64Zs is sigmoid (or its derivative) of several float64 vectors
// in lockstep, AVX-512: e = exp(-|x|), d = 1 + e = dh + dl exactly (or d² as
// dh² + (its rounding error + 2·dh·dl) for the derivative), q = num/dh
// rounded with num = 1 (x >= 0) or e (x < 0; always e for the derivative),
// r = num - q·dh - q·dl the remainder of num/d (the first product exact by
// FMA), and the result q + r·rcp14(dh), num/d to about 2^-66 before the
// final rounding.
func sigmoidF64Zs(deriv bool) func(k *kern, xs []VecVirtual) []VecVirtual {
	return func(k *kern, xs []VecVirtual) []VecVirtual {
		n := len(xs)
		each := eachOf(n)
		y := k.vecs(n)
		each(func(i int) { VPORQ(k.c("sign64"), xs[i], y[i]) }) // -|x|
		e := expF64Zs(k, y, true)
		dh, dl := k.vecs(n), k.vecs(n)
		each(func(i int) { VADDPD(k.c("one"), e[i], dh[i]) })
		each(func(i int) { VSUBPD(dh[i], k.r("one"), dl[i]) })
		each(func(i int) { VADDPD(e[i], dl[i], dl[i]) })
		var num []VecVirtual
		if deriv {
			// The denominator (dh + dl)² as dh² + (dh²'s rounding error +
			// 2·dh·dl), the numerator e.
			ph, pl := k.vecs(n), k.vecs(n)
			each(func(i int) { VMULPD(dh[i], dh[i], ph[i]) })
			each(func(i int) { VMOVUPD(ph[i], pl[i]) })
			each(func(i int) { VFMSUB231PD(dh[i], dh[i], pl[i]) }) // dh·dh - ph, exact
			each(func(i int) { VADDPD(dh[i], dh[i], dh[i]) })
			each(func(i int) { VFMADD231PD(dh[i], dl[i], pl[i]) })
			dh, dl, num = ph, pl, e
		} else {
			num = k.vecs(n)
			each(func(i int) {
				neg := K()
				VCMPPD(U8(cmpLTOQ), k.c("zero"), xs[i], neg)
				VBLENDMPD(e[i], k.r("one"), neg, num[i])
			})
		}
		q := k.vecs(n)
		each(func(i int) { VDIVPD(dh[i], num[i], q[i]) })
		each(func(i int) { VFNMADD231PD(q[i], dh[i], num[i]) })
		each(func(i int) { VFNMADD231PD(q[i], dl[i], num[i]) })
		r := k.vecs(n)
		each(func(i int) { VRCP14PD(dh[i], r[i]) })
		each(func(i int) { VFMADD231PD(num[i], r[i], q[i]) })
		return q
	}
}

func init() {
	f32c("onef", 1)
	f32c("zerof", 0)
	u32c("sign32", 0x80000000)
}

// sigmoidF32Zs is sigmoid (or its derivative) of float32 vectors in float32
// arithmetic, 16 lanes, several vectors in lockstep, AVX-512.
//
// e = exp(-|x|) = 2^k·(eh + el) is ExpF32AVX512's reduction and table with
// the sum th + (th·p + tl) left unrounded (eh = th, el = th·p + tl, 2^-36).
// The denominator d = 1 + e (sigmoid) or (1 + e)² (derivative) is a pair
// dh + dl, the numerator 1 or eh + el; the quotient q0 = (eh + el)·rcp14(dh)
// is corrected once by its remainder, q = q0 + (eh - q0·dh - q0·dl + el)·
// rcp14(dh), which leaves about 2^-28 before the final rounding. A numerator e is used
// unscaled and 2^k applied last (VSCALEFPS rounds once), so subnormal
// results are rounded once too.
func sigmoidF32Zs(deriv bool) func(k *kern, xs []VecVirtual) []VecVirtual {
	return func(k *kern, xs []VecVirtual) []VecVirtual {
		n := len(xs)
		each := eachOf(n)
		y := k.vecs(n)
		each(func(i int) { VPORD(k.c("sign32"), xs[i], y[i]) }) // -|x|
		each(func(i int) { VMAXPS(y[i], k.r("e32lo"), y[i]) })
		t, nf, eh, el, q := expTableF32Zs(k, each, y)
		// d = 1 + e as dh + dl, with e scaled: dh = 1 + (eh + el) and
		// dl = ((1 - dh) + eh) + el, so dh is d to 2^-24 (el is not small).
		dh, dl := k.vecs(n), k.vecs(n)
		each(func(i int) { VSCALEFPS(nf[i], eh[i], dh[i]) })
		each(func(i int) { VSCALEFPS(nf[i], el[i], dl[i]) })
		each(func(i int) { VADDPS(dl[i], dh[i], t[i]) }) // e, rounded
		each(func(i int) { VADDPS(k.c("onef"), t[i], t[i]) })
		each(func(i int) { VSUBPS(t[i], k.c("onef"), q[i]) })
		each(func(i int) { VADDPS(dh[i], q[i], q[i]) }) // (1 - dh) + e, exact
		each(func(i int) { VADDPS(q[i], dl[i], dl[i]) })
		dh, t = t, dh
		num, numl := eh, el
		if deriv {
			// (dh + dl)² as dh² + (dh²'s rounding error + 2·dh·dl).
			each(func(i int) { VMULPS(dh[i], dh[i], t[i]) })
			each(func(i int) { VMOVUPS(t[i], q[i]) })
			each(func(i int) { VFMSUB231PS(dh[i], dh[i], q[i]) }) // dh·dh - t, exact
			each(func(i int) { VADDPS(dh[i], dh[i], dh[i]) })
			each(func(i int) { VFMADD231PS(dh[i], dl[i], q[i]) })
			dh, t, dl, q = t, dh, q, dl
		} else {
			// x >= 0: num = 1, numl = 0 and no scaling.
			each(func(i int) {
				pos := K()
				VCMPPS(U8(cmpGEOQ), k.c("zerof"), xs[i], pos)
				VMOVUPS(k.c("onef"), pos, num[i])
				VMOVUPS(k.c("zerof"), pos, numl[i])
				VMOVUPS(k.c("zerof"), pos, nf[i])
			})
		}
		rc := k.vecs(n)
		each(func(i int) { VRCP14PS(dh[i], rc[i]) })
		each(func(i int) { VADDPS(numl[i], num[i], q[i]) })
		each(func(i int) { VMULPS(rc[i], q[i], q[i]) })         // q0
		each(func(i int) { VFNMADD231PS(q[i], dh[i], num[i]) }) // num - q0·dh
		each(func(i int) { VFNMADD231PS(q[i], dl[i], num[i]) })
		each(func(i int) { VADDPS(numl[i], num[i], num[i]) })
		each(func(i int) { VFMADD231PS(num[i], rc[i], q[i]) })
		each(func(i int) { VSCALEFPS(nf[i], q[i], q[i]) })
		return q
	}
}

// expTableF32Zs is ExpF32AVX512's reduction and table on each y (y <= 88.7,
// clobbered): exp(y) = 2^k·(hi + lo) with k in nf (as a float), hi the
// table entry and lo = hi·p + tl left unrounded (about 2^-28 of hi). t and
// q are scratch the callers reuse. The float32 sigmoids and tanh share it.
func expTableF32Zs(k *kern, each func(func(int)), y []VecVirtual) (t, nf, hi, lo, q []VecVirtual) {
	n := len(y)
	t = k.movs(n, k.c("shift23"))
	each(func(i int) { VFMADD231PS(k.c("l2e16f"), y[i], t[i]) })
	nf = k.vecs(n)
	each(func(i int) { VSUBPS(k.c("shift23"), t[i], nf[i]) })
	each(func(i int) { VFNMADD231PS(k.c("l16hif"), nf[i], y[i]) })
	each(func(i int) { VFNMADD231PS(k.c("l16lof"), nf[i], y[i]) }) // y = r
	hi, lo = k.vecs(n), k.vecs(n)
	each(func(i int) { VPERMPS(k.c("thif"), t[i], hi[i]) })
	each(func(i int) { VPERMPS(k.c("tlof"), t[i], lo[i]) })
	c := cExpT16f32
	m := len(c)
	q = k.movs(n, k.c(c[m-2]))
	each(func(i int) { VFMADD231PS(k.c(c[m-1]), y[i], q[i]) })
	for j := m - 3; j >= 0; j-- {
		each(func(i int) { VFMADD213PS(k.c(c[j]), y[i], q[i]) })
	}
	each(func(i int) { VMULPS(y[i], y[i], t[i]) })            // r²
	each(func(i int) { VFMADD213PS(y[i], t[i], q[i]) })       // p = r + r²q
	each(func(i int) { VFMADD231PS(q[i], hi[i], lo[i]) })     // lo = hi·p + tl
	each(func(i int) { VMULPS(k.c("one16f"), nf[i], nf[i]) }) // k
	return t, nf, hi, lo, q
}
