package main

import (
	"fmt"

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

// argExtremum writes ArgMax or ArgMin for the body of a slice: len(x) must
// be a positive multiple of 2 vectors (and, for float32, below 2^31). Two
// chains of vectors (even and odd vectors) keep, per lane, the first largest
// (smallest) value seen and its index; they are written to val and idx (2
// vectors each) for package kernels to combine. It returns 1 if any element
// is NaN, else 0.
func argExtremum(isMax bool, s isa, e elem) {
	pred, name, what := uint8(cmpLTOQ), "ArgMin", "smallest"
	if isMax {
		pred, name, what = cmpGTOQ, "ArgMax", "largest"
	}
	name += e.Name + s.Name
	it := "int64"
	if !e.is64() {
		it = "int32"
	}
	TEXT(name, NOSPLIT, fmt.Sprintf("func(x []%s, val []%s, idx []%s) int", e.Go, e.Go, it))
	Pragma("noescape")
	L := e.lanes(s)
	Doc(fmt.Sprintf("%s writes, for two chains of %d lanes (lane j of the vectors at", name, L),
		fmt.Sprintf("even and odd multiples of %d elements), the first %s element of x", L, what),
		"in each lane and its index to val[c*L+j] and idx[c*L+j]. It returns 1 if x holds a NaN,",
		fmt.Sprintf("else 0. len(x) must be a positive multiple of %d; val and idx must hold %d.", 2*L, 2*L),
		fmt.Sprintf("Uses %s.", s.Name))
	n := Load(Param("x").Len(), GP64())
	x := Mem{Base: Load(Param("x").Base(), GP64())}

	vmovdqu := func(a, b Op) {
		switch {
		case s.Z && e.is64():
			VMOVDQU64(a, b)
		case s.Z:
			VMOVDQU32(a, b)
		default:
			VMOVDQU(a, b)
		}
	}
	padd := func(d, a, b Op) {
		if e.is64() {
			VPADDQ(b, a, d)
		} else {
			VPADDD(b, a, d)
		}
	}
	iota := iota64
	if !e.is64() {
		iota = iota32
	}
	best := []reg.VecVirtual{s.vec(), s.vec()}
	idx := []reg.VecVirtual{s.vec(), s.vec()}
	cur := []reg.VecVirtual{s.vec(), s.vec()}
	stepL := broadcastConst(s, e, uint64(L))
	step2L := broadcastConst(s, e, uint64(2*L))
	vmovdqu(iota, idx[0])
	padd(idx[1], idx[0], stepL)
	padd(cur[0], idx[0], step2L)
	padd(cur[1], idx[1], step2L)
	var nacc reg.VecVirtual
	var kord []reg.OpmaskVirtual
	if s.Z {
		k := K()
		KXNORW(k, k, k)
		kord = append(kord, k)
	} else {
		nacc = s.vec()
		VXORPD(nacc, nacc, nacc)
	}
	// ordCheck records NaNs in a or b: one comparison covers two vectors.
	ordCheck := func(a, b reg.Register) {
		if s.Z {
			e.cmpK(cmpORD, kord[0], kord[0], a, b)
		} else {
			t := s.vec()
			e.cmp(cmpUNORD, t, a, b)
			e.or(s, nacc, nacc, t)
		}
	}
	for c := 0; c < 2; c++ {
		e.movu(x.Offset(c*s.Bytes), best[c])
	}
	ordCheck(best[0], best[1])
	ADDQ(U32(2*s.Bytes), x.Base)
	SUBQ(U32(2*L), n)

	Label("loop")
	TESTQ(n, n)
	JZ(LabelRef("done"))
	v := []reg.VecVirtual{s.vec(), s.vec()}
	for c := 0; c < 2; c++ {
		e.movu(x.Offset(c*s.Bytes), v[c])
	}
	ordCheck(v[0], v[1])
	for c := 0; c < 2; c++ {
		v := v[c]
		if s.Z {
			k := K()
			e.cmp(pred, k, v, best[c])
			e.blendm(best[c], best[c], v, k)
			if e.is64() {
				VPBLENDMQ(cur[c], idx[c], k, idx[c])
			} else {
				VPBLENDMD(cur[c], idx[c], k, idx[c])
			}
		} else {
			m := s.vec()
			e.cmp(pred, m, v, best[c])
			e.blendv(best[c], best[c], v, m)
			e.blendv(idx[c], idx[c], cur[c], m)
		}
		padd(cur[c], cur[c], step2L)
	}
	ADDQ(U32(2*s.Bytes), x.Base)
	SUBQ(U32(2*L), n)
	JMP(LabelRef("loop"))

	Label("done")
	val := Mem{Base: Load(Param("val").Base(), GP64())}
	ix := Mem{Base: Load(Param("idx").Base(), GP64())}
	for c := 0; c < 2; c++ {
		e.movu(best[c], val.Offset(c*s.Bytes))
		vmovdqu(idx[c], ix.Offset(c*s.Bytes))
	}
	r := GP64()
	XORQ(r, r)
	if s.Z {
		g := GP32()
		KMOVW(kord[0], g)
		ANDL(U32(fullMask(s, e)), g)
		CMPL(g, U32(fullMask(s, e)))
		SETNE(r.As8())
	} else {
		VPTEST(nacc, nacc)
		SETNE(r.As8())
	}
	VZEROUPPER() // before Store: a legacy-SSE MOVSD with dirty upper state stalls on Intel
	Store(r, ReturnIndex(0))
	RET()
}
