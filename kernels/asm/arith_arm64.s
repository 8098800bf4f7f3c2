//go:build !purego

// NEON elementwise kernels: + - * / maximum minimum (slice-slice,
// slice-scalar and scalar-slice forms), abs, neg, sqrt, square and axpy
// (y += alpha*x, multiply and add rounded separately), for float64 (.2D) and
// float32 (.4S). Every result is bit-exact with the generic Go twin in package
// kernels (for axpy: with its unfused form, y[i] + T(alpha*x[i])).
//
// Register use: R0 dst, R1 x, R2 y, R3 the number of elements left. The op
// macros compute V0-V3 = op(V0-V3, V4-V7) (OP4) or V0 = op(V0, V4) (OP1);
// the slice-scalar forms broadcast the scalar into V4-V7. Tails run the OP1
// macro on one element in lane 0, loaded with a scalar FMOV (which zeroes the
// other lanes), so nothing is read or written past the end.
//
// Go's assembler has no vector FADD/FSUB/FMUL/FDIV/FCMGE/FCMEQ/FABS/FNEG/
// FSQRT, nor BIC/BIT on vectors: they are WORD-encoded, each with a comment
// naming the instruction; words_test.go decodes every one and checks it.

#include "textflag.h"

// V0-V3 = V0-V3 + V4-V7 (2D)
#define ADD4_F64 \
	WORD $0x4E64D400 /* FADD V0.2D, V0.2D, V4.2D */ \
	WORD $0x4E65D421 /* FADD V1.2D, V1.2D, V5.2D */ \
	WORD $0x4E66D442 /* FADD V2.2D, V2.2D, V6.2D */ \
	WORD $0x4E67D463 /* FADD V3.2D, V3.2D, V7.2D */

// V0 = V0 + V4 (2D)
#define ADD1_F64 \
	WORD $0x4E64D400 /* FADD V0.2D, V0.2D, V4.2D */

// V0-V3 = V0-V3 - V4-V7 (2D)
#define SUB4_F64 \
	WORD $0x4EE4D400 /* FSUB V0.2D, V0.2D, V4.2D */ \
	WORD $0x4EE5D421 /* FSUB V1.2D, V1.2D, V5.2D */ \
	WORD $0x4EE6D442 /* FSUB V2.2D, V2.2D, V6.2D */ \
	WORD $0x4EE7D463 /* FSUB V3.2D, V3.2D, V7.2D */

// V0 = V0 - V4 (2D)
#define SUB1_F64 \
	WORD $0x4EE4D400 /* FSUB V0.2D, V0.2D, V4.2D */

// V0-V3 = V4-V7 - V0-V3 (2D)
#define RSUB4_F64 \
	WORD $0x4EE0D480 /* FSUB V0.2D, V4.2D, V0.2D */ \
	WORD $0x4EE1D4A1 /* FSUB V1.2D, V5.2D, V1.2D */ \
	WORD $0x4EE2D4C2 /* FSUB V2.2D, V6.2D, V2.2D */ \
	WORD $0x4EE3D4E3 /* FSUB V3.2D, V7.2D, V3.2D */

// V0 = V4 - V0 (2D)
#define RSUB1_F64 \
	WORD $0x4EE0D480 /* FSUB V0.2D, V4.2D, V0.2D */

// V0-V3 = V0-V3 * V4-V7 (2D)
#define MUL4_F64 \
	WORD $0x6E64DC00 /* FMUL V0.2D, V0.2D, V4.2D */ \
	WORD $0x6E65DC21 /* FMUL V1.2D, V1.2D, V5.2D */ \
	WORD $0x6E66DC42 /* FMUL V2.2D, V2.2D, V6.2D */ \
	WORD $0x6E67DC63 /* FMUL V3.2D, V3.2D, V7.2D */

// V0 = V0 * V4 (2D)
#define MUL1_F64 \
	WORD $0x6E64DC00 /* FMUL V0.2D, V0.2D, V4.2D */

// V0-V3 = V0-V3 / V4-V7 (2D)
#define DIV4_F64 \
	WORD $0x6E64FC00 /* FDIV V0.2D, V0.2D, V4.2D */ \
	WORD $0x6E65FC21 /* FDIV V1.2D, V1.2D, V5.2D */ \
	WORD $0x6E66FC42 /* FDIV V2.2D, V2.2D, V6.2D */ \
	WORD $0x6E67FC63 /* FDIV V3.2D, V3.2D, V7.2D */

