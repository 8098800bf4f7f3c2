package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// PCG64 on sixteen consecutive states at once: Z0/Z1 hold the high/low
// halves of states s, s+1, ..., s+7 and Z2/Z3 those of s+8, ..., s+15. Each
// iteration writes the sixteen outputs (XSL RR: (hi ^ lo) rotated right by
// hi >> 58), then advances every state by the sixteen-step map
// state -> A*state + C (mod 2**128): lo*Al as 128 bits from four 32x32
// products (VPMULUDQ), the low halves of hi*Al and lo*Ah (VPMULLQ), the
// carry of the low 64-bit add by an unsigned compare and a masked add.
//
// The state (kernels.PCG64Lanes, as [36]uint64): hi [16]uint64 at byte 0,
// lo [16]uint64 at 128, then mulHi 256, mulLo 264, incHi 272, incLo 280.
//
// Constants: Z16 Al's low 32 bits, Z17 Al's high 32 bits, Z18 Al, Z19 Ah,
// Z20 Cl, Z21 Ch, Z22 the 32-bit mask, Z23 ones, Z24 2**-53.
func pcg64(name, sig string, doubles bool) {
	TEXT(name, NOSPLIT, sig)
	Pragma("noescape")
	if doubles {
		Doc(name+" writes len(dst)/16*16 next_double values of PCG64 from the sixteen",
			"lanes of st, (w >> 11) * 2**-53 of each word w, and leaves the lanes after them.")
	} else {
		Doc(name+" writes len(dst)/16*16 PCG64 words from the sixteen lanes of st:",
			"dst[16*b+j] is lane j's output after b steps of the sixteen-step map, which",
			"is the order next64 returns them in; it leaves the lanes after them.")
	}
	st, dst, n := RDI, RSI, RCX
	Load(Param("st"), st)
	Load(Param("dst").Base(), dst)
	Load(Param("dst").Len(), n)

	VPBROADCASTQ(Mem{Base: st, Disp: 264}, Z18)
	VPBROADCASTQ(Mem{Base: st, Disp: 256}, Z19)
	VPBROADCASTQ(Mem{Base: st, Disp: 280}, Z20)
	VPBROADCASTQ(Mem{Base: st, Disp: 272}, Z21)
	MOVQ(U32(0xffffffff), RAX)
	VPBROADCASTQ(RAX, Z22)
	VPANDQ(Z22, Z18, Z16)
	VPSRLQ(U8(32), Z18, Z17)
	MOVQ(U64(1), RAX)
	VPBROADCASTQ(RAX, Z23)
	MOVQ(U64(0x3ca0000000000000), RAX)
	VPBROADCASTQ(RAX, Z24)
	VMOVDQU64(Mem{Base: st, Disp: 0}, Z0)
	VMOVDQU64(Mem{Base: st, Disp: 64}, Z2)
	VMOVDQU64(Mem{Base: st, Disp: 128}, Z1)
	VMOVDQU64(Mem{Base: st, Disp: 192}, Z3)

	SHRQ(U8(4), n)
	JZ(LabelRef(name + "_done"))
	Label(name + "_loop")
	out(Z0, Z1, Z4, Z5)
	out(Z2, Z3, Z6, Z7)
	if doubles {
		VPSRLQ(U8(11), Z4, Z4)
		VPSRLQ(U8(11), Z6, Z6)
		VCVTUQQ2PD(Z4, Z4)
		VCVTUQQ2PD(Z6, Z6)
		VMULPD(Z24, Z4, Z4)
		VMULPD(Z24, Z6, Z6)
		VMOVUPD(Z4, Mem{Base: dst, Disp: 0})
		VMOVUPD(Z6, Mem{Base: dst, Disp: 64})
	} else {
		VMOVDQU64(Z4, Mem{Base: dst, Disp: 0})
		VMOVDQU64(Z6, Mem{Base: dst, Disp: 64})
	}
	step(Z0, Z1, Z8, Z9, Z10, Z11, Z12, Z13)
	step(Z2, Z3, Z26, Z27, Z28, Z29, Z30, Z31)
	ADDQ(U8(128), dst)
	DECQ(n)
	JNZ(LabelRef(name + "_loop"))
	Label(name + "_done")
	VMOVDQU64(Z0, Mem{Base: st, Disp: 0})
	VMOVDQU64(Z2, Mem{Base: st, Disp: 64})
	VMOVDQU64(Z1, Mem{Base: st, Disp: 128})
	VMOVDQU64(Z3, Mem{Base: st, Disp: 192})
	VZEROUPPER()
	RET()
}

// out is d = (h ^ l) rotated right by h >> 58, with the temporary t.
func out(h, l, d, t VecPhysical) {
	VPXORQ(l, h, d)
	VPSRLQ(U8(58), h, t)
	VPRORVQ(t, d, d)
}

