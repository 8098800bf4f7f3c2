//go:build !purego

// NEON Sin, Cos, Tan, Log1p and Expm1 for float64 and float32. Sin and Cos: the algorithm of the generic
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
// float64 and 47824 float32 points each); log1p float64 0.727 ULP (at
// x=0.5974298452098051), float32 0.500 ULP; expm1 float64 0.792 ULP (at
// x=0.34657359027997275), float32 0.500 ULP (about 4000 and 31000 points);
// tan float64 0.791 ULP (at x=-132.73228961416874), float32 0.500 ULP.
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

// TAN sets V0 = tan(V0) for two float64 and R5 as SINCOS does: sin(y)
// and cos(y) as double-doubles (hi + lo) from the same reduction and
// polynomials, their quotient (swapped and negated for odd n) corrected by
// its remainder, as the generic twin tanOf; tan(±0) = ±0. Uses V1-V9 and R6.
#define TAN \
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
	WORD $0x4EE9D4C7 /* FSUB V7.2D, V6.2D, V9.2D */ \
	WORD $0x4EE3D4E7 /* FSUB V7.2D, V7.2D, V3.2D */ \
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
	WORD $0x4E65D481 /* FADD V1.2D, V4.2D, V5.2D */ \
	WORD $0x4EE1D484 /* FSUB V4.2D, V4.2D, V1.2D */ \
	WORD $0x4E65D484 /* FADD V4.2D, V4.2D, V5.2D */ \
	VSHL	$63, V2.D2, V3.D2 \
	WORD $0x4F410463 /* SSHR V3.2D, V3.2D, #63 */ \
	VMOV	V3.B16, V5.B16 \
	WORD $0x6E691C25 /* BSL V5.16B, V1.16B, V9.16B */ \
	VMOV	V3.B16, V6.B16 \
	WORD $0x6E671C86 /* BSL V6.16B, V4.16B, V7.16B */ \
	VMOV	V3.B16, V8.B16 \
	WORD $0x6E611D28 /* BSL V8.16B, V9.16B, V1.16B */ \
	WORD $0x6E641CE3 /* BSL V3.16B, V7.16B, V4.16B */ \
	WORD $0x6E68FCA0 /* FDIV V0.2D, V5.2D, V8.2D */ \
	VMOV	V5.B16, V9.B16 \
	VFMLS	V0.D2, V8.D2, V5.D2 \
	WORD $0x4E66D4A5 /* FADD V5.2D, V5.2D, V6.2D */ \
	VFMLS	V3.D2, V0.D2, V5.D2 \
	WORD $0x6E68FCA5 /* FDIV V5.2D, V5.2D, V8.2D */ \
	WORD $0x4E65D400 /* FADD V0.2D, V0.2D, V5.2D */ \
	VSHL	$63, V2.D2, V1.D2 \
	VEOR	V1.B16, V0.B16, V0.B16 \
	WORD $0x4EE0D801 /* FCMEQ V1.2D, V0.2D, #0 */ \
	WORD $0x6EA11D20 /* BIT V0.16B, V9.16B, V1.16B */

#define NOQ
#define COSQ VADD V23.D2, V2.D2, V2.D2

// EXPM1_CONSTS loads the constants of EXPM1 into V10, V13-V31 (clobbers R4):
// 0, 1, int64 1023, P c0-c10 (V15-V25), ln2lo, ln2hi, log2e, -40, 709, 1.5·2^52.
#define EXPM1_CONSTS \
	MOVD	$0, R4 \
	VDUP	R4, V10.D2 \
	MOVD	$0x3FF0000000000000, R4 \
	VDUP	R4, V13.D2 \
	MOVD	$1023, R4 \
	VDUP	R4, V14.D2 \
	MOVD	$0x3FE0000000000000, R4 \
	VDUP	R4, V15.D2 \
	MOVD	$0x3FC5555555555557, R4 \
	VDUP	R4, V16.D2 \
	MOVD	$0x3FA5555555555556, R4 \
	VDUP	R4, V17.D2 \
	MOVD	$0x3F811111111100DC, R4 \
	VDUP	R4, V18.D2 \
	MOVD	$0x3F56C16C16C162D4, R4 \
	VDUP	R4, V19.D2 \
	MOVD	$0x3F2A01A01ABE7FE1, R4 \
	VDUP	R4, V20.D2 \
	MOVD	$0x3EFA01A01A6D889C, R4 \
	VDUP	R4, V21.D2 \
	MOVD	$0x3EC71DE0231960EB, R4 \
	VDUP	R4, V22.D2 \
	MOVD	$0x3E927E4DB646B17E, R4 \
	VDUP	R4, V23.D2 \
	MOVD	$0x3E5AF4DE97CA4194, R4 \
	VDUP	R4, V24.D2 \
	MOVD	$0x3E21F730349868CE, R4 \
	VDUP	R4, V25.D2 \
	MOVD	$0x3C7ABC9E3B39803F, R4 \
	VDUP	R4, V26.D2 \
	MOVD	$0x3FE62E42FEFA39EF, R4 \
	VDUP	R4, V27.D2 \
	MOVD	$0x3FF71547652B82FE, R4 \
	VDUP	R4, V28.D2 \
	MOVD	$0xC044000000000000, R4 \
	VDUP	R4, V29.D2 \
	MOVD	$0x4086280000000000, R4 \
	VDUP	R4, V30.D2 \
	MOVD	$0x4338000000000000, R4 \
	VDUP	R4, V31.D2