// V0 = V0 / V4 (2D)
#define DIV1_F64 \
	WORD $0x6E64FC00 /* FDIV V0.2D, V0.2D, V4.2D */

// V0-V3 = V4-V7 / V0-V3 (2D)
#define RDIV4_F64 \
	WORD $0x6E60FC80 /* FDIV V0.2D, V4.2D, V0.2D */ \
	WORD $0x6E61FCA1 /* FDIV V1.2D, V5.2D, V1.2D */ \
	WORD $0x6E62FCC2 /* FDIV V2.2D, V6.2D, V2.2D */ \
	WORD $0x6E63FCE3 /* FDIV V3.2D, V7.2D, V3.2D */

// V0 = V4 / V0 (2D)
#define RDIV1_F64 \
	WORD $0x6E60FC80 /* FDIV V0.2D, V4.2D, V0.2D */

// V0-V3 = maximum(V0-V3, V4-V7): y where x is not NaN and !(x > y), else x (2D)
#define MAX4_F64 \
	WORD $0x6EE4E410 /* FCMGT V16.2D, V0.2D, V4.2D */ \
	WORD $0x4E60E414 /* FCMEQ V20.2D, V0.2D, V0.2D */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */ \
	WORD $0x6EE5E431 /* FCMGT V17.2D, V1.2D, V5.2D */ \
	WORD $0x4E61E435 /* FCMEQ V21.2D, V1.2D, V1.2D */ \
	WORD $0x4E711EB5 /* BIC V21.16B, V21.16B, V17.16B */ \
	WORD $0x6EB51CA1 /* BIT V1.16B, V5.16B, V21.16B */ \
	WORD $0x6EE6E452 /* FCMGT V18.2D, V2.2D, V6.2D */ \
	WORD $0x4E62E456 /* FCMEQ V22.2D, V2.2D, V2.2D */ \
	WORD $0x4E721ED6 /* BIC V22.16B, V22.16B, V18.16B */ \
	WORD $0x6EB61CC2 /* BIT V2.16B, V6.16B, V22.16B */ \
	WORD $0x6EE7E473 /* FCMGT V19.2D, V3.2D, V7.2D */ \
	WORD $0x4E63E477 /* FCMEQ V23.2D, V3.2D, V3.2D */ \
	WORD $0x4E731EF7 /* BIC V23.16B, V23.16B, V19.16B */ \
	WORD $0x6EB71CE3 /* BIT V3.16B, V7.16B, V23.16B */

// V0 = maximum(V0, V4): y where x is not NaN and !(x > y), else x (2D)
#define MAX1_F64 \
	WORD $0x6EE4E410 /* FCMGT V16.2D, V0.2D, V4.2D */ \
	WORD $0x4E60E414 /* FCMEQ V20.2D, V0.2D, V0.2D */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */

// V0-V3 = minimum(V0-V3, V4-V7): y where x is not NaN and !(x < y), else x (2D)
#define MIN4_F64 \
	WORD $0x6EE0E490 /* FCMGT V16.2D, V4.2D, V0.2D */ \
	WORD $0x4E60E414 /* FCMEQ V20.2D, V0.2D, V0.2D */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */ \
	WORD $0x6EE1E4B1 /* FCMGT V17.2D, V5.2D, V1.2D */ \
	WORD $0x4E61E435 /* FCMEQ V21.2D, V1.2D, V1.2D */ \
	WORD $0x4E711EB5 /* BIC V21.16B, V21.16B, V17.16B */ \
	WORD $0x6EB51CA1 /* BIT V1.16B, V5.16B, V21.16B */ \
	WORD $0x6EE2E4D2 /* FCMGT V18.2D, V6.2D, V2.2D */ \
	WORD $0x4E62E456 /* FCMEQ V22.2D, V2.2D, V2.2D */ \
	WORD $0x4E721ED6 /* BIC V22.16B, V22.16B, V18.16B */ \
	WORD $0x6EB61CC2 /* BIT V2.16B, V6.16B, V22.16B */ \
	WORD $0x6EE3E4F3 /* FCMGT V19.2D, V7.2D, V3.2D */ \
	WORD $0x4E63E477 /* FCMEQ V23.2D, V3.2D, V3.2D */ \
	WORD $0x4E731EF7 /* BIC V23.16B, V23.16B, V19.16B */ \
	WORD $0x6EB71CE3 /* BIT V3.16B, V7.16B, V23.16B */

