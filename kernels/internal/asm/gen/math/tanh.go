package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

func init() {
	f64c("c20", 20)
}

// tanh(x) = sign(x)·E/(E+2) with E = expm1(2|x|) as a double-double
// (hi + lo, relative error about 2^-60), the division corrected to
// double-double too, so the only error of note is the final rounding.
// |x| is clamped to 20 (tanh rounds to 1 beyond 19.1); NaN passes through.

// tanhTail finishes from E = (b + a) + lo with b = 2^k·T - 1 exact. Both
// sums are Fast2Sums, exact with the larger operand first: b = 0 (k = 0 and
// T = 1) or b >= |a| (2^k·T >= 2^(1/16) and |a| < 0.022·2^k·T with the
// table exp; 2^k >= 2 and |a| < 0.42·2^k without), and max(s, 2) + min(s,
// 2) with s >= 0.
func tanhTail(k *kern, b, a, lo, x VecVirtual) VecVirtual {
	s := k.v()
	VADDPD(a, b, s)
	bv := k.v()
	VSUBPD(b, s, bv) // s - b
	VSUBPD(bv, a, a) // a - (s - b)
	VADDPD(lo, a, b) // El: E = s + El
	// D = E + 2 = dh + dl
	hi, lw := k.v(), k.v()
	VMAXPD(k.c("two"), s, hi)
	VMINPD(k.c("two"), s, lw)
	dh := k.v()
	VADDPD(lw, hi, dh)
	dl := k.v()
	VSUBPD(hi, dh, dl) // dh - hi
	VSUBPD(dl, lw, dl) // lo - (dh - hi)
	VADDPD(b, dl, dl)
	// E/D: qh = s/dh, rho = s - qh·dh exact, ql = (rho + El - qh·dl)/dh
	qh := k.v()
	VDIVPD(dh, s, qh)
	VFNMADD231PD(qh, dh, s) // rho
	VADDPD(b, s, s)
	VFNMADD231PD(dl, qh, s)
	if k.isa == avx512 {
		VRCP14PD(dh, dh) // ql needs only a few bits
		VMULPD(dh, s, s)
	} else {
		VDIVPD(dh, s, s)
	}
	VADDPD(s, qh, qh)
	andv(k, k.c("sign64"), x, x)
	orv(k, x, qh, qh)
	return qh
}

// tanhF64Z: E from the 16-entry table exp of ExpF64AVX512 with r and p(r)
// kept as hi + lo: E = (2^k·Thi - 1) + 2^k·(Thi·p + Tlo).
func tanhF64Z(k *kern, x VecVirtual) VecVirtual {
	z := k.v()
	andv(k, k.c("abs64"), x, z)
	VMINPD(z, k.r("c20"), z)
	VADDPD(z, z, z)
	t := k.mov(k.c("shift52"))
	VFMADD231PD(k.c("l2e16"), z, t)
	nf := k.v()
	VSUBPD(k.c("shift52"), t, nf)
	VFNMADD231PD(k.c("l16hi"), nf, z) // rhi, exact
	r := k.mov(z)
	VFNMADD231PD(k.c("l16lo"), nf, r)
	VSUBPD(r, z, z)
	VFNMADD231PD(k.c("l16lo"), nf, z) // rlo
	q := hornerPD(k, r, cExpT16)
	ph, pl := expm1Parts(k, r, z, q)
	th := k.mov(t)
	VPERMI2PD(k.c("thi1"), k.r("thi0"), th)
	VPERMI2PD(k.c("tlo1"), k.r("tlo0"), t) // t = Tlo
	lo := k.v()
	VMULPD(ph, t, lo) // Tlo·ph
	VADDPD(t, lo, lo)
	VFMADD231PD(pl, th, lo)
	a := k.v()
	VMULPD(ph, th, a)
	VFMSUB213PD(a, th, ph) // Thi·ph - a, exact
	VADDPD(ph, lo, lo)
	VMULPD(k.c("one16"), nf, nf)
	VSCALEFPD(nf, th, th)
	VSCALEFPD(nf, a, a)
	VSCALEFPD(nf, lo, lo)
	VSUBPD(k.c("one"), th, th) // 2^k·Thi - 1, exact
	return tanhTail(k, th, a, lo, x)
}