// EXPM1 sets V0 = exp(V0) - 1 for two float64 and R5 to all ones when
// both lanes are inside the vector path (x < 709): the algorithm of the
// generic twin expm1Of (x clamped to >= -40; n, r + rlo by Cody-Waite with
// FMA; q = rlo + r²·P(r); (2^n - 1) + 2^n·r by TwoSum, then 2^n·q and the
// error terms; ±0 kept). Uses V1-V9, V12 and R6.
#define EXPM1 \
	WORD $0x6EE0E7C1 /* FCMGT V1.2D, V30.2D, V0.2D */ \
	VMOV	V1.D[0], R5 \
	VMOV	V1.D[1], R6 \
	AND	R6, R5, R5 \
	VMOV	V0.B16, V12.B16 \
	WORD $0x4E7DF400 /* FMAX V0.2D, V0.2D, V29.2D */ \
	VMOV	V31.B16, V2.B16 \
	VFMLA	V28.D2, V0.D2, V2.D2 \
	WORD $0x4EFFD443 /* FSUB V3.2D, V2.2D, V31.2D */ \
	VFMLS	V27.D2, V3.D2, V0.D2 \
	VMOV	V0.B16, V4.B16 \
	VFMLS	V26.D2, V3.D2, V4.D2 \
	WORD $0x4EE4D400 /* FSUB V0.2D, V0.2D, V4.2D */ \
	VFMLS	V26.D2, V3.D2, V0.D2 \
	VMOV	V24.B16, V5.B16 \
	VFMLA	V25.D2, V4.D2, V5.D2 \
	VMOV	V23.B16, V6.B16 \
	VFMLA	V5.D2, V4.D2, V6.D2 \
	VMOV	V22.B16, V5.B16 \
	VFMLA	V6.D2, V4.D2, V5.D2 \
	VMOV	V21.B16, V6.B16 \
	VFMLA	V5.D2, V4.D2, V6.D2 \
	VMOV	V20.B16, V5.B16 \
	VFMLA	V6.D2, V4.D2, V5.D2 \
	VMOV	V19.B16, V6.B16 \
	VFMLA	V5.D2, V4.D2, V6.D2 \
	VMOV	V18.B16, V5.B16 \
	VFMLA	V6.D2, V4.D2, V5.D2 \
	VMOV	V17.B16, V6.B16 \
	VFMLA	V5.D2, V4.D2, V6.D2 \
	VMOV	V16.B16, V5.B16 \
	VFMLA	V6.D2, V4.D2, V5.D2 \
	VMOV	V15.B16, V6.B16 \
	VFMLA	V5.D2, V4.D2, V6.D2 \
	WORD $0x6E64DC83 /* FMUL V3.2D, V4.2D, V4.2D */ \
	VFMLA	V6.D2, V3.D2, V0.D2 \
	VADD	V14.D2, V2.D2, V2.D2 \
	VSHL	$52, V2.D2, V2.D2 \
	WORD $0x4EEDD445 /* FSUB V5.2D, V2.2D, V13.2D */ \
	WORD $0x4EE2D4A6 /* FSUB V6.2D, V5.2D, V2.2D */ \
	WORD $0x4EE6D4A7 /* FSUB V7.2D, V5.2D, V6.2D */ \
	WORD $0x4EE7D447 /* FSUB V7.2D, V2.2D, V7.2D */ \
	WORD $0x4E6DD4C8 /* FADD V8.2D, V6.2D, V13.2D */ \
	WORD $0x4EE8D4E7 /* FSUB V7.2D, V7.2D, V8.2D */ \
	VFMLA	V0.D2, V2.D2, V7.D2 \
	WORD $0x6E64DC44 /* FMUL V4.2D, V2.2D, V4.2D */ \
	WORD $0x4E64D4A9 /* FADD V9.2D, V5.2D, V4.2D */ \
	WORD $0x4EE5D526 /* FSUB V6.2D, V9.2D, V5.2D */ \
	WORD $0x4EE6D484 /* FSUB V4.2D, V4.2D, V6.2D */ \
	WORD $0x4E64D4E7 /* FADD V7.2D, V7.2D, V4.2D */ \
	WORD $0x4EE6D526 /* FSUB V6.2D, V9.2D, V6.2D */ \
	WORD $0x4EE6D4A5 /* FSUB V5.2D, V5.2D, V6.2D */ \
	WORD $0x4E65D4E7 /* FADD V7.2D, V7.2D, V5.2D */ \
	WORD $0x4E67D529 /* FADD V9.2D, V9.2D, V7.2D */ \
	WORD $0x4E6AE581 /* FCMEQ V1.2D, V12.2D, V10.2D */ \
	WORD $0x6EA11D89 /* BIT V9.16B, V12.16B, V1.16B */ \
	VMOV	V9.B16, V0.B16