// V0 = minimum(V0, V4): y where x is not NaN and !(x < y), else x (2D)
#define MIN1_F64 \
	WORD $0x6EE0E490 /* FCMGT V16.2D, V4.2D, V0.2D */ \
	WORD $0x4E60E414 /* FCMEQ V20.2D, V0.2D, V0.2D */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */

// V0-V3 = |V0-V3| (clears the sign bit, NaN too) (2D)
#define ABS4_F64 \
	WORD $0x4EE0F800 /* FABS V0.2D, V0.2D */ \
	WORD $0x4EE0F821 /* FABS V1.2D, V1.2D */ \
	WORD $0x4EE0F842 /* FABS V2.2D, V2.2D */ \
	WORD $0x4EE0F863 /* FABS V3.2D, V3.2D */

// V0 = |V0| (clears the sign bit, NaN too) (2D)
#define ABS1_F64 \
	WORD $0x4EE0F800 /* FABS V0.2D, V0.2D */

// V0-V3 = -V0-V3 (flips the sign bit, NaN too) (2D)
#define NEG4_F64 \
	WORD $0x6EE0F800 /* FNEG V0.2D, V0.2D */ \
	WORD $0x6EE0F821 /* FNEG V1.2D, V1.2D */ \
	WORD $0x6EE0F842 /* FNEG V2.2D, V2.2D */ \
	WORD $0x6EE0F863 /* FNEG V3.2D, V3.2D */

// V0 = -V0 (flips the sign bit, NaN too) (2D)
#define NEG1_F64 \
	WORD $0x6EE0F800 /* FNEG V0.2D, V0.2D */

// V0-V3 = sqrt(V0-V3) (2D)
#define SQRT4_F64 \
	WORD $0x6EE1F800 /* FSQRT V0.2D, V0.2D */ \
	WORD $0x6EE1F821 /* FSQRT V1.2D, V1.2D */ \
	WORD $0x6EE1F842 /* FSQRT V2.2D, V2.2D */ \
	WORD $0x6EE1F863 /* FSQRT V3.2D, V3.2D */

// V0 = sqrt(V0) (2D)
#define SQRT1_F64 \
	WORD $0x6EE1F800 /* FSQRT V0.2D, V0.2D */

// V0-V3 = V0-V3 * V0-V3 (2D)
#define SQUARE4_F64 \
	WORD $0x6E60DC00 /* FMUL V0.2D, V0.2D, V0.2D */ \
	WORD $0x6E61DC21 /* FMUL V1.2D, V1.2D, V1.2D */ \
	WORD $0x6E62DC42 /* FMUL V2.2D, V2.2D, V2.2D */ \
	WORD $0x6E63DC63 /* FMUL V3.2D, V3.2D, V3.2D */

// V0 = V0 * V0 (2D)
#define SQUARE1_F64 \
	WORD $0x6E60DC00 /* FMUL V0.2D, V0.2D, V0.2D */

// V0-V3 = V0-V3 + V4-V7 (4S)
#define ADD4_F32 \
	WORD $0x4E24D400 /* FADD V0.4S, V0.4S, V4.4S */ \
	WORD $0x4E25D421 /* FADD V1.4S, V1.4S, V5.4S */ \
	WORD $0x4E26D442 /* FADD V2.4S, V2.4S, V6.4S */ \
	WORD $0x4E27D463 /* FADD V3.4S, V3.4S, V7.4S */

// V0 = V0 + V4 (4S)
#define ADD1_F32 \
	WORD $0x4E24D400 /* FADD V0.4S, V0.4S, V4.4S */

// V0-V3 = V0-V3 - V4-V7 (4S)
#define SUB4_F32 \
	WORD $0x4EA4D400 /* FSUB V0.4S, V0.4S, V4.4S */ \
	WORD $0x4EA5D421 /* FSUB V1.4S, V1.4S, V5.4S */ \
	WORD $0x4EA6D442 /* FSUB V2.4S, V2.4S, V6.4S */ \
	WORD $0x4EA7D463 /* FSUB V3.4S, V3.4S, V7.4S */

// V0 = V0 - V4 (4S)
#define SUB1_F32 \
	WORD $0x4EA4D400 /* FSUB V0.4S, V0.4S, V4.4S */

// V0-V3 = V4-V7 - V0-V3 (4S)
#define RSUB4_F32 \
	WORD $0x4EA0D480 /* FSUB V0.4S, V4.4S, V0.4S */ \
	WORD $0x4EA1D4A1 /* FSUB V1.4S, V5.4S, V1.4S */ \
	WORD $0x4EA2D4C2 /* FSUB V2.4S, V6.4S, V2.4S */ \
	WORD $0x4EA3D4E3 /* FSUB V3.4S, V7.4S, V3.4S */

