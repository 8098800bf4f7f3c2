//go:build !purego

// NEON GEMM micro-kernels (see gemm_stubs_arm64.go for the contract).
//
// GemmF64x6x8NEON keeps a 6×8 float64 tile of C in V0-V23 (row i in
// V(4i)..V(4i+3), two doubles each); GemmF32x8x12NEON an 8×12 float32 tile
// in V0-V23 (row i in V(3i)..V(3i+2), four floats each). For every p < k the
// loop loads the packed B row into V24-V27 (f64) or V24-V26 (f32), loads each
// packed A element replicated into all lanes of V28/V29 (LD1R) and
// accumulates with vector FMLA, so only instructions Go's assembler knows are
// used: no WORD encodings.
//
// The store computes alpha*acc without FMUL (missing from Go's assembler):
// it zeroes V24.. and adds acc*alpha with FMLA (so a -0 product stores +0).
// When beta != 0 it then loads the C row over the (now dead) accumulators,
// which are consecutive registers, adds C*beta with FMLA and stores.
//
// Registers: R0 a, R1 b, R2 c row, R3 ldc in bytes, R4 k, R5/R6 scratch,
// V30 alpha, V31 beta.

#include "textflag.h"

// One p step of the f64 kernel: A element into V28/V29, 4 FMLAs per row.
#define ROW_F64(T, A0, A1, A2, A3) \
	VLD1R.P 8(R0), [T.D2]; \
	VFMLA V24.D2, T.D2, A0.D2; \
	VFMLA V25.D2, T.D2, A1.D2; \
	VFMLA V26.D2, T.D2, A2.D2; \
	VFMLA V27.D2, T.D2, A3.D2

// C row = alpha*acc (V24-V27 = 0 + acc*alpha).
#define SCALE_F64(A0, A1, A2, A3) \
	VEOR V24.B16, V24.B16, V24.B16; \
	VEOR V25.B16, V25.B16, V25.B16; \
	VEOR V26.B16, V26.B16, V26.B16; \
	VEOR V27.B16, V27.B16, V27.B16; \
	VFMLA V30.D2, A0.D2, V24.D2; \
	VFMLA V30.D2, A1.D2, V25.D2; \
	VFMLA V30.D2, A2.D2, V26.D2; \
	VFMLA V30.D2, A3.D2, V27.D2

// Row of C = alpha*acc, C not read.
#define STORE0_F64(A0, A1, A2, A3) \
	SCALE_F64(A0, A1, A2, A3); \
	VST1 [V24.D2, V25.D2, V26.D2, V27.D2], (R2); \
	ADD R3, R2, R2

// Row of C = alpha*acc + beta*C.
#define STORE_F64(A0, A1, A2, A3) \
	SCALE_F64(A0, A1, A2, A3); \
	VLD1 (R2), [A0.D2, A1.D2, A2.D2, A3.D2]; \
	VFMLA V31.D2, A0.D2, V24.D2; \
	VFMLA V31.D2, A1.D2, V25.D2; \
	VFMLA V31.D2, A2.D2, V26.D2; \
	VFMLA V31.D2, A3.D2, V27.D2; \
	VST1 [V24.D2, V25.D2, V26.D2, V27.D2], (R2); \
	ADD R3, R2, R2

#define ZERO(V) VEOR V.B16, V.B16, V.B16

#define ZERO24 \
	ZERO(V0); ZERO(V1); ZERO(V2); ZERO(V3); ZERO(V4); ZERO(V5); ZERO(V6); ZERO(V7); \
	ZERO(V8); ZERO(V9); ZERO(V10); ZERO(V11); ZERO(V12); ZERO(V13); ZERO(V14); ZERO(V15); \
	ZERO(V16); ZERO(V17); ZERO(V18); ZERO(V19); ZERO(V20); ZERO(V21); ZERO(V22); ZERO(V23)

// func GemmF64x6x8NEON(k int, a, b, c []float64, ldc int, alpha, beta float64)
TEXT ·GemmF64x6x8NEON(SB), NOSPLIT, $0-104
	MOVD	k+0(FP), R4
	MOVD	a_base+8(FP), R0
	MOVD	b_base+32(FP), R1
	MOVD	c_base+56(FP), R2
	MOVD	ldc+80(FP), R3
	LSL	$3, R3, R3
	ZERO24
	CBZ	R4, f64store

f64loop:
	VLD1.P	64(R1), [V24.D2, V25.D2, V26.D2, V27.D2]
	ROW_F64(V28, V0, V1, V2, V3)
	ROW_F64(V29, V4, V5, V6, V7)
	ROW_F64(V28, V8, V9, V10, V11)
	ROW_F64(V29, V12, V13, V14, V15)
	ROW_F64(V28, V16, V17, V18, V19)
	ROW_F64(V29, V20, V21, V22, V23)
	SUBS	$1, R4, R4
	BNE	f64loop

