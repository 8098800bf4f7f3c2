// Command selection writes ndsimd's amd64 selection kernels,
// kernels/internal/asm/select_amd64.s, and their Go declarations with avo:
//
//	go run ./selection -out ../select_amd64.s -stubs ../select_stubs_amd64.go -pkg asm
//
// The kernels: the six comparisons (slice-slice and slice-scalar) giving
// bools (one byte, 0 or 1, per element), Where (select by a bool mask),
// Clip (NumPy's min(max(x, lo), hi) with NaN kept) and Compress (the
// elements under a true mask, packed). Each exists for float64 (F64) and
// float32 (F32), for AVX2+FMA (Y registers) and AVX-512 F (Z registers, K
// masks; AVX-512 F only: no BW or DQ instruction). Names are
// <Op><Elem><ISA>, e.g. GreaterF64AVX512.
//
// These kernels handle whole blocks only (see block in package kernels):
// the comparisons, Where and Clip process the first len(dst) rounded down
// to a multiple of the block; Compress stops when fewer than one block of
// input is left or dst has room for less than one block, and returns how
// far it got. The Go wrappers in package kernels finish with the generic
// twins, so nothing is read or written outside the slices.
package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

type isa struct {
	Name string
	Z    bool
}

var (
	avx2   = isa{Name: "AVX2"}
	avx512 = isa{Name: "AVX512", Z: true}
)

func (s isa) vec() reg.VecVirtual {
	if s.Z {
		return ZMM()
	}
	return YMM()
}

type elem struct {
	Name string
	Go   string
	Size int
}

var (
	f64 = elem{Name: "F64", Go: "float64", Size: 8}
	f32 = elem{Name: "F32", Go: "float32", Size: 4}
)

func (e elem) is64() bool { return e.Size == 8 }

// block is the number of elements one loop step handles (kept equal to
// the block table in package kernels).
func block(s isa, e elem) int {
	switch {
	case s.Z && e.is64():
		return 8
	case s.Z:
		return 16
	case e.is64():
		return 4
	}
	return 8
}

// cmpBlock is the block of the comparisons: one Z vector on AVX-512, 8
// elements (one byte of movemask bits) on AVX2.
func cmpBlock(s isa, e elem) int {
	if s.Z {
		return block(s, e)
	}
	return 8
}

// cmpOp is one comparison and its VCMPPD predicate: ordered and quiet for
// == < <= > >= (false when either is NaN), unordered for != (true).
type cmpOp struct {
	Name string
	Pred uint8
	Doc  string
}

var cmpOps = []cmpOp{
	{"Equal", 0x00, "=="},
	{"NotEqual", 0x04, "!="},
	{"Less", 0x11, "<"},
	{"LessEqual", 0x12, "<="},
	{"Greater", 0x1e, ">"},
	{"GreaterEqual", 0x1d, ">="},
}

const cmpUNORD = 0x03

var bytes8, perm64, perm32 Mem

func main() {
	ConstraintExpr("!purego")
	globals()
	for _, s := range []isa{avx2, avx512} {
		for _, e := range []elem{f64, f32} {
			for _, op := range cmpOps {
				compare(op, false, s, e)
				compare(op, true, s, e)
			}
			where(s, e)
			clip(s, e)
			compress(s, e)
			take(s, e)
		}
	}
	Generate()
}

// globals: bytes8[b] has byte j = bit j of b (a movemask to 8 bools);
// perm64[b] and perm32[b] are VPERMPS indexes that pack the lanes whose
// bit is set in b to the front (4 float64 lanes as dword pairs, 8 float32
// lanes).
func globals() {
	bytes8 = GLOBL("selbytes8", RODATA|NOPTR)
	for b := 0; b < 256; b++ {
		var v uint64
		for j := 0; j < 8; j++ {
			v |= uint64(b>>j&1) << (8 * j)
		}
		DATA(8*b, U64(v))
	}
	perm64 = GLOBL("selperm64", RODATA|NOPTR)
	for b := 0; b < 16; b++ {
		k := 0
		for j := 0; j < 4; j++ {
			if b>>j&1 == 1 {
				DATA(32*b+8*k, U32(uint32(2*j)))
				DATA(32*b+8*k+4, U32(uint32(2*j+1)))
				k++
			}
		}
		for ; k < 4; k++ {
			DATA(32*b+8*k, U32(0))
			DATA(32*b+8*k+4, U32(0))
		}
	}
	perm32 = GLOBL("selperm32", RODATA|NOPTR)
	for b := 0; b < 256; b++ {
		k := 0
		for j := 0; j < 8; j++ {
			if b>>j&1 == 1 {
				DATA(32*b+4*k, U32(uint32(j)))
				k++
			}
		}
		for ; k < 8; k++ {
			DATA(32*b+4*k, U32(0))
		}
	}
}