// V0 = V4 - V0 (4S)
#define RSUB1_F32 \
	WORD $0x4EA0D480 /* FSUB V0.4S, V4.4S, V0.4S */

// V0-V3 = V0-V3 * V4-V7 (4S)
#define MUL4_F32 \
	WORD $0x6E24DC00 /* FMUL V0.4S, V0.4S, V4.4S */ \
	WORD $0x6E25DC21 /* FMUL V1.4S, V1.4S, V5.4S */ \
	WORD $0x6E26DC42 /* FMUL V2.4S, V2.4S, V6.4S */ \
	WORD $0x6E27DC63 /* FMUL V3.4S, V3.4S, V7.4S */

// V0 = V0 * V4 (4S)
#define MUL1_F32 \
	WORD $0x6E24DC00 /* FMUL V0.4S, V0.4S, V4.4S */

// V0-V3 = V0-V3 / V4-V7 (4S)
#define DIV4_F32 \
	WORD $0x6E24FC00 /* FDIV V0.4S, V0.4S, V4.4S */ \
	WORD $0x6E25FC21 /* FDIV V1.4S, V1.4S, V5.4S */ \
	WORD $0x6E26FC42 /* FDIV V2.4S, V2.4S, V6.4S */ \
	WORD $0x6E27FC63 /* FDIV V3.4S, V3.4S, V7.4S */

// V0 = V0 / V4 (4S)
#define DIV1_F32 \
	WORD $0x6E24FC00 /* FDIV V0.4S, V0.4S, V4.4S */

// V0-V3 = V4-V7 / V0-V3 (4S)
#define RDIV4_F32 \
	WORD $0x6E20FC80 /* FDIV V0.4S, V4.4S, V0.4S */ \
	WORD $0x6E21FCA1 /* FDIV V1.4S, V5.4S, V1.4S */ \
	WORD $0x6E22FCC2 /* FDIV V2.4S, V6.4S, V2.4S */ \
	WORD $0x6E23FCE3 /* FDIV V3.4S, V7.4S, V3.4S */

// V0 = V4 / V0 (4S)
#define RDIV1_F32 \
	WORD $0x6E20FC80 /* FDIV V0.4S, V4.4S, V0.4S */

// V0-V3 = maximum(V0-V3, V4-V7): y where x is not NaN and !(x > y), else x (4S)
#define MAX4_F32 \
	WORD $0x6EA4E410 /* FCMGT V16.4S, V0.4S, V4.4S */ \
	WORD $0x4E20E414 /* FCMEQ V20.4S, V0.4S, V0.4S */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */ \
	WORD $0x6EA5E431 /* FCMGT V17.4S, V1.4S, V5.4S */ \
	WORD $0x4E21E435 /* FCMEQ V21.4S, V1.4S, V1.4S */ \
	WORD $0x4E711EB5 /* BIC V21.16B, V21.16B, V17.16B */ \
	WORD $0x6EB51CA1 /* BIT V1.16B, V5.16B, V21.16B */ \
	WORD $0x6EA6E452 /* FCMGT V18.4S, V2.4S, V6.4S */ \
	WORD $0x4E22E456 /* FCMEQ V22.4S, V2.4S, V2.4S */ \
	WORD $0x4E721ED6 /* BIC V22.16B, V22.16B, V18.16B */ \
	WORD $0x6EB61CC2 /* BIT V2.16B, V6.16B, V22.16B */ \
	WORD $0x6EA7E473 /* FCMGT V19.4S, V3.4S, V7.4S */ \
	WORD $0x4E23E477 /* FCMEQ V23.4S, V3.4S, V3.4S */ \
	WORD $0x4E731EF7 /* BIC V23.16B, V23.16B, V19.16B */ \
	WORD $0x6EB71CE3 /* BIT V3.16B, V7.16B, V23.16B */

// V0 = maximum(V0, V4): y where x is not NaN and !(x > y), else x (4S)
#define MAX1_F32 \
	WORD $0x6EA4E410 /* FCMGT V16.4S, V0.4S, V4.4S */ \
	WORD $0x4E20E414 /* FCMEQ V20.4S, V0.4S, V0.4S */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */

