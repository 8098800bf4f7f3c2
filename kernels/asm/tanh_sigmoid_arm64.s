//go:build !purego

// NEON tanh, sigmoid 1/(1+exp(-x)) and its derivative s(1-s), for float64
// and float32, two float64 lanes at a time (float32 is widened with FCVTL,
// computed in float64 and rounded once with FCVTN).
//
// All three start from exp(a) = 2^n·(1 + ph + pl), EXPM1 below: n =
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
// Instructions per two float64 lanes (the loop aside): EXPM1 44, tanh 77
// (one FDIV), sigmoid 83 and its derivative 84 (one FDIV each); float32
// adds FCVTL and FCVTN.
//
// Go's assembler has no vector FADD/FSUB/FMUL/FDIV/FABS/FNEG/FMIN/FMAX/
// FRINTN/FCVTZS/FRECPE/FCMLT/SSHR/BIT/FCVTL/FCVTN: they are WORD-encoded
// with a comment naming each; words_test.go decodes and checks every one.

#include "textflag.h"

// EXPM1_CONSTS loads the constants of EXPM1 (clobbers R4): V16 log2(e), V17
// ln2hi, V18 ln2lo, V19-V28 Q's coefficients (r^0 .. r^9), V15 0.5, V29 1,
// V31 int64 1023.
#define EXPM1_CONSTS \
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

// EXPM1 splits exp(V1) = 2^V2·(1 + V10 + V11): V2 = n (as a float64), V10 +
// V11 = exp(r) - 1 as a double-double (|V11| <= ulp(V10)/2). V1 must be
// finite and at most 746 in size, or NaN. Clobbers V3-V9.
#define EXPM1 \
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

// The steps of EXPM1, by register: V2 = round(a·log2e); V3 = rhi = a -
// n·ln2hi (exact); V4 = r = rhi - n·ln2lo; V3 = rlo = (rhi - r) -
// n·ln2lo; V5 = Q(r) by Horner; V6 = r² rounded, V7 = V6 - r² (exact);
// V8 = r³·Q; V9 = h = V6/2; V10 = r + h and V11 its rounding error (Fast2Sum,
// |r| >= h), plus r³Q, minus V7/2, plus rlo·(1 + V10); then V10 + V11
// renormalised.

// TANH_CONSTS: EXPM1_CONSTS, V30 = 20, V14 = 2.
#define TANH_CONSTS \
	EXPM1_CONSTS \
	MOVD	$0x4034000000000000, R4 \
	VDUP	R4, V30.D2 \
	MOVD	$0x4000000000000000, R4 \
	VDUP	R4, V14.D2

// TANH sets V0 = tanh(V0), clobbering V1-V13.
#define TANH \
	WORD $0x4EE0F801 /* FABS V1.2D, V0.2D */ \
	WORD $0x4EFEF421 /* FMIN V1.2D, V1.2D, V30.2D */ \
	WORD $0x4E61D421 /* FADD V1.2D, V1.2D, V1.2D */ \
	EXPM1 \
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

// The steps of TANH after EXPM1 (z = 2|x|): V3 = 2^n; V4 = a = 2^n·ph, V5 =
// 2^n·pl, V6 = b = 2^n - 1; V7 = s = b + a and V6 = its error (TwoSum) plus
// V5, so E = V7 + V6; V8 = dh = s + 2 and V12 = dl (TwoSum plus V6); V13 =
// qh = s/dh; V7 = (s - qh·dh) + V6 - qh·dl, times FRECPE(dh), added to qh;
// then the sign of x.

// SIGMOID_CONSTS: EXPM1_CONSTS, V30 = -746.
#define SIGMOID_CONSTS \
	EXPM1_CONSTS \
	MOVD	$0xC087500000000000, R4 \
	VDUP	R4, V30.D2

// SIGMOID_COMMON computes, for x in V0: e = exp(-|x|) = 2^n·(V12 + V13),
// the scale factors V4 = 2^n1 and V3 = 2^n2 (n1 = n>>1, n2 = n - n1, both
// normal), d = 1 + e = V7 + V8, V9 = y = 1/dh and V10 = c = 1 - d·y.
#define SIGMOID_COMMON \
	WORD $0x4EE0F801 /* FABS V1.2D, V0.2D */ \
	WORD $0x6EE0F821 /* FNEG V1.2D, V1.2D */ \
	WORD $0x4E7EF421 /* FMAX V1.2D, V1.2D, V30.2D */ \
	EXPM1 \
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
TEXT ·TanhF64(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F64(TANH_CONSTS, TANH)

// func TanhF32(dst, x []float32)
TEXT ·TanhF32(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F32(TANH_CONSTS, TANH)

// func SigmoidF64(dst, x []float64)
TEXT ·SigmoidF64(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F64(SIGMOID_CONSTS, SIGMOID)

// func SigmoidF32(dst, x []float32)
TEXT ·SigmoidF32(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F32(SIGMOID_CONSTS, SIGMOID)

// func SigmoidDerivativeF64(dst, x []float64)
TEXT ·SigmoidDerivativeF64(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F64(SIGMOID_CONSTS, SIGMOID_DERIV)

// func SigmoidDerivativeF32(dst, x []float32)
TEXT ·SigmoidDerivativeF32(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP_F32(SIGMOID_CONSTS, SIGMOID_DERIV)
