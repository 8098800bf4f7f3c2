package main

import (
	"math"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// The float32 Tanh kernels work in float64 but need none of the
// double-double care of the float64 ones: E = expm1(2|x|) in plain float64
// (relative error a few 2^-53, the table's low parts and the reduced
// argument's low part dropped) and one division E/(E+2) leave an error
// far below a float32 ULP (2^-23), so the result rounded once to float32
// is within 0.5 ULP plus about 2^-26 ULP.

// tanhF32Z is tanhF64Z's exp (the 16-entry table of ExpF64AVX512) in plain
// float64: E = (2^k·Thi - 1) + 2^k·Thi·p, p = r + r²q.
func tanhF32Z(k *kern, x VecVirtual) VecVirtual {
	z := k.v()
	andv(k, k.c("abs64"), x, z)
	VMINPD(z, k.r("c20"), z)
	VADDPD(z, z, z)
	t := k.mov(k.c("shift52"))
	VFMADD231PD(k.c("l2e16"), z, t)
	nf := k.v()
	VSUBPD(k.c("shift52"), t, nf)
	VFNMADD231PD(k.c("l16hi"), nf, z)
	VFNMADD231PD(k.c("l16lo"), nf, z) // r
	q := hornerPD(k, z, cExpT16)
	r2 := k.v()
	VMULPD(z, z, r2)
	VFMADD213PD(z, r2, q) // p = r²q + r
	VPERMI2PD(k.c("thi1"), k.r("thi0"), t)
	VMULPD(k.c("one16"), nf, nf)
	VSCALEFPD(nf, t, t)      // 2^k·Thi
	VMULPD(q, t, q)          // 2^k·Thi·p
	VSUBPD(k.c("one"), t, t) // 2^k·Thi - 1, exact
	VADDPD(q, t, t)          // E
	d := k.v()
	VADDPD(k.c("two"), t, d)
	VDIVPD(d, t, t) // E/(E+2)
	andv(k, k.c("sign64"), x, x)
	orv(k, x, t, t)
	return t
}

// tanhF32Y is tanhF64Y's table-free exp in plain float64: E = (2^n - 1) +
// 2^n·p with 2^n built in the exponent bits.
func tanhF32Y(k *kern, x VecVirtual) VecVirtual {
	z := k.v()
	andv(k, k.c("abs64"), x, z)
	VMINPD(z, k.r("c20"), z)
	VADDPD(z, z, z)
	t := k.mov(k.c("shift52"))
	VFMADD231PD(k.c("log2e"), z, t)
	nf := k.v()
	VSUBPD(k.c("shift52"), t, nf)
	VFNMADD231PD(k.c("ln2hi"), nf, z)
	VFNMADD231PD(k.c("ln2lo"), nf, z) // r
	q := hornerPD(k, z, cExp64)
	r2 := k.v()
	VMULPD(z, z, r2)
	VFMADD213PD(z, r2, q) // p
	VPADDQ(k.c("e64bias1"), t, t)
	VPSLLQ(U8(52), t, t) // 2^n
	VMULPD(t, q, q)
	VSUBPD(k.c("one"), t, t)
	VADDPD(q, t, t) // E
	d := k.v()
	VADDPD(k.c("two"), t, d)
	VDIVPD(d, t, t)
	andv(k, k.c("sign64"), x, x)
	orv(k, x, t, t)
	return t
}

// tanhF32Zs is tanh of float32 vectors in float32 arithmetic, 16 lanes,
// several vectors in lockstep, AVX-512: a piecewise polynomial on |x| with
// its pieces picked per lane by VPERMPS from 16-entry tables (tanh32Table):
//
//   - a = min(|x|, 9.5) (NaN kept: VMINPS returns its second operand);
//     tanh rounds to 1 from about 9.01 on;
//   - the piece j = max(bits(a) >> 22, bits(1/8) >> 22 - 1) mod 16: the
//     halves of the binades [2^e, 2^(e+1)), e = -3..3, and one piece for
//     a < 1/8;
//   - y = a - t0[j], exact (Sterbenz: t0 lies inside the piece, which
//     spans less than a factor of two);
//   - tanh(a) = c0[j] + y·S_j(y), S_j of degree 6 by Horner, the last step
//     one FMA: c0 = tanh(t0) rounded to float32, t0 picked next to the
//     piece's centre so that c0's own error is below 2^-10 ULP, so the
//     result rounds once and y·S_j (at most a tenth of it) adds its
//     rounding errors scaled down;
//   - below 1/8 (t0 = 0): tanh(a) = a + a·S(a), S(a) = (tanh(a) - a)/a,
//     the merge-masked VMOVAPS putting a in c0's place;
//   - x's sign put back last, so ±0 and subnormals give x.
//
// NaN propagates through y. No division, no exp: 7 FMAs and 9 table
// lookups per vector against the former 1 - 2/(1 + exp(2|x|)).
func tanhF32Zs(k *kern, xs []VecVirtual) []VecVirtual {
	n := len(xs)
	each := eachOf(n)
	a := k.vecs(n)
	each(func(i int) { VPANDD(k.c("abs32"), xs[i], a[i]) })
	each(func(i int) { VMINPS(a[i], k.r("t32max"), a[i]) }) // NaN kept: the second operand
	j := k.vecs(n)
	each(func(i int) { VPSRLD(U8(22), a[i], j[i]) })
	each(func(i int) { VPMAXUD(k.c("t32jmin"), j[i], j[i]) })
	tiny := make([]Op, n)
	each(func(i int) {
		m := K()
		VCMPPS(U8(cmpLTOQ), k.c("t32tiny"), a[i], m)
		tiny[i] = m
	})
	y := k.vecs(n)
	each(func(i int) { VPERMPS(k.c("t32t0"), j[i], y[i]) })
	each(func(i int) { VSUBPS(y[i], a[i], y[i]) }) // a - t0, exact
	s := k.vecs(n)
	each(func(i int) { VPERMPS(k.c(tanh32S(tanh32Deg)), j[i], s[i]) })
	for d := tanh32Deg - 1; d >= 0; d-- {
		c := k.vecs(n)
		each(func(i int) { VPERMPS(k.c(tanh32S(d)), j[i], c[i]) })
		each(func(i int) { VFMADD213PS(c[i], y[i], s[i]) })
	}
	c0 := k.vecs(n)
	each(func(i int) { VPERMPS(k.c("t32c0"), j[i], c0[i]) })
	each(func(i int) { VMOVAPS(a[i], tiny[i], c0[i]) })
	each(func(i int) { VFMADD213PS(c0[i], y[i], s[i]) }) // c0 + y·S
	// x's sign: s | (x & sign32)
	each(func(i int) { VPTERNLOGD(U8(0xF8), k.c("sign32"), xs[i], s[i]) })
	return s
}

func init() {
	u32c("abs32", 0x7FFFFFFF)
	f32c("twof", 2)
	f32c("t32max", 9.5)
	f32c("t32tiny", 0.125)
	u32c("t32jmin", math.Float32bits(0.125)>>22-1)
	t := tanh32Table()
	f32tab("t32t0", t.t0[:])
	f32tab("t32c0", t.c0[:])
	for d := range tanh32Deg + 1 {
		f32tab(tanh32S(d), t.s[d][:])
	}
}