// V0-V3 = minimum(V0-V3, V4-V7): y where x is not NaN and !(x < y), else x (4S)
#define MIN4_F32 \
	WORD $0x6EA0E490 /* FCMGT V16.4S, V4.4S, V0.4S */ \
	WORD $0x4E20E414 /* FCMEQ V20.4S, V0.4S, V0.4S */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */ \
	WORD $0x6EA1E4B1 /* FCMGT V17.4S, V5.4S, V1.4S */ \
	WORD $0x4E21E435 /* FCMEQ V21.4S, V1.4S, V1.4S */ \
	WORD $0x4E711EB5 /* BIC V21.16B, V21.16B, V17.16B */ \
	WORD $0x6EB51CA1 /* BIT V1.16B, V5.16B, V21.16B */ \
	WORD $0x6EA2E4D2 /* FCMGT V18.4S, V6.4S, V2.4S */ \
	WORD $0x4E22E456 /* FCMEQ V22.4S, V2.4S, V2.4S */ \
	WORD $0x4E721ED6 /* BIC V22.16B, V22.16B, V18.16B */ \
	WORD $0x6EB61CC2 /* BIT V2.16B, V6.16B, V22.16B */ \
	WORD $0x6EA3E4F3 /* FCMGT V19.4S, V7.4S, V3.4S */ \
	WORD $0x4E23E477 /* FCMEQ V23.4S, V3.4S, V3.4S */ \
	WORD $0x4E731EF7 /* BIC V23.16B, V23.16B, V19.16B */ \
	WORD $0x6EB71CE3 /* BIT V3.16B, V7.16B, V23.16B */

// V0 = minimum(V0, V4): y where x is not NaN and !(x < y), else x (4S)
#define MIN1_F32 \
	WORD $0x6EA0E490 /* FCMGT V16.4S, V4.4S, V0.4S */ \
	WORD $0x4E20E414 /* FCMEQ V20.4S, V0.4S, V0.4S */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */

// V0-V3 = |V0-V3| (clears the sign bit, NaN too) (4S)
#define ABS4_F32 \
	WORD $0x4EA0F800 /* FABS V0.4S, V0.4S */ \
	WORD $0x4EA0F821 /* FABS V1.4S, V1.4S */ \
	WORD $0x4EA0F842 /* FABS V2.4S, V2.4S */ \
	WORD $0x4EA0F863 /* FABS V3.4S, V3.4S */

// V0 = |V0| (clears the sign bit, NaN too) (4S)
#define ABS1_F32 \
	WORD $0x4EA0F800 /* FABS V0.4S, V0.4S */

// V0-V3 = -V0-V3 (flips the sign bit, NaN too) (4S)
#define NEG4_F32 \
	WORD $0x6EA0F800 /* FNEG V0.4S, V0.4S */ \
	WORD $0x6EA0F821 /* FNEG V1.4S, V1.4S */ \
	WORD $0x6EA0F842 /* FNEG V2.4S, V2.4S */ \
	WORD $0x6EA0F863 /* FNEG V3.4S, V3.4S */

// V0 = -V0 (flips the sign bit, NaN too) (4S)
#define NEG1_F32 \
	WORD $0x6EA0F800 /* FNEG V0.4S, V0.4S */

// V0-V3 = sqrt(V0-V3) (4S)
#define SQRT4_F32 \
	WORD $0x6EA1F800 /* FSQRT V0.4S, V0.4S */ \
	WORD $0x6EA1F821 /* FSQRT V1.4S, V1.4S */ \
	WORD $0x6EA1F842 /* FSQRT V2.4S, V2.4S */ \
	WORD $0x6EA1F863 /* FSQRT V3.4S, V3.4S */

// V0 = sqrt(V0) (4S)
#define SQRT1_F32 \
	WORD $0x6EA1F800 /* FSQRT V0.4S, V0.4S */

// V0-V3 = V0-V3 * V0-V3 (4S)
#define SQUARE4_F32 \
	WORD $0x6E20DC00 /* FMUL V0.4S, V0.4S, V0.4S */ \
	WORD $0x6E21DC21 /* FMUL V1.4S, V1.4S, V1.4S */ \
	WORD $0x6E22DC42 /* FMUL V2.4S, V2.4S, V2.4S */ \
	WORD $0x6E23DC63 /* FMUL V3.4S, V3.4S, V3.4S */

// V0 = V0 * V0 (4S)
#define SQUARE1_F32 \
	WORD $0x6E20DC00 /* FMUL V0.4S, V0.4S, V0.4S */

