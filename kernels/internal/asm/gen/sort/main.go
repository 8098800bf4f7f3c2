// Command sort writes ndsimd's amd64 sort kernels, kernels/internal/asm/sort_amd64.s,
// and their Go declarations with avo:
//
//	go run ./sort -out ../sort_amd64.s -stubs ../sort_stubs_amd64.go -pkg asm
//
// Two kernels per element type (F64, F32) and instruction set (AVX2,
// AVX512), the pieces of the vectorised quicksort of package kernels (as in
// Intel's x86-simd-sort):
//
//   - SortNet<Elem><ISA>(x) sorts a short run (at most 16 registers) with a
//     bitonic sorting network held in registers, padding the last registers
//     with +Inf through masked loads.
//   - Partition<Elem><ISA>(x, pivot) partitions x in place around pivot,
//     a vector at a time, reading from whichever end has less free room and
//     writing the elements below pivot to the left, the others to the right:
//     AVX-512 compresses each part with VCOMPRESSPS/PD, AVX2 gathers them with
//     a permutation from a table indexed by the comparison mask.
//
// Neither kernel sees NaN (package kernels moves NaNs to the end first) nor
// both signs of zero (min/max would not keep them apart).
package main

import (
	"fmt"
	"math/bits"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// isa is one instruction set the kernels are written for.
type isa struct {
	Name  string // "AVX2" or "AVX512"
	Bytes int    // vector width in bytes
	Z     bool   // AVX-512: Z registers, K masks
}

var (
	avx2   = isa{Name: "AVX2", Bytes: 32}
	avx512 = isa{Name: "AVX512", Bytes: 64, Z: true}
)

func (s isa) vec() reg.VecVirtual {
	if s.Z {
		return ZMM()
	}
	return YMM()
}

// elem is one element type.
type elem struct {
	Name string // "F64" or "F32"
	Go   string // "float64" or "float32"
	Size int    // bytes
}

var (
	f64 = elem{Name: "F64", Go: "float64", Size: 8}
	f32 = elem{Name: "F32", Go: "float32", Size: 4}
)

func (e elem) is64() bool           { return e.Size == 8 }
func (e elem) lanes(s isa) int      { return s.Bytes / e.Size }
func (e elem) movu(src, dst Op)     { pick(e, VMOVUPD, VMOVUPS)(src, dst) }
func (e elem) minp(d, a, b Op)      { pick3(e, VMINPD, VMINPS)(b, a, d) }
func (e elem) maxp(d, a, b Op)      { pick3(e, VMAXPD, VMAXPS)(b, a, d) }
func (e elem) maxK(d, a, b, k Op)   { pick4(e, VMAXPD, VMAXPS)(b, a, k, d) }
func (e elem) movuK(src, k, d Op)   { pick3(e, VMOVUPD, VMOVUPS)(src, k, d) }
func (e elem) maskmov(a, m, b Op)   { pick3f(e, VMASKMOVPD, VMASKMOVPS)(a, m, b) }
func (e elem) blendv(d, a, b, m Op) { pick4f(e, VBLENDVPD, VBLENDVPS)(m, b, a, d) } // d = m ? b : a

func pick(e elem, a, b func(...Op)) func(...Op) {
	if e.is64() {
		return a
	}
	return b
}
func pick3(e elem, a, b func(...Op)) func(x, y, z Op) {
	f := pick(e, a, b)
	return func(x, y, z Op) { f(x, y, z) }
}
func pick4(e elem, a, b func(...Op)) func(x, y, z, w Op) {
	f := pick(e, a, b)
	return func(x, y, z, w Op) { f(x, y, z, w) }
}
func pick3f(e elem, a, b func(x, y, z Op)) func(x, y, z Op) {
	if e.is64() {
		return a
	}
	return b
}
func pick4f(e elem, a, b func(x, y, z, w Op)) func(x, y, z, w Op) {
	if e.is64() {
		return a
	}
	return b
}

func main() {
	ConstraintExpr("!purego")
	globals()
	for _, s := range []isa{avx512, avx2} {
		for _, e := range []elem{f64, f32} {
			sortNet(s, e)
			partition(s, e)
		}
	}
	argPartition()
	Generate()
}

// maxRegs is the number of registers the largest network sorts: 16 for
// AVX-512 (of 32), 8 for AVX2 (of 16).
func maxRegs(s isa) int {
	if s.Z {
		return 16
	}
	return 8
}

var iota32, iota64, posInf32, posInf64 Mem
var permTab = map[string]Mem{}

func globals() {
	iota64 = GLOBL("sortiota64", RODATA|NOPTR)
	for i := 0; i < 4; i++ {
		DATA(8*i, U64(uint64(i)))
	}
	iota32 = GLOBL("sortiota32", RODATA|NOPTR)
	for i := 0; i < 8; i++ {
		DATA(4*i, U32(uint32(i)))
	}
	// AVX2 partition permutations: for each comparison mask, the lanes
	// below the pivot (mask bit set) first, in order, then the others, as
	// 32-bit VPERMPS indexes (a float64 lane is two).
	for _, e := range []elem{f64, f32} {
		l := e.lanes(avx2)
		m := GLOBL("sortperm"+e.Name, RODATA|NOPTR)
		for mask := 0; mask < 1<<l; mask++ {
			var order []int
			for i := 0; i < l; i++ {
				if mask>>i&1 == 1 {
					order = append(order, i)
				}
			}
			for i := 0; i < l; i++ {
				if mask>>i&1 == 0 {
					order = append(order, i)
				}
			}
			for j, lane := range order {
				if e.is64() {
					DATA(32*mask+8*j, U32(uint32(2*lane)))
					DATA(32*mask+8*j+4, U32(uint32(2*lane+1)))
				} else {
					DATA(32*mask+4*j, U32(uint32(lane)))
				}
			}
		}
		permTab[e.Name] = m
	}
}

// broadcastInf returns +Inf in every lane.
func broadcastInf(s isa, e elem) reg.VecVirtual {
	v := s.vec()
	r := GP64()
	if e.is64() {
		MOVQ(U64(0x7FF0000000000000), r)
		x := XMM()
		VMOVQ(r, x)
		VBROADCASTSD(x, v)
	} else {
		MOVL(U32(0x7F800000), r.As32())
		x := XMM()
		VMOVD(r.As32(), x)
		VBROADCASTSS(x, v)
	}
	return v
}

// perm returns v with lane l moved to lane l^x.
func perm(s isa, e elem, v reg.Register, x int) reg.Register {
	cur := v
	if e.is64() {
		if lo := x & 3; lo != 0 {
			imm := 0
			for i := 0; i < 4; i++ {
				imm |= (i ^ lo) << (2 * i)
			}
			d := s.vec()
			VPERMPD(U8(imm), cur, d)
			cur = d
		}
		if x>>2 != 0 { // Z only: swap the 256-bit halves
			d := s.vec()
			VSHUFF64X2(U8(0x4E), cur, cur, d)
			cur = d
		}
		return cur
	}
	if lo := x & 3; lo != 0 {
		imm := 0
		for i := 0; i < 4; i++ {
			imm |= (i ^ lo) << (2 * i)
		}
		d := s.vec()
		VPERMILPS(U8(imm), cur, d)
		cur = d
	}
	if hi := x >> 2; hi != 0 {
		d := s.vec()
		if s.Z {
			imm := 0
			for i := 0; i < 4; i++ {
				imm |= (i ^ hi) << (2 * i)
			}
			VSHUFF32X4(U8(imm), cur, cur, d)
		} else {
			VPERMPD(U8(0x4E), cur, d)
		}
		cur = d
	}
	return cur
}

// net is the state of a network being written: the registers and the
// per-bit lane masks (K registers for AVX-512, blend immediates for AVX2).
type net struct {
	s     isa
	e     elem
	v     []reg.Register
	kmask map[int]reg.Register
}

// laneBits is the mask of the lanes whose index has bit hb set.
func laneBits(l, hb int) int {
	m := 0
	for i := 0; i < l; i++ {
		if i&hb != 0 {
			m |= 1 << i
		}
	}
	return m
}

// ce is a compare-exchange of every lane i with lane i^x of the whole run
// (lane index over all registers); the lower index gets the minimum.
func (n *net) ce(x int) {
	l := n.e.lanes(n.s)
	rx, lx := x/l, x%l
	hb := 1 << (bits.Len(uint(x)) - 1)
	if rx == 0 { // within each register
		for i, v := range n.v {
			p := perm(n.s, n.e, v, lx)
			d := n.s.vec()
			n.e.minp(d, v, p)
			if n.s.Z {
				n.e.maxK(d, v, p, n.kmask[hb])
			} else {
				mx := n.s.vec()
				n.e.maxp(mx, v, p)
				pick4f(n.e, VBLENDPD, VBLENDPS)(U8(laneBits(l, hb)), mx, d, d)
			}
			n.v[i] = d
		}
		return
	}
	for a := range n.v {
		b := a ^ rx
		if b < a {
			continue
		}
		va, vb := n.v[a], n.v[b]
		if lx != 0 {
			vb = perm(n.s, n.e, vb, lx)
		}
		var lo, hi reg.Register = n.s.vec(), n.s.vec()
		n.e.minp(lo, va, vb)
		n.e.maxp(hi, va, vb)
		if lx != 0 {
			hi = perm(n.s, n.e, hi, lx)
		}
		n.v[a], n.v[b] = lo, hi
	}
}

// network sorts the len(n.v)*lanes elements of the registers.
func (n *net) network() {
	total := len(n.v) * n.e.lanes(n.s)
	for k := 2; k <= total; k *= 2 {
		n.ce(k - 1)
		for j := k / 4; j >= 1; j /= 2 {
			n.ce(j)
		}
	}
}

// sortNet writes SortNet<Elem><ISA>.
func sortNet(s isa, e elem) {
	l := e.lanes(s)
	maxN := maxRegs(s) * l
	name := "SortNet" + e.Name + s.Name
	TEXT(name, NOSPLIT, fmt.Sprintf("func(x []%s)", e.Go))
	Doc(fmt.Sprintf("%s sorts x (len(x) <= %d, no NaN, not both signs of zero) ascending with %s.", name, maxN, s.Name))
	ptr := Load(Param("x").Base(), GP64())
	n := Load(Param("x").Len(), GP64())
	CMPQ(n, Imm(1))
	JLE(LabelRef(name + "_ret"))
	var sizes []int
	for r := 1; r <= maxRegs(s); r *= 2 {
		sizes = append(sizes, r)
		CMPQ(n, U32(uint32(r*l)))
		JLE(LabelRef(fmt.Sprintf("%s_r%d", name, r)))
	}
	JMP(LabelRef(name + "_ret"))
	for _, r := range sizes {
		Label(fmt.Sprintf("%s_r%d", name, r))
		netBlock(s, e, ptr, n, r)
		JMP(LabelRef(name + "_ret"))
	}
	Label(name + "_ret")
	VZEROUPPER()
	RET()
}

// netBlock loads R registers from ptr (n elements, more than R/2
// registers' worth unless R is 1), sorts them and stores them back.
func netBlock(s isa, e elem, ptr, n reg.Register, R int) {
	l := e.lanes(s)
	nt := &net{s: s, e: e, v: make([]reg.Register, R), kmask: map[int]reg.Register{}}
	if s.Z {
		for hb := 1; hb < l; hb *= 2 {
			k := K()
			t := GP32()
			MOVL(U32(uint32(laneBits(l, hb))), t)
			KMOVW(t, k)
			nt.kmask[hb] = k
		}
	}
	full := R / 2 // registers always full
	var inf reg.VecVirtual
	if full < R {
		inf = broadcastInf(s, e)
	}
	at := func(r int) Mem { return Mem{Base: ptr, Disp: r * l * e.Size} }
	for r := 0; r < R; r++ {
		v := s.vec()
		if r < full {
			e.movu(at(r), v)
		} else {
			loadMasked(s, e, at(r), n, r*l, inf, v)
		}
		nt.v[r] = v
	}
	nt.network()
	for r := 0; r < R; r++ {
		if r < full {
			e.movu(nt.v[r], at(r))
		} else {
			storeMasked(s, e, nt.v[r], n, r*l, at(r))
		}
	}
}

// laneMask returns the mask of the lanes i with off+i < n: a K register
// for AVX-512, a vector for AVX2.
func laneMask(s isa, e elem, n reg.Register, off int) reg.Register {
	l := e.lanes(s)
	t := GP64()
	MOVQ(n, t)
	SUBQ(U32(uint32(off)), t)
	if s.Z {
		z := GP64()
		XORQ(z, z)
		CMPQ(t, z)
		CMOVQLT(z, t)
		lim := GP64()
		MOVQ(U64(uint64(l)), lim)
		CMPQ(t, lim)
		CMOVQGT(lim, t)
		ones := GP64()
		MOVQ(U64(uint64(1)<<l-1), ones)
		m := GP64()
		BZHIQ(t, ones, m)
		k := K()
		KMOVW(m.As32(), k)
		return k
	}
	x := XMM()
	v := YMM()
	if e.is64() {
		VMOVQ(t, x)
		VPBROADCASTQ(x, v)
		VPCMPGTQ(iota64, v, v)
	} else {
		VMOVD(t.As32(), x)
		VPBROADCASTD(x, v)
		VPCMPGTD(iota32, v, v)
	}
	return v
}

// loadMasked sets v to the elements at m for lanes off+i < n, +Inf in the
// others.
func loadMasked(s isa, e elem, m Mem, n reg.Register, off int, inf, v reg.VecVirtual) {
	mask := laneMask(s, e, n, off)
	if s.Z {
		e.movu(inf, v)
		e.movuK(m, mask, v)
		return
	}
	t := YMM()
	e.maskmov(m, mask, t)
	e.blendv(v, inf, t, mask)
}

// storeMasked writes the lanes off+i < n of v to m.
func storeMasked(s isa, e elem, v reg.Register, n reg.Register, off int, m Mem) {
	mask := laneMask(s, e, n, off)
	if s.Z {
		e.movuK(v, mask, m)
		return
	}
	e.maskmov(v, mask, m)
}

// unroll is the number of vectors the partition loop reads at a time.
func unroll(s isa) int {
	if s.Z {
		return 4
	}
	return 2
}

// partition writes Partition<Elem><ISA>.
func partition(s isa, e elem) {
	l := e.lanes(s)
	name := "Partition" + e.Name + s.Name
	TEXT(name, NOSPLIT, fmt.Sprintf("func(x []%s, pivot %s) int", e.Go, e.Go))
	Doc(fmt.Sprintf("%s reorders x (len(x) a multiple of %d, at least %d; no NaN) so that x[:m] < pivot <= x[m:] and returns m, with %s.", name, l, 2*unroll(s)*l, s.Name))
	base := Load(Param("x").Base(), GP64())
	n := Load(Param("x").Len(), GP64())
	px := XMM()
	Load(Param("pivot"), px)
	vp := s.vec()
	if e.is64() {
		VBROADCASTSD(px, vp)
	} else {
		VBROADCASTSS(px, vp)
	}
	U := unroll(s)
	at := func(i reg.GPVirtual) Mem { return Mem{Base: base, Index: i, Scale: uint8(e.Size)} }
	atd := func(i reg.GPVirtual, d int) Mem {
		return Mem{Base: base, Index: i, Scale: uint8(e.Size), Disp: d * e.Size}
	}
	lidx, ridx, ls, rs := GP64(), GP64(), GP64(), GP64()
	// the first and last U vectors are kept in registers, making room
	MOVQ(n, ridx)
	SUBQ(U32(uint32(U*l)), ridx)
	saved := make([]reg.VecVirtual, 0, 2*U)
	for i := 0; i < U; i++ {
		v := s.vec()
		e.movu(Mem{Base: base, Disp: i * l * e.Size}, v)
		saved = append(saved, v)
	}
	for i := 0; i < U; i++ {
		v := s.vec()
		e.movu(atd(ridx, i*l), v)
		saved = append(saved, v)
	}
	MOVQ(U64(uint64(U*l)), lidx)
	XORQ(ls, ls)
	MOVQ(n, rs)

	var ones reg.GPVirtual
	var tab reg.GPVirtual
	if s.Z {
		ones = GP64()
		MOVQ(U64(uint64(1)<<l-1), ones)
	} else {
		tab = GP64()
		LEAQ(permTab[e.Name], tab)
	}
	// one partitions one vector into the free room.
	one := func(v reg.VecVirtual) {
		c := GP64()
		if s.Z {
			klt := K()
			pick(e, VCMPPD, VCMPPS)(U8(1), vp, v, klt) // LT_OS
			KMOVW(klt, c.As32())
			POPCNTL(c.As32(), c.As32())
			lt := s.vec()
			pick3f(e, VCOMPRESSPD_Z, VCOMPRESSPS_Z)(v, klt, lt)
			e.movu(lt, at(ls))
			kge := K()
			KNOTW(klt, kge)
			ge := s.vec()
			pick3f(e, VCOMPRESSPD_Z, VCOMPRESSPS_Z)(v, kge, ge)
			cge := GP64()
			MOVQ(U64(uint64(l)), cge)
			SUBQ(c, cge)
			SUBQ(cge, rs)
			m := GP64()
			BZHIQ(cge, ones, m)
			kst := K()
			KMOVW(m.As32(), kst)
			e.movuK(ge, kst, at(rs))
			ADDQ(c, ls)
			return
		}
		m := YMM()
		pick(e, VCMPPD, VCMPPS)(U8(1), vp, v, m)
		if e.is64() {
			VMOVMSKPD(m, c.As32())
		} else {
			VMOVMSKPS(m, c.As32())
		}
		idx := YMM()
		SHLQ(U8(5), c)
		VMOVDQU(Mem{Base: tab, Index: c, Scale: 1}, idx)
		SHRQ(U8(5), c)
		p := YMM()
		VPERMPS(v, idx, p)
		POPCNTL(c.As32(), c.As32())
		e.movu(p, at(ls))
		SUBQ(U32(uint32(l)), rs)
		e.movu(p, at(rs))
		ADDQ(c, ls)
		ADDQ(c, rs)
	}
	// U vectors at a time from the end with less free room
	Label(name + "_loopU")
	gap := GP64()
	MOVQ(ridx, gap)
	SUBQ(lidx, gap)
	CMPQ(gap, U32(uint32(U*l)))
	JL(LabelRef(name + "_loop"))
	rfreeU, lfreeU := GP64(), GP64()
	MOVQ(rs, rfreeU)
	SUBQ(ridx, rfreeU)
	MOVQ(lidx, lfreeU)
	SUBQ(ls, lfreeU)
	vs := make([]reg.VecVirtual, U)
	for i := range vs {
		vs[i] = s.vec()
	}
	CMPQ(rfreeU, lfreeU)
	JG(LabelRef(name + "_leftU"))
	SUBQ(U32(uint32(U*l)), ridx)
	for i, v := range vs {
		e.movu(atd(ridx, i*l), v)
	}
	JMP(LabelRef(name + "_partU"))
	Label(name + "_leftU")
	for i, v := range vs {
		e.movu(atd(lidx, i*l), v)
	}
	ADDQ(U32(uint32(U*l)), lidx)
	Label(name + "_partU")
	for _, v := range vs {
		one(v)
	}
	JMP(LabelRef(name + "_loopU"))

	// then one vector at a time
	Label(name + "_loop")
	CMPQ(lidx, ridx)
	JGE(LabelRef(name + "_done"))
	rfree, lfree := GP64(), GP64()
	MOVQ(rs, rfree)
	SUBQ(ridx, rfree)
	MOVQ(lidx, lfree)
	SUBQ(ls, lfree)
	v := s.vec()
	CMPQ(rfree, lfree)
	JG(LabelRef(name + "_left"))
	SUBQ(U32(uint32(l)), ridx)
	e.movu(at(ridx), v)
	JMP(LabelRef(name + "_part"))
	Label(name + "_left")
	e.movu(at(lidx), v)
	ADDQ(U32(uint32(l)), lidx)
	Label(name + "_part")
	one(v)
	JMP(LabelRef(name + "_loop"))
	Label(name + "_done")
	for _, v := range saved {
		one(v)
	}
	Store(ls, ReturnIndex(0))
	VZEROUPPER()
	RET()
}