func at(base reg.Register, i reg.Register, scale int) Mem {
	return Mem{Base: base, Index: i, Scale: uint8(scale)}
}

func (e elem) movu(src, dst Op) {
	if e.is64() {
		VMOVUPD(src, dst)
	} else {
		VMOVUPS(src, dst)
	}
}

func (e elem) cmp(pred uint8, d, a, b Op) {
	if e.is64() {
		VCMPPD(U8(pred), b, a, d)
	} else {
		VCMPPS(U8(pred), b, a, d)
	}
}

func broadcastParam(s isa, e elem, name string) reg.VecVirtual {
	x := XMM()
	Load(Param(name), x)
	v := s.vec()
	if e.is64() {
		VBROADCASTSD(x, v)
	} else {
		VBROADCASTSS(x, v)
	}
	return v
}

// loop emits: for i := 0; i+blk <= n; i += blk { body(i) }.
func loop(n reg.Register, blk int, body func(i reg.Register)) reg.Register {
	i := GP64()
	XORQ(i, i)
	t := GP64()
	Label("loop")
	LEAQ(Mem{Base: i, Disp: blk}, t)
	CMPQ(t, n)
	JA(LabelRef("done"))
	body(i)
	ADDQ(U32(blk), i)
	JMP(LabelRef("loop"))
	Label("done")
	return i
}

// compare writes dst[i] = x[i] op y[i] (or op s).
func compare(op cmpOp, scalar bool, s isa, e elem) {
	name := op.Name + e.Name + s.Name
	sig := fmt.Sprintf("func(dst []bool, x, y []%s)", e.Go)
	rhs := "y[i]"
	if scalar {
		name = op.Name + "Scalar" + e.Name + s.Name
		sig = fmt.Sprintf("func(dst []bool, x []%s, s %s)", e.Go, e.Go)
		rhs = "s"
	}
	TEXT(name, NOSPLIT, sig)
	Pragma("noescape")
	Doc(fmt.Sprintf("%s is dst[i] = x[i] %s %s for the first len(dst) rounded down to %d elements, with %s.", name, op.Doc, rhs, cmpBlock(s, e), s.Name))
	n := Load(Param("dst").Len(), GP64())
	dp := Load(Param("dst").Base(), GP64())
	xp := Load(Param("x").Base(), GP64())
	var yp reg.Register
	var sv reg.VecVirtual
	if scalar {
		sv = broadcastParam(s, e, "s")
	} else {
		yp = Load(Param("y").Base(), GP64())
	}
	rhsAt := func(i reg.Register, off int) Op {
		if scalar {
			return sv
		}
		return at(yp, i, e.Size).Offset(off)
	}
	blk := cmpBlock(s, e)
	if s.Z {
		compareZ(op, s, e, n, dp, xp, rhsAt, blk)
		return
	}
	tbl := GP64()
	LEAQ(bytes8, tbl)
	loop(n, blk, func(i reg.Register) {
		r := GP64()
		v := YMM()
		e.movu(at(xp, i, e.Size), v)
		e.cmp(op.Pred, v, v, rhsAt(i, 0))
		if e.is64() {
			VMOVMSKPD(v, r.As32())
			w, r2 := YMM(), GP64()
			e.movu(at(xp, i, e.Size).Offset(32), w)
			e.cmp(op.Pred, w, w, rhsAt(i, 32))
			VMOVMSKPD(w, r2.As32())
			SHLL(U8(4), r2.As32())
			ORL(r2.As32(), r.As32())
		} else {
			VMOVMSKPS(v, r.As32())
		}
		MOVQ(at(tbl, r, 8), r)
		MOVQ(r, at(dp, i, 1))
	})
	VZEROUPPER()
	RET()
}

// cmpUnroll is the number of Z vectors one step of the AVX-512
// comparisons' main loop compares: their loads are issued together, which
// keeps more cache misses in flight than one vector a step.
const cmpUnroll = 4

