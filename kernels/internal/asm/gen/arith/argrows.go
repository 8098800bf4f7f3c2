package main

import (
	"fmt"
	"math"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// argRowsGroup is the number of rows an ArgMaxRows/ArgMinRows kernel
// reduces together (one pass over the columns, a chunk of each row per
// step). One row at a time, a single stream as Sum reads, measured faster
// than groups of two or four rows on Zen 4 (float64 1000x1000: 97-102 µs
// against 104-110 µs for four), the end-of-row work overlapping the next
// row's loads.
const argRowsGroup = 1

// argRowsChunk is the number of vectors of a row one step of an
// ArgMaxRows/ArgMinRows kernel folds together before comparing them with
// the row's running extreme.
const argRowsChunk = 4

// floatBits is v in e's format.
func floatBits(e elem, v int) uint64 {
	if e.is64() {
		return math.Float64bits(float64(v))
	}
	return uint64(math.Float32bits(float32(v)))
}

// argRows writes ArgMaxRows or ArgMinRows: for each of rows rows of cols
// elements (row r starting ldx elements after row r-1), the index of the
// first largest (smallest) element. One pass reads each row in chunks
// (argRowsChunk vectors, then single vectors, then one vector ending at the
// last column, which overlaps the one before); per lane it keeps the
// extreme and, as a float, the start of the chunk where it first appeared
// (a strict comparison, so later equal values keep the earlier chunk). The
// first element equal to the row's extreme lies in the chunk with the
// smallest start among the lanes holding it (every element before that
// start belongs to an earlier chunk, which does not hold it; -0 == +0), so
// a scan of equality tests from that start finds it: for a whole chunk of
// argRowsChunk vectors, the lowest set bit of their joined equality masks;
// else vector by vector, stopping at the first hit inside the chunk. Rows
// go in groups of argRowsGroup (if more than one), then one by one; a group
// (or row) holding a NaN gets -1 for each of its rows, for package kernels
// to redo.
func argRows(isMax bool, s isa, e elem) {
	op, name, what, better := e.minp, "ArgMinRows", "smallest", uint8(cmpLTOQ)
	if isMax {
		op, name, what, better = e.maxp, "ArgMaxRows", "largest", cmpGTOQ
	}
	name += e.Name + s.Name
	TEXT(name, NOSPLIT, fmt.Sprintf("func(x []%s, ldx, rows, cols int, dst []int64)", e.Go))
	Pragma("noescape")
	L := e.lanes(s)
	maxCols := "2^53"
	if !e.is64() {
		maxCols = "2^24"
	}
	nan := "or to -1 if the row holds a NaN."
	if argRowsGroup > 1 {
		nan = fmt.Sprintf("or to -1 for every row of a group of %d (or a single row after the last group) holding a NaN.", argRowsGroup)
	}
	Doc(fmt.Sprintf("%s sets dst[r] to the index of the first %s element of", name, what),
		"x[r*ldx : r*ldx+cols] for each r < rows, "+nan,
		fmt.Sprintf("cols must be at least %d and at most %s, ldx at least cols. Uses %s.", L, maxCols, s.Name))
	g := argRowsRegs{
		base: Load(Param("x").Base(), GP64()),
		ldb:  Load(Param("ldx"), GP64()),
		cols: Load(Param("cols"), GP64()),
		out:  Load(Param("dst").Base(), GP64()),
	}
	if e.is64() {
		SHLQ(U8(3), g.ldb)
	} else {
		SHLQ(U8(2), g.ldb)
	}
	rows := Load(Param("rows"), GP64())
	g.ld3 = GP64()
	LEAQ(Mem{Base: g.ldb, Index: g.ldb, Scale: 2}, g.ld3)

	if argRowsGroup > 1 {
		Label("group")
		CMPQ(rows, U32(argRowsGroup))
		JB(LabelRef("row"))
		g.body(argRowsGroup, "g", s, e, op, better)
		LEAQ(Mem{Base: g.base, Index: g.ldb, Scale: argRowsGroup}, g.base)
		ADDQ(U32(8*argRowsGroup), g.out)
		SUBQ(U32(argRowsGroup), rows)
		JMP(LabelRef("group"))
	}

	Label("row")
	TESTQ(rows, rows)
	JZ(LabelRef("ret"))
	g.body(1, "r", s, e, op, better)
	ADDQ(g.ldb, g.base)
	ADDQ(U32(8), g.out)
	DECQ(rows)
	JMP(LabelRef("row"))

	Label("ret")
	VZEROUPPER()
	RET()
}

// argRowsRegs are the registers an ArgMaxRows/ArgMinRows group reads: the
// group's first row, the row stride in bytes and three times it, the
// number of columns and where the group's results go.
type argRowsRegs struct {
	base, ldb, ld3, cols, out reg.Register
}

// rowMem is the address of row r (r < 4) at byte offset p.
func (g argRowsRegs) rowMem(p reg.Register, r int) Mem {
	switch r {
	case 1:
		return Mem{Base: p, Index: g.ldb, Scale: 1}
	case 2:
		return Mem{Base: p, Index: g.ldb, Scale: 2}
	case 3:
		return Mem{Base: p, Index: g.ld3, Scale: 1}
	}
	return Mem{Base: p}
}

// body writes the pass over R rows (1 or argRowsGroup) and the storing of
// their indexes; its labels start with p.
func (g argRowsRegs) body(R int, p string, s isa, e elem, op func(d, a, b Op), better uint8) {
	L, G := e.lanes(s), argRowsChunk
	q := GP64() // the chunk's address in row 0
	MOVQ(g.base, q)
	pos := s.vec() // the chunk's first column, in every lane
	VXORPD(pos.AsY(), pos.AsY(), pos.AsY())
	run, start := make([]reg.VecVirtual, R), make([]reg.VecVirtual, R)
	inf := broadcastConst(s, e, infBits(e, isMax(better)))
	for r := range run {
		run[r], start[r] = s.vec(), s.vec()
		e.movu(inf, run[r])
		VXORPD(start[r].AsY(), start[r].AsY(), start[r].AsY())
	}
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
			KORW(t, knan[j%2], knan[j%2])
		} else {
			t := s.vec()
			e.cmp(cmpUNORD, t, a, b)
			e.or(s, nacc, nacc, t)
		}
	}
	// fold folds the chunk of n vectors at q of every row into run and
	// start.
	fold := func(n int) {
		for r := 0; r < R; r++ {
			v := make([]reg.VecVirtual, n)
			for i := range v {
				v[i] = s.vec()
				e.movu(g.rowMem(q, r).Offset(i*s.Bytes), v[i])
			}
			for i := 0; i < n; i += 2 {
				if i+1 < n {
					nanCheck(r+i/2, v[i], v[i+1])
				} else {
					nanCheck(r, v[i], v[i])
				}
			}
			for w := 1; w < n; w *= 2 {
				for i := 0; i+w < n; i += 2 * w {
					op(v[i], v[i+w], v[i])
				}
			}
			c := v[0]
			if s.Z {
				k := K()
				e.cmp(better, k, c, run[r])
				if e.is64() {
					VMOVAPD(pos, k, start[r])
				} else {
					VMOVAPS(pos, k, start[r])
				}
			} else {
				m := s.vec()
				e.cmp(better, m, c, run[r])
				e.blendv(start[r], start[r], pos, m)
			}
			op(run[r], c, run[r]) // c if better, else run (NaN c: run)
		}
	}
	stepG := broadcastConst(s, e, floatBits(e, G*L))
	m := GP64() // columns left
	MOVQ(g.cols, m)

	Label(p + "chunk")
	CMPQ(m, U32(G*L))
	JB(LabelRef(p + "vec"))
	fold(G)
	e.add(pos, pos, stepG)
	ADDQ(U32(G*s.Bytes), q)
	SUBQ(U32(G*L), m)
	JMP(LabelRef(p + "chunk"))

	Label(p + "vec")
	stepL := broadcastConst(s, e, floatBits(e, L))
	Label(p + "vecloop")
	CMPQ(m, U32(L))
	JB(LabelRef(p + "tail"))
	fold(1)
	e.add(pos, pos, stepL)
	ADDQ(U32(s.Bytes), q)
	SUBQ(U32(L), m)
	JMP(LabelRef(p + "vecloop"))

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
	e.sub(pos, pos, stepL)
	e.add(pos, pos, sh)
	fold(1)

	Label(p + "done")
	if s.Z {
		KORTESTW(knan[1], knan[0])
		JNZ(LabelRef(p + "nan"))
	} else {
		VPTEST(nacc, nacc)
		JNZ(LabelRef(p + "nan"))
	}
	j := GP64()
	for r := 0; r < R; r++ {
		// best: the extreme of the lanes; j: the smallest chunk start of
		// the lanes holding it.
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
				VMOVAPD(start[r], k, first)
			} else {
				VMOVAPS(start[r], k, first)
			}
		} else {
			t := s.vec()
			e.cmp(cmpEQOQ, t, run[r], best)
			e.blendv(first, first, start[r], t)
		}
		horizontal(s, e, first, e.minp)
		if e.is64() {
			VCVTTSD2SIQ(first.AsX(), j)
		} else {
			VCVTTSS2SIQ(first.AsX(), j)
		}
		// The scan: the first vector from j holding best, then its first
		// lane.
		row := GP64()
		MOVQ(g.base, row)
		switch r {
		case 1:
			ADDQ(g.ldb, row)
		case 2:
			LEAQ(Mem{Base: row, Index: g.ldb, Scale: 2}, row)
		case 3:
			ADDQ(g.ld3, row)
		}
		scan := fmt.Sprintf("%sscan%d", p, r)
		found := fmt.Sprintf("%sfound%d", p, r)
		store := fmt.Sprintf("%sstore%d", p, r)
		// A whole chunk of G vectors from j: its G equality masks at once,
		// joined into one word whose lowest set bit is the hit (no branch
		// on where the hit is); else the scan, vector by vector.
		end := GP64()
		LEAQ(Mem{Base: j, Disp: G * L}, end)
		CMPQ(end, g.cols)
		JA(LabelRef(scan))
		var all reg.GPVirtual
		for i := 0; i < G; i++ {
			h := GP64()
			at := Mem{Base: row, Index: j, Scale: uint8(e.Size), Disp: i * s.Bytes}
			eqMask(s, e, best, at, h.As32())
			if i == 0 {
				all = h
				continue
			}
			SHLQ(U8(i*L), h)
			ORQ(h, all)
		}
		BSFQ(all, all)
		ADDQ(all, j)
		JMP(LabelRef(store))

		hit := GP32()
		Label(scan)
		eqMask(s, e, best, Mem{Base: row, Index: j, Scale: uint8(e.Size)}, hit)
		TESTL(hit, hit)
		JNZ(LabelRef(found))
		ADDQ(U32(L), j)
		JMP(LabelRef(scan)) // best is in the chunk: the scan stops inside it
		Label(found)
		BSFL(hit, hit)
		ADDQ(hit.As64(), j)
		Label(store)
		MOVQ(j, Mem{Base: g.out, Disp: 8 * r})
	}
	JMP(LabelRef(p + "next"))

	Label(p + "nan")
	MOVQ(I32(-1), j)
	for r := 0; r < R; r++ {
		MOVQ(j, Mem{Base: g.out, Disp: 8 * r})
	}
	Label(p + "next")
}

// isMax reports whether the comparison better is the ArgMax one.
func isMax(better uint8) bool { return better == cmpGTOQ }

// eqMask sets the low bits of the 32-bit register h to the lanes of the
// vector at m equal to best (the bits above the lanes zero).
func eqMask(s isa, e elem, best reg.VecVirtual, m Mem, h reg.Register) {
	if s.Z {
		k := K()
		e.cmp(cmpEQOQ, k, best, m)
		KMOVW(k, h) // the comparison zeroes the mask bits above the lanes
		return
	}
	t := s.vec()
	e.cmp(cmpEQOQ, t, best, m)
	if e.is64() {
		VMOVMSKPD(t, h)
	} else {
		VMOVMSKPS(t, h)
	}
}
