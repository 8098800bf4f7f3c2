//go:build !purego

// NEON Sin and Cos for float64 and float32: the algorithm of the generic
// twins (kernels/generic_trig.go) and of the amd64 kernels, two lanes at a
// time: n = round(x·2/π) by the shift trick (FMLA), y = x - n·π/2 as a
// double-double (π/2 in three parts: the first product exact by FMLS, the
// second split by FMLS and subtracted by TwoSum), fdlibm's sin and cos
// polynomials on y, the quadrant from n's low bits. A pair of lanes with
// |x| >= 2^20, ±Inf or NaN is not stored: the kernel returns how many
// elements it wrote and the Go caller computes the next block with the
// generic twin (Payne-Hanek reduction) before calling it again. float32 is
// computed in float64 (FCVTL) and rounded once (FCVTN).
//
// Measured worst error against a math/big reference (TestULP under qemu):
// sin float64 0.746 ULP (at x=-95.03317777109125), float32 0.500 ULP; cos
// float64 0.734 ULP (at x=-231.69245820224725), float32 0.500 ULP (5829
// float64 and 47824 float32 points each).
//
// The vector float instructions Go's assembler lacks are WORD-encoded with a
// comment naming each; words_test.go decodes and checks every one.

#include "textflag.h"

// TRIG_CONSTS loads the constants into V10-V31 (clobbers R4): cos C6-C1
// (V10-V15), sin S6-S1 (V16-V21), the sign bit, int64 1, 0.5, 1, π/2 in
// three parts (V26-V28, last first), 2^20, 2/π and 1.5·2^52.
#define TRIG_CONSTS \
	MOVD	$0xBDA8FAE9BE8838D4, R4 \
	VDUP	R4, V10.D2 \
	MOVD	$0x3E21EE9EBDB4B1C4, R4 \
	VDUP	R4, V11.D2 \
	MOVD	$0xBE927E4F809C52AD, R4 \
	VDUP	R4, V12.D2 \
	MOVD	$0x3EFA01A019CB1590, R4 \
	VDUP	R4, V13.D2 \
	MOVD	$0xBF56C16C16C15177, R4 \
	VDUP	R4, V14.D2 \
	MOVD	$0x3FA555555555554C, R4 \
	VDUP	R4, V15.D2 \
	MOVD	$0x3DE5D93A5ACFD57C, R4 \
	VDUP	R4, V16.D2 \
	MOVD	$0xBE5AE5E68A2B9CEB, R4 \
	VDUP	R4, V17.D2 \
	MOVD	$0x3EC71DE357B1FE7D, R4 \
	VDUP	R4, V18.D2 \
	MOVD	$0xBF2A01A019C161D5, R4 \
	VDUP	R4, V19.D2 \
	MOVD	$0x3F8111111110F8A6, R4 \
	VDUP	R4, V20.D2 \
	MOVD	$0xBFC5555555555549, R4 \
	VDUP	R4, V21.D2 \
	MOVD	$0x8000000000000000, R4 \
	VDUP	R4, V22.D2 \
	MOVD	$1, R4 \
	VDUP	R4, V23.D2 \
	MOVD	$0x3FE0000000000000, R4 \
	VDUP	R4, V25.D2 \
	MOVD	$0x3FF0000000000000, R4 \
	VDUP	R4, V24.D2 \
	MOVD	$0xB91F1976B7ED8FBC, R4 \
	VDUP	R4, V26.D2 \
	MOVD	$0x3C91A62633145C07, R4 \
	VDUP	R4, V27.D2 \
	MOVD	$0x3FF921FB54442D18, R4 \
	VDUP	R4, V28.D2 \
	MOVD	$0x4130000000000000, R4 \
	VDUP	R4, V29.D2 \
	MOVD	$0x3FE45F306DC9C883, R4 \
	VDUP	R4, V30.D2 \
	MOVD	$0x4338000000000000, R4 \
	VDUP	R4, V31.D2

