//go:build !purego

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

#include "textflag.h"

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
TEXT ·AddStridedF64(SB), NOSPLIT, $0-128
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
TEXT ·AddStridedF32(SB), NOSPLIT, $0-128
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
TEXT ·SubStridedF64(SB), NOSPLIT, $0-128
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
TEXT ·SubStridedF32(SB), NOSPLIT, $0-128
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
TEXT ·MulStridedF64(SB), NOSPLIT, $0-128
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
TEXT ·MulStridedF32(SB), NOSPLIT, $0-128
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
TEXT ·DivStridedF64(SB), NOSPLIT, $0-128
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
TEXT ·DivStridedF32(SB), NOSPLIT, $0-128
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
TEXT ·MaximumStridedF64(SB), NOSPLIT, $0-128
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
TEXT ·MaximumStridedF32(SB), NOSPLIT, $0-128
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
TEXT ·MinimumStridedF64(SB), NOSPLIT, $0-128
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
TEXT ·MinimumStridedF32(SB), NOSPLIT, $0-128
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
