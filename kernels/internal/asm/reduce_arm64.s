//go:build !purego

// NEON reductions for float64 (.2D) and float32 (.4S).
//
// The sums (Sum, SumSq, Dot, L1Dist, L2DistSq) write one float64 per block
// of 128 elements (the last block may be shorter): out[b] is the sum over
// x[128*b : 128*b+128]. Within a block 16 float64 lanes (V16-V23) each add
// every 16th term, and the lanes are added as a tree, as the generic twin's
// pairwise leaves do; package kernels adds the block sums pairwise. float32
// inputs are widened to float64 (FCVTL/FCVTL2) before they are added, as the
// generic twin accumulates in float64; the differences of L1Dist and L2DistSq
// are taken in float32 first, as there. float64 products are rounded before
// they are added (FMUL then FADD, as the generic twin), so that overflowing
// terms give the same infinities and NaNs; float32 products, exact in
// float64, are added with FMLA.
//
// Max and Min use FMAX/FMIN (NaN propagates, +0 > -0); package kernels falls
// back to the generic twin when the result is NaN or zero, so that the NaN
// returned and the sign of a zero are exactly the generic twin's.
//
// Register use: R0 out, R1 x, R2 y, R3 elements left, R4 elements left in
// the block. Loads of single elements use scalar FMOV, which zeroes the other
// lanes, so nothing is read past the end of a slice.

#include "textflag.h"

// SUM: 16 float64 elements into V16-V23
#define SUM16_F64 \
	VLD1.P	64(R1), [V0.D2, V1.D2, V2.D2, V3.D2] \
	VLD1.P	64(R1), [V4.D2, V5.D2, V6.D2, V7.D2] \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */ \
	WORD $0x4E61D631 /* FADD V17.2D, V17.2D, V1.2D */ \
	WORD $0x4E62D652 /* FADD V18.2D, V18.2D, V2.2D */ \
	WORD $0x4E63D673 /* FADD V19.2D, V19.2D, V3.2D */ \
	WORD $0x4E64D694 /* FADD V20.2D, V20.2D, V4.2D */ \
	WORD $0x4E65D6B5 /* FADD V21.2D, V21.2D, V5.2D */ \
	WORD $0x4E66D6D6 /* FADD V22.2D, V22.2D, V6.2D */ \
	WORD $0x4E67D6F7 /* FADD V23.2D, V23.2D, V7.2D */

// SUM: 2 float64 elements into V16
#define SUMV_F64 \
	VLD1.P	16(R1), [V0.D2] \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */

// SUM: 1 float64 element into V16 (lane 0)
#define SUM1_F64 \
	FMOVD.P	8(R1), F0 \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */

// SUM: 16 float32 elements, widened, into V16-V23
#define SUM16_F32 \
	VLD1.P	64(R1), [V0.S4, V1.S4, V2.S4, V3.S4] \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	WORD $0x0E61782A /* FCVTL V10.2D, V1.2S */ \
	WORD $0x4E61782B /* FCVTL2 V11.2D, V1.4S */ \
	WORD $0x0E61784C /* FCVTL V12.2D, V2.2S */ \
	WORD $0x4E61784D /* FCVTL2 V13.2D, V2.4S */ \
	WORD $0x0E61786E /* FCVTL V14.2D, V3.2S */ \
	WORD $0x4E61786F /* FCVTL2 V15.2D, V3.4S */ \
	WORD $0x4E68D610 /* FADD V16.2D, V16.2D, V8.2D */ \
	WORD $0x4E69D631 /* FADD V17.2D, V17.2D, V9.2D */ \
	WORD $0x4E6AD652 /* FADD V18.2D, V18.2D, V10.2D */ \
	WORD $0x4E6BD673 /* FADD V19.2D, V19.2D, V11.2D */ \
	WORD $0x4E6CD694 /* FADD V20.2D, V20.2D, V12.2D */ \
	WORD $0x4E6DD6B5 /* FADD V21.2D, V21.2D, V13.2D */ \
	WORD $0x4E6ED6D6 /* FADD V22.2D, V22.2D, V14.2D */ \
	WORD $0x4E6FD6F7 /* FADD V23.2D, V23.2D, V15.2D */

// SUM: 4 float32 elements, widened, into V16-V17
#define SUMV_F32 \
	VLD1.P	16(R1), [V0.S4] \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	WORD $0x4E68D610 /* FADD V16.2D, V16.2D, V8.2D */ \
	WORD $0x4E69D631 /* FADD V17.2D, V17.2D, V9.2D */

// SUM: 1 float32 element, widened, into V16 (lane 0)
#define SUM1_F32 \
	FMOVS.P	4(R1), F0 \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	WORD $0x4E68D610 /* FADD V16.2D, V16.2D, V8.2D */ \
	WORD $0x4E69D631 /* FADD V17.2D, V17.2D, V9.2D */

// SUMSQ: 16 float64 elements into V16-V23
#define SUMSQ16_F64 \
	VLD1.P	64(R1), [V0.D2, V1.D2, V2.D2, V3.D2] \
	VLD1.P	64(R1), [V4.D2, V5.D2, V6.D2, V7.D2] \
	WORD $0x6E60DC00 /* FMUL V0.2D, V0.2D, V0.2D */ \
	WORD $0x6E61DC21 /* FMUL V1.2D, V1.2D, V1.2D */ \
	WORD $0x6E62DC42 /* FMUL V2.2D, V2.2D, V2.2D */ \
	WORD $0x6E63DC63 /* FMUL V3.2D, V3.2D, V3.2D */ \
	WORD $0x6E64DC84 /* FMUL V4.2D, V4.2D, V4.2D */ \
	WORD $0x6E65DCA5 /* FMUL V5.2D, V5.2D, V5.2D */ \
	WORD $0x6E66DCC6 /* FMUL V6.2D, V6.2D, V6.2D */ \
	WORD $0x6E67DCE7 /* FMUL V7.2D, V7.2D, V7.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */ \
	WORD $0x4E61D631 /* FADD V17.2D, V17.2D, V1.2D */ \
	WORD $0x4E62D652 /* FADD V18.2D, V18.2D, V2.2D */ \
	WORD $0x4E63D673 /* FADD V19.2D, V19.2D, V3.2D */ \
	WORD $0x4E64D694 /* FADD V20.2D, V20.2D, V4.2D */ \
	WORD $0x4E65D6B5 /* FADD V21.2D, V21.2D, V5.2D */ \
	WORD $0x4E66D6D6 /* FADD V22.2D, V22.2D, V6.2D */ \
	WORD $0x4E67D6F7 /* FADD V23.2D, V23.2D, V7.2D */