// V0-V3 = V4-V7 + V8 * V0-V3 (2D), rounded after the multiply (not fused)
#define AXPY4_F64 \
	WORD $0x6E60DD00 /* FMUL V0.2D, V8.2D, V0.2D */ \
	WORD $0x6E61DD01 /* FMUL V1.2D, V8.2D, V1.2D */ \
	WORD $0x6E62DD02 /* FMUL V2.2D, V8.2D, V2.2D */ \
	WORD $0x6E63DD03 /* FMUL V3.2D, V8.2D, V3.2D */ \
	WORD $0x4E60D480 /* FADD V0.2D, V4.2D, V0.2D */ \
	WORD $0x4E61D4A1 /* FADD V1.2D, V5.2D, V1.2D */ \
	WORD $0x4E62D4C2 /* FADD V2.2D, V6.2D, V2.2D */ \
	WORD $0x4E63D4E3 /* FADD V3.2D, V7.2D, V3.2D */

// V0 = V4 + V8 * V0 (2D), rounded after the multiply (not fused)
#define AXPY1_F64 \
	WORD $0x6E60DD00 /* FMUL V0.2D, V8.2D, V0.2D */ \
	WORD $0x4E60D480 /* FADD V0.2D, V4.2D, V0.2D */

// V0-V3 = V4-V7 + V8 * V0-V3 (4S), rounded after the multiply (not fused)
#define AXPY4_F32 \
	WORD $0x6E20DD00 /* FMUL V0.4S, V8.4S, V0.4S */ \
	WORD $0x6E21DD01 /* FMUL V1.4S, V8.4S, V1.4S */ \
	WORD $0x6E22DD02 /* FMUL V2.4S, V8.4S, V2.4S */ \
	WORD $0x6E23DD03 /* FMUL V3.4S, V8.4S, V3.4S */ \
	WORD $0x4E20D480 /* FADD V0.4S, V4.4S, V0.4S */ \
	WORD $0x4E21D4A1 /* FADD V1.4S, V5.4S, V1.4S */ \
	WORD $0x4E22D4C2 /* FADD V2.4S, V6.4S, V2.4S */ \
	WORD $0x4E23D4E3 /* FADD V3.4S, V7.4S, V3.4S */

// V0 = V4 + V8 * V0 (4S), rounded after the multiply (not fused)
#define AXPY1_F32 \
	WORD $0x6E20DD00 /* FMUL V0.4S, V8.4S, V0.4S */ \
	WORD $0x4E20D480 /* FADD V0.4S, V4.4S, V0.4S */

// LOOP2_F64 runs OP4/OP1 over dst[i] = op(x[i], y[i]) for float64.
#define LOOP2_F64(OP4, OP1) \
loop4: \
	CMP	$8, R3 \
	BLT	loop1 \
	VLD1.P	64(R1), [V0.D2, V1.D2, V2.D2, V3.D2] \
	VLD1.P	64(R2), [V4.D2, V5.D2, V6.D2, V7.D2] \
	OP4 \
	VST1.P	[V0.D2, V1.D2, V2.D2, V3.D2], 64(R0) \
	SUB	$8, R3 \
	B	loop4 \
loop1: \
	CMP	$2, R3 \
	BLT	tail \
	VLD1.P	16(R1), [V0.D2] \
	VLD1.P	16(R2), [V4.D2] \
	OP1 \
	VST1.P	[V0.D2], 16(R0) \
	SUB	$2, R3 \
	B	loop1 \
tail: \
	CBZ	R3, done \
	FMOVD	(R1), F0 \
	FMOVD	(R2), F4 \
	OP1 \
	FMOVD	F0, (R0) \
done: \
	RET

// LOOP1_F64 runs OP4/OP1 over dst[i] = op(x[i], V4) for float64 (V4-V7
// hold a broadcast scalar, or nothing for unary ops).
#define LOOP1_F64(OP4, OP1) \
loop4: \
	CMP	$8, R3 \
	BLT	loop1 \
	VLD1.P	64(R1), [V0.D2, V1.D2, V2.D2, V3.D2] \
	OP4 \
	VST1.P	[V0.D2, V1.D2, V2.D2, V3.D2], 64(R0) \
	SUB	$8, R3 \
	B	loop4 \
loop1: \
	CMP	$2, R3 \
	BLT	tail \
	VLD1.P	16(R1), [V0.D2] \
	OP1 \
	VST1.P	[V0.D2], 16(R0) \
	SUB	$2, R3 \
	B	loop1 \
tail: \
	CBZ	R3, done \
	FMOVD	(R1), F0 \
	OP1 \
	FMOVD	F0, (R0) \
done: \
	RET

