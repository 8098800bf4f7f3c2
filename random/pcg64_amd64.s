//go:build !purego

#include "textflag.h"

// PCG64 on sixteen consecutive states at once: Z0/Z1 hold the high/low
// halves of states s, s+1, ..., s+7 and Z2/Z3 those of s+8, ..., s+15. Each
// iteration writes the sixteen outputs (XSL RR: (hi ^ lo) rotated right by
// hi >> 58), then advances every state by the sixteen-step map
// state -> A*state + C (mod 2**128):
//
//   lo*Al as 128 bits from four 32x32 products (VPMULUDQ), the low halves
//   of hi*Al and lo*Ah (VPMULLQ), the carry of the low 64-bit add by an
//   unsigned compare and a masked add.
//
// The words are those next64 returns, in order; the doubles variant
// converts each as next_double does ((w >> 11) * 2**-53, exact).
//
// pcgLanes layout (bytes): hi [16]uint64 at 0, lo [16]uint64 at 128, then
// mulHi 256, mulLo 264, incHi 272, incLo 280.
//
// Constants: Z16 Al's low 32 bits, Z17 Al's high 32 bits, Z18 Al, Z19 Ah,
// Z20 Cl, Z21 Ch, Z22 the 32-bit mask, Z23 ones, Z24 2**-53.

#define LOADCONST \
	VPBROADCASTQ 264(DI), Z18 \
	VPBROADCASTQ 256(DI), Z19 \
	VPBROADCASTQ 280(DI), Z20 \
	VPBROADCASTQ 272(DI), Z21 \
	MOVQ $0xffffffff, AX \
	VPBROADCASTQ AX, Z22 \
	VPANDQ Z22, Z18, Z16 \
	VPSRLQ $32, Z18, Z17 \
	MOVQ $1, AX \
	VPBROADCASTQ AX, Z23 \
	MOVQ $0x3ca0000000000000, AX \
	VPBROADCASTQ AX, Z24 \
	VMOVDQU64 0(DI), Z0 \
	VMOVDQU64 64(DI), Z2 \
	VMOVDQU64 128(DI), Z1 \
	VMOVDQU64 192(DI), Z3

#define STORESTATE \
	VMOVDQU64 Z0, 0(DI) \
	VMOVDQU64 Z2, 64(DI) \
	VMOVDQU64 Z1, 128(DI) \
	VMOVDQU64 Z3, 192(DI)

// OUT(H, L, D): D = (H ^ L) rotated right by H >> 58
#define OUT(H, L, D, T) \
	VPXORQ   L, H, D \
	VPSRLQ   $58, H, T \
	VPRORVQ  T, D, D

// STEP(H, L): (H, L) = A*(H, L) + C, with the temporaries T0..T5
#define STEP(H, L, T0, T1, T2, T3, T4, T5) \
	VPMULUDQ Z16, L, T0 \
	VPMULUDQ Z17, L, T1 \
	VPSRLQ   $32, L, T2 \
	VPMULUDQ Z16, T2, T3 \
	VPMULUDQ Z17, T2, T2 \
	VPMULLQ  Z18, H, H \
	VPMULLQ  Z19, L, T4 \
	VPADDQ   T4, H, H \
	VPMULLQ  Z18, L, L \
	VPSRLQ   $32, T0, T0 \
	VPANDQ   Z22, T1, T4 \
	VPADDQ   T4, T0, T0 \
	VPANDQ   Z22, T3, T5 \
	VPADDQ   T5, T0, T0 \
	VPSRLQ   $32, T0, T0 \
	VPSRLQ   $32, T1, T1 \
	VPSRLQ   $32, T3, T3 \
	VPADDQ   T1, T2, T2 \
	VPADDQ   T3, T2, T2 \
	VPADDQ   T0, T2, T2 \
	VPADDQ   T2, H, H \
	VPADDQ   Z21, H, H \
	VPADDQ   Z20, L, L \
	VPCMPUQ  $1, Z20, L, K1 \
	VPADDQ   Z23, H, K1, H

// func pcg64WordsAVX512(st *pcgLanes, dst *uint64, n int)
TEXT ·pcg64WordsAVX512(SB), NOSPLIT, $0-24
	MOVQ st+0(FP), DI
	MOVQ dst+8(FP), SI
	MOVQ n+16(FP), CX
	LOADCONST
	SHRQ $4, CX
	JZ   wdone
wloop:
	OUT(Z0, Z1, Z4, Z5)
	OUT(Z2, Z3, Z6, Z7)
	VMOVDQU64 Z4, 0(SI)
	VMOVDQU64 Z6, 64(SI)
	STEP(Z0, Z1, Z8, Z9, Z10, Z11, Z12, Z13)
	STEP(Z2, Z3, Z26, Z27, Z28, Z29, Z30, Z31)
	ADDQ $128, SI
	DECQ CX
	JNZ  wloop
wdone:
	STORESTATE
	VZEROUPPER
	RET

// func pcg64DoublesAVX512(st *pcgLanes, dst *float64, n int)
TEXT ·pcg64DoublesAVX512(SB), NOSPLIT, $0-24
	MOVQ st+0(FP), DI
	MOVQ dst+8(FP), SI
	MOVQ n+16(FP), CX
	LOADCONST
	SHRQ $4, CX
	JZ   ddone
dloop:
	OUT(Z0, Z1, Z4, Z5)
	OUT(Z2, Z3, Z6, Z7)
	VPSRLQ     $11, Z4, Z4
	VPSRLQ     $11, Z6, Z6
	VCVTUQQ2PD Z4, Z4
	VCVTUQQ2PD Z6, Z6
	VMULPD     Z24, Z4, Z4
	VMULPD     Z24, Z6, Z6
	VMOVUPD    Z4, 0(SI)
	VMOVUPD    Z6, 64(SI)
	STEP(Z0, Z1, Z8, Z9, Z10, Z11, Z12, Z13)
	STEP(Z2, Z3, Z26, Z27, Z28, Z29, Z30, Z31)
	ADDQ $128, SI
	DECQ CX
	JNZ  dloop
ddone:
	STORESTATE
	VZEROUPPER
	RET
