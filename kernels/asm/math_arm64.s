//go:build !purego

// NEON transcendental kernels: exp and log for float64 and float32.
//
// float64: exp is FreeBSD's e_exp.c (Go's math.Exp) and log FreeBSD's e_log.c
// (Go's math.Log), evaluated two lanes at a time, with the special cases done
// by compare-and-select: exp gives +Inf above 709.78 (and for +Inf), 0 below
// -745.13 (and for -Inf), subnormal results in between; log gives -Inf for
// ±0, NaN below zero, +Inf for +Inf, and takes subnormal inputs. NaN
// propagates. float32 is computed in float64 (FCVTL) and rounded once
// (FCVTN), as the generic twin does.
//
// Measured worst error against a math/big reference (neon_arm64_test.go,
// TestNEONMathULP, 20000 inputs each, under qemu): exp float64 0.858 ULP
// (at x=327.54), float32 0.500 ULP; log float64 0.649 ULP, float32 0.500 ULP.
//
// The vector float instructions Go's assembler lacks are WORD-encoded with a
// comment naming each; words_test.go decodes and checks every one.

#include "textflag.h"

// EXP_CONSTS loads the constants of EXP into V16-V31 (clobbers R4):
// Log2e, Ln2Hi, Ln2Lo, P1-P5, 1, 2, 710, -750, int64 1023, Overflow, Underflow, +Inf.
#define EXP_CONSTS \
	MOVD	$0x3FF71547652B82FE, R4 \
	VDUP	R4, V16.D2 \
	MOVD	$0x3FE62E42FEE00000, R4 \
	VDUP	R4, V17.D2 \
	MOVD	$0x3DEA39EF35793C76, R4 \
	VDUP	R4, V18.D2 \
	MOVD	$0x3FC5555555555555, R4 \
	VDUP	R4, V19.D2 \
	MOVD	$0xBF66C16C16BEBD93, R4 \
	VDUP	R4, V20.D2 \
	MOVD	$0x3F11566AAF25DE2C, R4 \
	VDUP	R4, V21.D2 \
	MOVD	$0xBEBBBD41C5D26BF1, R4 \
	VDUP	R4, V22.D2 \
	MOVD	$0x3E66376972BEA4D0, R4 \
	VDUP	R4, V23.D2 \
	MOVD	$0x3FF0000000000000, R4 \
	VDUP	R4, V24.D2 \
	MOVD	$0x4000000000000000, R4 \
	VDUP	R4, V25.D2 \
	MOVD	$0x4086300000000000, R4 \
	VDUP	R4, V26.D2 \
	MOVD	$0xC087700000000000, R4 \
	VDUP	R4, V27.D2 \
	MOVD	$0x40862E42FEFA39EF, R4 \
	VDUP	R4, V29.D2 \
	MOVD	$0xC0874910D52D3051, R4 \
	VDUP	R4, V30.D2 \
	MOVD	$0x7FF0000000000000, R4 \
	VDUP	R4, V31.D2 \
	MOVD	$1023, R4 \
	VDUP	R4, V28.D2