// LOG1P_CONSTS loads the constants of LOG1P into V10, V13-V31 (clobbers R4):
// 0, Lg1-Lg7 (V13-V19), ln2lo, ln2hi, 0.5, 2, the exponent mask, int64
// 1023, 1 - bits(√2/2), 1, +Inf, -1.
#define LOG1P_CONSTS \
	MOVD	$0, R4 \
	VDUP	R4, V10.D2 \
	MOVD	$0x3FE5555555555593, R4 \
	VDUP	R4, V13.D2 \
	MOVD	$0x3FD999999997FA04, R4 \
	VDUP	R4, V14.D2 \
	MOVD	$0x3FD2492494229359, R4 \
	VDUP	R4, V15.D2 \
	MOVD	$0x3FCC71C51D8E78AF, R4 \
	VDUP	R4, V16.D2 \
	MOVD	$0x3FC7466496CB03DE, R4 \
	VDUP	R4, V17.D2 \
	MOVD	$0x3FC39A09D078C69F, R4 \
	VDUP	R4, V18.D2 \
	MOVD	$0x3FC2F112DF3E5244, R4 \
	VDUP	R4, V19.D2 \
	MOVD	$0x3DEA39EF35793C76, R4 \
	VDUP	R4, V20.D2 \
	MOVD	$0x3FE62E42FEE00000, R4 \
	VDUP	R4, V21.D2 \
	MOVD	$0x3FE0000000000000, R4 \
	VDUP	R4, V23.D2 \
	MOVD	$0x4000000000000000, R4 \
	VDUP	R4, V24.D2 \
	MOVD	$0xFFF0000000000000, R4 \
	VDUP	R4, V26.D2 \
	MOVD	$1023, R4 \
	VDUP	R4, V27.D2 \
	MOVD	$0x00095F619980C433, R4 \
	VDUP	R4, V28.D2 \
	MOVD	$0x3FF0000000000000, R4 \
	VDUP	R4, V29.D2 \
	MOVD	$0x7FF0000000000000, R4 \
	VDUP	R4, V30.D2 \
	MOVD	$0xBFF0000000000000, R4 \
	VDUP	R4, V31.D2

// LOG1P sets V0 = log(1 + V0) for two float64 and R5 to all ones when both
// lanes are inside the vector path (-1 < x < +Inf): the algorithm of the
// generic twin log1pOf (u = 1 + x with its error by TwoSum, u = 2^k·m from
// its bits, fdlibm's log kernel on f = m - 1 plus err/u; ±0 kept). Uses
// V1-V9, V12 and R6.
#define LOG1P \
	WORD $0x6EFFE401 /* FCMGT V1.2D, V0.2D, V31.2D */ \
	WORD $0x6EE0E7C2 /* FCMGT V2.2D, V30.2D, V0.2D */ \
	VAND	V2.B16, V1.B16, V1.B16 \
	VMOV	V1.D[0], R5 \
	VMOV	V1.D[1], R6 \
	AND	R6, R5, R5 \
	VMOV	V0.B16, V12.B16 \
	WORD $0x4E7DD401 /* FADD V1.2D, V0.2D, V29.2D */ \
	WORD $0x4EFDD422 /* FSUB V2.2D, V1.2D, V29.2D */ \
	WORD $0x4EE2D423 /* FSUB V3.2D, V1.2D, V2.2D */ \
	WORD $0x4EE3D7A3 /* FSUB V3.2D, V29.2D, V3.2D */ \
	WORD $0x4EE2D404 /* FSUB V4.2D, V0.2D, V2.2D */ \
	WORD $0x4E64D463 /* FADD V3.2D, V3.2D, V4.2D */ \
	WORD $0x6E61FC63 /* FDIV V3.2D, V3.2D, V1.2D */ \
	VADD	V28.D2, V1.D2, V2.D2 \
	VUSHR	$52, V2.D2, V4.D2 \
	VSUB	V27.D2, V4.D2, V4.D2 \
	WORD $0x4E61D884 /* SCVTF V4.2D, V4.2D */ \
	VAND	V26.B16, V2.B16, V2.B16 \
	VSUB	V2.D2, V1.D2, V1.D2 \
	VADD	V29.D2, V1.D2, V1.D2 \
	WORD $0x4EFDD421 /* FSUB V1.2D, V1.2D, V29.2D */ \
	WORD $0x4E78D425 /* FADD V5.2D, V1.2D, V24.2D */ \
	WORD $0x6E65FC25 /* FDIV V5.2D, V1.2D, V5.2D */ \
	WORD $0x6E65DCA6 /* FMUL V6.2D, V5.2D, V5.2D */ \
	WORD $0x6E66DCC7 /* FMUL V7.2D, V6.2D, V6.2D */ \
	VMOV	V16.B16, V8.B16 \
	VFMLA	V18.D2, V7.D2, V8.D2 \
	VMOV	V14.B16, V9.B16 \
	VFMLA	V8.D2, V7.D2, V9.D2 \
	WORD $0x6E67DD29 /* FMUL V9.2D, V9.2D, V7.2D */ \
	VMOV	V17.B16, V8.B16 \
	VFMLA	V19.D2, V7.D2, V8.D2 \
	VMOV	V15.B16, V2.B16 \
	VFMLA	V8.D2, V7.D2, V2.D2 \
	VMOV	V13.B16, V8.B16 \
	VFMLA	V2.D2, V7.D2, V8.D2 \
	WORD $0x6E66DD08 /* FMUL V8.2D, V8.2D, V6.2D */ \
	WORD $0x4E69D508 /* FADD V8.2D, V8.2D, V9.2D */ \
	WORD $0x6E61DC22 /* FMUL V2.2D, V1.2D, V1.2D */ \
	WORD $0x6E77DC42 /* FMUL V2.2D, V2.2D, V23.2D */ \
	WORD $0x4E62D508 /* FADD V8.2D, V8.2D, V2.2D */ \
	VFMLA	V20.D2, V4.D2, V3.D2 \
	VFMLA	V8.D2, V5.D2, V3.D2 \
	WORD $0x4EE3D442 /* FSUB V2.2D, V2.2D, V3.2D */ \
	WORD $0x4EE1D442 /* FSUB V2.2D, V2.2D, V1.2D */ \
	WORD $0x6E75DC84 /* FMUL V4.2D, V4.2D, V21.2D */ \
	WORD $0x4EE2D484 /* FSUB V4.2D, V4.2D, V2.2D */ \
	WORD $0x4E6AE581 /* FCMEQ V1.2D, V12.2D, V10.2D */ \
	WORD $0x6EA11D84 /* BIT V4.16B, V12.16B, V1.16B */ \
	VMOV	V4.B16, V0.B16

