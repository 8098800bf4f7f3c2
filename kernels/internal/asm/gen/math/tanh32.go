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