// compareZ is compare's AVX-512 body: a main loop of cmpUnroll vectors a
// step, whose loads are issued before any store, then one vector a step.
// The bools are made from the compare masks as dwords of 1 (VMOVDQA32
// zeroing) narrowed to bytes (VPMOVDB): 16 a store, a float32 vector or
// two float64 vectors whose masks KUNPCKBW joins. The one-vector float64
// step stores its 8 with VPMOVQB.
func compareZ(op cmpOp, s isa, e elem, n, dp, xp reg.Register, rhsAt func(i reg.Register, off int) Op, blk int) {
	ones := ZMM()
	r := GP32()
	MOVL(U32(1), r)
	VPBROADCASTD(r, ones)
	i := GP64()
	XORQ(i, i)
	t := GP64()
	// block compares vectors [0, count) from element i and stores their bools.
	block := func(count int) {
		ks := make([]reg.Register, count)
		for j := range ks {
			v := ZMM()
			ks[j] = K()
			e.movu(at(xp, i, e.Size).Offset(j*64), v)
			e.cmp(op.Pred, ks[j], v, rhsAt(i, j*64))
		}
		if e.is64() && count == 1 {
			v := ZMM()
			VMOVDQA64_Z(ones, ks[0], v) // the qword 1<<32|1 narrows to byte 1
			VPMOVQB(v, at(dp, i, 1))
			return
		}
		if e.is64() {
			var pairs []reg.Register
			for j := 0; j < count; j += 2 {
				k := K()
				KUNPCKBW(ks[j], ks[j+1], k)
				pairs = append(pairs, k)
			}
			ks = pairs
		}
		for j, k := range ks {
			v := ZMM()
			VMOVDQA32_Z(ones, k, v)
			VPMOVDB(v, at(dp, i, 1).Offset(j*16))
		}
	}
	Label("loop4")
	LEAQ(Mem{Base: i, Disp: cmpUnroll * blk}, t)
	CMPQ(t, n)
	JA(LabelRef("loop1"))
	block(cmpUnroll)
	ADDQ(U32(cmpUnroll*blk), i)
	JMP(LabelRef("loop4"))
	Label("loop1")
	LEAQ(Mem{Base: i, Disp: blk}, t)
	CMPQ(t, n)
	JA(LabelRef("done"))
	block(1)
	ADDQ(U32(blk), i)
	JMP(LabelRef("loop1"))
	Label("done")
	VZEROUPPER()
	RET()
}

// maskK sets k from the bools at m (AVX-512: nonzero bytes are true).
func maskK(e elem, m Mem, k reg.Register) {
	v := ZMM()
	if e.is64() {
		VPMOVZXBQ(m, v)
		VPTESTMQ(v, v, k)
	} else {
		VPMOVZXBD(m, v)
		VPTESTMD(v, v, k)
	}
}

// where writes dst[i] = m[i] ? x[i] : y[i].
func where(s isa, e elem) {
	name := "Where" + e.Name + s.Name
	TEXT(name, NOSPLIT, fmt.Sprintf("func(dst []%s, m []bool, x, y []%s)", e.Go, e.Go))
	Pragma("noescape")
	Doc(fmt.Sprintf("%s is dst[i] = m[i] ? x[i] : y[i] for the first len(dst) rounded down to %d elements, with %s.", name, block(s, e), s.Name))
	n := Load(Param("dst").Len(), GP64())
	dp := Load(Param("dst").Base(), GP64())
	mp := Load(Param("m").Base(), GP64())
	xp := Load(Param("x").Base(), GP64())
	yp := Load(Param("y").Base(), GP64())
	loop(n, block(s, e), func(i reg.Register) {
		yv := s.vec()
		e.movu(at(yp, i, e.Size), yv)
		if s.Z {
			k := K()
			maskK(e, at(mp, i, 1), k)
			xv := ZMM()
			e.movu(at(xp, i, e.Size), xv)
			if e.is64() {
				VBLENDMPD(xv, yv, k, yv) // yv = k ? xv : yv
			} else {
				VBLENDMPS(xv, yv, k, yv)
			}
			e.movu(yv, at(dp, i, e.Size))
			return
		}
		mv := YMM()
		if e.is64() {
			VPMOVZXBQ(at(mp, i, 1), mv)
			VPSLLQ(U8(63), mv, mv)
			VBLENDVPD(mv, at(xp, i, e.Size), yv, yv) // yv = sign(mv) ? x : yv
		} else {
			VPMOVZXBD(at(mp, i, 1), mv)
			VPSLLD(U8(31), mv, mv)
			VBLENDVPS(mv, at(xp, i, e.Size), yv, yv)
		}
		e.movu(yv, at(dp, i, e.Size))
	})
	VZEROUPPER()
	RET()
}

