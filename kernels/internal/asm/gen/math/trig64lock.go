package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// sinCosZs is the AVX-512 [sinCosBody] ([trigReduce], [quadrant] and
// [sinOrCosPoly]) for several vectors in lockstep: the same instructions on
// the same values, so the results are bit-identical.
func sinCosZs(cos bool) func(k *kern, xs []VecVirtual) ([]VecVirtual, []Op) {
	return func(k *kern, xs []VecVirtual) ([]VecVirtual, []Op) {
		l := lock{k, len(xs)}
		x := group(xs)
		// trigReduce
		ax := l.v()
		l.do(VPANDQ, k.c("abs64"), x, ax)
		bad := l.kmask()
		l.do(VCMPPD, U8(cmpNLTUS), k.c("trigmax"), ax, bad) // !(|x| < 2^20)
		t := l.mov(k.c("shift52"))
		l.do(VFMADD231PD, k.c("invpio2"), x, t)
		nf := l.v()
		l.do(VSUBPD, k.c("shift52"), t, nf)
		l.do(VFNMADD231PD, k.c("pio2_1"), nf, x) // r1 = x - n·P1, exact
		th := ax
		l.do(VMULPD, k.c("pio2_2"), nf, th)
		y := l.v()
		l.do(VSUBPD, th, x, y) // r1 - th
		yl := l.v()
		l.do(VSUBPD, y, x, yl)                    // r1 - rh
		l.do(VFNMADD231PD, k.c("pio2_2"), nf, yl) // (r1 - rh) - n·P2 (trigReduce)
		l.do(VFNMADD231PD, k.c("pio2_3"), nf, yl)
		if cos {
			l.do(VPADDQ, k.c("qone"), t, t)
		}
		z := l.v()
		l.do(VMULPD, y, y, z)
		// quadrant
		sign := l.v()
		l.do(VPSLLQ, U8(62), t, sign) // n's bit 1 in the sign position
		odd := l.kmask()
		l.do(VPTESTMQ, k.c("qone"), t, odd)
		// sinOrCosPoly
		coef := func(i int) group {
			c := l.mov(k.c("sinS" + string(rune('0'+i))))
			l.do(VMOVUPD, k.c("cosC"+string(rune('0'+i))), odd, c)
			return c
		}
		p := coef(6)
		for i := 5; i >= 1; i-- {
			l.do(VFMADD213PD, coef(i), z, p)
		}
		m := l.v()
		l.do(VMULPD, y, z, m)
		l.do(VMULPD, z, z, odd, m) // y·z or z²
		w := l.mov(k.c("one"))
		l.do(VFNMADD231PD, k.c("half"), z, w) // 1 - z/2
		tc := l.v()
		l.do(VSUBPD, w, k.r("one"), tc)        // 1 - w
		l.do(VFNMADD231PD, k.c("half"), z, tc) // (1 - w) - z/2
		l.do(VFNMADD231PD, yl, y, tc)          // - y·yl
		ts := l.v()
		l.do(VMULPD, w, yl, ts)
		l.do(VMOVAPD, tc, odd, ts)
		l.do(VFMADD231PD, m, p, ts) // tail + m·P
		l.do(VMOVAPD, w, odd, y)    // y or w
		l.do(VADDPD, ts, y, y)
		l.do(VPTERNLOGQ, U8(0x78), k.c("sign64"), sign, y) // y ^ (sign & sign64)
		return y, bad
	}
}

// lockSinF64 is how many vectors SinF64AVX512 and CosF64AVX512 compute in
// lockstep.
const lockSinF64 = 3
