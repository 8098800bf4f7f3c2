package main

import (
	"math"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

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

// tanhF32Yt is tanhF32Zs for AVX2, 8 lanes, one vector: each 16-entry
// table is read as two VPERMPS of its halves, the piece number's bit 3
// (shifted into the sign bit) picking one by VBLENDVPS; the tiny-piece
// mask and x's sign by vector compares and logic. Same tables, same
// values as the AVX-512 kernel.
func tanhF32Yt(k *kern, x VecVirtual) VecVirtual {
	a := k.v()
	VANDPS(k.c("abs32"), x, a)
	VMINPS(a, k.r("t32max"), a) // NaN kept: the second operand
	j := k.v()
	VPSRLD(U8(22), a, j)
	VPMAXUD(k.c("t32jmin"), j, j)
	hi8 := k.v()
	VPSLLD(U8(28), j, hi8) // bit 3 in the sign bit
	look := func(name string) VecVirtual {
		m := cmem(name)
		lo, hi := k.v(), k.v()
		VPERMPS(m, j, lo)
		VPERMPS(m.Offset(32), j, hi)
		VBLENDVPS(hi8, hi, lo, lo)
		return lo
	}
	y := look("t32t0")
	VSUBPS(y, a, y) // a - t0, exact
	s := look(tanh32S(tanh32Deg))
	for d := tanh32Deg - 1; d >= 0; d-- {
		VFMADD213PS(look(tanh32S(d)), y, s)
	}
	tiny := k.v()
	VCMPPS(U8(cmpLTOQ), k.c("t32tiny"), a, tiny)
	c0 := look("t32c0")
	VBLENDVPS(tiny, a, c0, c0)
	VFMADD213PS(c0, y, s) // c0 + y·S
	VANDPS(k.c("sign32"), x, x)
	VORPS(x, s, s)
	return s
}
