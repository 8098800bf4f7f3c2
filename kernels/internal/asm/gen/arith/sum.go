package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// sumKernel describes a sum over i of term(x[i], y[i]). Terms are computed
// and accumulated in float64, also for float32 inputs (which are widened
// first, exactly).
type sumKernel struct {
	Name string
	Two  bool // takes x and y
	Doc  string
	Abs  bool // needs the float64 abs mask
	// MemA, MemB: Term reads a (b) once, as the operand that may be in
	// memory; full float64 vectors are then not loaded first.
	MemA, MemB bool
	// Term adds the term of a (and b) to acc, all float64 vectors of one
	// width (a and b registers, or memory if allowed); abs is the abs mask
	// at that width.
	Term func(s isa, acc reg.Register, a, b Op, abs reg.Register)
	// Term32, if set, is the float32 form of Term used for float32 inputs
	// in groups: each lane adds 4 terms in float32 (a is a register, b may
	// be memory), then the partial sum is widened and added in float64.
	Term32 func(s isa, acc reg.Register, a, b Op, abs reg.Register)
}

var sumKernels = []sumKernel{
	{Name: "Sum", Doc: "x[i]", MemA: true, Term: func(s isa, acc reg.Register, a, b Op, _ reg.Register) { f64.add(acc, acc, a) }},
	{Name: "SumSq", Doc: "x[i]*x[i]", Term: func(s isa, acc reg.Register, a, b Op, _ reg.Register) { f64.fma(acc, a, a) },
		Term32: func(s isa, acc reg.Register, a, b Op, _ reg.Register) { f32.fma(acc, a, a) }},
	{Name: "Dot", Two: true, Doc: "x[i]*y[i]", MemB: true, Term: func(s isa, acc reg.Register, a, b Op, _ reg.Register) { f64.fma(acc, a, b) },
		Term32: func(s isa, acc reg.Register, a, b Op, _ reg.Register) { f32.fma(acc, a, b) }},
	{Name: "L1Dist", Two: true, Abs: true, Doc: "|x[i]-y[i]|", MemB: true, Term: func(s isa, acc reg.Register, a, b Op, abs reg.Register) {
		f64.sub(a, a, b)
		f64.and(s, a, a, abs)
		f64.add(acc, acc, a)
	}, Term32: func(s isa, acc reg.Register, a, b Op, abs reg.Register) {
		f32.sub(a, a, b)
		f32.and(s, a, a, abs)
		f32.add(acc, acc, a)
	}},
	{Name: "L2DistSq", Two: true, Doc: "(x[i]-y[i])^2", MemB: true, Term: func(s isa, acc reg.Register, a, b Op, _ reg.Register) {
		f64.sub(a, a, b)
		f64.fma(acc, a, a)
	}, Term32: func(s isa, acc reg.Register, a, b Op, _ reg.Register) {
		f32.sub(a, a, b)
		f32.fma(acc, a, a)
	}},
}

// sumBlock is the number of elements summed into one block sum: each
// float64 lane of the sumUnroll accumulators adds 16 of them in sequence,
// the accumulators and lanes are then added as a tree, and the block sums
// are added pairwise (a binary counter on the stack), so the rounding error
// grows like that of pairwise summation with 16-element leaves.
const sumBlock = 512

// sumUnroll is the number of vector accumulators: 8 Y or 4 Z registers,
// 32 float64 lanes either way.
func sumUnroll(s isa) int {
	if s.Z {
		return 4
	}
	return 8
}