// LOOP2_F32 runs OP4/OP1 over dst[i] = op(x[i], y[i]) for float32.
#define LOOP2_F32(OP4, OP1) \
loop4: \
	CMP	$16, R3 \
	BLT	loop1 \
	VLD1.P	64(R1), [V0.S4, V1.S4, V2.S4, V3.S4] \
	VLD1.P	64(R2), [V4.S4, V5.S4, V6.S4, V7.S4] \
	OP4 \
	VST1.P	[V0.S4, V1.S4, V2.S4, V3.S4], 64(R0) \
	SUB	$16, R3 \
	B	loop4 \
loop1: \
	CMP	$4, R3 \
	BLT	tail \
	VLD1.P	16(R1), [V0.S4] \
	VLD1.P	16(R2), [V4.S4] \
	OP1 \
	VST1.P	[V0.S4], 16(R0) \
	SUB	$4, R3 \
	B	loop1 \
tail: \
	CBZ	R3, done \
	FMOVS.P	4(R1), F0 \
	FMOVS.P	4(R2), F4 \
	OP1 \
	FMOVS.P	F0, 4(R0) \
	SUB	$1, R3 \
	B	tail \
done: \
	RET

// LOOP1_F32 runs OP4/OP1 over dst[i] = op(x[i], V4) for float32.
#define LOOP1_F32(OP4, OP1) \
loop4: \
	CMP	$16, R3 \
	BLT	loop1 \
	VLD1.P	64(R1), [V0.S4, V1.S4, V2.S4, V3.S4] \
	OP4 \
	VST1.P	[V0.S4, V1.S4, V2.S4, V3.S4], 64(R0) \
	SUB	$16, R3 \
	B	loop4 \
loop1: \
	CMP	$4, R3 \
	BLT	tail \
	VLD1.P	16(R1), [V0.S4] \
	OP1 \
	VST1.P	[V0.S4], 16(R0) \
	SUB	$4, R3 \
	B	loop1 \
tail: \
	CBZ	R3, done \
	FMOVS.P	4(R1), F0 \
	OP1 \
	FMOVS.P	F0, 4(R0) \
	SUB	$1, R3 \
	B	tail \
done: \
	RET

// BCAST_F64 broadcasts the float64 in F4 to V4-V7; BCAST_F32 the float32.
#define BCAST_F64 \
	VDUP	V4.D[0], V4.D2 \
	VMOV	V4.B16, V5.B16 \
	VMOV	V4.B16, V6.B16 \
	VMOV	V4.B16, V7.B16

#define BCAST_F32 \
	VDUP	V4.S[0], V4.S4 \
	VMOV	V4.B16, V5.B16 \
	VMOV	V4.B16, V6.B16 \
	VMOV	V4.B16, V7.B16