// clip writes dst[i] = NumPy's clip of x[i] to [lo, hi] for bounds that
// are not NaN: t = x > lo ? x : lo (MAXPD with x first), then
// t < hi ? t : hi (MINPD), and x itself where x is NaN.
func clip(s isa, e elem) {
	name := "Clip" + e.Name + s.Name
	TEXT(name, NOSPLIT, fmt.Sprintf("func(dst, x []%s, lo, hi %s)", e.Go, e.Go))
	Pragma("noescape")
	Doc(fmt.Sprintf("%s is dst[i] = clip(x[i], lo, hi) as NumPy (x[i] if NaN; lo and hi not NaN) for the first len(dst) rounded down to %d elements, with %s.", name, block(s, e), s.Name))
	n := Load(Param("dst").Len(), GP64())
	dp := Load(Param("dst").Base(), GP64())
	xp := Load(Param("x").Base(), GP64())
	lo := broadcastParam(s, e, "lo")
	hi := broadcastParam(s, e, "hi")
	loop(n, block(s, e), func(i reg.Register) {
		xv, t := s.vec(), s.vec()
		e.movu(at(xp, i, e.Size), xv)
		if e.is64() {
			VMAXPD(lo, xv, t) // x > lo ? x : lo
			VMINPD(hi, t, t)  // t < hi ? t : hi
		} else {
			VMAXPS(lo, xv, t)
			VMINPS(hi, t, t)
		}
		if s.Z {
			k := K()
			e.cmp(cmpUNORD, k, xv, xv)
			if e.is64() {
				VBLENDMPD(xv, t, k, t)
			} else {
				VBLENDMPS(xv, t, k, t)
			}
		} else {
			m := YMM()
			e.cmp(cmpUNORD, m, xv, xv)
			if e.is64() {
				VBLENDVPD(m, xv, t, t)
			} else {
				VBLENDVPS(m, xv, t, t)
			}
		}
		e.movu(t, at(dp, i, e.Size))
	})
	VZEROUPPER()
	RET()
}

// compress packs the x[i] with m[i] true into dst, in order.
func compress(s isa, e elem) {
	name := "Compress" + e.Name + s.Name
	blk := block(s, e)
	TEXT(name, NOSPLIT, fmt.Sprintf("func(dst, x []%s, m []bool) (nin, nout int)", e.Go))
	Pragma("noescape")
	Doc(fmt.Sprintf("%s packs the x[i] with m[i] true into dst, %d elements of x at a time, while a block of x is left and dst has room for a whole block; it returns the numbers of elements of x read and of dst written, with %s.", name, blk, s.Name))
	nd := Load(Param("dst").Len(), GP64())
	nx := Load(Param("x").Len(), GP64())
	dp := Load(Param("dst").Base(), GP64())
	xp := Load(Param("x").Base(), GP64())
	mp := Load(Param("m").Base(), GP64())
	o := GP64()
	XORQ(o, o)
	var tbl reg.Register
	if !s.Z {
		tbl = GP64()
		if e.is64() {
			LEAQ(perm64, tbl)
		} else {
			LEAQ(perm32, tbl)
		}
	}
	i := GP64()
	XORQ(i, i)
	t := GP64()
	Label("loop")
	LEAQ(Mem{Base: i, Disp: blk}, t)
	CMPQ(t, nx)
	JA(LabelRef("done"))
	LEAQ(Mem{Base: o, Disp: blk}, t)
	CMPQ(t, nd)
	JA(LabelRef("done"))
	c := GP64()
	if s.Z {
		k := K()
		maskK(e, at(mp, i, 1), k)
		xv, pv := ZMM(), ZMM()
		e.movu(at(xp, i, e.Size), xv)
		if e.is64() {
			VCOMPRESSPD_Z(xv, k, pv)
		} else {
			VCOMPRESSPS_Z(xv, k, pv)
		}
		e.movu(pv, at(dp, o, e.Size))
		KMOVW(k, c.As32())
	} else {
		// The bools (0 or 1) to a bit mask by one multiply: byte j of
		// the product's top byte sums m[j] << j.
		if e.is64() {
			MOVL(at(mp, i, 1), c.As32())
			IMUL3L(U32(0x01020408), c.As32(), c.As32())
			SHRL(U8(24), c.As32())
		} else {
			MOVQ(at(mp, i, 1), c)
			m := GP64()
			MOVQ(U64(0x0102040810204080), m)
			IMULQ(m, c)
			SHRQ(U8(56), c)
		}
		pi, xv := YMM(), YMM()
		MOVQ(c, t)
		SHLQ(U8(5), t)
		VMOVDQU(Mem{Base: tbl, Index: t, Scale: 1}, pi)
		VPERMPS(at(xp, i, e.Size), pi, xv)
		e.movu(xv, at(dp, o, e.Size))
	}
	POPCNTL(c.As32(), c.As32())
	ADDQ(c, o)
	ADDQ(U32(blk), i)
	JMP(LabelRef("loop"))
	Label("done")
	Store(i, Return("nin"))
	Store(o, Return("nout"))
	VZEROUPPER()
	RET()
}