f64store:
	MOVD	$alpha+88(FP), R5
	VLD1R	(R5), [V30.D2]
	MOVD	beta+96(FP), R6
	LSL	$1, R6, R6 // drop the sign: beta == ±0 means C is not read
	CBZ	R6, f64beta0
	MOVD	$beta+96(FP), R5
	VLD1R	(R5), [V31.D2]
	STORE_F64(V0, V1, V2, V3)
	STORE_F64(V4, V5, V6, V7)
	STORE_F64(V8, V9, V10, V11)
	STORE_F64(V12, V13, V14, V15)
	STORE_F64(V16, V17, V18, V19)
	STORE_F64(V20, V21, V22, V23)
	RET

f64beta0:
	STORE0_F64(V0, V1, V2, V3)
	STORE0_F64(V4, V5, V6, V7)
	STORE0_F64(V8, V9, V10, V11)
	STORE0_F64(V12, V13, V14, V15)
	STORE0_F64(V16, V17, V18, V19)
	STORE0_F64(V20, V21, V22, V23)
	RET

// One p step of the f32 kernel: A element into V28/V29, 3 FMLAs per row.
#define ROW_F32(T, A0, A1, A2) \
	VLD1R.P 4(R0), [T.S4]; \
	VFMLA V24.S4, T.S4, A0.S4; \
	VFMLA V25.S4, T.S4, A1.S4; \
	VFMLA V26.S4, T.S4, A2.S4

#define SCALE_F32(A0, A1, A2) \
	VEOR V24.B16, V24.B16, V24.B16; \
	VEOR V25.B16, V25.B16, V25.B16; \
	VEOR V26.B16, V26.B16, V26.B16; \
	VFMLA V30.S4, A0.S4, V24.S4; \
	VFMLA V30.S4, A1.S4, V25.S4; \
	VFMLA V30.S4, A2.S4, V26.S4

#define STORE0_F32(A0, A1, A2) \
	SCALE_F32(A0, A1, A2); \
	VST1 [V24.S4, V25.S4, V26.S4], (R2); \
	ADD R3, R2, R2

#define STORE_F32(A0, A1, A2) \
	SCALE_F32(A0, A1, A2); \
	VLD1 (R2), [A0.S4, A1.S4, A2.S4]; \
	VFMLA V31.S4, A0.S4, V24.S4; \
	VFMLA V31.S4, A1.S4, V25.S4; \
	VFMLA V31.S4, A2.S4, V26.S4; \
	VST1 [V24.S4, V25.S4, V26.S4], (R2); \
	ADD R3, R2, R2

// func GemmF32x8x12NEON(k int, a, b, c []float32, ldc int, alpha, beta float32)
TEXT ·GemmF32x8x12NEON(SB), NOSPLIT, $0-96
	MOVD	k+0(FP), R4
	MOVD	a_base+8(FP), R0
	MOVD	b_base+32(FP), R1
	MOVD	c_base+56(FP), R2
	MOVD	ldc+80(FP), R3
	LSL	$2, R3, R3
	ZERO24
	CBZ	R4, f32store

f32loop:
	VLD1.P	48(R1), [V24.S4, V25.S4, V26.S4]
	ROW_F32(V28, V0, V1, V2)
	ROW_F32(V29, V3, V4, V5)
	ROW_F32(V28, V6, V7, V8)
	ROW_F32(V29, V9, V10, V11)
	ROW_F32(V28, V12, V13, V14)
	ROW_F32(V29, V15, V16, V17)
	ROW_F32(V28, V18, V19, V20)
	ROW_F32(V29, V21, V22, V23)
	SUBS	$1, R4, R4
	BNE	f32loop

f32store:
	MOVD	$alpha+88(FP), R5
	VLD1R	(R5), [V30.S4]
	MOVWU	beta+92(FP), R6
	LSLW	$1, R6, R6 // drop the sign: beta == ±0 means C is not read
	CBZW	R6, f32beta0
	MOVD	$beta+92(FP), R5
	VLD1R	(R5), [V31.S4]
	STORE_F32(V0, V1, V2)
	STORE_F32(V3, V4, V5)
	STORE_F32(V6, V7, V8)
	STORE_F32(V9, V10, V11)
	STORE_F32(V12, V13, V14)
	STORE_F32(V15, V16, V17)
	STORE_F32(V18, V19, V20)
	STORE_F32(V21, V22, V23)
	RET

f32beta0:
	STORE0_F32(V0, V1, V2)
	STORE0_F32(V3, V4, V5)
	STORE0_F32(V6, V7, V8)
	STORE0_F32(V9, V10, V11)
	STORE0_F32(V12, V13, V14)
	STORE0_F32(V15, V16, V17)
	STORE0_F32(V18, V19, V20)
	STORE0_F32(V21, V22, V23)
	RET