// func AddF64(dst, x, y []float64)
TEXT ·AddF64(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(ADD4_F64, ADD1_F64)

// func SubF64(dst, x, y []float64)
TEXT ·SubF64(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(SUB4_F64, SUB1_F64)

// func MulF64(dst, x, y []float64)
TEXT ·MulF64(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(MUL4_F64, MUL1_F64)

// func DivF64(dst, x, y []float64)
TEXT ·DivF64(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(DIV4_F64, DIV1_F64)

// func MaximumF64(dst, x, y []float64)
TEXT ·MaximumF64(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(MAX4_F64, MAX1_F64)

// func MinimumF64(dst, x, y []float64)
TEXT ·MinimumF64(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(MIN4_F64, MIN1_F64)

// func AddScalarF64(dst, x []float64, s float64)
TEXT ·AddScalarF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(ADD4_F64, ADD1_F64)

// func SubScalarF64(dst, x []float64, s float64)
TEXT ·SubScalarF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(SUB4_F64, SUB1_F64)

// func MulScalarF64(dst, x []float64, s float64)
TEXT ·MulScalarF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(MUL4_F64, MUL1_F64)

// func DivScalarF64(dst, x []float64, s float64)
TEXT ·DivScalarF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(DIV4_F64, DIV1_F64)

// func MaximumScalarF64(dst, x []float64, s float64)
TEXT ·MaximumScalarF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(MAX4_F64, MAX1_F64)

// func MinimumScalarF64(dst, x []float64, s float64)
TEXT ·MinimumScalarF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(MIN4_F64, MIN1_F64)

// func ScalarSubF64(dst []float64, s float64, x []float64)
TEXT ·ScalarSubF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	FMOVD	s+24(FP), F4
	MOVD	x_base+32(FP), R1
	BCAST_F64
	LOOP1_F64(RSUB4_F64, RSUB1_F64)

// func ScalarDivF64(dst []float64, s float64, x []float64)
TEXT ·ScalarDivF64(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	FMOVD	s+24(FP), F4
	MOVD	x_base+32(FP), R1
	BCAST_F64
	LOOP1_F64(RDIV4_F64, RDIV1_F64)

// func AbsF64(dst, x []float64)
TEXT ·AbsF64(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F64(ABS4_F64, ABS1_F64)

// func NegF64(dst, x []float64)
TEXT ·NegF64(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F64(NEG4_F64, NEG1_F64)

// func SqrtF64(dst, x []float64)
TEXT ·SqrtF64(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F64(SQRT4_F64, SQRT1_F64)

// func SquareF64(dst, x []float64)
TEXT ·SquareF64(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F64(SQUARE4_F64, SQUARE1_F64)

// func AddF32(dst, x, y []float32)
TEXT ·AddF32(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(ADD4_F32, ADD1_F32)

// func SubF32(dst, x, y []float32)
TEXT ·SubF32(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(SUB4_F32, SUB1_F32)

// func MulF32(dst, x, y []float32)
TEXT ·MulF32(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(MUL4_F32, MUL1_F32)

// func DivF32(dst, x, y []float32)
TEXT ·DivF32(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(DIV4_F32, DIV1_F32)

// func MaximumF32(dst, x, y []float32)
TEXT ·MaximumF32(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(MAX4_F32, MAX1_F32)

// func MinimumF32(dst, x, y []float32)
TEXT ·MinimumF32(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(MIN4_F32, MIN1_F32)

// func AddScalarF32(dst, x []float32, s float32)
TEXT ·AddScalarF32(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(ADD4_F32, ADD1_F32)

// func SubScalarF32(dst, x []float32, s float32)
TEXT ·SubScalarF32(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(SUB4_F32, SUB1_F32)

// func MulScalarF32(dst, x []float32, s float32)
TEXT ·MulScalarF32(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(MUL4_F32, MUL1_F32)

// func DivScalarF32(dst, x []float32, s float32)
TEXT ·DivScalarF32(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(DIV4_F32, DIV1_F32)

// func MaximumScalarF32(dst, x []float32, s float32)
TEXT ·MaximumScalarF32(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(MAX4_F32, MAX1_F32)

// func MinimumScalarF32(dst, x []float32, s float32)
TEXT ·MinimumScalarF32(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(MIN4_F32, MIN1_F32)

// func ScalarSubF32(dst []float32, s float32, x []float32)
TEXT ·ScalarSubF32(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	FMOVS	s+24(FP), F4
	MOVD	x_base+32(FP), R1
	BCAST_F32
	LOOP1_F32(RSUB4_F32, RSUB1_F32)

// func ScalarDivF32(dst []float32, s float32, x []float32)
TEXT ·ScalarDivF32(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	FMOVS	s+24(FP), F4
	MOVD	x_base+32(FP), R1
	BCAST_F32
	LOOP1_F32(RDIV4_F32, RDIV1_F32)

// func AbsF32(dst, x []float32)
TEXT ·AbsF32(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F32(ABS4_F32, ABS1_F32)

// func NegF32(dst, x []float32)
TEXT ·NegF32(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F32(NEG4_F32, NEG1_F32)

// func SqrtF32(dst, x []float32)
TEXT ·SqrtF32(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F32(SQRT4_F32, SQRT1_F32)

// func SquareF32(dst, x []float32)
TEXT ·SquareF32(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F32(SQUARE4_F32, SQUARE1_F32)

// func AxpyF64(alpha float64, x, y []float64): y[i] += alpha * x[i]
TEXT ·AxpyF64(SB), NOSPLIT, $0-56
	FMOVD	alpha+0(FP), F8
	VDUP	V8.D[0], V8.D2
	MOVD	x_base+8(FP), R1
	MOVD	x_len+16(FP), R3
	MOVD	y_base+32(FP), R2
	MOVD	R2, R0
	LOOP2_F64(AXPY4_F64, AXPY1_F64)

// func AxpyF32(alpha float32, x, y []float32): y[i] += alpha * x[i]
TEXT ·AxpyF32(SB), NOSPLIT, $0-56
	FMOVS	alpha+0(FP), F8
	VDUP	V8.S[0], V8.S4
	MOVD	x_base+8(FP), R1
	MOVD	x_len+16(FP), R3
	MOVD	y_base+32(FP), R2
	MOVD	R2, R0
	LOOP2_F32(AXPY4_F32, AXPY1_F32)