// TRIG_F64 runs CORE over dst[i] = f(x[i]) two at a time, stopping before a
// pair CORE leaves out (R5 not all ones); it returns the count written.
#define TRIG_F64(CONSTS, CORE) \
	CONSTS \
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
#define TRIG_F32(CONSTS, CORE) \
	CONSTS \
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
TEXT ·ExpF64NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MATH_F64(EXP_CONSTS, EXP)

// func ExpF32(dst, x []float32)
TEXT ·ExpF32NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MATH_F32(EXP_CONSTS, EXP)

// func LogF64(dst, x []float64)
TEXT ·LogF64NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MATH_F64(LOG_CONSTS, LOG)

// func LogF32(dst, x []float32)
TEXT ·LogF32NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MATH_F32(LOG_CONSTS, LOG)

// NEON tanh, sigmoid 1/(1+exp(-x)) and its derivative s(1-s), for float64
// and float32, two float64 lanes at a time (float32 is widened with FCVTL,
// computed in float64 and rounded once with FCVTN).
//
// All three start from exp(a) = 2^n·(1 + ph + pl), EXPSPLIT below: n =
// round(a/ln2), r + rlo = a - n·ln2 (Cody-Waite with FMA, ln2 as hi + lo,
// the first step exact), |r| <= ln2/2, and exp(r) - 1 = r + r²/2 + r³·Q(r)
// with Q of degree 9 (the minimax coefficients of ExpF64AVX2, relative
// error 2^-61.3), r² kept exact as hi + lo (FMA), rlo carried as
// rlo·(1 + ph), and ph + pl renormalised; its relative error is about
// 2^-57.
//
// tanh(x) = sign(x)·E/(E + 2) with E = expm1(2|x|) = (2^n - 1) + 2^n·(ph +
// pl) as a double-double (2^n - 1 is exact for n <= 53), E + 2 as a
// double-double, and the quotient corrected once (qh = s/dh, its residual
// by FMA, the correction scaled by FRECPE(dh), which it needs only to a few
// bits); |x| is clamped to 20 (tanh rounds to 1 from 19.06), so ±Inf gives
// ±1; ±0 and subnormals come back unchanged, NaN stays NaN.
//
// sigmoid: e = exp(-|x|) = 2^n·m, m = mh + ml; d = 1 + e as dh + dl; y =
// 1/dh and c = 1 - (dh + dl)·y (FMA), so 1/d = y·(1 + c) to 2^-100. For x
// >= 0 the result is y + y·c; for x < 0 it is 2^n·(m·y·(1 + c)), the
// product kept as hi + lo and 2^n applied last as two exact powers of two
// (2^n1·2^n2), so a subnormal result is rounded once more only at the end.
// The derivative is e/d² = 2^n·m·y²·(1 + c)², each product kept as hi + lo.
// -|x| is clamped to -746 (exp underflows to 0 there): sigmoid(+Inf) = 1,
// sigmoid(-Inf) = 0, the derivative 0 at both; NaN stays NaN.
//
// Measured worst error against math/big references under qemu
// (neon_arm64_test.go TestNEONMathULP, 20k inputs per kernel and type, and
// ulp_test.go TestULP with NDSIMD_ULP_POINTS=30000, 30k float64 and 300k
// float32 inputs): tanh float64 0.53 ULP; sigmoid and its derivative
// float64 0.71 ULP, at subnormal results (x near ∓709, where the final
// scaling rounds a second time; 0.51 ULP among normal results); every
// float32 kernel 0.50 ULP.
//
// Instructions per two float64 lanes (the loop aside): EXPSPLIT 44, tanh 77
// (one FDIV), sigmoid 83 and its derivative 84 (one FDIV each); float32
// adds FCVTL and FCVTN.
//
// Go's assembler has no vector FADD/FSUB/FMUL/FDIV/FABS/FNEG/FMIN/FMAX/
// FRINTN/FCVTZS/FRECPE/FCMLT/SSHR/BIT/FCVTL/FCVTN: they are WORD-encoded
// with a comment naming each; words_test.go decodes and checks every one.