// SINCOS(QADD) sets V0 = sin(V0) (QADD empty) or cos(V0) (QADD adds 1 to
// the quadrant) for two float64, and R5 to all ones when both lanes are
// inside the vector path (|x| < 2^20). Uses V1-V9 and R6.
#define SINCOS(QADD) \
	WORD $0x4EE0F801 /* FABS V1.2D, V0.2D */ \
	WORD $0x6EE1E7A1 /* FCMGT V1.2D, V29.2D, V1.2D */ \
	VMOV	V1.D[0], R5 \
	VMOV	V1.D[1], R6 \
	AND	R6, R5, R5 \
	VMOV	V31.B16, V2.B16 \
	VFMLA	V30.D2, V0.D2, V2.D2 \
	WORD $0x4EFFD443 /* FSUB V3.2D, V2.2D, V31.2D */ \
	VFMLS	V28.D2, V3.D2, V0.D2 \
	WORD $0x6E7BDC64 /* FMUL V4.2D, V3.2D, V27.2D */ \
	VMOV	V4.B16, V5.B16 \
	VFMLS	V27.D2, V3.D2, V5.D2 \
	WORD $0x4EE4D406 /* FSUB V6.2D, V0.2D, V4.2D */ \
	WORD $0x4EE0D4C7 /* FSUB V7.2D, V6.2D, V0.2D */ \
	WORD $0x4EE7D4C8 /* FSUB V8.2D, V6.2D, V7.2D */ \
	WORD $0x4EE8D408 /* FSUB V8.2D, V0.2D, V8.2D */ \
	WORD $0x4E67D484 /* FADD V4.2D, V4.2D, V7.2D */ \
	WORD $0x4EE4D508 /* FSUB V8.2D, V8.2D, V4.2D */ \
	WORD $0x4E65D508 /* FADD V8.2D, V8.2D, V5.2D */ \
	VFMLS	V26.D2, V3.D2, V8.D2 \
	WORD $0x6E66DCC0 /* FMUL V0.2D, V6.2D, V6.2D */ \
	WORD $0x6E60DC01 /* FMUL V1.2D, V0.2D, V0.2D */ \
	VMOV	V19.B16, V3.B16 \
	VFMLA	V18.D2, V0.D2, V3.D2 \
	VMOV	V20.B16, V4.B16 \
	VFMLA	V3.D2, V0.D2, V4.D2 \
	VMOV	V17.B16, V3.B16 \
	VFMLA	V16.D2, V0.D2, V3.D2 \
	WORD $0x6E61DC01 /* FMUL V1.2D, V0.2D, V1.2D */ \
	VFMLA	V3.D2, V1.D2, V4.D2 \
	WORD $0x6E66DC01 /* FMUL V1.2D, V0.2D, V6.2D */ \
	WORD $0x6E79DD03 /* FMUL V3.2D, V8.2D, V25.2D */ \
	VFMLS	V4.D2, V1.D2, V3.D2 \
	WORD $0x6E60DC63 /* FMUL V3.2D, V3.2D, V0.2D */ \
	WORD $0x4EE8D463 /* FSUB V3.2D, V3.2D, V8.2D */ \
	VFMLS	V21.D2, V1.D2, V3.D2 \
	WORD $0x4EE3D4C9 /* FSUB V9.2D, V6.2D, V3.2D */ \
	VMOV	V14.B16, V1.B16 \
	VFMLA	V13.D2, V0.D2, V1.D2 \
	VMOV	V15.B16, V3.B16 \
	VFMLA	V1.D2, V0.D2, V3.D2 \
	WORD $0x6E60DC63 /* FMUL V3.2D, V3.2D, V0.2D */ \
	VMOV	V11.B16, V1.B16 \
	VFMLA	V10.D2, V0.D2, V1.D2 \
	VMOV	V12.B16, V4.B16 \
	VFMLA	V1.D2, V0.D2, V4.D2 \
	WORD $0x6E60DC01 /* FMUL V1.2D, V0.2D, V0.2D */ \
	WORD $0x6E61DC21 /* FMUL V1.2D, V1.2D, V1.2D */ \
	VFMLA	V4.D2, V1.D2, V3.D2 \
	WORD $0x6E79DC01 /* FMUL V1.2D, V0.2D, V25.2D */ \
	WORD $0x4EE1D704 /* FSUB V4.2D, V24.2D, V1.2D */ \
	WORD $0x4EE4D705 /* FSUB V5.2D, V24.2D, V4.2D */ \
	WORD $0x4EE1D4A5 /* FSUB V5.2D, V5.2D, V1.2D */ \
	WORD $0x6E60DC63 /* FMUL V3.2D, V3.2D, V0.2D */ \
	VFMLS	V8.D2, V6.D2, V3.D2 \
	WORD $0x4E63D4A5 /* FADD V5.2D, V5.2D, V3.2D */ \
	WORD $0x4E65D484 /* FADD V4.2D, V4.2D, V5.2D */ \
	QADD \
	VSHL	$63, V2.D2, V1.D2 \
	WORD $0x4F410421 /* SSHR V1.2D, V1.2D, #63 */ \
	WORD $0x6E691C81 /* BSL V1.16B, V4.16B, V9.16B */ \
	VSHL	$62, V2.D2, V2.D2 \
	VAND	V22.B16, V2.B16, V2.B16 \
	VEOR	V2.B16, V1.B16, V0.B16

