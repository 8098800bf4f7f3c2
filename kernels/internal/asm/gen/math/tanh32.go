package main

import (
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
// several vectors in lockstep, AVX-512. Two paths, blended by |x| < 9/16:
//
// Small |x|: tanh(x) = x + x·z·P(z), z = x², P of degree 5 fitted to
// (tanh(x) - x)/x³ on z <= (9/16)² (relative error 2^-24.7 with its float32
// coefficients); the correction is at most 0.1·|x|, so its error adds
// under 0.1 ULP to the final rounding. Both paths work on |x| and x's
// sign is put back last, so ±0 and subnormals give x.
//
// Large |x|: tanh(|x|) = 1 - 2/(1 + e) with e = exp(2|x|) (|x| clamped to
// 10, where tanh rounds to 1) as 2^k·(th + lo), ExpF32AVX512's reduction
// and table with the sum left unrounded (2^-28); 1 + e as dh + dl (dh
// its rounding); s = 1/(dh + dl) from rcp14(dh) by one Newton step on the pair
// (2^-27); the result 1 - 2s rounded once by FNMADD, then x's sign. For
// |x| >= 9/16, tanh >= 1/2 and 2s < 1/2, so s's rounding adds at most 1/4
// ULP. NaN propagates through the clamp (VMINPS keeps its NaN operand).
func tanhF32Zs(k *kern, xs []VecVirtual) []VecVirtual {
	n := len(xs)
	each := eachOf(n)
	ax := k.vecs(n)
	each(func(i int) { VPANDD(k.c("abs32"), xs[i], ax[i]) })
	small := make([]Op, n)
	each(func(i int) {
		m := K()
		VCMPPS(U8(cmpLTOQ), k.c("tanhsmallf"), ax[i], m)
		small[i] = m
	})
	// Large path: y = 2·min(|x|, 10).
	y := k.vecs(n)
	each(func(i int) { VMINPS(ax[i], k.r("tenf"), y[i]) }) // NaN kept: the second operand
	each(func(i int) { VADDPS(y[i], y[i], y[i]) })
	_, nf, th, tl, _ := expTableF32Zs(k, each, y)
	each(func(i int) { VSCALEFPS(nf[i], th[i], th[i]) })
	each(func(i int) { VSCALEFPS(nf[i], tl[i], tl[i]) })
	// 1 + e = dh + dl with dh = 1 + (th + lo) rounded and dl = ((1 - dh) +
	// th) + lo, the first two steps exact: dh is 1 + e to 2^-24 (lo is not
	// small beside th), as the Newton step below needs.
	dh := k.vecs(n)
	each(func(i int) { VADDPS(tl[i], th[i], dh[i]) })
	each(func(i int) { VADDPS(k.c("onef"), dh[i], dh[i]) })
	each(func(i int) { VSUBPS(dh[i], k.c("onef"), nf[i]) })
	each(func(i int) { VADDPS(nf[i], th[i], th[i]) })
	each(func(i int) { VADDPS(tl[i], th[i], th[i]) }) // dl
	// s = r0 + r0·(1 - dh·r0 - dl·r0), r0 = rcp14(dh)
	r0 := k.vecs(n)
	each(func(i int) { VRCP14PS(dh[i], r0[i]) })
	e := k.movs(n, k.c("onef"))
	each(func(i int) { VFNMADD231PS(r0[i], dh[i], e[i]) })
	each(func(i int) { VFNMADD231PS(r0[i], th[i], e[i]) })
	each(func(i int) { VFMADD213PS(r0[i], r0[i], e[i]) }) // s
	big := k.movs(n, k.c("onef"))
	each(func(i int) { VFNMADD231PS(k.c("twof"), e[i], big[i]) }) // 1 - 2s
	// Small path on |x|: |x| + |x|·z·P(z).
	z := k.vecs(n)
	each(func(i int) { VMULPS(ax[i], ax[i], z[i]) })
	pc := cTanhSmallF32
	p := k.movs(n, k.c(pc[len(pc)-2]))
	each(func(i int) { VFMADD231PS(k.c(pc[len(pc)-1]), z[i], p[i]) })
	for j := len(pc) - 3; j >= 0; j-- {
		each(func(i int) { VFMADD213PS(k.c(pc[j]), z[i], p[i]) })
	}
	each(func(i int) { VMULPS(ax[i], z[i], z[i]) })
	each(func(i int) { VFMADD213PS(ax[i], z[i], p[i]) })
	each(func(i int) { VMOVAPS(p[i], small[i], big[i]) })
	// x's sign: big | (x & sign32)
	each(func(i int) { VPTERNLOGD(U8(0xF8), k.c("sign32"), xs[i], big[i]) })
	return big
}

// cTanhSmallF32 names P's coefficients, constant term first.
var cTanhSmallF32 []string

func init() {
	u32c("abs32", 0x7FFFFFFF)
	f32c("tanhsmallf", 9.0/16)
	f32c("tenf", 10)
	f32c("twof", 2)
	for i, v := range []float32{-0x1.555556p-2, 0x1.111102p-3, -0x1.ba12d8p-5, 0x1.655dcep-6, -0x1.168144p-7, 0x1.461088p-9} {
		name := "tanhpf" + string(rune('0'+i))
		f32c(name, v)
		cTanhSmallF32 = append(cTanhSmallF32, name)
	}
}