// EXPSPLIT_CONSTS loads the constants of EXPSPLIT (clobbers R4): V16 log2(e), V17
// ln2hi, V18 ln2lo, V19-V28 Q's coefficients (r^0 .. r^9), V15 0.5, V29 1,
// V31 int64 1023.
#define EXPSPLIT_CONSTS \
	MOVD	$0x3FF71547652B82FE, R4 \
	VDUP	R4, V16.D2 \
	MOVD	$0x3FE62E42FEFA39EF, R4 \
	VDUP	R4, V17.D2 \
	MOVD	$0x3C7ABC9E3B39803F, R4 \
	VDUP	R4, V18.D2 \
	MOVD	$0x3FC5555555555557, R4 \
	VDUP	R4, V19.D2 \
	MOVD	$0x3FA5555555555556, R4 \
	VDUP	R4, V20.D2 \
	MOVD	$0x3F811111111100DC, R4 \
	VDUP	R4, V21.D2 \
	MOVD	$0x3F56C16C16C162D4, R4 \
	VDUP	R4, V22.D2 \
	MOVD	$0x3F2A01A01ABE7FE1, R4 \
	VDUP	R4, V23.D2 \
	MOVD	$0x3EFA01A01A6D889C, R4 \
	VDUP	R4, V24.D2 \
	MOVD	$0x3EC71DE0231960EB, R4 \
	VDUP	R4, V25.D2 \
	MOVD	$0x3E927E4DB646B17E, R4 \
	VDUP	R4, V26.D2 \
	MOVD	$0x3E5AF4DE97CA4194, R4 \
	VDUP	R4, V27.D2 \
	MOVD	$0x3E21F730349868CE, R4 \
	VDUP	R4, V28.D2 \
	MOVD	$0x3FE0000000000000, R4 \
	VDUP	R4, V15.D2 \
	MOVD	$0x3FF0000000000000, R4 \
	VDUP	R4, V29.D2 \
	MOVD	$1023, R4 \
	VDUP	R4, V31.D2

// EXPSPLIT splits exp(V1) = 2^V2·(1 + V10 + V11): V2 = n (as a float64), V10 +
// V11 = exp(r) - 1 as a double-double (|V11| <= ulp(V10)/2). V1 must be
// finite and at most 746 in size, or NaN. Clobbers V3-V9.
#define EXPSPLIT \
	WORD $0x6E70DC22 /* FMUL V2.2D, V1.2D, V16.2D */ \
	WORD $0x4E618842 /* FRINTN V2.2D, V2.2D */ \
	VMOV	V1.B16, V3.B16 \
	VFMLS	V17.D2, V2.D2, V3.D2 \
	VMOV	V3.B16, V4.B16 \
	VFMLS	V18.D2, V2.D2, V4.D2 \
	WORD $0x4EE4D463 /* FSUB V3.2D, V3.2D, V4.2D */ \
	VFMLS	V18.D2, V2.D2, V3.D2 \
	VMOV	V27.B16, V5.B16 \
	VFMLA	V28.D2, V4.D2, V5.D2 \
	VMOV	V26.B16, V6.B16 \
	VFMLA	V5.D2, V4.D2, V6.D2 \
	VMOV	V25.B16, V5.B16 \
	VFMLA	V6.D2, V4.D2, V5.D2 \
	VMOV	V24.B16, V6.B16 \
	VFMLA	V5.D2, V4.D2, V6.D2 \
	VMOV	V23.B16, V5.B16 \
	VFMLA	V6.D2, V4.D2, V5.D2 \
	VMOV	V22.B16, V6.B16 \
	VFMLA	V5.D2, V4.D2, V6.D2 \
	VMOV	V21.B16, V5.B16 \
	VFMLA	V6.D2, V4.D2, V5.D2 \
	VMOV	V20.B16, V6.B16 \
	VFMLA	V5.D2, V4.D2, V6.D2 \
	VMOV	V19.B16, V5.B16 \
	VFMLA	V6.D2, V4.D2, V5.D2 \
	WORD $0x6E64DC86 /* FMUL V6.2D, V4.2D, V4.2D */ \
	VMOV	V6.B16, V7.B16 \
	VFMLS	V4.D2, V4.D2, V7.D2 \
	WORD $0x6E64DCC8 /* FMUL V8.2D, V6.2D, V4.2D */ \
	WORD $0x6E65DD08 /* FMUL V8.2D, V8.2D, V5.2D */ \
	WORD $0x6E6FDCC9 /* FMUL V9.2D, V6.2D, V15.2D */ \
	WORD $0x4E69D48A /* FADD V10.2D, V4.2D, V9.2D */ \
	WORD $0x4EEAD48B /* FSUB V11.2D, V4.2D, V10.2D */ \
	WORD $0x4E69D56B /* FADD V11.2D, V11.2D, V9.2D */ \
	WORD $0x4E68D56B /* FADD V11.2D, V11.2D, V8.2D */ \
	VFMLS	V15.D2, V7.D2, V11.D2 \
	VMOV	V3.B16, V5.B16 \
	VFMLA	V10.D2, V3.D2, V5.D2 \
	WORD $0x4E65D56B /* FADD V11.2D, V11.2D, V5.2D */ \
	WORD $0x4E6BD545 /* FADD V5.2D, V10.2D, V11.2D */ \
	WORD $0x4EE5D54A /* FSUB V10.2D, V10.2D, V5.2D */ \
	WORD $0x4E6BD54B /* FADD V11.2D, V10.2D, V11.2D */ \
	VMOV	V5.B16, V10.B16

