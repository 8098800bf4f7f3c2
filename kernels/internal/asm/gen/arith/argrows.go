package main

import (
	"fmt"
	"math"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// argRowsGroup is the number of rows an ArgMaxRows/ArgMinRows kernel
// reduces together (one pass over the columns, one vector of each row per
// step), so that their dependency chains and end-of-row reductions overlap.
const argRowsGroup = 4

// iotaData holds, per element type, the symbol of the vector 0, 1, 2, ...
// (16 lanes of float32, 8 of float64: one ZMM).
var iotaData = map[string]Mem{}

// iotaMem returns the symbol of e's lane numbers as floats.
func iotaMem(e elem) Mem {
	if m, ok := iotaData[e.Name]; ok {
		return m
	}
	m := GLOBL("argrows_iota_"+e.Name, RODATA|NOPTR)
	for i := 0; i < 64/e.Size; i++ {
		if e.is64() {
			DATA(8*i, U64(math.Float64bits(float64(i))))
		} else {
			DATA(4*i, U32(math.Float32bits(float32(i))))
		}
	}
	iotaData[e.Name] = m
	return m
}

// floatBits is v in e's format.
func floatBits(e elem, v int) uint64 {
	if e.is64() {
		return math.Float64bits(float64(v))
	}
	return uint64(math.Float32bits(float32(v)))
}

// argRows writes ArgMaxRows or ArgMinRows: for each of rows rows of cols
// elements (row r starting ldx elements after row r-1), the index of the
// first largest (smallest) element, in one pass that keeps, per lane, the
// extreme and the index (as a float) where it first appeared (a strict
// comparison, so later equal values keep the earlier index). The row's
// answer is the smallest index among the lanes holding the row's extreme
// (-0 == +0). Columns past the last whole vector are read by one more
// vector ending at the last column, which overlaps the one before: an
// element read twice gives the same index either time, so the answer is
// unchanged. Rows go in groups of argRowsGroup, then one by one; a group
// holding a NaN gets -1 for each of its rows, for package kernels to
// redo.
func argRows(isMax bool, s isa, e elem) {
	op, name, what, better := e.minp, "ArgMinRows", "smallest", uint8(cmpLTOQ)
	if isMax {
		op, name, what, better = e.maxp, "ArgMaxRows", "largest", cmpGTOQ
	}
	name += e.Name + s.Name
	iota := iotaMem(e)
	TEXT(name, NOSPLIT, fmt.Sprintf("func(x []%s, ldx, rows, cols int, dst []int64)", e.Go))
	Pragma("noescape")
	L := e.lanes(s)
	maxCols := "2^53"
	if !e.is64() {
		maxCols = "2^24"
	}
	Doc(fmt.Sprintf("%s sets dst[r] to the index of the first %s element of", name, what),
		"x[r*ldx : r*ldx+cols] for each r < rows, or to -1 for every row of a group",
		fmt.Sprintf("of %d (and for a single row after the last group) that holds a NaN.", argRowsGroup),
		fmt.Sprintf("cols must be at least %d and at most %s, ldx at least cols. Uses %s.", L, maxCols, s.Name))
	base := Load(Param("x").Base(), GP64())
	ldb := Load(Param("ldx"), GP64())
	if e.is64() {
		SHLQ(U8(3), ldb)
	} else {
		SHLQ(U8(2), ldb)
	}
	rows := Load(Param("rows"), GP64())
	cols := Load(Param("cols"), GP64())
	out := Load(Param("dst").Base(), GP64())
	step := broadcastConst(s, e, floatBits(e, L))
	// AVX-512 keeps the lane numbers in a register (read once, outside
	// the loops); AVX2, short of registers, reads them (32 bytes) per group.
	var lanes Op = iota
	if s.Z {
		v := s.vec()
		e.movu(iota, v)
		lanes = v
	}
	ld3 := GP64()
	LEAQ(Mem{Base: ldb, Index: ldb, Scale: 2}, ld3)

	Label("group4")
	CMPQ(rows, U32(argRowsGroup))
	JB(LabelRef("group1"))
	argRowsGroupBody(argRowsGroup, "g4", s, e, op, better, base, ldb, ld3, cols, out, step, lanes)
	LEAQ(Mem{Base: base, Index: ldb, Scale: argRowsGroup}, base)
	ADDQ(U32(8*argRowsGroup), out)
	SUBQ(U32(argRowsGroup), rows)
	JMP(LabelRef("group4"))

	Label("group1")
	TESTQ(rows, rows)
	JZ(LabelRef("ret"))
	argRowsGroupBody(1, "g1", s, e, op, better, base, ldb, ld3, cols, out, step, lanes)
	ADDQ(ldb, base)
	ADDQ(U32(8), out)
	DECQ(rows)
	JMP(LabelRef("group1"))

	Label("ret")
	VZEROUPPER()
	RET()
}

// argRowsGroupBody writes the pass over R rows (1 or argRowsGroup) starting
// at base, storing their indexes at out; labels start with p.
func argRowsGroupBody(R int, p string, s isa, e elem, op func(d, a, b Op), better uint8,
	base, ldb, ld3, cols, out reg.Register, step reg.VecVirtual, lanes Op) {
	L := e.lanes(s)
	q := GP64()
	MOVQ(base, q)
	rowMem := func(r int) Mem {
		switch r {
		case 1:
			return Mem{Base: q, Index: ldb, Scale: 1}
		case 2:
			return Mem{Base: q, Index: ldb, Scale: 2}
		case 3:
			return Mem{Base: q, Index: ld3, Scale: 1}
		}
		return Mem{Base: q}
	}
	pos := s.vec() // the index of each lane of the vectors at q
	e.movu(lanes, pos)
	run, idx := make([]reg.VecVirtual, R), make([]reg.VecVirtual, R)
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
	// nanCheck records NaNs in a or b: one comparison covers two vectors.
	nanCheck := func(j int, a, b reg.Register) {
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
	for r := 0; r < R; r += 2 {
		run[r], idx[r] = s.vec(), s.vec()
		e.movu(rowMem(r), run[r])
		e.movu(pos, idx[r])
		if r+1 < R {
			run[r+1], idx[r+1] = s.vec(), s.vec()
			e.movu(rowMem(r+1), run[r+1])
			e.movu(pos, idx[r+1])
			nanCheck((r/2)%2, run[r], run[r+1])
		} else {
			nanCheck(0, run[r], run[r])
		}
	}
	// body folds the vectors at q into run and idx.
	body := func() {
		for r := 0; r < R; r += 2 {
			t0 := s.vec()
			e.movu(rowMem(r), t0)
			ts := []reg.VecVirtual{t0}
			if r+1 < R {
				t1 := s.vec()
				e.movu(rowMem(r+1), t1)
				ts = append(ts, t1)
				nanCheck((r/2)%2, t0, t1)
			} else {
				nanCheck(0, t0, t0)
			}
			for i, t := range ts {
				j := r + i
				if s.Z {
					k := K()
					e.cmp(better, k, t, run[j])
					if e.is64() {
						VMOVAPD(pos, k, idx[j])
					} else {
						VMOVAPS(pos, k, idx[j])
					}
				} else {
					m := s.vec()
					e.cmp(better, m, t, run[j])
					e.blendv(idx[j], idx[j], pos, m)
				}
				op(run[j], t, run[j]) // t if better, else run (NaN t: run)
			}
		}
	}
	ADDQ(U32(s.Bytes), q)
	m := GP64()
	MOVQ(cols, m)
	SUBQ(U32(L), m)

	Label(p + "loop")
	CMPQ(m, U32(L))
	JB(LabelRef(p + "tail"))
	e.add(pos, pos, step)
	body()
	ADDQ(U32(s.Bytes), q)
	SUBQ(U32(L), m)
	JMP(LabelRef(p + "loop"))

	// The last m < L columns: the vector ending at the last column.
	Label(p + "tail")
	TESTQ(m, m)
	JZ(LabelRef(p + "done"))
	LEAQ(Mem{Base: q, Index: m, Scale: uint8(e.Size), Disp: -s.Bytes}, q)
	f := XMM()
	VXORPD(f, f, f)
	sh := s.vec()
	if e.is64() {
		VCVTSI2SDQ(m, f, f)
		VBROADCASTSD(f, sh)
	} else {
		VCVTSI2SSQ(m, f, f)
		VBROADCASTSS(f, sh)
	}
	e.add(pos, pos, sh)
	body()

	Label(p + "done")
	if s.Z {
		KORTESTW(knan[1], knan[0])
		JNZ(LabelRef(p + "nan"))
	} else {
		VPTEST(nacc, nacc)
		JNZ(LabelRef(p + "nan"))
	}
	g := GP64()
	for r := 0; r < R; r++ {
		// best: the extreme of the lanes; then the smallest index of the
		// lanes holding it.
		b := s.vec()
		e.movu(run[r], b)
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
			e.cmp(cmpEQOQ, k, run[r], best)
			if e.is64() {
				VMOVAPD(idx[r], k, first)
			} else {
				VMOVAPS(idx[r], k, first)
			}
		} else {
			t := s.vec()
			e.cmp(cmpEQOQ, t, run[r], best)
			e.blendv(first, first, idx[r], t)
		}
		horizontal(s, e, first, e.minp)
		if e.is64() {
			VCVTTSD2SIQ(first.AsX(), g)
		} else {
			VCVTTSS2SIQ(first.AsX(), g)
		}
		MOVQ(g, Mem{Base: out, Disp: 8 * r})
	}
	JMP(LabelRef(p + "next"))

	Label(p + "nan")
	MOVQ(I32(-1), g)
	for r := 0; r < R; r++ {
		MOVQ(g, Mem{Base: out, Disp: 8 * r})
	}
	Label(p + "next")
}