// step is (h, l) = A*(h, l) + C mod 2**128, with the temporaries t0..t5.
func step(h, l, t0, t1, t2, t3, t4, t5 VecPhysical) {
	VPMULUDQ(Z16, l, t0) // lo(l) * lo(Al)
	VPMULUDQ(Z17, l, t1) // lo(l) * hi(Al)
	VPSRLQ(U8(32), l, t2)
	VPMULUDQ(Z16, t2, t3) // hi(l) * lo(Al)
	VPMULUDQ(Z17, t2, t2) // hi(l) * hi(Al)
	VPMULLQ(Z18, h, h)    // h * Al
	VPMULLQ(Z19, l, t4)   // l * Ah
	VPADDQ(t4, h, h)
	VPMULLQ(Z18, l, l) // the low 64 bits of l * Al
	VPSRLQ(U8(32), t0, t0)
	VPANDQ(Z22, t1, t4)
	VPADDQ(t4, t0, t0)
	VPANDQ(Z22, t3, t5)
	VPADDQ(t5, t0, t0)
	VPSRLQ(U8(32), t0, t0) // the carry into the high 32 bits
	VPSRLQ(U8(32), t1, t1)
	VPSRLQ(U8(32), t3, t3)
	VPADDQ(t1, t2, t2)
	VPADDQ(t3, t2, t2)
	VPADDQ(t0, t2, t2) // the high 64 bits of l * Al
	VPADDQ(t2, h, h)
	VPADDQ(Z21, h, h)
	VPADDQ(Z20, l, l)
	VPCMPUQ(U8(1), Z20, l, K1) // l < Cl: the low add carried
	VPADDQ(Z23, h, K1, h)
}

// lemire32Pairs is the fast path of the buffered Lemire loop on eight
// words at a time.
func lemire32Pairs() {
	const name = "Lemire32PairsU64AVX512"
	TEXT(name, NOSPLIT, "func(words []uint64, pairs []int64, rngExcl uint64, threshold uint64, off uint64) int")
	Pragma("noescape")
	Doc(name+" is the fast path of the buffered 32-bit Lemire loop on eight words at",
		"a time: each word's low then high half times rngExcl; while no product's low",
		"32 bits fall below threshold, the sixteen values off + product>>32 are stored",
		"in pairs in draw order. It stops before the first block of eight that holds a",
		"rejection (or at len(words)/8*8) and returns the count of words used; pairs",
		"holds at least twice that many.")
	words, n, pairs := RSI, RCX, RDI
	Load(Param("words").Base(), words)
	Load(Param("words").Len(), n)
	ANDQ(I8(-8), n)
	Load(Param("pairs").Base(), pairs)
	VPBROADCASTQ(NewParamAddr("rngExcl", 48), Z1)
	VPBROADCASTQ(NewParamAddr("threshold", 56), Z2)
	VPBROADCASTQ(NewParamAddr("off", 64), Z3)
	// interleave v0 (table indexes 0-7) and v1 (8-15): v0[0] v1[0] v0[1] ...
	lo := GLOBL("lemireIdxLo", RODATA|NOPTR)
	for i, v := range []uint64{0, 8, 1, 9, 2, 10, 3, 11} {
		DATA(8*i, U64(v))
	}
	hi := GLOBL("lemireIdxHi", RODATA|NOPTR)
	for i, v := range []uint64{4, 12, 5, 13, 6, 14, 7, 15} {
		DATA(8*i, U64(v))
	}
	VMOVDQU64(lo, Z10)
	VMOVDQU64(hi, Z11)
	XORQ(RAX, RAX)
	Label(name + "_loop")
	CMPQ(RAX, n)
	JGE(LabelRef(name + "_done"))
	VMOVDQU64(at(words, RAX, 8, 0), Z4)
	VPMULUDQ(Z1, Z4, Z5)
	VPSRLQ(U8(32), Z4, Z6)
	VPMULUDQ(Z1, Z6, Z6)
	Comment("threshold sits in the even (low) dwords, 0 in the odd ones")
	VPCMPUD(U8(1), Z2, Z5, K1)
	VPCMPUD(U8(1), Z2, Z6, K2)
	KORW(K1, K2, K3)
	KORTESTW(K3, K3)
	JNZ(LabelRef(name + "_done"))
	VPSRLQ(U8(32), Z5, Z5)
	VPADDQ(Z3, Z5, Z5)
	VPSRLQ(U8(32), Z6, Z6)
	VPADDQ(Z3, Z6, Z6)
	VMOVDQA64(Z10, Z7)
	VPERMI2Q(Z6, Z5, Z7)
	VMOVDQA64(Z11, Z8)
	VPERMI2Q(Z6, Z5, Z8)
	MOVQ(RAX, RBX)
	SHLQ(U8(4), RBX)
	VMOVDQU64(Z7, at(pairs, RBX, 1, 0))
	VMOVDQU64(Z8, at(pairs, RBX, 1, 64))
	ADDQ(U8(8), RAX)
	JMP(LabelRef(name + "_loop"))
	Label(name + "_done")
	Store(RAX, ReturnIndex(0))
	VZEROUPPER()
	RET()
}