// The steps of EXPSPLIT, by register: V2 = round(a·log2e); V3 = rhi = a -
// n·ln2hi (exact); V4 = r = rhi - n·ln2lo; V3 = rlo = (rhi - r) -
// n·ln2lo; V5 = Q(r) by Horner; V6 = r² rounded, V7 = V6 - r² (exact);
// V8 = r³·Q; V9 = h = V6/2; V10 = r + h and V11 its rounding error (Fast2Sum,
// |r| >= h), plus r³Q, minus V7/2, plus rlo·(1 + V10); then V10 + V11
// renormalised.

// TANH_CONSTS: EXPSPLIT_CONSTS, V30 = 20, V14 = 2.
#define TANH_CONSTS \
	EXPSPLIT_CONSTS \
	MOVD	$0x4034000000000000, R4 \
	VDUP	R4, V30.D2 \
	MOVD	$0x4000000000000000, R4 \
	VDUP	R4, V14.D2

// TANH sets V0 = tanh(V0), clobbering V1-V13.
#define TANH \
	WORD $0x4EE0F801 /* FABS V1.2D, V0.2D */ \
	WORD $0x4EFEF421 /* FMIN V1.2D, V1.2D, V30.2D */ \
	WORD $0x4E61D421 /* FADD V1.2D, V1.2D, V1.2D */ \
	EXPSPLIT \
	WORD $0x4EE1B843 /* FCVTZS V3.2D, V2.2D */ \
	VADD	V31.D2, V3.D2, V3.D2 \
	VSHL	$52, V3.D2, V3.D2 \
	WORD $0x6E63DD44 /* FMUL V4.2D, V10.2D, V3.2D */ \
	WORD $0x6E63DD65 /* FMUL V5.2D, V11.2D, V3.2D */ \
	WORD $0x4EFDD466 /* FSUB V6.2D, V3.2D, V29.2D */ \
	WORD $0x4E64D4C7 /* FADD V7.2D, V6.2D, V4.2D */ \
	WORD $0x4EE6D4E8 /* FSUB V8.2D, V7.2D, V6.2D */ \
	WORD $0x4EE8D4E9 /* FSUB V9.2D, V7.2D, V8.2D */ \
	WORD $0x4EE9D4C6 /* FSUB V6.2D, V6.2D, V9.2D */ \
	WORD $0x4EE8D484 /* FSUB V4.2D, V4.2D, V8.2D */ \
	WORD $0x4E66D486 /* FADD V6.2D, V4.2D, V6.2D */ \
	WORD $0x4E65D4C6 /* FADD V6.2D, V6.2D, V5.2D */ \
	WORD $0x4E6ED4E8 /* FADD V8.2D, V7.2D, V14.2D */ \
	WORD $0x4EE7D509 /* FSUB V9.2D, V8.2D, V7.2D */ \
	WORD $0x4EE9D50C /* FSUB V12.2D, V8.2D, V9.2D */ \
	WORD $0x4EECD4EC /* FSUB V12.2D, V7.2D, V12.2D */ \
	WORD $0x4EE9D5C9 /* FSUB V9.2D, V14.2D, V9.2D */ \
	WORD $0x4E69D58C /* FADD V12.2D, V12.2D, V9.2D */ \
	WORD $0x4E66D58C /* FADD V12.2D, V12.2D, V6.2D */ \
	WORD $0x6E68FCED /* FDIV V13.2D, V7.2D, V8.2D */ \
	VFMLS	V13.D2, V8.D2, V7.D2 \
	WORD $0x4E66D4E7 /* FADD V7.2D, V7.2D, V6.2D */ \
	VFMLS	V12.D2, V13.D2, V7.D2 \
	WORD $0x4EE1D909 /* FRECPE V9.2D, V8.2D */ \
	WORD $0x6E69DCE7 /* FMUL V7.2D, V7.2D, V9.2D */ \
	WORD $0x4E67D5AD /* FADD V13.2D, V13.2D, V7.2D */ \
	VUSHR	$63, V0.D2, V1.D2 \
	VSHL	$63, V1.D2, V1.D2 \
	VORR	V1.B16, V13.B16, V0.B16