// SUMSQ: 2 float64 elements into V16
#define SUMSQV_F64 \
	VLD1.P	16(R1), [V0.D2] \
	WORD $0x6E60DC00 /* FMUL V0.2D, V0.2D, V0.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */

// SUMSQ: 1 float64 element into V16 (lane 0)
#define SUMSQ1_F64 \
	FMOVD.P	8(R1), F0 \
	WORD $0x6E60DC00 /* FMUL V0.2D, V0.2D, V0.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */

// SUMSQ: 16 float32 elements, widened, into V16-V23
#define SUMSQ16_F32 \
	VLD1.P	64(R1), [V0.S4, V1.S4, V2.S4, V3.S4] \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	WORD $0x0E61782A /* FCVTL V10.2D, V1.2S */ \
	WORD $0x4E61782B /* FCVTL2 V11.2D, V1.4S */ \
	WORD $0x0E61784C /* FCVTL V12.2D, V2.2S */ \
	WORD $0x4E61784D /* FCVTL2 V13.2D, V2.4S */ \
	WORD $0x0E61786E /* FCVTL V14.2D, V3.2S */ \
	WORD $0x4E61786F /* FCVTL2 V15.2D, V3.4S */ \
	VFMLA	V8.D2, V8.D2, V16.D2 \
	VFMLA	V9.D2, V9.D2, V17.D2 \
	VFMLA	V10.D2, V10.D2, V18.D2 \
	VFMLA	V11.D2, V11.D2, V19.D2 \
	VFMLA	V12.D2, V12.D2, V20.D2 \
	VFMLA	V13.D2, V13.D2, V21.D2 \
	VFMLA	V14.D2, V14.D2, V22.D2 \
	VFMLA	V15.D2, V15.D2, V23.D2

// SUMSQ: 4 float32 elements, widened, into V16-V17
#define SUMSQV_F32 \
	VLD1.P	16(R1), [V0.S4] \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	VFMLA	V8.D2, V8.D2, V16.D2 \
	VFMLA	V9.D2, V9.D2, V17.D2

// SUMSQ: 1 float32 element, widened, into V16 (lane 0)
#define SUMSQ1_F32 \
	FMOVS.P	4(R1), F0 \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	VFMLA	V8.D2, V8.D2, V16.D2 \
	VFMLA	V9.D2, V9.D2, V17.D2

// DOT: 16 float64 elements into V16-V23
#define DOT16_F64 \
	VLD1.P	64(R1), [V0.D2, V1.D2, V2.D2, V3.D2] \
	VLD1.P	64(R1), [V4.D2, V5.D2, V6.D2, V7.D2] \
	VLD1.P	64(R2), [V8.D2, V9.D2, V10.D2, V11.D2] \
	VLD1.P	64(R2), [V12.D2, V13.D2, V14.D2, V15.D2] \
	WORD $0x6E68DC00 /* FMUL V0.2D, V0.2D, V8.2D */ \
	WORD $0x6E69DC21 /* FMUL V1.2D, V1.2D, V9.2D */ \
	WORD $0x6E6ADC42 /* FMUL V2.2D, V2.2D, V10.2D */ \
	WORD $0x6E6BDC63 /* FMUL V3.2D, V3.2D, V11.2D */ \
	WORD $0x6E6CDC84 /* FMUL V4.2D, V4.2D, V12.2D */ \
	WORD $0x6E6DDCA5 /* FMUL V5.2D, V5.2D, V13.2D */ \
	WORD $0x6E6EDCC6 /* FMUL V6.2D, V6.2D, V14.2D */ \
	WORD $0x6E6FDCE7 /* FMUL V7.2D, V7.2D, V15.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */ \
	WORD $0x4E61D631 /* FADD V17.2D, V17.2D, V1.2D */ \
	WORD $0x4E62D652 /* FADD V18.2D, V18.2D, V2.2D */ \
	WORD $0x4E63D673 /* FADD V19.2D, V19.2D, V3.2D */ \
	WORD $0x4E64D694 /* FADD V20.2D, V20.2D, V4.2D */ \
	WORD $0x4E65D6B5 /* FADD V21.2D, V21.2D, V5.2D */ \
	WORD $0x4E66D6D6 /* FADD V22.2D, V22.2D, V6.2D */ \
	WORD $0x4E67D6F7 /* FADD V23.2D, V23.2D, V7.2D */

// DOT: 2 float64 elements into V16
#define DOTV_F64 \
	VLD1.P	16(R1), [V0.D2] \
	VLD1.P	16(R2), [V8.D2] \
	WORD $0x6E68DC00 /* FMUL V0.2D, V0.2D, V8.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */

// DOT: 1 float64 element into V16 (lane 0)
#define DOT1_F64 \
	FMOVD.P	8(R1), F0 \
	FMOVD.P	8(R2), F8 \
	WORD $0x6E68DC00 /* FMUL V0.2D, V0.2D, V8.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */

// DOT: 16 float32 elements, widened, into V16-V23
#define DOT16_F32 \
	VLD1.P	64(R1), [V0.S4, V1.S4, V2.S4, V3.S4] \
	VLD1.P	64(R2), [V4.S4, V5.S4, V6.S4, V7.S4] \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	WORD $0x0E617898 /* FCVTL V24.2D, V4.2S */ \
	WORD $0x4E617899 /* FCVTL2 V25.2D, V4.4S */ \
	WORD $0x0E61782A /* FCVTL V10.2D, V1.2S */ \
	WORD $0x4E61782B /* FCVTL2 V11.2D, V1.4S */ \
	WORD $0x0E6178BA /* FCVTL V26.2D, V5.2S */ \
	WORD $0x4E6178BB /* FCVTL2 V27.2D, V5.4S */ \
	WORD $0x0E61784C /* FCVTL V12.2D, V2.2S */ \
	WORD $0x4E61784D /* FCVTL2 V13.2D, V2.4S */ \
	WORD $0x0E6178DC /* FCVTL V28.2D, V6.2S */ \
	WORD $0x4E6178DD /* FCVTL2 V29.2D, V6.4S */ \
	WORD $0x0E61786E /* FCVTL V14.2D, V3.2S */ \
	WORD $0x4E61786F /* FCVTL2 V15.2D, V3.4S */ \
	WORD $0x0E6178FE /* FCVTL V30.2D, V7.2S */ \
	WORD $0x4E6178FF /* FCVTL2 V31.2D, V7.4S */ \
	VFMLA	V24.D2, V8.D2, V16.D2 \
	VFMLA	V25.D2, V9.D2, V17.D2 \
	VFMLA	V26.D2, V10.D2, V18.D2 \
	VFMLA	V27.D2, V11.D2, V19.D2 \
	VFMLA	V28.D2, V12.D2, V20.D2 \
	VFMLA	V29.D2, V13.D2, V21.D2 \
	VFMLA	V30.D2, V14.D2, V22.D2 \
	VFMLA	V31.D2, V15.D2, V23.D2

