package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/reg"
)

// sinOrCosPolyY is [sinOrCosPoly] on AVX2: the coefficients and the
// per-lane choices picked by VBLENDVPD on the odd-n mask instead of
// merge-masking, so it computes the same values as the AVX-512 kernel with
// one polynomial per lane instead of fdlibm's two.
func sinOrCosPolyY(k *kern, t, y, yl, z VecVirtual) VecVirtual {
	odd, sign := quadrant(k, t)
	m := odd.(VecVirtual) // sign bit set where n is odd
	coef := func(i int) VecVirtual {
		c := k.mov(k.c("sinS" + string(rune('0'+i))))
		VBLENDVPD(m, k.c("cosC"+string(rune('0'+i))), c, c)
		return c
	}
	p := coef(6)
	for i := 5; i >= 1; i-- {
		VFMADD213PD(coef(i), z, p)
	}
	yz := k.v()
	VMULPD(y, z, yz)
	z2 := k.v()
	VMULPD(z, z, z2)
	VBLENDVPD(m, z2, yz, yz) // y·z or z²
	w := k.mov(k.c("one"))
	VFNMADD231PD(k.c("half"), z, w) // 1 - z/2
	tc := z2
	VSUBPD(w, k.r("one"), tc)        // 1 - w
	VFNMADD231PD(k.c("half"), z, tc) // (1 - w) - z/2
	VFNMADD231PD(yl, y, tc)          // - y·yl
	ts := k.v()
	VMULPD(w, yl, ts)
	VBLENDVPD(m, tc, ts, ts)
	VFMADD231PD(yz, p, ts) // tail + m·P
	VBLENDVPD(m, w, y, y)  // y or w
	VADDPD(ts, y, y)
	VXORPD(sign, y, y)
	return y
}
