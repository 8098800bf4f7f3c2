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
TEXT ·AddF64NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(ADD4_F64, ADD1_F64)

// func SubF64(dst, x, y []float64)
TEXT ·SubF64NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(SUB4_F64, SUB1_F64)

// func MulF64(dst, x, y []float64)
TEXT ·MulF64NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(MUL4_F64, MUL1_F64)

// func DivF64(dst, x, y []float64)
TEXT ·DivF64NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(DIV4_F64, DIV1_F64)

// func MaximumF64(dst, x, y []float64)
TEXT ·MaximumF64NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(MAX4_F64, MAX1_F64)

// func MinimumF64(dst, x, y []float64)
TEXT ·MinimumF64NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F64(MIN4_F64, MIN1_F64)

// func AddScalarF64(dst, x []float64, s float64)
TEXT ·AddScalarF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(ADD4_F64, ADD1_F64)

// func SubScalarF64(dst, x []float64, s float64)
TEXT ·SubScalarF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(SUB4_F64, SUB1_F64)

// func MulScalarF64(dst, x []float64, s float64)
TEXT ·MulScalarF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(MUL4_F64, MUL1_F64)

// func DivScalarF64(dst, x []float64, s float64)
TEXT ·DivScalarF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(DIV4_F64, DIV1_F64)

// func MaximumScalarF64(dst, x []float64, s float64)
TEXT ·MaximumScalarF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(MAX4_F64, MAX1_F64)

// func MinimumScalarF64(dst, x []float64, s float64)
TEXT ·MinimumScalarF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVD	s+48(FP), F4
	BCAST_F64
	LOOP1_F64(MIN4_F64, MIN1_F64)

// func ScalarSubF64(dst []float64, s float64, x []float64)
TEXT ·ScalarSubF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	FMOVD	s+24(FP), F4
	MOVD	x_base+32(FP), R1
	BCAST_F64
	LOOP1_F64(RSUB4_F64, RSUB1_F64)

// func ScalarDivF64(dst []float64, s float64, x []float64)
TEXT ·ScalarDivF64NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	FMOVD	s+24(FP), F4
	MOVD	x_base+32(FP), R1
	BCAST_F64
	LOOP1_F64(RDIV4_F64, RDIV1_F64)

// func AbsF64(dst, x []float64)
TEXT ·AbsF64NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F64(ABS4_F64, ABS1_F64)

// func NegF64(dst, x []float64)
TEXT ·NegF64NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F64(NEG4_F64, NEG1_F64)

// func SqrtF64(dst, x []float64)
TEXT ·SqrtF64NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F64(SQRT4_F64, SQRT1_F64)

// func SquareF64(dst, x []float64)
TEXT ·SquareF64NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F64(SQUARE4_F64, SQUARE1_F64)

// func AddF32(dst, x, y []float32)
TEXT ·AddF32NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(ADD4_F32, ADD1_F32)

// func SubF32(dst, x, y []float32)
TEXT ·SubF32NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(SUB4_F32, SUB1_F32)

// func MulF32(dst, x, y []float32)
TEXT ·MulF32NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(MUL4_F32, MUL1_F32)

// func DivF32(dst, x, y []float32)
TEXT ·DivF32NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(DIV4_F32, DIV1_F32)

// func MaximumF32(dst, x, y []float32)
TEXT ·MaximumF32NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(MAX4_F32, MAX1_F32)

// func MinimumF32(dst, x, y []float32)
TEXT ·MinimumF32NEON(SB), NOSPLIT, $0-72
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	MOVD	y_base+48(FP), R2
	LOOP2_F32(MIN4_F32, MIN1_F32)

