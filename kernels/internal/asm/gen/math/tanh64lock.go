package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// tanhF64Zs is [tanhF64Z] (with [expm1Parts] and [tanhTail]) for several
// vectors in lockstep, so the scheduler sees the vectors' long dependency
// chains side by side. It computes the same values in fewer instructions:
// the two TwoSums are Fast2Sums with the larger operand first (b >= |a| or
// b = 0; max(s, 2) and min(s, 2)), which give the same exact errors, the
// scaling by 2^k is an integer add of k<<52 to Thi's exponent and a
// multiplication of a and lo by 2^k built from k's bits (instead of three
// VSCALEFPD, two cycles each on Zen 4: 1.44 ms against 1.51 ms per 2^20
// elements, best of 60), and the sign goes in with one VPTERNLOGQ.
func tanhF64Zs(k *kern, xs []VecVirtual) []VecVirtual {
	l := lock{k, len(xs)}
	x := group(xs)
	z := l.v()
	l.do(VPANDQ, k.c("abs64"), x, z)
	l.do(VMINPD, z, k.r("c20"), z)
	l.do(VADDPD, z, z, z)
	t := l.mov(k.c("shift52"))
	l.do(VFMADD231PD, k.c("l2e16"), z, t)
	nf := l.v()
	l.do(VSUBPD, k.c("shift52"), t, nf)
	l.do(VFNMADD231PD, k.c("l16hi"), nf, z) // rhi, exact
	r := l.mov(z)
	l.do(VFNMADD231PD, k.c("l16lo"), nf, r)
	l.do(VSUBPD, r, z, z)
	l.do(VFNMADD231PD, k.c("l16lo"), nf, z) // rlo
	// k = n>>4 (0 <= n < 2^10 in t's low bits) into the exponent field:
	// nf = k<<52, added to the bits of a double multiplies it by 2^k
	l.do(VPSRLQ, U8(4), t, nf)
	l.do(VPSLLQ, U8(52), nf, nf)
	c := cExpT16
	m := len(c)
	q := l.mov(k.c(c[m-2]))
	l.do(VFMADD231PD, k.c(c[m-1]), r, q)
	for i := m - 3; i >= 0; i-- {
		l.do(VFMADD213PD, k.c(c[i]), r, q)
	}
	// p = exp(r) - 1 = ph + pl
	pl := l.v()
	l.do(VMULPD, r, r, pl)
	l.do(VMULPD, pl, q, q)
	ph := l.v()
	l.do(VADDPD, q, r, ph)
	l.do(VSUBPD, ph, r, pl)
	l.do(VADDPD, q, pl, pl)
	l.do(VADDPD, z, pl, pl)
	th := l.mov(t)
	l.do(VPERMI2PD, k.c("thi1"), k.r("thi0"), th)
	l.do(VPERMI2PD, k.c("tlo1"), k.r("tlo0"), t) // t = Tlo
	lo := l.v()
	l.do(VMULPD, ph, t, lo) // Tlo·ph
	l.do(VADDPD, t, lo, lo)
	l.do(VFMADD231PD, pl, th, lo)
	a := l.v()
	l.do(VMULPD, ph, th, a)
	l.do(VFMSUB213PD, a, th, ph) // Thi·ph - a, exact
	l.do(VADDPD, ph, lo, lo)
	l.do(VPADDQ, nf, th, th)             // 2^k·Thi: Thi is a table entry, normal
	l.do(VPADDQ, k.c("onebits"), nf, nf) // 2^k, which a NaN in a passes through
	l.do(VMULPD, nf, a, a)
	l.do(VMULPD, nf, lo, lo)
	b := th
	l.do(VSUBPD, k.c("one"), b, b) // 2^k·Thi - 1, exact
	// E = s + El: Fast2Sum(b, a), exact since b = 0 (n = 0) or b >= |a|
	// (2^k·Thi >= 2^(1/16) and |ph| < 0.022)
	s := l.v()
	l.do(VADDPD, a, b, s)
	bv := l.v()
	l.do(VSUBPD, b, s, bv) // s - b
	l.do(VSUBPD, bv, a, a) // a - (s - b)
	l.do(VADDPD, lo, a, b) // El
	// D = E + 2 = dh + dl: Fast2Sum(max(s, 2), min(s, 2)), s >= 0
	hi, lw := l.v(), l.v()
	l.do(VMAXPD, k.c("two"), s, hi)
	l.do(VMINPD, k.c("two"), s, lw)
	dh := l.v()
	l.do(VADDPD, lw, hi, dh)
	dl := l.v()
	l.do(VSUBPD, hi, dh, dl) // dh - hi
	l.do(VSUBPD, dl, lw, dl) // lo - (dh - hi)
	l.do(VADDPD, b, dl, dl)
	// E/D: qh = s/dh, rho = s - qh·dh exact, ql = (rho + El - qh·dl)/dh
	qh := l.v()
	l.do(VDIVPD, dh, s, qh)
	l.do(VFNMADD231PD, qh, dh, s) // rho
	l.do(VADDPD, b, s, s)
	l.do(VFNMADD231PD, dl, qh, s)
	l.do(VRCP14PD, dh, dh) // ql needs only a few bits
	l.do(VMULPD, dh, s, s)
	l.do(VADDPD, s, qh, qh)
	l.do(VPTERNLOGQ, U8(0xF8), k.c("sign64"), x, qh) // qh | (x & sign)
	return qh
}

// lockTanhF64 is how many vectors TanhF64AVX512 computes in lockstep.
const lockTanhF64 = 3

// preTanhF64 are the constants TanhF64AVX512 keeps in registers; the others
// are memory operands, leaving the registers to the vectors in lockstep.
var preTanhF64 = []string{"abs64", "c20", "shift52", "l2e16", "thi0", "tlo0", "two"}
