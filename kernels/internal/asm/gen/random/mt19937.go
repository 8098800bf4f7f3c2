package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// mt19937Twist is mt19937_gen on eight words a vector, then the tempering
// of the whole block into out. The first loop (i < 227) reads key[i+397],
// not yet rewritten; the second (227 <= i < 623) reads key[i-227],
// rewritten at least 227 words earlier, so eight lanes at a time compute
// exactly what the scalar loop computes. The few words past the last whole
// vector of each loop, and the last word (which reads key[0]), go one at a
// time.
//
// Registers: DI key, SI out, CX byte offset, Y8 upper mask 0x80000000, Y9
// lower mask 0x7fffffff, Y10 MATRIX_A, Y11/Y12 the tempering masks.
func mt19937Twist() {
	const name = "MT19937TwistU32AVX2"
	TEXT(name, NOSPLIT, "func(key *[624]uint32, out *[624]uint32)")
	Pragma("noescape")
	Doc(name+" regenerates the MT19937 block key (mt19937_gen) and writes its",
		"tempered words to out, eight words a vector.")
	key, outp, off := RDI, RSI, RCX
	Load(Param("key"), key)
	Load(Param("out"), outp)
	for _, c := range []struct {
		v VecPhysical
		x VecPhysical
		k uint32
	}{{Y8, X8, 0x80000000}, {Y9, X9, 0x7fffffff}, {Y10, X10, 0x9908b0df}, {Y11, X11, 0x9d2c5680}, {Y12, X12, 0xefc60000}} {
		MOVL(U32(c.k), EAX)
		MOVQ(RAX, c.x)
		VPBROADCASTD(c.x, c.v)
	}
	w := func(disp int) Mem { return at(key, off, 1, disp) }

	// vstep is one vector step at byte offset CX, reading the far words
	// at byte offset CX+far.
	vstep := func(far int) {
		VMOVDQU(w(0), Y0)
		VMOVDQU(w(4), Y1)
		VPAND(Y8, Y0, Y0)
		VPAND(Y9, Y1, Y1)
		VPOR(Y1, Y0, Y0)
		VPSRLD(U8(1), Y0, Y2)
		VPSLLD(U8(31), Y0, Y3)
		VPSRAD(U8(31), Y3, Y3)
		VPAND(Y10, Y3, Y3)
		VPXOR(w(far), Y2, Y2)
		VPXOR(Y3, Y2, Y2)
		VMOVDQU(Y2, w(0))
	}
	// sstep is one word at byte offset CX: key[i] = far ^ twist(key[i], next).
	sstep := func(at, far, next Mem) {
		MOVL(at, EAX)
		ANDL(U32(0x80000000), EAX)
		MOVL(next, EBX)
		ANDL(U32(0x7fffffff), EBX)
		ORL(EBX, EAX)
		MOVL(EAX, EBX)
		SHRL(U8(1), EAX)
		ANDL(U8(1), EBX)
		NEGL(EBX)
		ANDL(U32(0x9908b0df), EBX)
		XORL(EBX, EAX)
		XORL(far, EAX)
		MOVL(EAX, at)
	}

	Comment("i in [0, 224): 28 vectors reading key[i+397]")
	XORQ(off, off)
	Label(name + "_loop1")
	vstep(1588)
	ADDQ(U8(32), off)
	CMPQ(off, U32(896))
	JLT(LabelRef(name + "_loop1"))

	Comment("i in [224, 227)")
	Label(name + "_tail1")
	sstep(w(0), w(1588), w(4))
	ADDQ(U8(4), off)
	CMPQ(off, U32(908))
	JLT(LabelRef(name + "_tail1"))

	Comment("i in [227, 619): 49 vectors reading key[i-227]")
	Label(name + "_loop2")
	vstep(-908)
	ADDQ(U8(32), off)
	CMPQ(off, U32(2476))
	JLT(LabelRef(name + "_loop2"))

	Comment("i in [619, 623)")
	Label(name + "_tail2")
	sstep(w(0), w(-908), w(4))
	ADDQ(U8(4), off)
	CMPQ(off, U32(2492))
	JLT(LabelRef(name + "_tail2"))

	Comment("i = 623: key[623] = key[396] ^ twist(key[623], key[0])")
	sstep(w(0), Mem{Base: key, Disp: 1584}, Mem{Base: key})

	Comment("temper the block: 78 vectors")
	XORQ(off, off)
	Label(name + "_temper")
	VMOVDQU(w(0), Y0)
	VPSRLD(U8(11), Y0, Y1)
	VPXOR(Y1, Y0, Y0)
	VPSLLD(U8(7), Y0, Y1)
	VPAND(Y11, Y1, Y1)
	VPXOR(Y1, Y0, Y0)
	VPSLLD(U8(15), Y0, Y1)
	VPAND(Y12, Y1, Y1)
	VPXOR(Y1, Y0, Y0)
	VPSRLD(U8(18), Y0, Y1)
	VPXOR(Y1, Y0, Y0)
	VMOVDQU(Y0, at(outp, off, 1, 0))
	ADDQ(U8(32), off)
	CMPQ(off, U32(2496))
	JLT(LabelRef(name + "_temper"))
	VZEROUPPER()
	RET()
}

// polarScale is f[j] = sqrt(-2*f[j] / r2[j]), eight at a time: the polar
// method's factor from log(r2) in f, with the same IEEE operations, in the
// same order, as the scalar code.
func polarScale() {
	const name = "PolarScaleF64AVX512"
	TEXT(name, NOSPLIT, "func(f []float64, r2 []float64)")
	Pragma("noescape")
	Doc(name+" sets f[j] = sqrt(-2*f[j] / r2[j]) for j < len(f)/8*8, eight at a",
		"time, each operation rounded as the scalar code rounds it; r2 holds at least",
		"as many elements.")
	f, r2, n, j := RDI, RSI, RCX, RBX
	Load(Param("f").Base(), f)
	Load(Param("f").Len(), n)
	ANDQ(I8(-8), n)
	Load(Param("r2").Base(), r2)
	MOVQ(U64(0xc000000000000000), RAX) // -2.0
	VPBROADCASTQ(RAX, Z1)
	XORQ(j, j)
	Label(name + "_loop")
	CMPQ(j, n)
	JGE(LabelRef(name + "_done"))
	VMULPD(at(f, j, 8, 0), Z1, Z0)
	VDIVPD(at(r2, j, 8, 0), Z0, Z0)
	VSQRTPD(Z0, Z0)
	VMOVUPD(Z0, at(f, j, 8, 0))
	ADDQ(U8(8), j)
	JMP(LabelRef(name + "_loop"))
	Label(name + "_done")
	VZEROUPPER()
	RET()
}