// func AddScalarF32(dst, x []float32, s float32)
TEXT ·AddScalarF32NEON(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(ADD4_F32, ADD1_F32)

// func SubScalarF32(dst, x []float32, s float32)
TEXT ·SubScalarF32NEON(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(SUB4_F32, SUB1_F32)

// func MulScalarF32(dst, x []float32, s float32)
TEXT ·MulScalarF32NEON(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(MUL4_F32, MUL1_F32)

// func DivScalarF32(dst, x []float32, s float32)
TEXT ·DivScalarF32NEON(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(DIV4_F32, DIV1_F32)

// func MaximumScalarF32(dst, x []float32, s float32)
TEXT ·MaximumScalarF32NEON(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(MAX4_F32, MAX1_F32)

// func MinimumScalarF32(dst, x []float32, s float32)
TEXT ·MinimumScalarF32NEON(SB), NOSPLIT, $0-52
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	FMOVS	s+48(FP), F4
	BCAST_F32
	LOOP1_F32(MIN4_F32, MIN1_F32)

// func ScalarSubF32(dst []float32, s float32, x []float32)
TEXT ·ScalarSubF32NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	FMOVS	s+24(FP), F4
	MOVD	x_base+32(FP), R1
	BCAST_F32
	LOOP1_F32(RSUB4_F32, RSUB1_F32)

// func ScalarDivF32(dst []float32, s float32, x []float32)
TEXT ·ScalarDivF32NEON(SB), NOSPLIT, $0-56
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	FMOVS	s+24(FP), F4
	MOVD	x_base+32(FP), R1
	BCAST_F32
	LOOP1_F32(RDIV4_F32, RDIV1_F32)

// func AbsF32(dst, x []float32)
TEXT ·AbsF32NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F32(ABS4_F32, ABS1_F32)

// func NegF32(dst, x []float32)
TEXT ·NegF32NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F32(NEG4_F32, NEG1_F32)

// func SqrtF32(dst, x []float32)
TEXT ·SqrtF32NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F32(SQRT4_F32, SQRT1_F32)

// func SquareF32(dst, x []float32)
TEXT ·SquareF32NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
	LOOP1_F32(SQUARE4_F32, SQUARE1_F32)

// func AxpyF64(alpha float64, x, y []float64): y[i] += alpha * x[i]
TEXT ·AxpyF64NEON(SB), NOSPLIT, $0-56
	FMOVD	alpha+0(FP), F8
	VDUP	V8.D[0], V8.D2
	MOVD	x_base+8(FP), R1
	MOVD	x_len+16(FP), R3
	MOVD	y_base+32(FP), R2
	MOVD	R2, R0
	LOOP2_F64(AXPY4_F64, AXPY1_F64)

// func AxpyF32(alpha float32, x, y []float32): y[i] += alpha * x[i]
TEXT ·AxpyF32NEON(SB), NOSPLIT, $0-56
	FMOVS	alpha+0(FP), F8
	VDUP	V8.S[0], V8.S4
	MOVD	x_base+8(FP), R1
	MOVD	x_len+16(FP), R3
	MOVD	y_base+32(FP), R2
	MOVD	R2, R0
	LOOP2_F32(AXPY4_F32, AXPY1_F32)

// The macros below reuse names defined above.
#undef ADD1_F32
#undef ADD1_F64
#undef DIV1_F32
#undef DIV1_F64
#undef MUL1_F32
#undef MUL1_F64
#undef SUB1_F32
#undef SUB1_F64

// NEON strided forms of the binary kernels (+ - * / maximum minimum), for
// float64 and float32:
//
//	for i := 0; i < n; i++ { dst[dOff+i*dInc] = x[xOff+i*xInc] op y[yOff+i*yInc] }
//
// One element at a time, in order, so any overlap of dst with x or y gives
// what the Go loop gives (as the amd64 strided kernels do; the contiguous
// and scalar cases go to the vector kernels, see stridedNEON in package
// kernels). Each element is loaded into lane 0 with a scalar FMOV and run
// through the same vector instruction as the contiguous kernel (lane 1 is
// zero and discarded), so the results are bit for bit those of
// arith_arm64.s, NaN payloads included; maximum and minimum are NumPy's
// (NaN if either is NaN, y when they compare equal, as NumPy 1.24 on x86-64).
//
// Registers: R0 dst, R1 x, R2 y, R3 elements left, R4-R6 the byte steps of
// dst, x and y. The caller checks that every index is in range.
//
// Go's assembler has no vector FADD/FSUB/FMUL/FDIV/FCMGE/FCMEQ/BIC/BIT:
// they are WORD-encoded with a comment naming each; words_test.go checks
// them.


// STRIDED_PTRS turns the offsets (R7-R9) into addresses and the increments
// into byte steps, for elements of 1<<SH bytes.
#define STRIDED_PTRS(SH) \
	ADD	R7<<SH, R0, R0 \
	ADD	R8<<SH, R1, R1 \
	ADD	R9<<SH, R2, R2 \
	LSL	$SH, R4, R4 \
	LSL	$SH, R5, R5 \
	LSL	$SH, R6, R6

// STRIDED_LOOP runs OP (V0 = V0 op V4, lane 0) over the n (R3) elements,
// loading and storing them with LD and ST (FMOVD or FMOVS).
#define STRIDED_LOOP(LD, ST, OP) \
loop: \
	CMP	$0, R3 \
	BLE	done \
	LD	(R1), F0 \
	LD	(R2), F4 \
	OP \
	ST	F0, (R0) \
	ADD	R4, R0, R0 \
	ADD	R5, R1, R1 \
	ADD	R6, R2, R2 \
	SUB	$1, R3, R3 \
	B	loop \
done: \
	RET

// The operations, V0 = V0 op V4 (lane 0 is the element; maximum and minimum
// use V16 and V20), as in arith_arm64.s.
#define ADD1_F64 \
	WORD $0x4E64D400 /* FADD V0.2D, V0.2D, V4.2D */

#define ADD1_F32 \
	WORD $0x4E24D400 /* FADD V0.4S, V0.4S, V4.4S */

#define SUB1_F64 \
	WORD $0x4EE4D400 /* FSUB V0.2D, V0.2D, V4.2D */

#define SUB1_F32 \
	WORD $0x4EA4D400 /* FSUB V0.4S, V0.4S, V4.4S */

#define MUL1_F64 \
	WORD $0x6E64DC00 /* FMUL V0.2D, V0.2D, V4.2D */

#define MUL1_F32 \
	WORD $0x6E24DC00 /* FMUL V0.4S, V0.4S, V4.4S */

#define DIV1_F64 \
	WORD $0x6E64FC00 /* FDIV V0.2D, V0.2D, V4.2D */

#define DIV1_F32 \
	WORD $0x6E24FC00 /* FDIV V0.4S, V0.4S, V4.4S */

#define MAXIMUM1_F64 \
	WORD $0x6EE4E410 /* FCMGT V16.2D, V0.2D, V4.2D */ \
	WORD $0x4E60E414 /* FCMEQ V20.2D, V0.2D, V0.2D */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */

#define MAXIMUM1_F32 \
	WORD $0x6EA4E410 /* FCMGT V16.4S, V0.4S, V4.4S */ \
	WORD $0x4E20E414 /* FCMEQ V20.4S, V0.4S, V0.4S */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */

#define MINIMUM1_F64 \
	WORD $0x6EE0E490 /* FCMGT V16.2D, V4.2D, V0.2D */ \
	WORD $0x4E60E414 /* FCMEQ V20.2D, V0.2D, V0.2D */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */

#define MINIMUM1_F32 \
	WORD $0x6EA0E490 /* FCMGT V16.4S, V4.4S, V0.4S */ \
	WORD $0x4E20E414 /* FCMEQ V20.4S, V0.4S, V0.4S */ \
	WORD $0x4E701E94 /* BIC V20.16B, V20.16B, V16.16B */ \
	WORD $0x6EB41C80 /* BIT V0.16B, V4.16B, V20.16B */

// func AddStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)
TEXT ·AddStridedF64NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(3)
	STRIDED_LOOP(FMOVD, FMOVD, ADD1_F64)

// func AddStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)
TEXT ·AddStridedF32NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(2)
	STRIDED_LOOP(FMOVS, FMOVS, ADD1_F32)

// func SubStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)
TEXT ·SubStridedF64NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(3)
	STRIDED_LOOP(FMOVD, FMOVD, SUB1_F64)

// func SubStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)
TEXT ·SubStridedF32NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(2)
	STRIDED_LOOP(FMOVS, FMOVS, SUB1_F32)

// func MulStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)
TEXT ·MulStridedF64NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(3)
	STRIDED_LOOP(FMOVD, FMOVD, MUL1_F64)

// func MulStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)
TEXT ·MulStridedF32NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(2)
	STRIDED_LOOP(FMOVS, FMOVS, MUL1_F32)

// func DivStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)
TEXT ·DivStridedF64NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(3)
	STRIDED_LOOP(FMOVD, FMOVD, DIV1_F64)

// func DivStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)
TEXT ·DivStridedF32NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(2)
	STRIDED_LOOP(FMOVS, FMOVS, DIV1_F32)

// func MaximumStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)
TEXT ·MaximumStridedF64NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(3)
	STRIDED_LOOP(FMOVD, FMOVD, MAXIMUM1_F64)

// func MaximumStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)
TEXT ·MaximumStridedF32NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(2)
	STRIDED_LOOP(FMOVS, FMOVS, MAXIMUM1_F32)

// func MinimumStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)
TEXT ·MinimumStridedF64NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(3)
	STRIDED_LOOP(FMOVD, FMOVD, MINIMUM1_F64)

// func MinimumStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)
TEXT ·MinimumStridedF32NEON(SB), NOSPLIT, $0-128
	MOVD	n+0(FP), R3
	MOVD	dst_base+8(FP), R0
	MOVD	dOff+32(FP), R7
	MOVD	dInc+40(FP), R4
	MOVD	x_base+48(FP), R1
	MOVD	xOff+72(FP), R8
	MOVD	xInc+80(FP), R5
	MOVD	y_base+88(FP), R2
	MOVD	yOff+112(FP), R9
	MOVD	yInc+120(FP), R6
	STRIDED_PTRS(2)
	STRIDED_LOOP(FMOVS, FMOVS, MINIMUM1_F32)

// NEON conversions: FromUint8 for float64 and float32. 16 bytes at a time
// are widened with UXTL/UXTL2 (8 to 16 to 32 (to 64) bits) and converted
// with UCVTF, which is exact; the tail is converted one byte at a time.
// UXTL, UXTL2 and vector UCVTF are WORD-encoded (Go's assembler lacks them),
// each with a comment naming it; words_test.go checks them.


// V3-V6 = the 16 bytes of V0 as uint32
#define WIDEN16 \
	WORD $0x2F08A401 /* UXTL V1.8H, V0.8B */ \
	WORD $0x6F08A402 /* UXTL2 V2.8H, V0.16B */ \
	WORD $0x2F10A423 /* UXTL V3.4S, V1.4H */ \
	WORD $0x6F10A424 /* UXTL2 V4.4S, V1.8H */ \
	WORD $0x2F10A445 /* UXTL V5.4S, V2.4H */ \
	WORD $0x6F10A446 /* UXTL2 V6.4S, V2.8H */

// V16-V23 = V3-V6 as float64
#define TOF64 \
	WORD $0x2F20A470 /* UXTL V16.2D, V3.2S */ \
	WORD $0x6F20A471 /* UXTL2 V17.2D, V3.4S */ \
	WORD $0x2F20A492 /* UXTL V18.2D, V4.2S */ \
	WORD $0x6F20A493 /* UXTL2 V19.2D, V4.4S */ \
	WORD $0x2F20A4B4 /* UXTL V20.2D, V5.2S */ \
	WORD $0x6F20A4B5 /* UXTL2 V21.2D, V5.4S */ \
	WORD $0x2F20A4D6 /* UXTL V22.2D, V6.2S */ \
	WORD $0x6F20A4D7 /* UXTL2 V23.2D, V6.4S */ \
	WORD $0x6E61DA10 /* UCVTF V16.2D, V16.2D */ \
	WORD $0x6E61DA31 /* UCVTF V17.2D, V17.2D */ \
	WORD $0x6E61DA52 /* UCVTF V18.2D, V18.2D */ \
	WORD $0x6E61DA73 /* UCVTF V19.2D, V19.2D */ \
	WORD $0x6E61DA94 /* UCVTF V20.2D, V20.2D */ \
	WORD $0x6E61DAB5 /* UCVTF V21.2D, V21.2D */ \
	WORD $0x6E61DAD6 /* UCVTF V22.2D, V22.2D */ \
	WORD $0x6E61DAF7 /* UCVTF V23.2D, V23.2D */

// V3-V6 = V3-V6 as float32
#define TOF32 \
	WORD $0x6E21D863 /* UCVTF V3.4S, V3.4S */ \
	WORD $0x6E21D884 /* UCVTF V4.4S, V4.4S */ \
	WORD $0x6E21D8A5 /* UCVTF V5.4S, V5.4S */ \
	WORD $0x6E21D8C6 /* UCVTF V6.4S, V6.4S */

// func FromUint8F64(dst []float64, x []uint8)
TEXT ·FromUint8F64NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
loop16:
	CMP	$16, R3
	BLT	tail
	VLD1.P	16(R1), [V0.B16]
	WIDEN16
	TOF64
	VST1.P	[V16.D2, V17.D2, V18.D2, V19.D2], 64(R0)
	VST1.P	[V20.D2, V21.D2, V22.D2, V23.D2], 64(R0)
	SUB	$16, R3
	B	loop16
tail:
	CBZ	R3, done
	MOVBU.P	1(R1), R4
	UCVTFWD	R4, F0
	FMOVD.P	F0, 8(R0)
	SUB	$1, R3
	B	tail
done:
	RET

// func FromUint8F32(dst []float32, x []uint8)
TEXT ·FromUint8F32NEON(SB), NOSPLIT, $0-48
	MOVD	dst_base+0(FP), R0
	MOVD	dst_len+8(FP), R3
	MOVD	x_base+24(FP), R1
loop16:
	CMP	$16, R3
	BLT	tail
	VLD1.P	16(R1), [V0.B16]
	WIDEN16
	TOF32
	VST1.P	[V3.S4, V4.S4, V5.S4, V6.S4], 64(R0)
	SUB	$16, R3
	B	loop16
tail:
	CBZ	R3, done
	MOVBU.P	1(R1), R4
	UCVTFWS	R4, F0
	FMOVS.P	F0, 4(R0)
	SUB	$1, R3
	B	tail
done:
	RET