// DOT: 4 float32 elements, widened, into V16-V17
#define DOTV_F32 \
	VLD1.P	16(R1), [V0.S4] \
	VLD1.P	16(R2), [V4.S4] \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	WORD $0x0E617898 /* FCVTL V24.2D, V4.2S */ \
	WORD $0x4E617899 /* FCVTL2 V25.2D, V4.4S */ \
	VFMLA	V24.D2, V8.D2, V16.D2 \
	VFMLA	V25.D2, V9.D2, V17.D2

// DOT: 1 float32 element, widened, into V16 (lane 0)
#define DOT1_F32 \
	FMOVS.P	4(R1), F0 \
	FMOVS.P	4(R2), F4 \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	WORD $0x0E617898 /* FCVTL V24.2D, V4.2S */ \
	WORD $0x4E617899 /* FCVTL2 V25.2D, V4.4S */ \
	VFMLA	V24.D2, V8.D2, V16.D2 \
	VFMLA	V25.D2, V9.D2, V17.D2

// L1: 16 float64 elements into V16-V23
#define L116_F64 \
	VLD1.P	64(R1), [V0.D2, V1.D2, V2.D2, V3.D2] \
	VLD1.P	64(R1), [V4.D2, V5.D2, V6.D2, V7.D2] \
	VLD1.P	64(R2), [V8.D2, V9.D2, V10.D2, V11.D2] \
	VLD1.P	64(R2), [V12.D2, V13.D2, V14.D2, V15.D2] \
	WORD $0x4EE8D400 /* FSUB V0.2D, V0.2D, V8.2D */ \
	WORD $0x4EE9D421 /* FSUB V1.2D, V1.2D, V9.2D */ \
	WORD $0x4EEAD442 /* FSUB V2.2D, V2.2D, V10.2D */ \
	WORD $0x4EEBD463 /* FSUB V3.2D, V3.2D, V11.2D */ \
	WORD $0x4EECD484 /* FSUB V4.2D, V4.2D, V12.2D */ \
	WORD $0x4EEDD4A5 /* FSUB V5.2D, V5.2D, V13.2D */ \
	WORD $0x4EEED4C6 /* FSUB V6.2D, V6.2D, V14.2D */ \
	WORD $0x4EEFD4E7 /* FSUB V7.2D, V7.2D, V15.2D */ \
	WORD $0x4EE0F800 /* FABS V0.2D, V0.2D */ \
	WORD $0x4EE0F821 /* FABS V1.2D, V1.2D */ \
	WORD $0x4EE0F842 /* FABS V2.2D, V2.2D */ \
	WORD $0x4EE0F863 /* FABS V3.2D, V3.2D */ \
	WORD $0x4EE0F884 /* FABS V4.2D, V4.2D */ \
	WORD $0x4EE0F8A5 /* FABS V5.2D, V5.2D */ \
	WORD $0x4EE0F8C6 /* FABS V6.2D, V6.2D */ \
	WORD $0x4EE0F8E7 /* FABS V7.2D, V7.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */ \
	WORD $0x4E61D631 /* FADD V17.2D, V17.2D, V1.2D */ \
	WORD $0x4E62D652 /* FADD V18.2D, V18.2D, V2.2D */ \
	WORD $0x4E63D673 /* FADD V19.2D, V19.2D, V3.2D */ \
	WORD $0x4E64D694 /* FADD V20.2D, V20.2D, V4.2D */ \
	WORD $0x4E65D6B5 /* FADD V21.2D, V21.2D, V5.2D */ \
	WORD $0x4E66D6D6 /* FADD V22.2D, V22.2D, V6.2D */ \
	WORD $0x4E67D6F7 /* FADD V23.2D, V23.2D, V7.2D */

// L1: 2 float64 elements into V16
#define L1V_F64 \
	VLD1.P	16(R1), [V0.D2] \
	VLD1.P	16(R2), [V8.D2] \
	WORD $0x4EE8D400 /* FSUB V0.2D, V0.2D, V8.2D */ \
	WORD $0x4EE0F800 /* FABS V0.2D, V0.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */

// L1: 1 float64 element into V16 (lane 0)
#define L11_F64 \
	FMOVD.P	8(R1), F0 \
	FMOVD.P	8(R2), F8 \
	WORD $0x4EE8D400 /* FSUB V0.2D, V0.2D, V8.2D */ \
	WORD $0x4EE0F800 /* FABS V0.2D, V0.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */

// L1: 16 float32 elements, widened, into V16-V23
#define L116_F32 \
	VLD1.P	64(R1), [V0.S4, V1.S4, V2.S4, V3.S4] \
	VLD1.P	64(R2), [V4.S4, V5.S4, V6.S4, V7.S4] \
	WORD $0x4EA4D400 /* FSUB V0.4S, V0.4S, V4.4S */ \
	WORD $0x4EA5D421 /* FSUB V1.4S, V1.4S, V5.4S */ \
	WORD $0x4EA6D442 /* FSUB V2.4S, V2.4S, V6.4S */ \
	WORD $0x4EA7D463 /* FSUB V3.4S, V3.4S, V7.4S */ \
	WORD $0x4EA0F800 /* FABS V0.4S, V0.4S */ \
	WORD $0x4EA0F821 /* FABS V1.4S, V1.4S */ \
	WORD $0x4EA0F842 /* FABS V2.4S, V2.4S */ \
	WORD $0x4EA0F863 /* FABS V3.4S, V3.4S */ \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	WORD $0x0E61782A /* FCVTL V10.2D, V1.2S */ \
	WORD $0x4E61782B /* FCVTL2 V11.2D, V1.4S */ \
	WORD $0x0E61784C /* FCVTL V12.2D, V2.2S */ \
	WORD $0x4E61784D /* FCVTL2 V13.2D, V2.4S */ \
	WORD $0x0E61786E /* FCVTL V14.2D, V3.2S */ \
	WORD $0x4E61786F /* FCVTL2 V15.2D, V3.4S */ \
	WORD $0x4E68D610 /* FADD V16.2D, V16.2D, V8.2D */ \
	WORD $0x4E69D631 /* FADD V17.2D, V17.2D, V9.2D */ \
	WORD $0x4E6AD652 /* FADD V18.2D, V18.2D, V10.2D */ \
	WORD $0x4E6BD673 /* FADD V19.2D, V19.2D, V11.2D */ \
	WORD $0x4E6CD694 /* FADD V20.2D, V20.2D, V12.2D */ \
	WORD $0x4E6DD6B5 /* FADD V21.2D, V21.2D, V13.2D */ \
	WORD $0x4E6ED6D6 /* FADD V22.2D, V22.2D, V14.2D */ \
	WORD $0x4E6FD6F7 /* FADD V23.2D, V23.2D, V15.2D */

