package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// sumRowsBlock is the number of vectors of columns a SumRows kernel adds
// at once (independent accumulators, so the additions down the rows
// overlap).
const sumRowsBlock = 4

// sumRows writes SumRows: dst[j] = x[j] + x[ldx+j] + ... + x[(rows-1)*ldx+j],
// added in that order (the order of adding the rows one by one into an
// accumulator row, with the same roundings), each column block's sums kept
// in registers while the rows are read and stored once. Columns past the
// last whole vector are done by one more vector ending at the last column,
// which recomputes some columns with the same bits.
func sumRows(s isa, e elem) {
	name := "SumRows" + e.Name + s.Name
	TEXT(name, NOSPLIT, fmt.Sprintf("func(x []%s, ldx, rows, cols int, dst []%s)", e.Go, e.Go))
	Pragma("noescape")
	L := e.lanes(s)
	Doc(fmt.Sprintf("%s sets dst[j], for j < cols, to the sum of x[t*ldx+j] over t < rows,", name),
		"added in the order of t. rows must be at least 1, cols at least "+fmt.Sprint(L)+",",
		"ldx at least cols, and dst must not overlap x. Uses "+s.Name+".")
	p := Load(Param("x").Base(), GP64())
	ldb := Load(Param("ldx"), GP64())
	if e.is64() {
		SHLQ(U8(3), ldb)
	} else {
		SHLQ(U8(2), ldb)
	}
	rows := Load(Param("rows"), GP64())
	m := Load(Param("cols"), GP64())
	d := Load(Param("dst").Base(), GP64())
	// columns adds the rows over n vectors of columns at p into dst at d.
	columns := func(n int, lbl string) {
		acc := make([]reg.VecVirtual, n)
		for i := range acc {
			acc[i] = s.vec()
			e.movu(Mem{Base: p, Disp: i * s.Bytes}, acc[i])
		}
		r, t := GP64(), GP64()
		MOVQ(p, r)
		MOVQ(rows, t)
		Label(lbl)
		DECQ(t)
		JZ(LabelRef(lbl + "store"))
		ADDQ(ldb, r)
		for i := range acc {
			e.add(acc[i], acc[i], Mem{Base: r, Disp: i * s.Bytes})
		}
		JMP(LabelRef(lbl))
		Label(lbl + "store")
		for i := range acc {
			e.movu(acc[i], Mem{Base: d, Disp: i * s.Bytes})
		}
	}

	Label("block")
	CMPQ(m, U32(sumRowsBlock*L))
	JB(LabelRef("single"))
	columns(sumRowsBlock, "blockrows")
	ADDQ(U32(sumRowsBlock*s.Bytes), p)
	ADDQ(U32(sumRowsBlock*s.Bytes), d)
	SUBQ(U32(sumRowsBlock*L), m)
	JMP(LabelRef("block"))

	Label("single")
	CMPQ(m, U32(L))
	JB(LabelRef("tail"))
	columns(1, "singlerows")
	ADDQ(U32(s.Bytes), p)
	ADDQ(U32(s.Bytes), d)
	SUBQ(U32(L), m)
	JMP(LabelRef("single"))

	// The last m < L columns: the vector ending at the last column.
	Label("tail")
	TESTQ(m, m)
	JZ(LabelRef("ret"))
	LEAQ(Mem{Base: p, Index: m, Scale: uint8(e.Size), Disp: -s.Bytes}, p)
	LEAQ(Mem{Base: d, Index: m, Scale: uint8(e.Size), Disp: -s.Bytes}, d)
	columns(1, "tailrows")

	Label("ret")
	VZEROUPPER()
	RET()
}
