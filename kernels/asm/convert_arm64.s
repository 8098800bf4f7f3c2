//go:build !purego

// NEON conversions: FromUint8 for float64 and float32. 16 bytes at a time
// are widened with UXTL/UXTL2 (8 to 16 to 32 (to 64) bits) and converted
// with UCVTF, which is exact; the tail is converted one byte at a time.
// UXTL, UXTL2 and vector UCVTF are WORD-encoded (Go's assembler lacks them),
// each with a comment naming it; words_test.go checks them.

#include "textflag.h"

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
TEXT ·FromUint8F64(SB), NOSPLIT, $0-48
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
TEXT ·FromUint8F32(SB), NOSPLIT, $0-48
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

