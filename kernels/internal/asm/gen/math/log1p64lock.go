package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// log1pZs is the AVX-512 [log1pBody] (with [logCoreC] and [zeroKeep]) for
// several vectors in lockstep, in fewer instructions: fdlibm's R(z) by
// Horner in z (one multiplication and one addition fewer than the split
// into odd and even terms, hfsq + R fused), k·ln2hi - h by one FMA (the
// product is exact), the sign of zero by x's sign bit OR-ed in (log1p has
// x's sign) and the lanes off the vector path by one VFPCLASSPD on u; and
// two shortcuts that give the same values: u = 1 + x's rounding error by
// Fast2Sum on max(1, x) and min(1, x) (exact, as TwoSum's, since x > -1 on
// the vector path) and u split by VGETMANTPD/VGETEXPPD (m >= √2 halved: the
// same m and k as the bit arithmetic's threshold at √2/2).
func log1pZs(k *kern, xs []VecVirtual) ([]VecVirtual, []Op) {
	l := lock{k, len(xs)}
	x := group(xs)
	// u = 1 + x and its error c (Fast2Sum with the larger of 1 and x first;
	// max and min return x where it is NaN)
	hi, lo := l.v(), l.v()
	l.do(VMAXPD, x, k.r("one"), hi)
	l.do(VMINPD, x, k.r("one"), lo)
	u := l.v()
	l.do(VADDPD, lo, hi, u)
	// x <= -1, +Inf or NaN: u is NaN, ±Inf, ±0 or negative
	bad := l.kmask()
	l.do(VFPCLASSPDZ, U8(fpclassNaN|fpclassZero|fpclassInf|fpclassNeg), u, bad)
	c := l.v()
	l.do(VSUBPD, hi, u, c) // u - hi
	l.do(VSUBPD, c, lo, c) // err = lo - (u - hi), exact
	l.do(VDIVPD, u, c, c)  // err/u
	// u = 2^k·m, m in [√2/2, √2): as logF64Z, from VGETMANTPD/VGETEXPPD
	kf := hi
	l.do(VGETEXPPD, u, kf)
	l.do(VGETMANTPD, U8(0), u, u)
	big := l.kmask()
	l.do(VCMPPD, U8(cmpGEOQ), k.c("sqrt2"), u, big)
	l.do(VMULPD, k.c("half"), u, big, u)
	l.do(VADDPD, k.c("one"), kf, big, kf)
	l.do(VSUBPD, k.c("one"), u, u) // f
	// logCoreC(f, kf, c)
	f := u
	s := l.v()
	l.do(VADDPD, k.c("two"), f, s)
	l.do(VDIVPD, s, f, s)
	z := l.v()
	l.do(VMULPD, s, s, z)
	// R = z·(lg1 + z·(lg2 + ... + z·lg7)) by Horner in z, hfsq + R by the
	// last FMA
	p := l.mov(k.c("lg6"))
	l.do(VFMADD231PD, k.c("lg7"), z, p)
	for _, c := range []string{"lg5", "lg4", "lg3", "lg2", "lg1"} {
		l.do(VFMADD213PD, k.c(c), z, p)
	}
	h := l.v()
	l.do(VMULPD, f, f, h)
	l.do(VMULPD, k.c("half"), h, h)           // hfsq
	l.do(VFMADD213PD, h, z, p)                // hfsq + R
	l.do(VFMADD231PD, k.c("lg_ln2lo"), kf, c) // k·ln2lo + c
	l.do(VFMADD231PD, p, s, c)
	l.do(VSUBPD, c, h, h)
	l.do(VSUBPD, f, h, h)
	l.do(VFMSUB231PD, k.c("lg_ln2hi"), kf, h) // k·ln2hi - h, k·ln2hi exact
	// log1p(x) has x's sign, and ±0 gives ±0
	l.do(VPTERNLOGQ, U8(0xF8), k.c("sign64"), x, h) // h | (x & sign)
	kf = h
	return kf, bad
}

// VFPCLASSPD's classes.
const (
	fpclassNaN  = 0x01 | 0x80 // quiet, signalling
	fpclassZero = 0x02 | 0x04 // +0, -0
	fpclassInf  = 0x08 | 0x10 // +Inf, -Inf
	fpclassNeg  = 0x40        // negative finite
)

// lockLog1pF64 is how many vectors Log1pF64AVX512 computes in lockstep.
const lockLog1pF64 = 3