#define NOQ
#define COSQ VADD V23.D2, V2.D2, V2.D2

// TRIG_F64 runs CORE over dst[i] = f(x[i]) two at a time, stopping before a
// pair CORE leaves out (R5 not all ones); it returns the count written.
#define TRIG_F64(CORE) \
	TRIG_CONSTS \
	MOVD	R3, R8 \
loop2: \
	CMP	$2, R3 \
	BLT	tail \
	VLD1.P	16(R1), [V0.D2] \
	CORE \
	CMN	$1, R5 \
	BNE	out \
	VST1.P	[V0.D2], 16(R0) \
	SUB	$2, R3 \
	B	loop2 \
tail: \
	CBZ	R3, out \
	FMOVD	(R1), F0 \
	CORE \
	CMN	$1, R5 \
	BNE	out \
	FMOVD	F0, (R0) \
	MOVD	$0, R3 \
out: \
	SUB	R3, R8, R8 \
	MOVD	R8, ret+48(FP) \
	RET

// TRIG_F32 is TRIG_F64 for float32, widened to float64 and rounded back once.
#define TRIG_F32(CORE) \
	TRIG_CONSTS \
	MOVD	R3, R8 \
loop2: \
	CMP	$2, R3 \
	BLT	tail \
	FMOVD.P	8(R1), F0 \
	WORD $0x0E617800 /* FCVTL V0.2D, V0.2S */ \
	CORE \
	CMN	$1, R5 \
	BNE	out \
	WORD $0x0E616800 /* FCVTN V0.2S, V0.2D */ \
	FMOVD.P	F0, 8(R0) \
	SUB	$2, R3 \
	B	loop2 \
tail: \
	CBZ	R3, out \
	FMOVS	(R1), F0 \
	WORD $0x0E617800 /* FCVTL V0.2D, V0.2S */ \
	CORE \
	CMN	$1, R5 \
	BNE	out \
	WORD $0x0E616800 /* FCVTN V0.2S, V0.2D */ \
	FMOVS	F0, (R0) \
	MOVD	$0, R3 \
out: \
	SUB	R3, R8, R8 \
	MOVD	R8, ret+48(FP) \
	RET

// func SinF64(dst, x []float64) int
TEXT ·SinF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F64(SINCOS(NOQ))

// func SinF32(dst, x []float32) int
TEXT ·SinF32(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F32(SINCOS(NOQ))

// func CosF64(dst, x []float64) int
TEXT ·CosF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F64(SINCOS(COSQ))

// func CosF32(dst, x []float32) int
TEXT ·CosF32(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F32(SINCOS(COSQ))