// L1: 4 float32 elements, widened, into V16-V17
#define L1V_F32 \
	VLD1.P	16(R1), [V0.S4] \
	VLD1.P	16(R2), [V4.S4] \
	WORD $0x4EA4D400 /* FSUB V0.4S, V0.4S, V4.4S */ \
	WORD $0x4EA0F800 /* FABS V0.4S, V0.4S */ \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	WORD $0x4E68D610 /* FADD V16.2D, V16.2D, V8.2D */ \
	WORD $0x4E69D631 /* FADD V17.2D, V17.2D, V9.2D */

// L1: 1 float32 element, widened, into V16 (lane 0)
#define L11_F32 \
	FMOVS.P	4(R1), F0 \
	FMOVS.P	4(R2), F4 \
	WORD $0x4EA4D400 /* FSUB V0.4S, V0.4S, V4.4S */ \
	WORD $0x4EA0F800 /* FABS V0.4S, V0.4S */ \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	WORD $0x4E68D610 /* FADD V16.2D, V16.2D, V8.2D */ \
	WORD $0x4E69D631 /* FADD V17.2D, V17.2D, V9.2D */

// L2: 16 float64 elements into V16-V23
#define L216_F64 \
	VLD1.P	64(R1), [V0.D2, V1.D2, V2.D2, V3.D2] \
	VLD1.P	64(R1), [V4.D2, V5.D2, V6.D2, V7.D2] \
	VLD1.P	64(R2), [V8.D2, V9.D2, V10.D2, V11.D2] \
	VLD1.P	64(R2), [V12.D2, V13.D2, V14.D2, V15.D2] \
	WORD $0x4EE8D400 /* FSUB V0.2D, V0.2D, V8.2D */ \
	WORD $0x4EE9D421 /* FSUB V1.2D, V1.2D, V9.2D */ \
	WORD $0x4EEAD442 /* FSUB V2.2D, V2.2D, V10.2D */ \
	WORD $0x4EEBD463 /* FSUB V3.2D, V3.2D, V11.2D */ \
	WORD $0x4EECD484 /* FSUB V4.2D, V4.2D, V12.2D */ \
	WORD $0x4EEDD4A5 /* FSUB V5.2D, V5.2D, V13.2D */ \
	WORD $0x4EEED4C6 /* FSUB V6.2D, V6.2D, V14.2D */ \
	WORD $0x4EEFD4E7 /* FSUB V7.2D, V7.2D, V15.2D */ \
	WORD $0x6E60DC00 /* FMUL V0.2D, V0.2D, V0.2D */ \
	WORD $0x6E61DC21 /* FMUL V1.2D, V1.2D, V1.2D */ \
	WORD $0x6E62DC42 /* FMUL V2.2D, V2.2D, V2.2D */ \
	WORD $0x6E63DC63 /* FMUL V3.2D, V3.2D, V3.2D */ \
	WORD $0x6E64DC84 /* FMUL V4.2D, V4.2D, V4.2D */ \
	WORD $0x6E65DCA5 /* FMUL V5.2D, V5.2D, V5.2D */ \
	WORD $0x6E66DCC6 /* FMUL V6.2D, V6.2D, V6.2D */ \
	WORD $0x6E67DCE7 /* FMUL V7.2D, V7.2D, V7.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */ \
	WORD $0x4E61D631 /* FADD V17.2D, V17.2D, V1.2D */ \
	WORD $0x4E62D652 /* FADD V18.2D, V18.2D, V2.2D */ \
	WORD $0x4E63D673 /* FADD V19.2D, V19.2D, V3.2D */ \
	WORD $0x4E64D694 /* FADD V20.2D, V20.2D, V4.2D */ \
	WORD $0x4E65D6B5 /* FADD V21.2D, V21.2D, V5.2D */ \
	WORD $0x4E66D6D6 /* FADD V22.2D, V22.2D, V6.2D */ \
	WORD $0x4E67D6F7 /* FADD V23.2D, V23.2D, V7.2D */

// L2: 2 float64 elements into V16
#define L2V_F64 \
	VLD1.P	16(R1), [V0.D2] \
	VLD1.P	16(R2), [V8.D2] \
	WORD $0x4EE8D400 /* FSUB V0.2D, V0.2D, V8.2D */ \
	WORD $0x6E60DC00 /* FMUL V0.2D, V0.2D, V0.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */

// L2: 1 float64 element into V16 (lane 0)
#define L21_F64 \
	FMOVD.P	8(R1), F0 \
	FMOVD.P	8(R2), F8 \
	WORD $0x4EE8D400 /* FSUB V0.2D, V0.2D, V8.2D */ \
	WORD $0x6E60DC00 /* FMUL V0.2D, V0.2D, V0.2D */ \
	WORD $0x4E60D610 /* FADD V16.2D, V16.2D, V0.2D */