// EXP sets V0 = exp(V0) (two float64), using the constants of EXP_CONSTS and
// V1-V14: the algorithm of FreeBSD's e_exp.c (Go's math.Exp).
#define EXP \
	WORD $0x4E7BF401 /* FMAX V1.2D, V0.2D, V27.2D */ \
	WORD $0x4EFAF421 /* FMIN V1.2D, V1.2D, V26.2D */ \
	WORD $0x6E70DC22 /* FMUL V2.2D, V1.2D, V16.2D */ \
	WORD $0x4E618842 /* FRINTN V2.2D, V2.2D */ \
	VMOV	V1.B16, V3.B16 \
	VFMLS	V17.D2, V2.D2, V3.D2 \
	WORD $0x6E72DC44 /* FMUL V4.2D, V2.2D, V18.2D */ \
	WORD $0x4EE4D465 /* FSUB V5.2D, V3.2D, V4.2D */ \
	WORD $0x6E65DCA6 /* FMUL V6.2D, V5.2D, V5.2D */ \
	VMOV	V22.B16, V7.B16 \
	VFMLA	V23.D2, V6.D2, V7.D2 \
	VMOV	V21.B16, V8.B16 \
	VFMLA	V7.D2, V6.D2, V8.D2 \
	VMOV	V20.B16, V7.B16 \
	VFMLA	V8.D2, V6.D2, V7.D2 \
	VMOV	V19.B16, V8.B16 \
	VFMLA	V7.D2, V6.D2, V8.D2 \
	VMOV	V5.B16, V9.B16 \
	VFMLS	V8.D2, V6.D2, V9.D2 \
	WORD $0x4EE9D72A /* FSUB V10.2D, V25.2D, V9.2D */ \
	WORD $0x6E69DCAB /* FMUL V11.2D, V5.2D, V9.2D */ \
	WORD $0x6E6AFD6B /* FDIV V11.2D, V11.2D, V10.2D */ \
	WORD $0x4EEBD48B /* FSUB V11.2D, V4.2D, V11.2D */ \
	WORD $0x4EE3D56B /* FSUB V11.2D, V11.2D, V3.2D */ \
	WORD $0x4EEBD70B /* FSUB V11.2D, V24.2D, V11.2D */ \
	WORD $0x4EE1B84C /* FCVTZS V12.2D, V2.2D */ \
	WORD $0x4F7F058D /* SSHR V13.2D, V12.2D, #1 */ \
	VSUB	V13.D2, V12.D2, V12.D2 \
	VADD	V28.D2, V13.D2, V13.D2 \
	VSHL	$52, V13.D2, V13.D2 \
	VADD	V28.D2, V12.D2, V12.D2 \
	VSHL	$52, V12.D2, V12.D2 \
	WORD $0x6E6DDD6B /* FMUL V11.2D, V11.2D, V13.2D */ \
	WORD $0x6E6CDD6B /* FMUL V11.2D, V11.2D, V12.2D */ \
	WORD $0x6EFDE40E /* FCMGT V14.2D, V0.2D, V29.2D */ \
	WORD $0x6EAE1FEB /* BIT V11.16B, V31.16B, V14.16B */ \
	WORD $0x6EE0E7CE /* FCMGT V14.2D, V30.2D, V0.2D */ \
	WORD $0x4E6E1D6B /* BIC V11.16B, V11.16B, V14.16B */ \
	VMOV	V11.B16, V0.B16

// LOG_CONSTS loads the constants of LOG into V11-V31 (clobbers R4): Ln2Hi,
// Ln2Lo, L1-L7, 2^-1022, 2^54, int64 54, the mantissa mask, 0.5, Sqrt2/2,
// 1, 2, +Inf, NaN, -Inf, int64 1022.
#define LOG_CONSTS \
	MOVD	$0x3FE62E42FEE00000, R4 \
	VDUP	R4, V11.D2 \
	MOVD	$0x3DEA39EF35793C76, R4 \
	VDUP	R4, V12.D2 \
	MOVD	$0x3FE5555555555593, R4 \
	VDUP	R4, V13.D2 \
	MOVD	$0x3FD999999997FA04, R4 \
	VDUP	R4, V14.D2 \
	MOVD	$0x3FD2492494229359, R4 \
	VDUP	R4, V15.D2 \
	MOVD	$0x0010000000000000, R4 \
	VDUP	R4, V16.D2 \
	MOVD	$0x4350000000000000, R4 \
	VDUP	R4, V17.D2 \
	MOVD	$0x3FE6A09E667F3BCD, R4 \
	VDUP	R4, V21.D2 \
	MOVD	$0x3FF0000000000000, R4 \
	VDUP	R4, V22.D2 \
	MOVD	$0x4000000000000000, R4 \
	VDUP	R4, V23.D2 \
	MOVD	$0x3FCC71C51D8E78AF, R4 \
	VDUP	R4, V24.D2 \
	MOVD	$0x3FC7466496CB03DE, R4 \
	VDUP	R4, V25.D2 \
	MOVD	$0x3FC39A09D078C69F, R4 \
	VDUP	R4, V26.D2 \
	MOVD	$0x3FC2F112DF3E5244, R4 \
	VDUP	R4, V27.D2 \
	MOVD	$0x7FF0000000000000, R4 \
	VDUP	R4, V28.D2 \
	MOVD	$0xFFF0000000000000, R4 \
	VDUP	R4, V30.D2 \
	MOVD	$54, R4 \
	VDUP	R4, V18.D2 \
	MOVD	$0x000FFFFFFFFFFFFF, R4 \
	VDUP	R4, V19.D2 \
	MOVD	$0x3FE0000000000000, R4 \
	VDUP	R4, V20.D2 \
	MOVD	$0x7FF8000000000001, R4 \
	VDUP	R4, V29.D2 \
	MOVD	$1022, R4 \
	VDUP	R4, V31.D2

