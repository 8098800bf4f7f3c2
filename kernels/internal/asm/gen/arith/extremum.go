package main

import (
	"fmt"
	"math/bits"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// infBits is -Inf for a maximum and +Inf for a minimum.
func infBits(e elem, isMax bool) uint64 {
	switch {
	case e.is64() && isMax:
		return negInf64
	case e.is64():
		return posInf64
	case isMax:
		return negInf32
	}
	return posInf32
}

// fullMask is the K register value with every lane set.
func fullMask(s isa, e elem) uint32 { return 1<<e.lanes(s) - 1 }

// horizontal reduces the lanes of v to its lane 0 with op(d, a, b).
func horizontal(s isa, e elem, v reg.VecVirtual, op func(d, a, b Op)) {
	if s.Z {
		hi := YMM()
		VEXTRACTF64X4(U8(1), v, hi)
		op(v.AsY(), v.AsY(), hi)
	}
	hi := XMM()
	x := v.AsX()
	VEXTRACTF128(U8(1), v.AsY(), hi)
	op(x, x, hi)
	if e.is64() {
		VPERMILPD(U8(1), x, hi)
		op(x, x, hi)
		return
	}
	VMOVHLPS(x, x, hi)
	op(x, x, hi)
	VMOVSHDUP(x, hi)
	op(x, x, hi)
}

// extremum writes Max or Min: the largest (smallest) element, NaN (some
// quiet NaN) if any element is NaN, -Inf (+Inf) if there is none. The sign
// of a zero result is not specified: package kernels replaces a zero or NaN
// result with the first zero (NaN) element, which is what its Go loop
// returns.
func extremum(isMax bool, s isa, e elem) {
	op, name := e.minp, "Min"
	if isMax {
		op, name = e.maxp, "Max"
	}
	name += e.Name + s.Name
	TEXT(name, NOSPLIT, fmt.Sprintf("func(x []%s) %s", e.Go, e.Go))
	Pragma("noescape")
	what := "largest"
	if !isMax {
		what = "smallest"
	}
	Doc(fmt.Sprintf("%s returns the %s element of x, NaN if any is NaN, with %s.", name, what, s.Name),
		"The sign of a zero result is unspecified.")
	n := Load(Param("x").Len(), GP64())
	x := Mem{Base: Load(Param("x").Base(), GP64())}
	inf := broadcastConst(s, e, infBits(e, isMax))
	const U = 4
	L := e.lanes(s)
	acc := make([]reg.VecVirtual, U)
	for i := range acc {
		acc[i] = s.vec()
		e.movu(inf, acc[i])
	}
	var nacc reg.VecVirtual      // AVX2: lanes that saw a NaN
	var kord []reg.OpmaskVirtual // AVX-512: lanes that saw no NaN
	if s.Z {
		for i := 0; i < U; i++ {
			k := K()
			KXNORW(k, k, k)
			kord = append(kord, k)
		}
	} else {
		nacc = s.vec()
		VXORPD(nacc, nacc, nacc)
	}
	// ordCheck records NaNs in a or b: one comparison covers two vectors.
	ordCheck := func(j int, a, b reg.Register) {
		if s.Z {
			e.cmpK(cmpORD, kord[j], kord[j], a, b)
		} else {
			t := s.vec()
			e.cmp(cmpUNORD, t, a, b)
			e.or(s, nacc, nacc, t)
		}
	}
	step := func(j int, v reg.Register) {
		op(acc[j], v, acc[j])
		ordCheck(j, v, v)
	}

	Label("loopU")
	CMPQ(n, U32(U*L))
	JB(LabelRef("loop1"))
	for j := 0; j < U; j += 2 {
		v0, v1 := s.vec(), s.vec()
		e.movu(x.Offset(j*s.Bytes), v0)
		e.movu(x.Offset((j+1)*s.Bytes), v1)
		op(acc[j], v0, acc[j])
		op(acc[j+1], v1, acc[j+1])
		ordCheck(j, v0, v1)
	}
	ADDQ(U32(U*s.Bytes), x.Base)
	SUBQ(U32(U*L), n)
	JMP(LabelRef("loopU"))

	Label("loop1")
	CMPQ(n, U32(L))
	JB(LabelRef("tail"))
	v := s.vec()
	e.movu(x, v)
	step(0, v)
	ADDQ(U32(s.Bytes), x.Base)
	SUBQ(U32(L), n)
	JMP(LabelRef("loop1"))

	Label("tail")
	if s.Z {
		TESTQ(n, n)
		JZ(LabelRef("reduce"))
		mask := K()
		tailMask(n, mask)
		v := s.vec()
		e.movu(inf, v)
		e.movuK(x, mask, v) // the other lanes keep the infinity
		step(1, v)
	}

	Label("reduce")
	op(acc[0], acc[0], acc[1])
	op(acc[2], acc[2], acc[3])
	op(acc[0], acc[0], acc[2])
	horizontal(s, e, acc[0], op)
	r := acc[0].AsX()
	if s.Z {
		KANDW(kord[1], kord[0], kord[0])
		KANDW(kord[3], kord[2], kord[2])
		KANDW(kord[2], kord[0], kord[0])
		g := GP32()
		KMOVW(kord[0], g)
		ANDL(U32(fullMask(s, e)), g)
		CMPL(g, U32(fullMask(s, e)))
		JNE(LabelRef("nan"))
	} else {
		VPTEST(nacc, nacc)
		JNZ(LabelRef("nan"))
		Label("scalar")
		TESTQ(n, n)
		JZ(LabelRef("ret"))
		t := XMM()
		e.movs(x, t)
		if e.is64() {
			VUCOMISD(t, t)
		} else {
			VUCOMISS(t, t)
		}
		JP(LabelRef("nan"))
		op(r, t, r)
		ADDQ(U32(e.Size), x.Base)
		DECQ(n)
		JMP(LabelRef("scalar"))
	}
	Label("ret")
	VZEROUPPER() // before Store: a legacy-SSE MOVSD with dirty upper state stalls on Intel
	Store(r, ReturnIndex(0))
	RET()

	Label("nan")
	q := GP64()
	t := XMM()
	if e.is64() {
		MOVQ(U64(qnan64), q)
		VMOVQ(q, t)
	} else {
		MOVL(U32(qnan32), q.As32())
		VMOVD(q.As32(), t)
	}
	VZEROUPPER() // before Store: a legacy-SSE MOVSD with dirty upper state stalls on Intel
	Store(t, ReturnIndex(0))
	RET()
}

// argChunk is the number of vectors of an ArgMax/ArgMin chunk.
const argChunk = 16

// argExtremum writes ArgMax or ArgMin for the body of a slice: len(x) must
// be a positive multiple of one vector. It reads x in chunks of argChunk
// vectors; each chunk's lane-wise extreme (four independent accumulators)
// is merged into a running lane-wise extreme, and each lane records, as a
// float, the number of the chunk where its extreme first appeared (a
// strict comparison, so later equal values keep the earlier chunk). The
// first element equal to the overall extreme lies in the smallest chunk
// number among the lanes holding that extreme (-0 == +0), and a scan of
// equality tests over that chunk, which stops at the first hit, finds it.
// It returns -1 if any element is NaN, leaving the first NaN to package
// kernels. The chunk numbers are exact floats while len(x) is at most 2^30
// elements (package kernels passes longer slices in pieces).
func argExtremum(isMax bool, s isa, e elem) {
	op, name, what, better := e.minp, "ArgMin", "smallest", uint8(cmpLTOQ)
	if isMax {
		op, name, what, better = e.maxp, "ArgMax", "largest", cmpGTOQ
	}
	name += e.Name + s.Name
	TEXT(name, NOSPLIT, fmt.Sprintf("func(x []%s) int", e.Go))
	Pragma("noescape")
	L := e.lanes(s)
	Doc(fmt.Sprintf("%s returns the index of the first %s element of x, or -1 if x", name, what),
		fmt.Sprintf("holds a NaN. len(x) must be a positive multiple of %d, at most 2^30. Uses %s.", L, s.Name))
	n := Load(Param("x").Len(), GP64())
	base := Load(Param("x").Base(), GP64())
	x := Mem{Base: GP64()}
	MOVQ(base, x.Base)
	run := broadcastConst(s, e, infBits(e, isMax)) // lane-wise extreme so far
	chunk, cur := s.vec(), s.vec()                 // its chunk number; this chunk's
	for _, v := range []reg.VecVirtual{chunk, cur} {
		if s.Z {
			VPXORQ(v, v, v) // VXORPD on Z registers is AVX512DQ
		} else {
			VXORPD(v, v, v)
		}
	}
	one := broadcastConst(s, e, oneBits(e))
	var nacc reg.VecVirtual      // AVX2: lanes that saw a NaN
	var knan []reg.OpmaskVirtual // AVX-512: lanes that saw a NaN
	if s.Z {
		for i := 0; i < 2; i++ {
			k := K()
			KXORW(k, k, k)
			knan = append(knan, k)
		}
	} else {
		nacc = s.vec()
		VXORPD(nacc, nacc, nacc)
	}
	// ordCheck records NaNs in a or b: one comparison covers two vectors.
	// On AVX-512 the comparison does not read the accumulated mask (a
	// masked compare would chain its latency through every iteration);
	// KORW accumulates it.
	ordCheck := func(j int, a, b reg.Register) {
		if s.Z {
			t := K()
			e.cmp(cmpUNORD, t, a, b)
			KORW(t, knan[j], knan[j])
		} else {
			t := s.vec()
			e.cmp(cmpUNORD, t, a, b)
			e.or(s, nacc, nacc, t)
		}
	}
	// merge folds a chunk's lane-wise extreme c into run and chunk.
	merge := func(c reg.VecVirtual) {
		if s.Z {
			k := K()
			e.cmp(better, k, c, run)
			if e.is64() {
				VMOVAPD(c, k, run)
				VMOVAPD(cur, k, chunk)
			} else {
				VMOVAPS(c, k, run)
				VMOVAPS(cur, k, chunk)
			}
		} else {
			t := s.vec()
			e.cmp(better, t, c, run)
			e.blendv(run, run, c, t)
			e.blendv(chunk, chunk, cur, t)
		}
		e.add(cur, cur, one)
	}
	m := GP64()
	MOVQ(n, m)
	const U = 4

	Label("chunk")
	CMPQ(m, U32(argChunk*L))
	JB(LabelRef("part"))
	acc := make([]reg.VecVirtual, U)
	for j := 0; j < argChunk; j += 2 {
		v0, v1 := s.vec(), s.vec()
		e.movu(x.Offset(j*s.Bytes), v0)
		e.movu(x.Offset((j+1)*s.Bytes), v1)
		ordCheck((j/2)%2, v0, v1)
		a0, a1 := j%U, (j+1)%U
		if j < U {
			acc[a0], acc[a1] = v0, v1
			continue
		}
		op(acc[a0], v0, acc[a0])
		op(acc[a1], v1, acc[a1])
	}
	op(acc[0], acc[0], acc[1])
	op(acc[2], acc[2], acc[3])
	op(acc[0], acc[0], acc[2])
	merge(acc[0])
	ADDQ(U32(argChunk*s.Bytes), x.Base)
	SUBQ(U32(argChunk*L), m)
	JMP(LabelRef("chunk"))

	// The last chunk, of fewer vectors.
	Label("part")
	TESTQ(m, m)
	JZ(LabelRef("reduce"))
	p := broadcastConst(s, e, infBits(e, isMax))
	Label("loop1")
	v := s.vec()
	e.movu(x, v)
	op(p, v, p)
	ordCheck(0, v, v)
	ADDQ(U32(s.Bytes), x.Base)
	SUBQ(U32(L), m)
	JNZ(LabelRef("loop1"))
	merge(p)

	Label("reduce")
	r := GP64()
	if s.Z {
		KORTESTW(knan[1], knan[0])
		JNZ(LabelRef("nan"))
	} else {
		VPTEST(nacc, nacc)
		JNZ(LabelRef("nan"))
	}
	// best: the extreme of the lanes; then the smallest chunk number of
	// the lanes holding it.
	b := s.vec()
	e.movu(run, b)
	horizontal(s, e, b, op)
	best := s.vec()
	if e.is64() {
		VBROADCASTSD(b.AsX(), best)
	} else {
		VBROADCASTSS(b.AsX(), best)
	}
	first := broadcastConst(s, e, posInf64Or32(e))
	if s.Z {
		k := K()
		e.cmp(cmpEQOQ, k, run, best)
		if e.is64() {
			VMOVAPD(chunk, k, first)
		} else {
			VMOVAPS(chunk, k, first)
		}
	} else {
		t := s.vec()
		e.cmp(cmpEQOQ, t, run, best)
		e.blendv(first, first, chunk, t)
	}
	horizontal(s, e, first, e.minp)
	if e.is64() {
		VCVTTSD2SIQ(first.AsX(), r)
	} else {
		VCVTTSS2SIQ(first.AsX(), r)
	}
	SHLQ(U8(bits.TrailingZeros(uint(argChunk*L))), r)

	// The scan: the first vector from r holding best, then its first lane.
	g := GP32()
	Label("scan")
	if s.Z {
		k := K()
		e.cmp(cmpEQOQ, k, best, Mem{Base: base, Index: r, Scale: uint8(e.Size)})
		KMOVW(k, g) // the comparison zeroes the mask bits above the lanes
	} else {
		t := s.vec()
		e.cmp(cmpEQOQ, t, best, Mem{Base: base, Index: r, Scale: uint8(e.Size)})
		if e.is64() {
			VMOVMSKPD(t, g)
		} else {
			VMOVMSKPS(t, g)
		}
	}
	TESTL(g, g)
	JNZ(LabelRef("found"))
	ADDQ(U32(L), r)
	CMPQ(r, n)
	JB(LabelRef("scan"))
	// Not reached: best is one of the elements of the chunk.

	Label("nan")
	MOVQ(I32(-1), r)
	VZEROUPPER()
	Store(r, ReturnIndex(0))
	RET()

	Label("found")
	BSFL(g, g)
	ADDQ(g.As64(), r)
	VZEROUPPER()
	Store(r, ReturnIndex(0))
	RET()
}

// oneBits is 1.0 in e's format.
func oneBits(e elem) uint64 {
	if e.is64() {
		return 0x3ff0000000000000
	}
	return 0x3f800000
}

// posInf64Or32 is +Inf in e's format.
func posInf64Or32(e elem) uint64 {
	if e.is64() {
		return posInf64
	}
	return posInf32
}
