//go:build !purego

#include "textflag.h"

// func twistMT19937AVX2(key *[624]uint32, out *[624]uint32)
//
// mt19937_gen on eight words a vector, then the tempering of the whole block
// into out. The first loop (i < 227) reads key[i+397], not yet rewritten;
// the second (227 <= i < 623) reads key[i-227], rewritten at least 227 words
// earlier, so eight lanes at a time compute exactly what the scalar loop
// computes. The few words past the last whole vector of each loop, and the
// last word (which reads key[0]), go one at a time.
//
// Registers: DI key, SI out, CX byte offset, Y8 upper mask 0x80000000, Y9
// lower mask 0x7fffffff, Y10 MATRIX_A, Y11/Y12 the tempering masks.

// one vector step at byte offset CX, far word at byte offset CX+far
#define VSTEP(far) \
	VMOVDQU (DI)(CX*1), Y0 \
	VMOVDQU 4(DI)(CX*1), Y1 \
	VPAND   Y8, Y0, Y0 \
	VPAND   Y9, Y1, Y1 \
	VPOR    Y1, Y0, Y0 \
	VPSRLD  $1, Y0, Y2 \
	VPSLLD  $31, Y0, Y3 \
	VPSRAD  $31, Y3, Y3 \
	VPAND   Y10, Y3, Y3 \
	VPXOR   far(DI)(CX*1), Y2, Y2 \
	VPXOR   Y3, Y2, Y2 \
	VMOVDQU Y2, (DI)(CX*1)

// one word at byte offset CX: key[i] = key[far] ^ twist(key[i], key[next])
#define SSTEP(far, next) \
	MOVL (DI)(CX*1), AX \
	ANDL $0x80000000, AX \
	MOVL next, BX \
	ANDL $0x7fffffff, BX \
	ORL  BX, AX \
	MOVL AX, BX \
	SHRL $1, AX \
	ANDL $1, BX \
	NEGL BX \
	ANDL $0x9908b0df, BX \
	XORL BX, AX \
	XORL far, AX \
	MOVL AX, (DI)(CX*1)

TEXT ·twistMT19937AVX2(SB), NOSPLIT, $0-16
	MOVQ key+0(FP), DI
	MOVQ out+8(FP), SI
	MOVL $0x80000000, AX
	MOVL AX, X8
	VPBROADCASTD X8, Y8
	MOVL $0x7fffffff, AX
	MOVL AX, X9
	VPBROADCASTD X9, Y9
	MOVL $0x9908b0df, AX
	MOVL AX, X10
	VPBROADCASTD X10, Y10
	MOVL $0x9d2c5680, AX
	MOVL AX, X11
	VPBROADCASTD X11, Y11
	MOVL $0xefc60000, AX
	MOVL AX, X12
	VPBROADCASTD X12, Y12

	// i in [0, 224): 28 vectors reading key[i+397]
	XORQ CX, CX
loop1:
	VSTEP(1588)
	ADDQ $32, CX
	CMPQ CX, $896
	JLT  loop1

	// i in [224, 227)
tail1:
	SSTEP(1588(DI)(CX*1), 4(DI)(CX*1))
	ADDQ $4, CX
	CMPQ CX, $908
	JLT  tail1

	// i in [227, 619): 49 vectors reading key[i-227]
loop2:
	VSTEP(-908)
	ADDQ $32, CX
	CMPQ CX, $2476
	JLT  loop2

	// i in [619, 623)
tail2:
	SSTEP(-908(DI)(CX*1), 4(DI)(CX*1))
	ADDQ $4, CX
	CMPQ CX, $2492
	JLT  tail2

	// i = 623: key[623] = key[396] ^ twist(key[623], key[0])
	SSTEP(1584(DI), (DI))

	// temper the block: 78 vectors
	XORQ CX, CX
temper:
	VMOVDQU (DI)(CX*1), Y0
	VPSRLD  $11, Y0, Y1
	VPXOR   Y1, Y0, Y0
	VPSLLD  $7, Y0, Y1
	VPAND   Y11, Y1, Y1
	VPXOR   Y1, Y0, Y0
	VPSLLD  $15, Y0, Y1
	VPAND   Y12, Y1, Y1
	VPXOR   Y1, Y0, Y0
	VPSRLD  $18, Y0, Y1
	VPXOR   Y1, Y0, Y0
	VMOVDQU Y0, (SI)(CX*1)
	ADDQ    $32, CX
	CMPQ    CX, $2496
	JLT     temper
	VZEROUPPER
	RET
