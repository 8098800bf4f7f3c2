//go:build !purego

// NEON Sin, Cos, Log1p and Expm1 for float64 and float32. Sin and Cos: the algorithm of the generic
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
// x=0.34657359027997275), float32 0.500 ULP (about 4000 and 31000 points).
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

// func SinF64(dst, x []float64) int
TEXT ·SinF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F64(TRIG_CONSTS, SINCOS(NOQ))

// func SinF32(dst, x []float32) int
TEXT ·SinF32(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F32(TRIG_CONSTS, SINCOS(NOQ))

// func CosF64(dst, x []float64) int
TEXT ·CosF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F64(TRIG_CONSTS, SINCOS(COSQ))

// func CosF32(dst, x []float32) int
TEXT ·CosF32(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F32(TRIG_CONSTS, SINCOS(COSQ))

// func Expm1F64(dst, x []float64) int
TEXT ·Expm1F64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F64(EXPM1_CONSTS, EXPM1)

// func Expm1F32(dst, x []float32) int
TEXT ·Expm1F32(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F32(EXPM1_CONSTS, EXPM1)

// func Log1pF64(dst, x []float64) int
TEXT ·Log1pF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F64(LOG1P_CONSTS, LOG1P)

// func Log1pF32(dst, x []float32) int
TEXT ·Log1pF32(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	TRIG_F32(LOG1P_CONSTS, LOG1P)
