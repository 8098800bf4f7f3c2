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

// func lemire32PairsAVX512(words *uint64, n int, out *int64, rngExcl uint64, threshold uint64, off uint64) int
//
// The fast path of the buffered Lemire loop (lemire32Fill) on eight words
// at a time: each word's low then high half times rngExcl; while no
// product's low 32 bits fall below threshold, the sixteen values
// off + product>>32 are stored in draw order. It stops before the first
// block of eight that holds a rejection (or at n, a multiple of 8) and
// returns the count of words used.
TEXT ·lemire32PairsAVX512(SB), NOSPLIT, $0-56
	MOVQ words+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ out+16(FP), DI
	VPBROADCASTQ rngExcl+24(FP), Z1
	VPBROADCASTQ threshold+32(FP), Z2
	VPBROADCASTQ off+40(FP), Z3
	VMOVDQU64 lemireIdxLo<>(SB), Z10
	VMOVDQU64 lemireIdxHi<>(SB), Z11
	XORQ AX, AX
lloop:
	CMPQ AX, CX
	JGE  ldone
	VMOVDQU64 (SI)(AX*8), Z4
	VPMULUDQ  Z1, Z4, Z5
	VPSRLQ    $32, Z4, Z6
	VPMULUDQ  Z1, Z6, Z6
	// threshold sits in the even (low) dwords, 0 in the odd ones
	VPCMPUD   $1, Z2, Z5, K1
	VPCMPUD   $1, Z2, Z6, K2
	KORW      K1, K2, K3
	KORTESTW  K3, K3
	JNZ       ldone
	VPSRLQ    $32, Z5, Z5
	VPADDQ    Z3, Z5, Z5
	VPSRLQ    $32, Z6, Z6
	VPADDQ    Z3, Z6, Z6
	VMOVDQA64 Z10, Z7
	VPERMI2Q  Z6, Z5, Z7
	VMOVDQA64 Z11, Z8
	VPERMI2Q  Z6, Z5, Z8
	MOVQ      AX, BX
	SHLQ      $4, BX
	VMOVDQU64 Z7, (DI)(BX*1)
	VMOVDQU64 Z8, 64(DI)(BX*1)
	ADDQ      $8, AX
	JMP       lloop
ldone:
	MOVQ AX, ret+48(FP)
	VZEROUPPER
	RET

// interleave v0 (table indexes 0-7) and v1 (8-15): v0[0] v1[0] v0[1] ...
DATA lemireIdxLo<>+0(SB)/8, $0
DATA lemireIdxLo<>+8(SB)/8, $8
DATA lemireIdxLo<>+16(SB)/8, $1
DATA lemireIdxLo<>+24(SB)/8, $9
DATA lemireIdxLo<>+32(SB)/8, $2
DATA lemireIdxLo<>+40(SB)/8, $10
DATA lemireIdxLo<>+48(SB)/8, $3
DATA lemireIdxLo<>+56(SB)/8, $11
GLOBL lemireIdxLo<>(SB), RODATA|NOPTR, $64
DATA lemireIdxHi<>+0(SB)/8, $4
DATA lemireIdxHi<>+8(SB)/8, $12
DATA lemireIdxHi<>+16(SB)/8, $5
DATA lemireIdxHi<>+24(SB)/8, $13
DATA lemireIdxHi<>+32(SB)/8, $6
DATA lemireIdxHi<>+40(SB)/8, $14
DATA lemireIdxHi<>+48(SB)/8, $7
DATA lemireIdxHi<>+56(SB)/8, $15
GLOBL lemireIdxHi<>(SB), RODATA|NOPTR, $64
