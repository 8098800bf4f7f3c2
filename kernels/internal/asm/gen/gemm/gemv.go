package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// gemvRows is the number of rows of A one GEMV kernel call computes.
const gemvRows = 4

// gemvKernel writes the 4-row GEMV kernel GemvF64x4AVX2 (and the other
// ISA/element combinations): for i < 4, y[i] = Σ_{j<n} a[i*lda+j]*x[j].
//
// Each row has s.nv vector accumulators in the element type. The main loop
// loads s.nv vectors of x once and multiplies them into all four rows with
// fused multiply-adds whose A operand is read from memory; a second loop
// takes one vector at a time; the last n mod lanes elements are a masked
// vector step (AVX-512) or scalar fused multiply-adds into four scalar
// accumulators (AVX2). The row accumulators are then added together,
// reduced across lanes with horizontal adds into one vector of four sums,
// and stored.
//
// Rounding: lane l of accumulator v of a row adds ⌊n/(lanes*nv)⌋ terms one
// after another (the first accumulator up to nv more: the single-vector
// loop and the masked step), then log2(nv*lanes) pairwise additions join
// the partial sums; AVX2's scalar tail adds up to lanes-1 terms in sequence
// and joins with one more addition.
func gemvKernel(s isa) {
	suffix := "F64"
	if !s.f64() {
		suffix = "F32"
	}
	name := fmt.Sprintf("Gemv%sx%d%s", suffix, gemvRows, s.name)
	TEXT(name, NOSPLIT, fmt.Sprintf("func(n int, a []%s, lda int, x, y []%s)", s.elem, s.elem))
	Pragma("noescape")
	L := s.lanes() * s.nv
	c := s.nv + log2(L) // the first partial sum's chain is at most n/L + nv long
	if s.name == "AVX2" {
		c += s.lanes() // covers the scalar tail's chain too
	}
	Doc(fmt.Sprintf("%s is the %s row kernel of GEMV: for i < %d,", name, s.name, gemvRows),
		"y[i] = Σ_{j<n} a[i*lda+j]*x[j], accumulated in "+s.elem+" with fused multiply-adds",
		fmt.Sprintf("in %d partial sums per row (%d vectors of %d lanes) added pairwise at the end.", L, s.nv, s.lanes()),
		fmt.Sprintf("Each product passes through at most K = ⌊n/%d⌋ + %d roundings, so the error of", L, c),
		"y[i] is at most γ(K)·Σ_j |a[i*lda+j]*x[j]|, γ(K) = K·u/(1-K·u), u the unit roundoff.",
		fmt.Sprintf("n >= 0; a holds %d*lda+n, x n and y %d elements; lda >= 0 (rows may overlap).", gemvRows-1, gemvRows))

	lanes, vb, sz := s.lanes(), s.vecBytes(), s.size()
	step := s.nv * vb // bytes per main-loop iteration and row
	acc := func(i, v int) reg.VecPhysical { return s.vecs[i*s.nv+v] }
	xv := s.vecs[gemvRows*s.nv : gemvRows*s.nv+s.nv]

	nb, end, j, xp, yp, ld := reg.RCX, reg.RBX, reg.RAX, reg.RDI, reg.RDX, reg.R8
	rows := []reg.GPPhysical{reg.RSI, reg.R9, reg.R10, reg.R11}
	Load(Param("n"), nb)
	Load(Param("a").Base(), rows[0])
	Load(Param("lda"), ld)
	Load(Param("x").Base(), xp)
	Load(Param("y").Base(), yp)
	shift := U8(log2(sz))
	SHLQ(shift, nb)
	SHLQ(shift, ld)
	for i := 1; i < gemvRows; i++ {
		LEAQ(Mem{Base: rows[i-1], Index: ld, Scale: 1}, rows[i])
	}
	at := func(i, disp int) Mem { return Mem{Base: rows[i], Index: j, Scale: 1, Disp: disp} }
	xat := func(disp int) Mem { return Mem{Base: xp, Index: j, Scale: 1, Disp: disp} }

	Comment("Zero the accumulators.")
	for i := 0; i < gemvRows; i++ {
		for v := 0; v < s.nv; v++ {
			zero(s, acc(i, v))
		}
	}
	XORQ(j, j)

	Comment(fmt.Sprintf("%d elements of each row per iteration.", s.nv*lanes))
	MOVQ(nb, end)
	ANDQ(I32(-step), end)
	JEQ(LabelRef(name + "_vec"))
	Label(name + "_loop")
	for v := 0; v < s.nv; v++ {
		mov(s, xat(v*vb), xv[v])
	}
	for i := 0; i < gemvRows; i++ {
		for v := 0; v < s.nv; v++ {
			fma(s, at(i, v*vb), xv[v], acc(i, v))
		}
	}
	ADDQ(U32(step), j)
	CMPQ(j, end)
	JB(LabelRef(name + "_loop"))

	Label(name + "_vec")
	Comment(fmt.Sprintf("%d elements of each row per iteration.", lanes))
	MOVQ(nb, end)
	ANDQ(I32(-vb), end)
	CMPQ(j, end)
	JAE(LabelRef(name + "_tail"))
	Label(name + "_vecloop")
	mov(s, xat(0), xv[0])
	for i := 0; i < gemvRows; i++ {
		fma(s, at(i, 0), xv[0], acc(i, 0))
	}
	ADDQ(U32(vb), j)
	CMPQ(j, end)
	JB(LabelRef(name + "_vecloop"))

	Label(name + "_tail")
	var tails []reg.VecPhysical // AVX2: scalar accumulators of the last n mod lanes elements
	if s.name == "AVX512" {
		Comment("The last n mod lanes elements: a masked step.")
		tailMask(nb, j, shift, name+"_reduce")
		if s.f64() {
			VMOVUPD_Z(xat(0), reg.K1, xv[0])
		} else {
			VMOVUPS_Z(xat(0), reg.K1, xv[0])
		}
		for i := 0; i < gemvRows; i++ {
			if s.f64() {
				VFMADD231PD(at(i, 0), xv[0], reg.K1, acc(i, 0))
			} else {
				VFMADD231PS(at(i, 0), xv[0], reg.K1, acc(i, 0))
			}
		}
	} else {
		Comment("The last n mod lanes elements, one at a time into scalar accumulators.")
		for i := 0; i < gemvRows; i++ {
			t := s.vecs[len(s.vecs)-1-i]
			tails = append(tails, t)
			zero(s, t)
		}
		xs := xv[0].AsX()
		CMPQ(j, nb)
		JAE(LabelRef(name + "_reduce"))
		Label(name + "_tailloop")
		if s.f64() {
			VMOVSD(xat(0), xs)
		} else {
			VMOVSS(xat(0), xs)
		}
		for i, t := range tails {
			if s.f64() {
				VFMADD231SD(at(i, 0), xs, t.AsX())
			} else {
				VFMADD231SS(at(i, 0), xs, t.AsX())
			}
		}
		ADDQ(U8(sz), j)
		CMPQ(j, nb)
		JB(LabelRef(name + "_tailloop"))
	}

	Label(name + "_reduce")
	Comment("Add each row's accumulators pairwise into its first one.")
	for w := 1; w < s.nv; w *= 2 {
		for i := 0; i < gemvRows; i++ {
			for v := 0; v+w < s.nv; v += 2 * w {
				add(s, acc(i, v+w), acc(i, v), acc(i, v))
			}
		}
	}
	r := make([]reg.Register, gemvRows) // the row sums as Y registers
	for i := range r {
		r[i] = acc(i, 0).AsY()
	}
	if s.name == "AVX512" {
		Comment("Fold each row's upper 256 bits onto its lower ones.")
		for i := range r {
			t := acc(i, 1).AsY() // free after the pairwise additions
			VEXTRACTF64X4(U8(1), acc(i, 0), t)
			add(s, t, r[i], r[i])
		}
	}
	Comment("Horizontal sums: one vector holding the four row sums.")
	out := r[0]
	if s.f64() {
		// VHADDPD d, s1, s2 (Intel order) is [s1_0+s1_1, s2_0+s2_1, s1_2+s1_3, s2_2+s2_3].
		VHADDPD(r[1], r[0], r[0])              // [a01 b01 a23 b23]
		VHADDPD(r[3], r[2], r[2])              // [c01 d01 c23 d23]
		VBLENDPD(U8(0b1100), r[2], r[0], r[1]) // [a01 b01 c23 d23]
		VPERM2F128(U8(0x21), r[2], r[0], r[3]) // [a23 b23 c01 d01]
		VADDPD(r[3], r[1], out)
		if tails != nil {
			t := tails
			VUNPCKLPD(t[1].AsX(), t[0].AsX(), t[0].AsX()) // [t0 t1]
			VUNPCKLPD(t[3].AsX(), t[2].AsX(), t[2].AsX()) // [t2 t3]
			VINSERTF128(U8(1), t[2].AsX(), t[0].AsY(), t[0].AsY())
			VADDPD(t[0].AsY(), out, out)
		}
		VMOVUPD(out, Mem{Base: yp})
	} else {
		// VHADDPS d, s1, s2 is, in each 128-bit half, [s1_0+s1_1, s1_2+s1_3, s2_0+s2_1, s2_2+s2_3].
		VHADDPS(r[1], r[0], r[0]) // [a01 a23 b01 b23 | a45 a67 b45 b67]
		VHADDPS(r[3], r[2], r[2]) // [c01 c23 d01 d23 | ...]
		VHADDPS(r[2], r[0], r[0]) // [a0-3 b0-3 c0-3 d0-3 | a4-7 b4-7 c4-7 d4-7]
		x := out.(reg.VecPhysical).AsX()
		VEXTRACTF128(U8(1), r[0], r[1].(reg.VecPhysical).AsX())
		VADDPS(r[1].(reg.VecPhysical).AsX(), x, x)
		if tails != nil {
			t := tails
			VUNPCKLPS(t[1].AsX(), t[0].AsX(), t[0].AsX()) // [t0 t1 0 0]
			VUNPCKLPS(t[3].AsX(), t[2].AsX(), t[2].AsX()) // [t2 t3 0 0]
			VMOVLHPS(t[2].AsX(), t[0].AsX(), t[0].AsX())  // [t0 t1 t2 t3]
			VADDPS(t[0].AsX(), x, x)
		}
		VMOVUPS(x, Mem{Base: yp})
	}
	VZEROUPPER()
	RET()
}

