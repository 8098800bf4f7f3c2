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

// sigmoidF64Zs is sigmoid of several float64 vectors in lockstep, AVX-512:
// e = exp(-|x|), d = 1 + e = dh + dl exactly, q = num/dh rounded with num
// = 1 (x >= 0) or e (x < 0), r = num - q·dh - q·dl the remainder of num/d
// (the first product exact by FMA), and the result q + r/dh, with 1/dh taken
// as q (x >= 0) or 1 - q (x < 0) to 2^-52, which is num/d to about 2^-100
// before the final rounding.
func sigmoidF64Zs(k *kern, xs []VecVirtual) []VecVirtual {
	n := len(xs)
	y := k.vecs(n)
	for i, x := range xs {
		VPORQ(k.c("sign64"), x, y[i]) // -|x|
	}
	e := expF64Zs(k, y, true)
	dh, dl := k.vecs(n), k.vecs(n)
	for i := range xs {
		VADDPD(k.c("one"), e[i], dh[i])
	}
	for i := range xs {
		VSUBPD(dh[i], k.r("one"), dl[i])
	}
	for i := range xs {
		VADDPD(e[i], dl[i], dl[i])
	}
	neg := make([]OpmaskVirtual, n)
	for i, x := range xs {
		neg[i] = K()
		VCMPPD(U8(cmpLTOQ), k.c("zero"), x, neg[i])
	}
	num := k.vecs(n)
	for i := range xs {
		VBLENDMPD(e[i], k.r("one"), neg[i], num[i])
	}
	q := k.vecs(n)
	for i := range xs {
		VDIVPD(dh[i], num[i], q[i])
	}
	for i := range xs {
		VFNMADD231PD(q[i], dh[i], num[i])
	}
	for i := range xs {
		VFNMADD231PD(q[i], dl[i], num[i])
	}
	r := k.vecs(n)
	for i := range xs {
		VRCP14PD(dh[i], r[i])
	}
	for i := range xs {
		VFMADD231PD(num[i], r[i], q[i])
	}
	return q
}

// leanExpZs is [leanExpZ] for several vectors in lockstep.
func leanExpZs(k *kern, ys []VecVirtual) []VecVirtual {
	n := len(ys)
	for _, y := range ys {
		VMAXPD(y, k.r("lean_lo"), y)
	}
	t := k.movs(n, k.c("shift52"))
	for i, y := range ys {
		VFMADD231PD(k.c("l2e16"), y, t[i])
	}
	nf := k.vecs(n)
	for i := range ys {
		VSUBPD(k.c("shift52"), t[i], nf[i])
	}
	for i, y := range ys {
		VFNMADD231PD(k.c("l16hi"), nf[i], y)
	}
	for i := range ys {
		VPERMI2PD(k.c("thi1"), k.r("thi0"), t[i])
	}
	c := cExpLeanT16
	m := len(c)
	q := k.movs(n, k.c(c[m-2]))
	for i, y := range ys {
		VFMADD231PD(k.c(c[m-1]), y, q[i])
	}
	for j := m - 3; j >= 0; j-- {
		for i, y := range ys {
			VFMADD213PD(k.c(c[j]), y, q[i])
		}
	}
	r2 := k.vecs(n)
	for i, y := range ys {
		VMULPD(y, y, r2[i])
	}
	for i, y := range ys {
		VFMADD213PD(y, r2[i], q[i])
	}
	for i := range ys {
		VFMADD213PD(t[i], t[i], q[i])
	}
	for i := range ys {
		VMULPD(k.c("one16"), nf[i], nf[i])
	}
	for i := range ys {
		VSCALEFPD(nf[i], q[i], q[i])
	}
	return q
}

// sigmoidLeanZs is sigmoid (or its derivative) of float32 values widened to
// float64, several vectors in lockstep, AVX-512: e = exp(-|x|) to 2^-36, then
// one float64 division, num/(1 + e) with num = 1 (x >= 0) or e (x < 0), or
// e/(1 + e)²; rounded once to float32 at the store.
func sigmoidLeanZs(deriv bool) func(k *kern, xs []VecVirtual) []VecVirtual {
	return func(k *kern, xs []VecVirtual) []VecVirtual {
		n := len(xs)
		y := k.vecs(n)
		for i, x := range xs {
			VPORQ(k.c("sign64"), x, y[i]) // -|x|
		}
		e := leanExpZs(k, y)
		d := k.vecs(n)
		for i := range xs {
			VADDPD(k.c("one"), e[i], d[i])
		}
		if deriv {
			for i := range xs {
				VMULPD(d[i], d[i], d[i])
			}
			for i := range xs {
				VDIVPD(d[i], e[i], e[i])
			}
			return e
		}
		num := k.vecs(n)
		for i, x := range xs {
			neg := K()
			VCMPPD(U8(cmpLTOQ), k.c("zero"), x, neg)
			VBLENDMPD(e[i], k.r("one"), neg, num[i])
		}
		for i := range xs {
			VDIVPD(d[i], num[i], num[i])
		}
		return num
	}
}