// sum writes one sum kernel. It returns the sum as a float64.
func sum(k sumKernel, s isa, e elem) {
	name := k.Name + e.Name + s.Name
	sig := fmt.Sprintf("func(x []%s) float64", e.Go)
	if k.Two {
		sig = fmt.Sprintf("func(x, y []%s) float64", e.Go)
	}
	TEXT(name, 0, sig)
	Pragma("noescape")
	doc := []string{fmt.Sprintf("%s is the sum over i < len(x) of %s, computed in float64, with %s:", name, k.Doc, s.Name),
		fmt.Sprintf("blocks of %d elements are summed with %d float64 lanes each, and the", sumBlock, 32),
		"block sums are added pairwise."}
	if !e.is64() && k.Term32 != nil {
		doc = append(doc, fmt.Sprintf("Terms are formed in float32 and added %d at a time per lane in float32", sumGroup),
			"before they are widened (relative error at most 4*2^-24 of their magnitudes).")
	}
	Doc(doc...)

	// Stack of pending block sums for the pairwise combination; 64 levels
	// cover any length.
	stack := AllocLocal(64 * 8)
	n := Load(Param("x").Len(), GP64())
	x := Mem{Base: Load(Param("x").Base(), GP64())}
	ptrs := []Mem{x}
	var y Mem
	if k.Two {
		y = Mem{Base: Load(Param("y").Base(), GP64())}
		ptrs = append(ptrs, y)
	}
	var abs, abs32 reg.VecVirtual
	if k.Abs {
		abs = broadcastConst(s, f64, absMask64)
		if !e.is64() && k.Term32 != nil {
			abs32 = broadcastConst(s, f32, absMask32)
		}
	}
	sp := GP64() // the stack top
	LEAQ(stack, sp)
	base := GP64()
	MOVQ(sp, base)
	blocks := GP64() // block sums done
	XORQ(blocks, blocks)
	result := XMM()
	VXORPD(result, result, result)

	U := sumUnroll(s)
	L := f64.lanes(s) // float64 lanes; one vector reads L elements
	acc := make([]reg.VecVirtual, U)
	for i := range acc {
		acc[i] = s.vec()
	}

	// load reads L elements (or the masked ones, or one) as float64 into a
	// register of width w.
	const (
		full = iota
		masked
		scalar
	)
	var mask reg.OpmaskVirtual
	load := func(m Mem, w, mode int) reg.Register {
		v := width(s.vec(), w)
		switch {
		case e.is64() && mode == full:
			VMOVUPD(m, v)
		case e.is64() && mode == masked:
			VMOVUPD_Z(m, mask, v)
		case e.is64():
			VMOVSD(m, v)
		case mode == full:
			VCVTPS2PD(m, v)
		case mode == masked:
			VCVTPS2PD_Z(m, mask, v)
		default:
			VMOVSS(m, v)
			VCVTSS2SD(v, v, v)
		}
		return v
	}
	term := func(a reg.Register, w, mode, off int) {
		var va, vb Op
		if k.MemA && e.is64() && mode == full {
			va = x.Offset(off * e.Size)
		} else {
			va = load(x.Offset(off*e.Size), w, mode)
		}
		if k.Two && k.MemB && e.is64() && mode == full {
			vb = y.Offset(off * e.Size)
		} else if k.Two {
			vb = load(y.Offset(off*e.Size), w, mode)
		}
		var ab reg.Register
		if k.Abs {
			ab = width(abs, w)
		}
		k.Term(s, a, va, vb, ab)
	}
	advance := func(m reg.Register, elems int) {
		for _, p := range ptrs {
			ADDQ(U32(elems*e.Size), p.Base)
		}
		SUBQ(U32(elems), m)
	}

	TESTQ(n, n)
	JZ(LabelRef("ret"))

	// bsz is the size of the next block: sumBlock, except that when x is
	// long and not aligned to the vector width, a first short block of
	// the elements before the first aligned one aligns the loads of x.
	bsz := GP64()
	MOVQ(U32(sumBlock), bsz)
	CMPQ(n, U32(sumBlock))
	JB(LabelRef("block"))
	h := GP64()
	MOVQ(x.Base, h)
	NEGQ(h)
	ANDQ(U32(s.Bytes/(8/e.Size)-1), h) // the width of the loads of x
	if e.is64() {
		SHRQ(U8(3), h)
	} else {
		SHRQ(U8(2), h)
	}
	JZ(LabelRef("block"))
	MOVQ(h, bsz)

	Label("block")
	for _, a := range acc {
		if s.Z {
			VPXORQ(a, a, a) // VXORPD on Z registers needs AVX-512 DQ
		} else {
			VXORPD(a, a, a)
		}
	}
	m := GP64() // elements in this block
	MOVQ(n, m)
	CMPQ(m, bsz)
	JBE(LabelRef("sized"))
	MOVQ(bsz, m)
	Label("sized")
	SUBQ(m, n)
	MOVQ(U32(sumBlock), bsz)

	if !e.is64() && k.Term32 != nil {
		group32(k, s, x, y, m, acc, abs32)
	}

	Label("loopU")
	CMPQ(m, U32(U*L))
	JB(LabelRef("loop1"))
	for j := 0; j < U; j++ {
		term(acc[j], s.Bytes, full, j*L)
	}
	advance(m, U*L)
	JMP(LabelRef("loopU"))

	Label("loop1")
	CMPQ(m, U32(L))
	JB(LabelRef("tail"))
	term(acc[0], s.Bytes, full, 0)
	advance(m, L)
	JMP(LabelRef("loop1"))

	Label("tail")
	if s.Z {
		// At most one partial vector, in the first or the last block.
		TESTQ(m, m)
		JZ(LabelRef("reduce"))
		mask = K()
		tailMask(m, mask)
		term(acc[1], s.Bytes, masked, 0)
		for _, p := range ptrs {
			LEAQ(Mem{Base: p.Base, Index: m, Scale: uint8(e.Size)}, p.Base)
		}
	}

	Label("reduce")
	for step := 1; step < U; step *= 2 {
		for i := 0; i+step < U; i += 2 * step {
			f64.add(acc[i], acc[i], acc[i+step])
		}
	}
	bs := acc[0].AsX() // the block sum, in its low lane
	if s.Z {
		hi := YMM()
		VEXTRACTF64X4(U8(1), acc[0], hi)
		VADDPD(hi, acc[0].AsY(), acc[0].AsY())
	}
	hi := XMM()
	VEXTRACTF128(U8(1), acc[0].AsY(), hi)
	VADDPD(hi, bs, bs)
	VPERMILPD(U8(1), bs, hi)
	VADDSD(hi, bs, bs)
	if !s.Z {
		// At most L-1 elements, in the first or the last block.
		Label("scalar")
		TESTQ(m, m)
		JZ(LabelRef("push"))
		term(bs, 16, scalar, 0)
		advance(m, 1)
		JMP(LabelRef("scalar"))
	}

	// Push the block sum, first adding to it the pending sums of the
	// same size: block b (counting from 1) merges one pending sum per
	// trailing zero bit of b.
	Label("push")
	INCQ(blocks)
	t := GP64()
	MOVQ(blocks, t)
	Label("carry")
	TESTQ(U32(1), t)
	JNZ(LabelRef("store"))
	SUBQ(U8(8), sp)
	VADDSD(Mem{Base: sp}, bs, bs) // earlier sum + this one
	SHRQ(U8(1), t)
	JMP(LabelRef("carry"))
	Label("store")
	VMOVSD(bs, Mem{Base: sp})
	ADDQ(U8(8), sp)
	TESTQ(n, n)
	JNZ(LabelRef("block"))

	// Add the pending sums, smallest (latest) first.
	Label("final")
	CMPQ(sp, base)
	JBE(LabelRef("ret"))
	SUBQ(U8(8), sp)
	VADDSD(Mem{Base: sp}, result, result)
	JMP(LabelRef("final"))

	Label("ret")
	VZEROUPPER() // before Store: a legacy-SSE MOVSD with dirty upper state stalls on Intel
	Store(result, ReturnIndex(0))
	RET()
}