// L2: 16 float32 elements, widened, into V16-V23
#define L216_F32 \
	VLD1.P	64(R1), [V0.S4, V1.S4, V2.S4, V3.S4] \
	VLD1.P	64(R2), [V4.S4, V5.S4, V6.S4, V7.S4] \
	WORD $0x4EA4D400 /* FSUB V0.4S, V0.4S, V4.4S */ \
	WORD $0x4EA5D421 /* FSUB V1.4S, V1.4S, V5.4S */ \
	WORD $0x4EA6D442 /* FSUB V2.4S, V2.4S, V6.4S */ \
	WORD $0x4EA7D463 /* FSUB V3.4S, V3.4S, V7.4S */ \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	WORD $0x0E61782A /* FCVTL V10.2D, V1.2S */ \
	WORD $0x4E61782B /* FCVTL2 V11.2D, V1.4S */ \
	WORD $0x0E61784C /* FCVTL V12.2D, V2.2S */ \
	WORD $0x4E61784D /* FCVTL2 V13.2D, V2.4S */ \
	WORD $0x0E61786E /* FCVTL V14.2D, V3.2S */ \
	WORD $0x4E61786F /* FCVTL2 V15.2D, V3.4S */ \
	VFMLA	V8.D2, V8.D2, V16.D2 \
	VFMLA	V9.D2, V9.D2, V17.D2 \
	VFMLA	V10.D2, V10.D2, V18.D2 \
	VFMLA	V11.D2, V11.D2, V19.D2 \
	VFMLA	V12.D2, V12.D2, V20.D2 \
	VFMLA	V13.D2, V13.D2, V21.D2 \
	VFMLA	V14.D2, V14.D2, V22.D2 \
	VFMLA	V15.D2, V15.D2, V23.D2

// L2: 4 float32 elements, widened, into V16-V17
#define L2V_F32 \
	VLD1.P	16(R1), [V0.S4] \
	VLD1.P	16(R2), [V4.S4] \
	WORD $0x4EA4D400 /* FSUB V0.4S, V0.4S, V4.4S */ \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	VFMLA	V8.D2, V8.D2, V16.D2 \
	VFMLA	V9.D2, V9.D2, V17.D2

// L2: 1 float32 element, widened, into V16 (lane 0)
#define L21_F32 \
	FMOVS.P	4(R1), F0 \
	FMOVS.P	4(R2), F4 \
	WORD $0x4EA4D400 /* FSUB V0.4S, V0.4S, V4.4S */ \
	WORD $0x0E617808 /* FCVTL V8.2D, V0.2S */ \
	WORD $0x4E617809 /* FCVTL2 V9.2D, V0.4S */ \
	VFMLA	V8.D2, V8.D2, V16.D2 \
	VFMLA	V9.D2, V9.D2, V17.D2

// F0 = the sum of the 16 float64 lanes of V16-V23, as a tree
#define FOLD \
	WORD $0x4E74D610 /* FADD V16.2D, V16.2D, V20.2D */ \
	WORD $0x4E75D631 /* FADD V17.2D, V17.2D, V21.2D */ \
	WORD $0x4E76D652 /* FADD V18.2D, V18.2D, V22.2D */ \
	WORD $0x4E77D673 /* FADD V19.2D, V19.2D, V23.2D */ \
	WORD $0x4E72D610 /* FADD V16.2D, V16.2D, V18.2D */ \
	WORD $0x4E73D631 /* FADD V17.2D, V17.2D, V19.2D */ \
	WORD $0x4E71D610 /* FADD V16.2D, V16.2D, V17.2D */ \
	WORD $0x7E70DA00 /* FADDP D0, V16.2D */

// V16-V19 = fmax(V16-V19, V0-V3) (NaN propagates)
#define MAX8_F64 \
	WORD $0x4E60F610 /* FMAX V16.2D, V16.2D, V0.2D */ \
	WORD $0x4E61F631 /* FMAX V17.2D, V17.2D, V1.2D */ \
	WORD $0x4E62F652 /* FMAX V18.2D, V18.2D, V2.2D */ \
	WORD $0x4E63F673 /* FMAX V19.2D, V19.2D, V3.2D */

// V16 = fmax(V16, V0)
#define MAX2_F64 \
	WORD $0x4E60F610 /* FMAX V16.2D, V16.2D, V0.2D */

// F0 = fmax of the lanes of V16-V19
#define MAXFOLD_F64 \
	WORD $0x4E71F610 /* FMAX V16.2D, V16.2D, V17.2D */ \
	WORD $0x4E73F652 /* FMAX V18.2D, V18.2D, V19.2D */ \
	WORD $0x4E72F610 /* FMAX V16.2D, V16.2D, V18.2D */ \
	WORD $0x7E70FA00 /* FMAXP D0, V16.2D */

// V16-V19 = fmax(V16-V19, V0-V3)
#define MAX16_F32 \
	WORD $0x4E20F610 /* FMAX V16.4S, V16.4S, V0.4S */ \
	WORD $0x4E21F631 /* FMAX V17.4S, V17.4S, V1.4S */ \
	WORD $0x4E22F652 /* FMAX V18.4S, V18.4S, V2.4S */ \
	WORD $0x4E23F673 /* FMAX V19.4S, V19.4S, V3.4S */

// V16 = fmax(V16, V0)
#define MAX4_F32 \
	WORD $0x4E20F610 /* FMAX V16.4S, V16.4S, V0.4S */

// F0 = fmax of the lanes of V16-V19
#define MAXFOLD_F32 \
	WORD $0x4E31F610 /* FMAX V16.4S, V16.4S, V17.4S */ \
	WORD $0x4E33F652 /* FMAX V18.4S, V18.4S, V19.4S */ \
	WORD $0x4E32F610 /* FMAX V16.4S, V16.4S, V18.4S */ \
	WORD $0x6E30FA00 /* FMAXV S0, V16.4S */

// V16-V19 = fmin(V16-V19, V0-V3) (NaN propagates)
#define MIN8_F64 \
	WORD $0x4EE0F610 /* FMIN V16.2D, V16.2D, V0.2D */ \
	WORD $0x4EE1F631 /* FMIN V17.2D, V17.2D, V1.2D */ \
	WORD $0x4EE2F652 /* FMIN V18.2D, V18.2D, V2.2D */ \
	WORD $0x4EE3F673 /* FMIN V19.2D, V19.2D, V3.2D */

// V16 = fmin(V16, V0)
#define MIN2_F64 \
	WORD $0x4EE0F610 /* FMIN V16.2D, V16.2D, V0.2D */

// F0 = fmin of the lanes of V16-V19
#define MINFOLD_F64 \
	WORD $0x4EF1F610 /* FMIN V16.2D, V16.2D, V17.2D */ \
	WORD $0x4EF3F652 /* FMIN V18.2D, V18.2D, V19.2D */ \
	WORD $0x4EF2F610 /* FMIN V16.2D, V16.2D, V18.2D */ \
	WORD $0x7EF0FA00 /* FMINP D0, V16.2D */