// expm1Parts returns p = exp(r) - 1 = r + r²q as ph + pl (with rlo added).
func expm1Parts(k *kern, r, rlo, q VecVirtual) (VecVirtual, VecVirtual) {
	r2 := k.v()
	VMULPD(r, r, r2)
	VMULPD(r2, q, q) // u
	ph := k.v()
	VADDPD(q, r, ph)
	VSUBPD(ph, r, r2) // r - ph
	VADDPD(q, r2, r2)
	VADDPD(rlo, r2, r2)
	return ph, r2
}

// tanhF64Y: E from the table-free exp of ExpF64AVX2: E = (2^n - 1) +
// 2^n·(ph + pl), 2^n built in the exponent bits (0 <= n <= 58).
func tanhF64Y(k *kern, x VecVirtual) VecVirtual {
	z := k.v()
	andv(k, k.c("abs64"), x, z)
	VMINPD(z, k.r("c20"), z)
	VADDPD(z, z, z)
	t := k.mov(k.c("shift52"))
	VFMADD231PD(k.c("log2e"), z, t)
	nf := k.v()
	VSUBPD(k.c("shift52"), t, nf)
	VFNMADD231PD(k.c("ln2hi"), nf, z)
	r := k.mov(z)
	VFNMADD231PD(k.c("ln2lo"), nf, r)
	VSUBPD(r, z, z)
	VFNMADD231PD(k.c("ln2lo"), nf, z)
	q := hornerPD(k, r, cExp64)
	ph, pl := expm1Parts(k, r, z, q)
	VPADDQ(k.c("e64bias1"), t, t)
	VPSLLQ(U8(52), t, t)
	VMULPD(t, ph, ph)
	VMULPD(t, pl, pl)
	VSUBPD(k.c("one"), t, t)
	return tanhTail(k, t, ph, pl, x)
}

func genTanh() {
	z := []string{"abs64", "c20", "shift52", "l2e16", "l16hi", "l16lo", "thi0", "thi1", "tlo0", "tlo1", "one16", "one", "two", "sign64"}
	genFamily("Tanh", "tanh(x[i])", []variant{
		{avx512, false, z, tanhF64Z, "sign(x)·E/(E+2), E = expm1(2|x|) in double-double from the table exp of ExpF64AVX512, the division corrected in double-double (tanhF64Z); three vectors in lockstep (tanhF64Zs)"},
		{avx2, false, nil, tanhF64Y, "sign(x)·E/(E+2), E = expm1(2|x|) in double-double from the exp of ExpF64AVX2, the division corrected in double-double (tanhF64Y)"},
		{avx512, true, nil, nil, "float32, 16 lanes: a piecewise polynomial on |x| (halves of binades, pieces picked by VPERMPS from 16-entry tables), tanh(t0) + y·S(y) with y = |x| - t0 exact and S of degree 6, x + x·S(x) below 1/8 (tanhF32Zs)"},
		{avx2, true, nil, tanhF32Yt, "float32, 8 lanes: TanhF32AVX512's piecewise polynomial, each 16-entry table read as two VPERMPS picked by VBLENDVPS (tanhF32Yt)"},
	}, func(v variant, kr *kern, pre []string) []string {
		if v.isa == avx512 && !v.f32 {
			kr.lockstep, kr.unrol = tanhF64Zs, lockTanhF64
			return preTanhF64
		}
		if v.isa == avx2 && v.f32 {
			kr.via64 = false
			return nil
		}
		if v.isa == avx512 && v.f32 {
			kr.via64 = false
			kr.lockstep, kr.unrol = tanhF32Zs, lockTanhF32
			return []string{"t32max"}
		}
		return pre
	})
}

// lockTanhF32 is how many vectors TanhF32AVX512 computes in lockstep: 3
// ran at 0.31 ms per 2^20 elements, 2 at 0.39-0.47 ms (best of 40, loaded
// machine); 4 does not fit the registers.
const lockTanhF32 = 3