// The steps of TANH after EXPSPLIT (z = 2|x|): V3 = 2^n; V4 = a = 2^n·ph, V5 =
// 2^n·pl, V6 = b = 2^n - 1; V7 = s = b + a and V6 = its error (TwoSum) plus
// V5, so E = V7 + V6; V8 = dh = s + 2 and V12 = dl (TwoSum plus V6); V13 =
// qh = s/dh; V7 = (s - qh·dh) + V6 - qh·dl, times FRECPE(dh), added to qh;
// then the sign of x.

// SIGMOID_CONSTS: EXPSPLIT_CONSTS, V30 = -746.
#define SIGMOID_CONSTS \
	EXPSPLIT_CONSTS \
	MOVD	$0xC087500000000000, R4 \
	VDUP	R4, V30.D2

// SIGMOID_COMMON computes, for x in V0: e = exp(-|x|) = 2^n·(V12 + V13),
// the scale factors V4 = 2^n1 and V3 = 2^n2 (n1 = n>>1, n2 = n - n1, both
// normal), d = 1 + e = V7 + V8, V9 = y = 1/dh and V10 = c = 1 - d·y.
#define SIGMOID_COMMON \
	WORD $0x4EE0F801 /* FABS V1.2D, V0.2D */ \
	WORD $0x6EE0F821 /* FNEG V1.2D, V1.2D */ \
	WORD $0x4E7EF421 /* FMAX V1.2D, V1.2D, V30.2D */ \
	EXPSPLIT \
	WORD $0x4E6AD7AC /* FADD V12.2D, V29.2D, V10.2D */ \
	WORD $0x4EECD7AD /* FSUB V13.2D, V29.2D, V12.2D */ \
	WORD $0x4E6AD5AD /* FADD V13.2D, V13.2D, V10.2D */ \
	WORD $0x4E6BD5AD /* FADD V13.2D, V13.2D, V11.2D */ \
	WORD $0x4EE1B843 /* FCVTZS V3.2D, V2.2D */ \
	WORD $0x4F7F0464 /* SSHR V4.2D, V3.2D, #1 */ \
	VSUB	V4.D2, V3.D2, V3.D2 \
	VADD	V31.D2, V4.D2, V4.D2 \
	VSHL	$52, V4.D2, V4.D2 \
	VADD	V31.D2, V3.D2, V3.D2 \
	VSHL	$52, V3.D2, V3.D2 \
	WORD $0x6E64DD85 /* FMUL V5.2D, V12.2D, V4.2D */ \
	WORD $0x6E63DCA5 /* FMUL V5.2D, V5.2D, V3.2D */ \
	WORD $0x6E64DDA6 /* FMUL V6.2D, V13.2D, V4.2D */ \
	WORD $0x6E63DCC6 /* FMUL V6.2D, V6.2D, V3.2D */ \
	WORD $0x4E65D7A7 /* FADD V7.2D, V29.2D, V5.2D */ \
	WORD $0x4EE7D7A8 /* FSUB V8.2D, V29.2D, V7.2D */ \
	WORD $0x4E65D508 /* FADD V8.2D, V8.2D, V5.2D */ \
	WORD $0x4E66D508 /* FADD V8.2D, V8.2D, V6.2D */ \
	WORD $0x6E67FFA9 /* FDIV V9.2D, V29.2D, V7.2D */ \
	VMOV	V29.B16, V10.B16 \
	VFMLS	V9.D2, V7.D2, V10.D2 \
	VFMLS	V9.D2, V8.D2, V10.D2