// sumGroup is the number of float32 terms each lane adds in float32 before
// the partial sums are widened to float64 (float32 kernels with Term32).
const sumGroup = 4

// group32 writes the float32 group loop of a sum kernel: while at least a
// group remains in the block, U/2 float32 accumulators each add sumGroup
// vectors of terms, and are then widened, each into two of the float64
// accumulators acc. Each term thus sees at most sumGroup float32 roundings
// (relative error <= sumGroup * 2^-24 of the group's |terms|) before the
// float64 summation; the conversions, the bottleneck when every element is
// widened, drop to one per 4 vectors.
func group32(k sumKernel, s isa, x, y Mem, m reg.Register, acc []reg.VecVirtual, abs32 reg.VecVirtual) {
	U := len(acc) / 2
	L := f32.lanes(s)
	per := sumGroup * U * L // elements per group
	p := make([]reg.VecVirtual, U)
	for i := range p {
		p[i] = s.vec()
	}
	Label("group")
	CMPQ(m, U32(per))
	JB(LabelRef("loopU"))
	for _, r := range p {
		if s.Z {
			VPXORD(r, r, r)
		} else {
			VXORPS(r, r, r)
		}
	}
	for g := 0; g < sumGroup; g++ {
		for j := 0; j < U; j++ {
			off := (g*U + j) * s.Bytes
			a := s.vec()
			VMOVUPS(x.Offset(off), a)
			var b Op
			if k.Two {
				b = y.Offset(off)
			}
			k.Term32(s, p[j], a, b, abs32)
		}
	}
	for j := 0; j < U; j++ {
		lo, hi := s.vec(), s.vec()
		if s.Z {
			t := YMM()
			VEXTRACTF64X4(U8(1), p[j], t)
			VCVTPS2PD(p[j].AsY(), lo)
			VCVTPS2PD(t, hi)
		} else {
			t := XMM()
			VEXTRACTF128(U8(1), p[j], t)
			VCVTPS2PD(p[j].AsX(), lo)
			VCVTPS2PD(t, hi)
		}
		f64.add(acc[2*j], acc[2*j], lo)
		f64.add(acc[2*j+1], acc[2*j+1], hi)
	}
	ADDQ(U32(per*4), x.Base)
	if k.Two {
		ADDQ(U32(per*4), y.Base)
	}
	SUBQ(U32(per), m)
	JMP(LabelRef("group"))
}