// LOG sets V0 = log(V0) (two float64), using the constants of LOG_CONSTS and
// V1-V10: the algorithm of FreeBSD's e_log.c (Go's math.Log), with the
// exponent and mantissa taken apart with integer operations (subnormals
// scaled by 2^54 first).
#define LOG \
	WORD $0x6EE0E601 /* FCMGT V1.2D, V16.2D, V0.2D */ \
	WORD $0x6E71DC02 /* FMUL V2.2D, V0.2D, V17.2D */ \
	VMOV	V0.B16, V3.B16 \
	WORD $0x6EA11C43 /* BIT V3.16B, V2.16B, V1.16B */ \
	VAND	V18.B16, V1.B16, V4.B16 \
	VUSHR	$52, V3.D2, V5.D2 \
	VSUB	V4.D2, V5.D2, V5.D2 \
	VSUB	V31.D2, V5.D2, V5.D2 \
	VAND	V19.B16, V3.B16, V6.B16 \
	VORR	V20.B16, V6.B16, V6.B16 \
	WORD $0x6EE6E6A7 /* FCMGT V7.2D, V21.2D, V6.2D */ \
	VAND	V6.B16, V7.B16, V8.B16 \
	WORD $0x4E68D4C6 /* FADD V6.2D, V6.2D, V8.2D */ \
	VADD	V7.D2, V5.D2, V5.D2 \
	WORD $0x4E61D8A5 /* SCVTF V5.2D, V5.2D */ \
	WORD $0x4EF6D4C6 /* FSUB V6.2D, V6.2D, V22.2D */ \
	WORD $0x4E66D6E7 /* FADD V7.2D, V23.2D, V6.2D */ \
	WORD $0x6E67FCC7 /* FDIV V7.2D, V6.2D, V7.2D */ \
	WORD $0x6E67DCE8 /* FMUL V8.2D, V7.2D, V7.2D */ \
	WORD $0x6E68DD09 /* FMUL V9.2D, V8.2D, V8.2D */ \
	VMOV	V25.B16, V10.B16 \
	VFMLA	V27.D2, V9.D2, V10.D2 \
	VMOV	V15.B16, V1.B16 \
	VFMLA	V10.D2, V9.D2, V1.D2 \
	VMOV	V13.B16, V10.B16 \
	VFMLA	V1.D2, V9.D2, V10.D2 \
	WORD $0x6E68DD4A /* FMUL V10.2D, V10.2D, V8.2D */ \
	VMOV	V24.B16, V1.B16 \
	VFMLA	V26.D2, V9.D2, V1.D2 \
	VMOV	V14.B16, V2.B16 \
	VFMLA	V1.D2, V9.D2, V2.D2 \
	WORD $0x6E69DC42 /* FMUL V2.2D, V2.2D, V9.2D */ \
	WORD $0x4E62D54A /* FADD V10.2D, V10.2D, V2.2D */ \
	WORD $0x6E74DCC1 /* FMUL V1.2D, V6.2D, V20.2D */ \
	WORD $0x6E66DC21 /* FMUL V1.2D, V1.2D, V6.2D */ \
	WORD $0x4E6AD422 /* FADD V2.2D, V1.2D, V10.2D */ \
	WORD $0x6E62DCE2 /* FMUL V2.2D, V7.2D, V2.2D */ \
	WORD $0x6E6CDCA3 /* FMUL V3.2D, V5.2D, V12.2D */ \
	WORD $0x4E63D442 /* FADD V2.2D, V2.2D, V3.2D */ \
	WORD $0x4EE2D422 /* FSUB V2.2D, V1.2D, V2.2D */ \
	WORD $0x4EE6D442 /* FSUB V2.2D, V2.2D, V6.2D */ \
	WORD $0x6E6BDCA3 /* FMUL V3.2D, V5.2D, V11.2D */ \
	WORD $0x4EE2D462 /* FSUB V2.2D, V3.2D, V2.2D */ \
	WORD $0x4EE0D803 /* FCMEQ V3.2D, V0.2D, #0 */ \
	WORD $0x6EA31FC2 /* BIT V2.16B, V30.16B, V3.16B */ \
	WORD $0x4EE0E803 /* FCMLT V3.2D, V0.2D, #0 */ \
	WORD $0x6EA31FA2 /* BIT V2.16B, V29.16B, V3.16B */ \
	WORD $0x6EE0E783 /* FCMGT V3.2D, V28.2D, V0.2D */ \
	WORD $0x6EE31C02 /* BIF V2.16B, V0.16B, V3.16B */ \
	VMOV	V2.B16, V0.B16

