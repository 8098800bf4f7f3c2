//go:build !purego

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

#include "textflag.h"

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
TEXT ·ArgMaxF64(SB), NOSPLIT, $0-80
	MOVD	x_base+0(FP), R0
	MOVD	x_len+8(FP), R1
	MOVD	val_base+24(FP), R2
	MOVD	idx_base+48(FP), R3
	ARG_F64(GT0_F64, GT1_F64)
	MOVD	R7, ret+72(FP)
	RET

// func ArgMinF64(x []float64, val []float64, idx []int64) int
TEXT ·ArgMinF64(SB), NOSPLIT, $0-80
	MOVD	x_base+0(FP), R0
	MOVD	x_len+8(FP), R1
	MOVD	val_base+24(FP), R2
	MOVD	idx_base+48(FP), R3
	ARG_F64(LT0_F64, LT1_F64)
	MOVD	R7, ret+72(FP)
	RET

// func ArgMaxF32(x []float32, val []float32, idx []int32) int
TEXT ·ArgMaxF32(SB), NOSPLIT, $0-80
	MOVD	x_base+0(FP), R0
	MOVD	x_len+8(FP), R1
	MOVD	val_base+24(FP), R2
	MOVD	idx_base+48(FP), R3
	ARG_F32(GT0_F32, GT1_F32)
	MOVD	R7, ret+72(FP)
	RET

// func ArgMinF32(x []float32, val []float32, idx []int32) int
TEXT ·ArgMinF32(SB), NOSPLIT, $0-80
	MOVD	x_base+0(FP), R0
	MOVD	x_len+8(FP), R1
	MOVD	val_base+24(FP), R2
	MOVD	idx_base+48(FP), R3
	ARG_F32(LT0_F32, LT1_F32)
	MOVD	R7, ret+72(FP)
	RET