// V16-V19 = fmin(V16-V19, V0-V3)
#define MIN16_F32 \
	WORD $0x4EA0F610 /* FMIN V16.4S, V16.4S, V0.4S */ \
	WORD $0x4EA1F631 /* FMIN V17.4S, V17.4S, V1.4S */ \
	WORD $0x4EA2F652 /* FMIN V18.4S, V18.4S, V2.4S */ \
	WORD $0x4EA3F673 /* FMIN V19.4S, V19.4S, V3.4S */

// V16 = fmin(V16, V0)
#define MIN4_F32 \
	WORD $0x4EA0F610 /* FMIN V16.4S, V16.4S, V0.4S */

// F0 = fmin of the lanes of V16-V19
#define MINFOLD_F32 \
	WORD $0x4EB1F610 /* FMIN V16.4S, V16.4S, V17.4S */ \
	WORD $0x4EB3F652 /* FMIN V18.4S, V18.4S, V19.4S */ \
	WORD $0x4EB2F610 /* FMIN V16.4S, V16.4S, V18.4S */ \
	WORD $0x6EB0FA00 /* FMINV S0, V16.4S */

// BLOCKS writes the block sums, using STEP16 for 16 elements, STEPV for one
// vector of VL elements and STEP1 for one element, into V16-V23.
#define BLOCKS(STEP16, STEPV, VL, STEP1) \
block: \
	CBZ	R3, done \
	VEOR	V16.B16, V16.B16, V16.B16 \
	VEOR	V17.B16, V17.B16, V17.B16 \
	VEOR	V18.B16, V18.B16, V18.B16 \
	VEOR	V19.B16, V19.B16, V19.B16 \
	VEOR	V20.B16, V20.B16, V20.B16 \
	VEOR	V21.B16, V21.B16, V21.B16 \
	VEOR	V22.B16, V22.B16, V22.B16 \
	VEOR	V23.B16, V23.B16, V23.B16 \
	MOVD	$128, R4 \
	CMP	R4, R3 \
	CSEL	LT, R3, R4, R4 \
	SUB	R4, R3 \
g16: \
	CMP	$16, R4 \
	BLT	gv \
	STEP16 \
	SUB	$16, R4 \
	B	g16 \
gv: \
	CMP	$VL, R4 \
	BLT	g1 \
	STEPV \
	SUB	$VL, R4 \
	B	gv \
g1: \
	CBZ	R4, fold \
	STEP1 \
	SUB	$1, R4 \
	B	g1 \
fold: \
	FOLD \
	FMOVD.P	F0, 8(R0) \
	B	block \
done: \
	RET

// func SumBlocksF64(out []float64, x []float64)
TEXT ·SumBlocksF64NEON(SB), NOSPLIT, $0-48
	MOVD	out_base+0(FP), R0
	MOVD	x_base+24(FP), R1
	MOVD	x_len+32(FP), R3
	BLOCKS(SUM16_F64, SUMV_F64, 2, SUM1_F64)

// func SumSqBlocksF64(out []float64, x []float64)
TEXT ·SumSqBlocksF64NEON(SB), NOSPLIT, $0-48
	MOVD	out_base+0(FP), R0
	MOVD	x_base+24(FP), R1
	MOVD	x_len+32(FP), R3
	BLOCKS(SUMSQ16_F64, SUMSQV_F64, 2, SUMSQ1_F64)

// func DotBlocksF64(out []float64, x, y []float64)
TEXT ·DotBlocksF64NEON(SB), NOSPLIT, $0-72
	MOVD	out_base+0(FP), R0
	MOVD	x_base+24(FP), R1
	MOVD	x_len+32(FP), R3
	MOVD	y_base+48(FP), R2
	BLOCKS(DOT16_F64, DOTV_F64, 2, DOT1_F64)

// func L1DistBlocksF64(out []float64, x, y []float64)
TEXT ·L1DistBlocksF64NEON(SB), NOSPLIT, $0-72
	MOVD	out_base+0(FP), R0
	MOVD	x_base+24(FP), R1
	MOVD	x_len+32(FP), R3
	MOVD	y_base+48(FP), R2
	BLOCKS(L116_F64, L1V_F64, 2, L11_F64)

// func L2DistSqBlocksF64(out []float64, x, y []float64)
TEXT ·L2DistSqBlocksF64NEON(SB), NOSPLIT, $0-72
	MOVD	out_base+0(FP), R0
	MOVD	x_base+24(FP), R1
	MOVD	x_len+32(FP), R3
	MOVD	y_base+48(FP), R2
	BLOCKS(L216_F64, L2V_F64, 2, L21_F64)

// func SumBlocksF32(out []float64, x []float32)
TEXT ·SumBlocksF32NEON(SB), NOSPLIT, $0-48
	MOVD	out_base+0(FP), R0
	MOVD	x_base+24(FP), R1
	MOVD	x_len+32(FP), R3
	BLOCKS(SUM16_F32, SUMV_F32, 4, SUM1_F32)

// func SumSqBlocksF32(out []float64, x []float32)
TEXT ·SumSqBlocksF32NEON(SB), NOSPLIT, $0-48
	MOVD	out_base+0(FP), R0
	MOVD	x_base+24(FP), R1
	MOVD	x_len+32(FP), R3
	BLOCKS(SUMSQ16_F32, SUMSQV_F32, 4, SUMSQ1_F32)

// func DotBlocksF32(out []float64, x, y []float32)
TEXT ·DotBlocksF32NEON(SB), NOSPLIT, $0-72
	MOVD	out_base+0(FP), R0
	MOVD	x_base+24(FP), R1
	MOVD	x_len+32(FP), R3
	MOVD	y_base+48(FP), R2
	BLOCKS(DOT16_F32, DOTV_F32, 4, DOT1_F32)

// func L1DistBlocksF32(out []float64, x, y []float32)
TEXT ·L1DistBlocksF32NEON(SB), NOSPLIT, $0-72
	MOVD	out_base+0(FP), R0
	MOVD	x_base+24(FP), R1
	MOVD	x_len+32(FP), R3
	MOVD	y_base+48(FP), R2
	BLOCKS(L116_F32, L1V_F32, 4, L11_F32)

// func L2DistSqBlocksF32(out []float64, x, y []float32)
TEXT ·L2DistSqBlocksF32NEON(SB), NOSPLIT, $0-72
	MOVD	out_base+0(FP), R0
	MOVD	x_base+24(FP), R1
	MOVD	x_len+32(FP), R3
	MOVD	y_base+48(FP), R2
	BLOCKS(L216_F32, L2V_F32, 4, L21_F32)

