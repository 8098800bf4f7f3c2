package main

import (
	"math"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// Log1pF32AVX512 in float32, 16 lanes: FreeBSD's s_log1pf.c / e_logf.c
// (float32 fdlibm, a polynomial of degree 4 in s² and ln2 in two parts with
// k·ln2hi exact) with the two divisions replaced by rcp14 and one Newton
// step.

func init() {
	f32c("negonef", -1)
	f32c("inff", float32(math.Inf(1)))
	f32c("halff", 0.5)
	f32c("sqrt2f", float32(math.Sqrt2))
	u32c("ln2hif", 0x3f317180) // 6.9313812256e-01, 12 low bits zero
	u32c("ln2lof", 0x3717f7d1) // 9.0580006145e-06
	f32c("lgf1", 0xaaaaaa/float32(1<<24))
	f32c("lgf2", 0xccce13/float32(1<<25))
	f32c("lgf3", 0x91e9ee/float32(1<<25))
	f32c("lgf4", 0xf89e26/float32(1<<26))
}

// log1pF32Z: u = 1 + x and its error err = min(x,1) - (u - max(x,1))
// (Fast2Sum), u = 2^k·m with m in [√2/2, √2) (VGETEXPPS/VGETMANTPS, m >= √2
// halved), c = err/u and s = f/(2+f) for f = m - 1 (exact) each as q0 =
// a·rcp14(b) corrected once by its remainder, q0 + (a - q0·b)·rcp14(b)
// (2^-27), then k·ln2hi - ((f²/2 - (s·(f²/2+R) + (k·ln2lo + c))) - f) with
// R = z·(Lg1 + w·Lg3) + w·(Lg2 + w·Lg4), z = s², w = z². c to 2^-27 keeps
// x tiny right (u = 1, result c). Lanes with x <= -1, +Inf or NaN are left
// to the twin; ±0 is kept.
func log1pF32Z(k *kern, x VecVirtual) (VecVirtual, Op) {
	b1, b2, bad := K(), K(), K()
	VCMPPS(U8(cmpNGTUQ), k.c("negonef"), x, b1)
	VCMPPS(U8(cmpEQOQ), k.c("inff"), x, b2)
	KORW(b1, b2, bad)
	u := k.v()
	VADDPS(k.c("onef"), x, u)
	a, b := k.v(), k.v()
	VMAXPS(k.c("onef"), x, a)
	VMINPS(k.c("onef"), x, b)
	VSUBPS(a, u, a)
	VSUBPS(a, b, b) // err
	kf := k.v()
	VGETEXPPS(u, kf)
	m := k.v()
	VGETMANTPS(U8(0), u, m)
	big := K()
	VCMPPS(U8(cmpGEOQ), k.c("sqrt2f"), m, big)
	VMULPS(k.c("halff"), m, big, m)
	VADDPS(k.c("onef"), kf, big, kf)
	f := m
	VSUBPS(k.c("onef"), m, f)
	// c = err/u
	r := k.v()
	VRCP14PS(u, r)
	c := k.v()
	VMULPS(r, b, c)
	VFNMADD231PS(c, u, b) // err - c·u
	VFMADD231PS(b, r, c)
	// s = f/(2+f)
	d := u
	VADDPS(k.c("twof"), f, d)
	VRCP14PS(d, r)
	s := k.v()
	VMULPS(r, f, s)
	e := b
	VMOVAPS(f, e)
	VFNMADD231PS(s, d, e) // f - s·d
	VFMADD231PS(e, r, s)
	z := d
	VMULPS(s, s, z)
	w := e
	VMULPS(z, z, w)
	t1 := k.mov(k.c("lgf2"))
	VFMADD231PS(k.c("lgf4"), w, t1)
	VMULPS(w, t1, t1)
	t2 := r
	VMOVAPS(k.c("lgf1"), t2)
	VFMADD231PS(k.c("lgf3"), w, t2)
	VFMADD213PS(t1, z, t2) // R
	h := w
	VMULPS(k.c("halff"), f, h)
	VMULPS(f, h, h) // hfsq
	VADDPS(h, t2, t2)
	VFMADD231PS(k.c("ln2lof"), kf, c) // k·ln2lo + c
	VFMADD231PS(t2, s, c)
	VSUBPS(c, h, h)
	VSUBPS(f, h, h)
	VFMSUB231PS(k.c("ln2hif"), kf, h) // k·ln2hi - h
	zm := K()
	VCMPPS(U8(cmpEQOQ), k.c("zerof"), x, zm)
	VMOVAPS(x, zm, h)
	return h, bad
}

// log1pF32Y is log1pF32Z for AVX2, 8 lanes: the same FreeBSD log1pf with
// its two divisions by VDIVPS (correctly rounded, so c and s are closer
// than the AVX-512 kernel's rcp14 and Newton step) and u = 2^k·m from u's
// bits as musl does (adding 1 - √2/2's bits carries the exponent for m >=
// √2, so m = (bits & 0x7fffff) + bits(√2/2) lies in [√2/2, √2)); vector
// masks for the lanes left to the twin and for ±0.
func log1pF32Y(k *kern, x VecVirtual) (VecVirtual, Op) {
	bad, b2 := k.v(), k.v()
	VCMPPS(U8(cmpNGTUQ), k.c("negonef"), x, bad)
	VCMPPS(U8(cmpEQOQ), k.c("inff"), x, b2)
	VORPS(b2, bad, bad)
	u := k.v()
	VADDPS(k.c("onef"), x, u)
	a, b := k.v(), k.v()
	VMAXPS(k.c("onef"), x, a)
	VMINPS(k.c("onef"), x, b)
	VSUBPS(a, u, a)
	VSUBPS(a, b, b) // err
	ix := k.v()
	VPADDD(k.c("l1pyoff"), u, ix)
	kf := k.v()
	VPSRLD(U8(23), ix, kf)
	VPSUBD(k.c("l1pybias"), kf, kf)
	VCVTDQ2PS(kf, kf)
	VPAND(k.c("l1pymant"), ix, ix)
	VPADDD(k.c("l1pyhalfsqrt2"), ix, ix) // m
	f := ix
	VSUBPS(k.c("onef"), ix, f)
	c := k.v()
	VDIVPS(u, b, c) // err/u
	d := u
	VADDPS(k.c("twof"), f, d)
	s := k.v()
	VDIVPS(d, f, s) // f/(2+f)
	z := d
	VMULPS(s, s, z)
	w := b
	VMULPS(z, z, w)
	t1 := k.mov(k.c("lgf2"))
	VFMADD231PS(k.c("lgf4"), w, t1)
	VMULPS(w, t1, t1)
	t2 := k.mov(k.c("lgf1"))
	VFMADD231PS(k.c("lgf3"), w, t2)
	VFMADD213PS(t1, z, t2) // R
	h := w
	VMULPS(k.c("halff"), f, h)
	VMULPS(f, h, h) // hfsq
	VADDPS(h, t2, t2)
	VFMADD231PS(k.c("ln2lof"), kf, c) // k·ln2lo + c
	VFMADD231PS(t2, s, c)
	VSUBPS(c, h, h)
	VSUBPS(f, h, h)
	VFMSUB231PS(k.c("ln2hif"), kf, h) // k·ln2hi - h
	zm := k.v()
	VCMPPS(U8(cmpEQOQ), k.c("zerof"), x, zm)
	VBLENDVPS(zm, x, h, h)
	return h, bad
}

func init() {
	nativeF32["Log1pF32AVX2"] = true
	u32c("l1pyoff", 0x3f800000-0x3f3504f3)
	u32c("l1pybias", 127)
	u32c("l1pymant", 0x007fffff)
	u32c("l1pyhalfsqrt2", 0x3f3504f3)
}