// MATH_F64 runs CORE (V0 = f(V0)) over dst[i] = f(x[i]), two at a time.

#define MATH_F64(CONSTS, CORE) \
	CONSTS \
loop2: \
	CMP	$2, R3 \
	BLT	tail \
	VLD1.P	16(R1), [V0.D2] \
	CORE \
	VST1.P	[V0.D2], 16(R0) \
	SUB	$2, R3 \
	B	loop2 \
tail: \
	CBZ	R3, done \
	FMOVD	(R1), F0 \
	CORE \
	FMOVD	F0, (R0) \
done: \
	RET

// MATH_F32 runs CORE over dst[i] = f(x[i]) for float32, two at a time,
// widened to float64 and rounded back once.
#define MATH_F32(CONSTS, CORE) \
	CONSTS \
loop2: \
	CMP	$2, R3 \
	BLT	tail \
	FMOVD.P	8(R1), F0 \
	WORD $0x0E617800 /* FCVTL V0.2D, V0.2S */ \
	CORE \
	WORD $0x0E616800 /* FCVTN V0.2S, V0.2D */ \
	FMOVD.P	F0, 8(R0) \
	SUB	$2, R3 \
	B	loop2 \
tail: \
	CBZ	R3, done \
	FMOVS	(R1), F0 \
	WORD $0x0E617800 /* FCVTL V0.2D, V0.2S */ \
	CORE \
	WORD $0x0E616800 /* FCVTN V0.2S, V0.2D */ \
	FMOVS	F0, (R0) \
done: \
	RET

// func ExpF64(dst, x []float64)
TEXT ·ExpF64(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MATH_F64(EXP_CONSTS, EXP)

// func ExpF32(dst, x []float32)
TEXT ·ExpF32(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MATH_F32(EXP_CONSTS, EXP)

// func LogF64(dst, x []float64)
TEXT ·LogF64(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MATH_F64(LOG_CONSTS, LOG)

// func LogF32(dst, x []float32)
TEXT ·LogF32(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MATH_F32(LOG_CONSTS, LOG)