// func MaxF64(x []float64) float64
TEXT ·MaxF64NEON(SB), NOSPLIT, $0-32
	MOVD	x_base+0(FP), R1
	MOVD	x_len+8(FP), R3
	MOVD	$0xFFF0000000000000, R5
	VDUP	R5, V16.D2
	VMOV	V16.B16, V17.B16
	VMOV	V16.B16, V18.B16
	VMOV	V16.B16, V19.B16
loop8:
	CMP	$8, R3
	BLT	loop2
	VLD1.P	64(R1), [V0.D2, V1.D2, V2.D2, V3.D2]
	MAX8_F64
	SUB	$8, R3
	B	loop8
loop2:
	CMP	$2, R3
	BLT	tail
	VLD1.P	16(R1), [V0.D2]
	MAX2_F64
	SUB	$2, R3
	B	loop2
tail:
	CBZ	R3, fold
	FMOVD	(R1), F0
	VDUP	V0.D[0], V0.D2
	MAX2_F64
fold:
	MAXFOLD_F64
	FMOVD	F0, ret+24(FP)
	RET

// func MaxF32(x []float32) float32
TEXT ·MaxF32NEON(SB), NOSPLIT, $0-28
	MOVD	x_base+0(FP), R1
	MOVD	x_len+8(FP), R3
	MOVW	$0xFF800000, R5
	VDUP	R5, V16.S4
	VMOV	V16.B16, V17.B16
	VMOV	V16.B16, V18.B16
	VMOV	V16.B16, V19.B16
loop16:
	CMP	$16, R3
	BLT	loop4
	VLD1.P	64(R1), [V0.S4, V1.S4, V2.S4, V3.S4]
	MAX16_F32
	SUB	$16, R3
	B	loop16
loop4:
	CMP	$4, R3
	BLT	tail
	VLD1.P	16(R1), [V0.S4]
	MAX4_F32
	SUB	$4, R3
	B	loop4
tail:
	CBZ	R3, fold
	FMOVS.P	4(R1), F0
	VDUP	V0.S[0], V0.S4
	MAX4_F32
	SUB	$1, R3
	B	tail
fold:
	MAXFOLD_F32
	FMOVS	F0, ret+24(FP)
	RET

// func MinF64(x []float64) float64
TEXT ·MinF64NEON(SB), NOSPLIT, $0-32
	MOVD	x_base+0(FP), R1
	MOVD	x_len+8(FP), R3
	MOVD	$0x7FF0000000000000, R5
	VDUP	R5, V16.D2
	VMOV	V16.B16, V17.B16
	VMOV	V16.B16, V18.B16
	VMOV	V16.B16, V19.B16
loop8:
	CMP	$8, R3
	BLT	loop2
	VLD1.P	64(R1), [V0.D2, V1.D2, V2.D2, V3.D2]
	MIN8_F64
	SUB	$8, R3
	B	loop8
loop2:
	CMP	$2, R3
	BLT	tail
	VLD1.P	16(R1), [V0.D2]
	MIN2_F64
	SUB	$2, R3
	B	loop2
tail:
	CBZ	R3, fold
	FMOVD	(R1), F0
	VDUP	V0.D[0], V0.D2
	MIN2_F64
fold:
	MINFOLD_F64
	FMOVD	F0, ret+24(FP)
	RET

// func MinF32(x []float32) float32
TEXT ·MinF32NEON(SB), NOSPLIT, $0-28
	MOVD	x_base+0(FP), R1
	MOVD	x_len+8(FP), R3
	MOVW	$0x7F800000, R5
	VDUP	R5, V16.S4
	VMOV	V16.B16, V17.B16
	VMOV	V16.B16, V18.B16
	VMOV	V16.B16, V19.B16
loop16:
	CMP	$16, R3
	BLT	loop4
	VLD1.P	64(R1), [V0.S4, V1.S4, V2.S4, V3.S4]
	MIN16_F32
	SUB	$16, R3
	B	loop16
loop4:
	CMP	$4, R3
	BLT	tail
	VLD1.P	16(R1), [V0.S4]
	MIN4_F32
	SUB	$4, R3
	B	loop4
tail:
	CBZ	R3, fold
	FMOVS.P	4(R1), F0
	VDUP	V0.S[0], V0.S4
	MIN4_F32
	SUB	$1, R3
	B	tail
fold:
	MINFOLD_F32
	FMOVS	F0, ret+24(FP)
	RET

// NEON ArgMax and ArgMin scans for float64 (.2D) and float32 (.4S).
//
// Two chains of one vector each (the even and the odd vectors of x) keep,
// per lane, the first largest (smallest) value seen and its index: a lane
// takes a new element only when it is strictly larger (smaller), so among
// equal values the lane keeps the first. FMAX of every element into a
// separate register makes any NaN sticky, so the scan reports whether x
// holds one. Combining the lanes and finding the first NaN are left to the
// Go caller (package kernels, argAsm), which breaks ties between lanes by
// the smaller index. Per vector of elements: FCMGT, FMAX, two BIT, an index
// add (2 elements for float64, 4 for float32).
//
// Registers: R0 x, R1 elements left, V0/V1 the chains' best values, V2/V3
// their indexes, V4/V5 the indexes of the vectors just loaded, V6 the index
// step, V7 the NaN detector, V16/V17 the loaded vectors, V18/V19 masks.
//
// Go's assembler has no vector FCMGT, FMAX, FCMEQ or BIT: they are
// WORD-encoded with a comment naming each; words_test.go checks them.


// ARG_F64(CMP0, CMP1) scans x (R0, R1 elements, a positive multiple of 4)
// into val (R2) and idx (R3) and returns the NaN flag; CMP0/CMP1 set
// V18/V19 where V16/V17 beat V0/V1.
#define ARG_F64(CMP0, CMP1) \
	VLD1.P	32(R0), [V0.D2, V1.D2] \
	VEOR	V4.B16, V4.B16, V4.B16 \
	MOVD	$1, R5 \
	VMOV	R5, V4.D[1] \
	MOVD	$2, R5 \
	VDUP	R5, V6.D2 \
	VADD	V6.D2, V4.D2, V5.D2 \
	MOVD	$4, R5 \
	VDUP	R5, V6.D2 \
	VMOV	V4.B16, V2.B16 \
	VMOV	V5.B16, V3.B16 \
	WORD $0x4E61F407 /* FMAX V7.2D, V0.2D, V1.2D */ \
	SUB	$4, R1 \