// take gathers dst[i] = x[idx[i]] for int64 indexes, one vector of them at
// a time, and stops before the first vector holding an index outside
// [0, len(x)) (negative or too large; the caller deals with those).
func take(s isa, e elem) {
	name := "TakeInRange" + e.Name + s.Name
	blk := 4
	if s.Z {
		blk = 8
	}
	TEXT(name, NOSPLIT, fmt.Sprintf("func(dst, x []%s, idx []int64) int", e.Go))
	Pragma("noescape")
	Doc(fmt.Sprintf("%s sets dst[i] = x[idx[i]] (VGATHER) for the first len(dst) rounded down to %d elements, stopping before a block with an index outside [0, len(x)); it returns the number of elements written, with %s.", name, blk, s.Name))
	n := Load(Param("dst").Len(), GP64())
	nx := Load(Param("x").Len(), GP64())
	dp := Load(Param("dst").Base(), GP64())
	xp := Load(Param("x").Base(), GP64())
	ip := Load(Param("idx").Base(), GP64())
	i := GP64()
	XORQ(i, i)
	t := GP64()
	if s.Z {
		nv := ZMM()
		VPBROADCASTQ(nx, nv)
		Label("loop")
		LEAQ(Mem{Base: i, Disp: blk}, t)
		CMPQ(t, n)
		JA(LabelRef("done"))
		iv := ZMM()
		VMOVDQU64(at(ip, i, 8), iv)
		k := K()
		VPCMPUQ(U8(1), nv, iv, k) // idx < len(x), unsigned: negatives fail too
		KMOVW(k, t.As32())
		CMPL(t.As32(), U32(0xff))
		JNE(LabelRef("done"))
		if e.is64() {
			g := ZMM()
			VGATHERQPD(Mem{Base: xp, Index: iv, Scale: 8}, k, g)
			VMOVUPD(g, at(dp, i, 8))
		} else {
			g := YMM()
			VGATHERQPS(Mem{Base: xp, Index: iv, Scale: 4}, k, g)
			VMOVUPS(g, at(dp, i, 4))
		}
		ADDQ(U32(blk), i)
		JMP(LabelRef("loop"))
	} else {
		nv, zero := YMM(), YMM()
		xn := XMM()
		MOVQ(nx, xn)
		VPBROADCASTQ(xn, nv)
		VPXOR(zero, zero, zero)
		Label("loop")
		LEAQ(Mem{Base: i, Disp: blk}, t)
		CMPQ(t, n)
		JA(LabelRef("done"))
		iv, ok, neg := YMM(), YMM(), YMM()
		VMOVDQU(at(ip, i, 8), iv)
		VPCMPGTQ(iv, nv, ok)    // len(x) > idx
		VPCMPGTQ(iv, zero, neg) // 0 > idx
		VPANDN(ok, neg, ok)     // ok and not negative
		VMOVMSKPD(ok, t.As32())
		CMPL(t.As32(), U32(0xf))
		JNE(LabelRef("done"))
		if e.is64() {
			g := YMM()
			VPCMPEQQ(ok, ok, ok)
			VGATHERQPD(ok, Mem{Base: xp, Index: iv, Scale: 8}, g)
			VMOVUPD(g, at(dp, i, 8))
		} else {
			g, m := XMM(), XMM()
			VPCMPEQD(m, m, m)
			VGATHERQPS(m, Mem{Base: xp, Index: iv, Scale: 4}, g)
			VMOVUPS(g, at(dp, i, 4))
		}
		ADDQ(U32(blk), i)
		JMP(LabelRef("loop"))
	}
	Label("done")
	Store(i, ReturnIndex(0))
	VZEROUPPER()
	RET()
}