// SIGMOID sets V0 = sigmoid(V0): V11 = y + y·c (x >= 0), V5 = 2^n·(t + tl)
// with t = mh·y and tl = (mh·y - t) + ml·y + c·t (x < 0), chosen by the
// sign of x.
#define SIGMOID \
	SIGMOID_COMMON \
	VMOV	V9.B16, V11.B16 \
	VFMLA	V10.D2, V9.D2, V11.D2 \
	WORD $0x6E69DD85 /* FMUL V5.2D, V12.2D, V9.2D */ \
	VMOV	V5.B16, V6.B16 \
	VFMLS	V12.D2, V9.D2, V6.D2 \
	VFMLS	V13.D2, V9.D2, V6.D2 \
	VFMLS	V10.D2, V5.D2, V6.D2 \
	WORD $0x4EE6D4A5 /* FSUB V5.2D, V5.2D, V6.2D */ \
	WORD $0x6E64DCA5 /* FMUL V5.2D, V5.2D, V4.2D */ \
	WORD $0x6E63DCA5 /* FMUL V5.2D, V5.2D, V3.2D */ \
	WORD $0x4EE0E806 /* FCMLT V6.2D, V0.2D, #0 */ \
	WORD $0x6EA61CAB /* BIT V11.16B, V5.16B, V6.16B */ \
	VMOV	V11.B16, V0.B16

// SIGMOID_DERIV sets V0 = sigmoid'(V0) = 2^n·m·y²·(1 + c)²: V5 = a = mh·y,
// V6 = -(al) = (a - mh·y) - ml·y; V7 = b = a·y, V8 = -(bl) = (b - a·y) +
// V6·y - (2c + c²)·b; then 2^n·(b - V8).
#define SIGMOID_DERIV \
	SIGMOID_COMMON \
	WORD $0x6E69DD85 /* FMUL V5.2D, V12.2D, V9.2D */ \
	VMOV	V5.B16, V6.B16 \
	VFMLS	V12.D2, V9.D2, V6.D2 \
	VFMLS	V13.D2, V9.D2, V6.D2 \
	WORD $0x6E69DCA7 /* FMUL V7.2D, V5.2D, V9.2D */ \
	VMOV	V7.B16, V8.B16 \
	VFMLS	V5.D2, V9.D2, V8.D2 \
	VFMLA	V6.D2, V9.D2, V8.D2 \
	WORD $0x4E6AD54B /* FADD V11.2D, V10.2D, V10.2D */ \
	VFMLA	V10.D2, V10.D2, V11.D2 \
	VFMLS	V11.D2, V7.D2, V8.D2 \
	WORD $0x4EE8D4E7 /* FSUB V7.2D, V7.2D, V8.2D */ \
	WORD $0x6E64DCE7 /* FMUL V7.2D, V7.2D, V4.2D */ \
	WORD $0x6E63DCE0 /* FMUL V0.2D, V7.2D, V3.2D */

// LOOP_F64 runs CORE (V0 = f(V0)) over dst[i] = f(x[i]), two at a time; a
// last odd element is loaded alone (FMOVD zeroes lane 1).
#define LOOP_F64(CONSTS, CORE) \
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

// LOOP_F32 runs CORE over dst[i] = f(x[i]) for float32, two at a time,
// widened to float64 and rounded back once.
#define LOOP_F32(CONSTS, CORE) \
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

// func TanhF64(dst, x []float64)
TEXT ·TanhF64NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F64(TANH_CONSTS, TANH)

// func TanhF32(dst, x []float32)
TEXT ·TanhF32NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F32(TANH_CONSTS, TANH)

// func SigmoidF64(dst, x []float64)
TEXT ·SigmoidF64NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F64(SIGMOID_CONSTS, SIGMOID)

// func SigmoidF32(dst, x []float32)
TEXT ·SigmoidF32NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F32(SIGMOID_CONSTS, SIGMOID)

// func SigmoidDerivativeF64(dst, x []float64)
TEXT ·SigmoidDerivativeF64NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F64(SIGMOID_CONSTS, SIGMOID_DERIV)

// func SigmoidDerivativeF32(dst, x []float32)
TEXT ·SigmoidDerivativeF32NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F32(SIGMOID_CONSTS, SIGMOID_DERIV)

// The Sin, Cos, Tan, Log1p and Expm1 kernels (macros at the top of this file).

// func SinF64(dst, x []float64) int
TEXT ·SinF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F64(TRIG_CONSTS, SINCOS(NOQ))

// func SinF32(dst, x []float32) int
TEXT ·SinF32NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F32(TRIG_CONSTS, SINCOS(NOQ))

// func CosF64(dst, x []float64) int
TEXT ·CosF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F64(TRIG_CONSTS, SINCOS(COSQ))

// func CosF32(dst, x []float32) int
TEXT ·CosF32NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F32(TRIG_CONSTS, SINCOS(COSQ))

// func Expm1F64(dst, x []float64) int
TEXT ·Expm1F64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F64(EXPM1_CONSTS, EXPM1)

// func Expm1F32(dst, x []float32) int
TEXT ·Expm1F32NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F32(EXPM1_CONSTS, EXPM1)

// func Log1pF64(dst, x []float64) int
TEXT ·Log1pF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F64(LOG1P_CONSTS, LOG1P)

// func Log1pF32(dst, x []float32) int
TEXT ·Log1pF32NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F32(LOG1P_CONSTS, LOG1P)

// func TanF64(dst, x []float64) int
TEXT ·TanF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F64(TRIG_CONSTS, TAN)

// func TanF32(dst, x []float32) int
TEXT ·TanF32NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F32(TRIG_CONSTS, TAN)