loop: \
	CBZ	R1, done \
	VADD	V6.D2, V4.D2, V4.D2 \
	VADD	V6.D2, V5.D2, V5.D2 \
	VLD1.P	32(R0), [V16.D2, V17.D2] \
	CMP0 \
	CMP1 \
	WORD $0x4E70F4E7 /* FMAX V7.2D, V7.2D, V16.2D */ \
	WORD $0x4E71F4E7 /* FMAX V7.2D, V7.2D, V17.2D */ \
	WORD $0x6EB21E00 /* BIT V0.16B, V16.16B, V18.16B */ \
	WORD $0x6EB21C82 /* BIT V2.16B, V4.16B, V18.16B */ \
	WORD $0x6EB31E21 /* BIT V1.16B, V17.16B, V19.16B */ \
	WORD $0x6EB31CA3 /* BIT V3.16B, V5.16B, V19.16B */ \
	SUB	$4, R1 \
	B	loop \
done: \
	VST1	[V0.D2, V1.D2], (R2) \
	VST1	[V2.D2, V3.D2], (R3) \
	WORD $0x4E67E4E7 /* FCMEQ V7.2D, V7.2D, V7.2D */ \
	VMOV	V7.D[0], R5 \
	VMOV	V7.D[1], R6 \
	AND	R6, R5 \
	CMN	$1, R5 \
	CSET	NE, R7

// ARG_F32 is ARG_F64 for float32: 4 lanes, R1 a positive multiple of 8.
#define ARG_F32(CMP0, CMP1) \
	VLD1.P	32(R0), [V0.S4, V1.S4] \
	VEOR	V4.B16, V4.B16, V4.B16 \
	MOVD	$1, R5 \
	VMOV	R5, V4.S[1] \
	MOVD	$2, R5 \
	VMOV	R5, V4.S[2] \
	MOVD	$3, R5 \
	VMOV	R5, V4.S[3] \
	MOVD	$4, R5 \
	VDUP	R5, V6.S4 \
	VADD	V6.S4, V4.S4, V5.S4 \
	MOVD	$8, R5 \
	VDUP	R5, V6.S4 \
	VMOV	V4.B16, V2.B16 \
	VMOV	V5.B16, V3.B16 \
	WORD $0x4E21F407 /* FMAX V7.4S, V0.4S, V1.4S */ \
	SUB	$8, R1 \
loop: \
	CBZ	R1, done \
	VADD	V6.S4, V4.S4, V4.S4 \
	VADD	V6.S4, V5.S4, V5.S4 \
	VLD1.P	32(R0), [V16.S4, V17.S4] \
	CMP0 \
	CMP1 \
	WORD $0x4E30F4E7 /* FMAX V7.4S, V7.4S, V16.4S */ \
	WORD $0x4E31F4E7 /* FMAX V7.4S, V7.4S, V17.4S */ \
	WORD $0x6EB21E00 /* BIT V0.16B, V16.16B, V18.16B */ \
	WORD $0x6EB21C82 /* BIT V2.16B, V4.16B, V18.16B */ \
	WORD $0x6EB31E21 /* BIT V1.16B, V17.16B, V19.16B */ \
	WORD $0x6EB31CA3 /* BIT V3.16B, V5.16B, V19.16B */ \
	SUB	$8, R1 \
	B	loop \
done: \
	VST1	[V0.S4, V1.S4], (R2) \
	VST1	[V2.S4, V3.S4], (R3) \
	WORD $0x4E27E4E7 /* FCMEQ V7.4S, V7.4S, V7.4S */ \
	VMOV	V7.D[0], R5 \
	VMOV	V7.D[1], R6 \
	AND	R6, R5 \
	CMN	$1, R5 \
	CSET	NE, R7

// V18/V19 = V16/V17 > V0/V1 (ArgMax) or V0/V1 > V16/V17 (ArgMin).
#define GT0_F64 WORD $0x6EE0E612 /* FCMGT V18.2D, V16.2D, V0.2D */
#define GT1_F64 WORD $0x6EE1E633 /* FCMGT V19.2D, V17.2D, V1.2D */
#define LT0_F64 WORD $0x6EF0E412 /* FCMGT V18.2D, V0.2D, V16.2D */
#define LT1_F64 WORD $0x6EF1E433 /* FCMGT V19.2D, V1.2D, V17.2D */
#define GT0_F32 WORD $0x6EA0E612 /* FCMGT V18.4S, V16.4S, V0.4S */
#define GT1_F32 WORD $0x6EA1E633 /* FCMGT V19.4S, V17.4S, V1.4S */
#define LT0_F32 WORD $0x6EB0E412 /* FCMGT V18.4S, V0.4S, V16.4S */
#define LT1_F32 WORD $0x6EB1E433 /* FCMGT V19.4S, V1.4S, V17.4S */

// func ArgMaxF64(x []float64, val []float64, idx []int64) int
TEXT ·ArgMaxF64NEON(SB), NOSPLIT, $0-80
	MOVD	x_base+0(FP), R0
	MOVD	x_len+8(FP), R1
	MOVD	val_base+24(FP), R2
	MOVD	idx_base+48(FP), R3
	ARG_F64(GT0_F64, GT1_F64)
	MOVD	R7, ret+72(FP)
	RET

// func ArgMinF64(x []float64, val []float64, idx []int64) int
TEXT ·ArgMinF64NEON(SB), NOSPLIT, $0-80
	MOVD	x_base+0(FP), R0
	MOVD	x_len+8(FP), R1
	MOVD	val_base+24(FP), R2
	MOVD	idx_base+48(FP), R3
	ARG_F64(LT0_F64, LT1_F64)
	MOVD	R7, ret+72(FP)
	RET

// func ArgMaxF32(x []float32, val []float32, idx []int32) int
TEXT ·ArgMaxF32NEON(SB), NOSPLIT, $0-80
	MOVD	x_base+0(FP), R0
	MOVD	x_len+8(FP), R1
	MOVD	val_base+24(FP), R2
	MOVD	idx_base+48(FP), R3
	ARG_F32(GT0_F32, GT1_F32)
	MOVD	R7, ret+72(FP)
	RET

// func ArgMinF32(x []float32, val []float32, idx []int32) int
TEXT ·ArgMinF32NEON(SB), NOSPLIT, $0-80
	MOVD	x_base+0(FP), R0
	MOVD	x_len+8(FP), R1
	MOVD	val_base+24(FP), R2
	MOVD	idx_base+48(FP), R3
	ARG_F32(LT0_F32, LT1_F32)
	MOVD	R7, ret+72(FP)
	RET