// zero clears a vector register.
func zero(s isa, r Op) {
	if s.name == "AVX2" {
		VXORPS(r, r, r)
	} else {
		VPXORQ(r, r, r)
	}
}

// add is dst = x + y.
func add(s isa, x, y, dst Op) {
	if s.f64() {
		VADDPD(x, y, dst)
	} else {
		VADDPS(x, y, dst)
	}
}

func log2(v int) int {
	k := 0
	for ; v > 1; v >>= 1 {
		k++
	}
	return k
}

// gemvTKernel writes the 4-column GEMV kernel GemvTF64x4AVX2 (and the other
// ISA/element combinations), the column-contiguous form: for i < m,
//
//	y[i] = (((y[i] + a[i]*x[0]) + a[lda+i]*x[1]) + a[2*lda+i]*x[2]) + a[3*lda+i]*x[3]
//
// with one fused multiply-add per term. Four axpys in one pass: each vector
// of y is loaded and stored once for four columns of A. The last m mod
// lanes elements are a masked step (AVX-512) or scalar (AVX2).
func gemvTKernel(s isa) {
	suffix := "F64"
	if !s.f64() {
		suffix = "F32"
	}
	name := fmt.Sprintf("GemvT%sx%d%s", suffix, gemvRows, s.name)
	TEXT(name, NOSPLIT, fmt.Sprintf("func(m int, a []%s, lda int, x, y []%s)", s.elem, s.elem))
	Pragma("noescape")
	Doc(fmt.Sprintf("%s is the %s column kernel of GEMV: for i < m,", name, s.name),
		"y[i] += a[i]*x[0] + a[lda+i]*x[1] + a[2*lda+i]*x[2] + a[3*lda+i]*x[3],",
		"added left to right with one fused multiply-add (one rounding) per term.",
		fmt.Sprintf("m >= 0; a holds %d*lda+m, x %d and y m elements; lda >= 0; y must not", gemvRows-1, gemvRows),
		"overlap a or x.")

	vb, sz := s.vecBytes(), s.size()
	step := s.nv * vb
	acc := s.vecs[:s.nv]
	bx := s.vecs[s.nv : s.nv+gemvRows] // x[k] in every lane

	mb, end, i, xp, yp, ld := reg.RCX, reg.RBX, reg.RAX, reg.RDI, reg.RDX, reg.R8
	cols := []reg.GPPhysical{reg.RSI, reg.R9, reg.R10, reg.R11}
	Load(Param("m"), mb)
	Load(Param("a").Base(), cols[0])
	Load(Param("lda"), ld)
	Load(Param("x").Base(), xp)
	Load(Param("y").Base(), yp)
	shift := U8(log2(sz))
	SHLQ(shift, mb)
	SHLQ(shift, ld)
	for k := 1; k < gemvRows; k++ {
		LEAQ(Mem{Base: cols[k-1], Index: ld, Scale: 1}, cols[k])
	}
	for k := range bx {
		bcast(s, Mem{Base: xp, Disp: k * sz}, bx[k])
	}
	at := func(k, disp int) Mem { return Mem{Base: cols[k], Index: i, Scale: 1, Disp: disp} }
	yat := func(disp int) Mem { return Mem{Base: yp, Index: i, Scale: 1, Disp: disp} }
	XORQ(i, i)

	Comment(fmt.Sprintf("%d elements of y per iteration.", s.nv*s.lanes()))
	MOVQ(mb, end)
	ANDQ(I32(-step), end)
	JEQ(LabelRef(name + "_vec"))
	Label(name + "_loop")
	for v := range acc {
		mov(s, yat(v*vb), acc[v])
	}
	for k := range bx {
		for v := range acc {
			fma(s, at(k, v*vb), bx[k], acc[v])
		}
	}
	for v := range acc {
		mov(s, acc[v], yat(v*vb))
	}
	ADDQ(U32(step), i)
	CMPQ(i, end)
	JB(LabelRef(name + "_loop"))

	Label(name + "_vec")
	Comment(fmt.Sprintf("%d elements of y per iteration.", s.lanes()))
	MOVQ(mb, end)
	ANDQ(I32(-vb), end)
	CMPQ(i, end)
	JAE(LabelRef(name + "_tail"))
	Label(name + "_vecloop")
	mov(s, yat(0), acc[0])
	for k := range bx {
		fma(s, at(k, 0), bx[k], acc[0])
	}
	mov(s, acc[0], yat(0))
	ADDQ(U32(vb), i)
	CMPQ(i, end)
	JB(LabelRef(name + "_vecloop"))

	Label(name + "_tail")
	if s.name == "AVX512" {
		Comment("The last m mod lanes elements: a masked step.")
		tailMask(mb, i, shift, name+"_done")
		if s.f64() {
			VMOVUPD_Z(yat(0), reg.K1, acc[0])
			for k := range bx {
				VFMADD231PD(at(k, 0), bx[k], reg.K1, acc[0])
			}
			VMOVUPD(acc[0], reg.K1, yat(0))
		} else {
			VMOVUPS_Z(yat(0), reg.K1, acc[0])
			for k := range bx {
				VFMADD231PS(at(k, 0), bx[k], reg.K1, acc[0])
			}
			VMOVUPS(acc[0], reg.K1, yat(0))
		}
	} else {
		Comment("The last m mod lanes elements, one at a time.")
		CMPQ(i, mb)
		JAE(LabelRef(name + "_done"))
		t := acc[0].AsX()
		Label(name + "_tailloop")
		if s.f64() {
			VMOVSD(yat(0), t)
			for k := range bx {
				VFMADD231SD(at(k, 0), bx[k].AsX(), t)
			}
			VMOVSD(t, yat(0))
		} else {
			VMOVSS(yat(0), t)
			for k := range bx {
				VFMADD231SS(at(k, 0), bx[k].AsX(), t)
			}
			VMOVSS(t, yat(0))
		}
		ADDQ(U8(sz), i)
		CMPQ(i, mb)
		JB(LabelRef(name + "_tailloop"))
	}
	Label(name + "_done")
	VZEROUPPER()
	RET()
}

// tailMask sets K1 to the lanes of the elements left from byte offset pos
// to byte end (their count is (end - pos) >> shift, fewer than a vector),
// or jumps to done when none is left. It uses R12 and R13.
func tailMask(end, pos Op, shift Op, done string) {
	r := reg.R12
	MOVQ(end, r)
	SUBQ(pos, r)
	JEQ(LabelRef(done))
	SHRQ(shift, r)
	ones := reg.R13
	MOVQ(I32(-1), ones)
	BZHIQ(r, ones, r)
	KMOVW(r.As32(), reg.K1)
}
