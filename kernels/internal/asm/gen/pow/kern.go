package main

import (
	"fmt"
	"math"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"

	"github.com/ndsimd/ndsimd/kernels/internal/asm/gen/internal/aligned"
)

// Comparison predicates of VCMPPD (unordered: true for NaN).
const (
	cmpNLTUQ = 0x15
	cmpNLEUQ = 0x16
	cmpNGEUQ = 0x19
	cmpNGTUQ = 0x1A
)

// splats holds the splat constants for the AVX2 kernels, read 32 bytes at
// a time from the 32-byte aligned symbol (package aligned, BeginDirect).
// The AVX-512 kernels read the same constants as one 8-byte word each from
// words, by embedded broadcast: a 64-byte constant would split a cache line
// wherever the linker puts it at 32 mod 64, and reading it through an
// aligned base register cost the AVX-512 loop 6-9% on Zen 4. tables holds
// the gathered tables.
var (
	splats  = aligned.New("pow_consts")
	words   = map[string]int{} // constant name -> offset in wordSym
	wordW   []uint64
	wordSym Mem
	tables  = map[string]Mem{}
)

// splat defines a 64-byte constant of eight copies of the word w.
func splat(name string, w uint64) {
	var ws [8]uint64
	for i := range ws {
		ws[i] = w
	}
	splats.Add(name, ws)
	words[name] = 8 * len(wordW)
	wordW = append(wordW, w)
}

// emitWords writes the AVX-512 kernels' constants, one 8-byte word each.
func emitWords() {
	wordSym = GLOBL("pow_words", RODATA|NOPTR)
	for i, w := range wordW {
		DATA(8*i, U64(w))
	}
}

// b returns the 8-byte memory operand of the constant name, for the
// embedded-broadcast (_BCST) forms of the AVX-512 kernels.
func b(name string) Mem {
	off, ok := words[name]
	if !ok {
		panic("no constant " + name)
	}
	return wordSym.Offset(off)
}

// insn is an avo instruction builder.
type insn func(ops ...Op)

// op emits plain(c(name), ops...) in an AVX2 kernel and
// bcst(b(name), ops...) in an AVX-512 kernel: the constant name as the
// first operand, a 32-byte vector or an 8-byte word broadcast to every lane.
func (k *pk) op(plain, bcst insn, name string, ops ...Op) {
	if k.z {
		bcst(append([]Op{b(name)}, ops...)...)
		return
	}
	plain(append([]Op{c(name)}, ops...)...)
}

func f64c(name string, v float64) { splat(name, math.Float64bits(v)) }

// table defines a table of 128 words.
func table(name string, w func(i int) uint64) {
	m := GLOBL("pow_"+name, RODATA|NOPTR)
	for i := range tabN {
		DATA(8*i, U64(w(i)))
	}
	tables[name] = m
}

// c returns the memory operand of a constant or table (constants from the
// base register set up at the kernel's start).
func c(name string) Mem {
	if m, ok := tables[name]; ok {
		return m
	}
	if !splats.Has(name) {
		panic("no constant " + name)
	}
	return splats.Mem(name)
}

// Taylor coefficients, as in kernels/pow.go.
var (
	logC = []float64{1.0 / 3, -1.0 / 4, 1.0 / 5, -1.0 / 6, 1.0 / 7, -1.0 / 8, 1.0 / 9, -1.0 / 10} // c3..c10
	expE = []float64{1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720}                            // e2..e6
)

func emitConsts(t *powTables) {
	f64c("one", 1)
	f64c("zero", 0)
	f64c("mhalf", -0.5)
	splat("logoff", 0x3ff0000000000000-powOff)
	splat("m127", 127)
	splat("bits2p52", 0x4330000000000000)
	f64c("c2p52p1023", 0x1p52+1023)
	splat("expmask", 0xfff0000000000000)
	splat("onebits", 0x3ff0000000000000)
	f64c("ln2hi", t.ln2hi)
	f64c("ln2lo", t.ln2lo)
	f64c("ln2n", t.ln2N)
	f64c("ln2nlo", t.ln2NLo)
	f64c("invln2n", t.invLn2N)
	f64c("shift", 0x1.8p52)
	f64c("emax", 708)
	f64c("emin", -708)
	f64c("elomax", 0x1p-10)
	f64c("elomin", -0x1p-10)
	f64c("minnorm", 0x1p-1022)
	f64c("maxf", math.MaxFloat64)
	f64c("dlo", 0x1p-1020)
	f64c("dhi", 0x1p1020)
	splat("abs", 1<<63-1)
	splat("onef", uint64(math.Float32bits(1))*(1<<32+1))
	for i, v := range logC {
		f64c(fmt.Sprintf("c%d", i+3), v)
	}
	for i, v := range expE {
		f64c(fmt.Sprintf("e%d", i+2), v)
	}
	splats.Emit()
	emitWords()
	table("invc", func(i int) uint64 { return math.Float64bits(t.invc[i]) })
	table("logchi", func(i int) uint64 { return math.Float64bits(t.logchi[i]) })
	table("logclo", func(i int) uint64 { return math.Float64bits(t.logclo[i]) })
	table("exps", func(i int) uint64 { return t.expS[i] })
	table("exptail", func(i int) uint64 { return math.Float64bits(t.expTail[i]) })
}

// pk is one kernel being generated.
type pk struct {
	z    bool // AVX-512 (else AVX2)
	f32  bool // float32 data, computed in float64
	tabs map[string]GPVirtual
	acc  Register // the lanes to redo, ORed: a K register or a YMM
}

func (k *pk) v() VecVirtual {
	if k.z {
		return ZMM()
	}
	return YMM()
}

// mov returns the constant name in a new register.
func (k *pk) mov(name string) VecVirtual {
	t := k.v()
	if k.z {
		VBROADCASTSD(b(name), t)
	} else {
		VMOVUPD(c(name), t)
	}
	return t
}

// gather loads tab[idx[l]] for each lane l.
func (k *pk) gather(tab string, idx VecVirtual) VecVirtual {
	// Registers are set from idx, never from themselves: avo would take
	// a read of an unset register as live since the function's start.
	d := k.v()
	m := Mem{Base: k.tabs[tab], Index: idx, Scale: 8}
	if k.z {
		VPXORQ(idx, idx, d)
		kk := K()
		VPCMPEQQ(idx, idx, kk)
		VGATHERQPD(m, kk, d)
	} else {
		VPXOR(idx, idx, d)
		mask := YMM()
		VPCMPEQQ(idx, idx, mask)
		VGATHERQPD(mask, m, d)
	}
	return d
}

// pand is d = name & s.
func (k *pk) pand(name string, s, d VecVirtual) {
	if k.z {
		VPANDQ_BCST(b(name), s, d)
	} else {
		VPAND(c(name), s, d)
	}
}

// por is d = name | s.
func (k *pk) por(name string, s, d VecVirtual) {
	if k.z {
		VPORQ_BCST(b(name), s, d)
	} else {
		VPOR(c(name), s, d)
	}
}

// flag ORs into k.acc the lanes where the comparison pred(a, b) holds.
func (k *pk) flag(pred uint8, name string, a VecVirtual) {
	if k.z {
		m := K()
		VCMPPD_BCST(U8(pred), b(name), a, m)
		KORW(m, k.acc, k.acc)
		return
	}
	m := YMM()
	VCMPPD(U8(pred), c(name), a, m)
	VORPD(m, k.acc, k.acc)
}

// body is pow64's computation of x**y for a vector of positive normal x and
// finite y, operation for operation (see kernels/pow.go), with the lanes
// that pow64 must redo flagged in k.acc.
func (k *pk) body(x, y VecVirtual) VecVirtual {
	// flags on the inputs
	k.flag(cmpNGEUQ, "minnorm", x)
	k.flag(cmpNLEUQ, "maxf", x)
	ay := k.v()
	k.op(VANDPD, VANDPD_BCST, "abs", y, ay)
	k.flag(cmpNLEUQ, "maxf", ay)

	// log(x) = lhi + llo
	u := k.v()
	k.op(VPADDQ, VPADDQ_BCST, "logoff", x, u)
	i := k.v()
	VPSRLQ(U8(45), u, i)
	k.pand("m127", i, i)
	kd := k.v()
	VPSRLQ(U8(52), u, kd)
	k.por("bits2p52", kd, kd)
	k.op(VSUBPD, VSUBPD_BCST, "c2p52p1023", kd, kd)
	k.pand("expmask", u, u)
	z := k.v()
	VPSUBQ(u, x, z)
	k.op(VPADDQ, VPADDQ_BCST, "onebits", z, z)
	invc := k.gather("invc", i)
	t1 := k.gather("logchi", i)
	lo1 := k.gather("logclo", i)
	r := z
	k.op(VFMSUB213PD, VFMSUB213PD_BCST, "one", invc, r)  // r = z·invc - 1, exact
	k.op(VFMADD231PD, VFMADD231PD_BCST, "ln2hi", kd, t1) // t1 = kd·ln2hi + logchi, exact
	k.op(VFMADD231PD, VFMADD231PD_BCST, "ln2lo", kd, lo1)
	t2 := k.v()
	VADDPD(r, t1, t2)
	bb := k.v()
	VSUBPD(t1, t2, bb)
	lo2 := k.v()
	VSUBPD(bb, t2, lo2)
	VSUBPD(lo2, t1, lo2) // t1 - (t2 - bb)
	VSUBPD(bb, r, bb)    // r - bb
	VADDPD(bb, lo2, lo2)
	ar := k.v()
	k.op(VMULPD, VMULPD_BCST, "mhalf", r, ar)
	ar2 := k.v()
	VMULPD(r, ar, ar2)
	lo3 := ar
	VFMSUB213PD(ar2, r, lo3) // ar·r - ar2
	h := k.v()
	VADDPD(ar2, t2, h)
	lo4 := t2
	VSUBPD(h, t2, lo4)
	VADDPD(ar2, lo4, lo4)
	p := k.mov("c9")
	k.op(VFMADD231PD, VFMADD231PD_BCST, "c10", r, p)
	for _, n := range []string{"c8", "c7", "c6", "c5", "c4", "c3"} {
		k.op(VFMADD213PD, VFMADD213PD_BCST, n, r, p)
	}
	r3 := ar2
	VMULPD(r, r, r3)
	VMULPD(r, r3, r3)
	VMULPD(r3, p, p)
	VADDPD(lo2, lo1, lo1)
	VADDPD(lo3, lo1, lo1)
	VADDPD(lo4, lo1, lo1)
	VADDPD(p, lo1, lo1) // l
	lhi := k.v()
	VADDPD(lo1, h, lhi)
	VSUBPD(lhi, h, h)
	VADDPD(lo1, h, h) // llo

	// y·log(x) = ehi + elo
	ehi := k.v()
	VMULPD(lhi, y, ehi)
	elo := lhi
	VFMSUB213PD(ehi, y, elo) // y·lhi - ehi
	VFMADD231PD(h, y, elo)   // + y·llo
	// elo is below 2^-40 where ehi is in range; where ehi is clamped it is
	// meaningless (up to ulp(y·lhi)/2) and could bring exp back into
	// (2^-1020, 2^1020), hiding the lane from powFixup. Clamped to
	// ±2^-10, such a lane's result stays out of range and is redone.
	k.op(VMINPD, VMINPD_BCST, "elomax", elo, elo)
	k.op(VMAXPD, VMAXPD_BCST, "elomin", elo, elo)
	k.op(VMINPD, VMINPD_BCST, "emax", ehi, ehi)
	k.op(VMAXPD, VMAXPD_BCST, "emin", ehi, ehi)

	// exp(ehi + elo)
	kdS := k.mov("shift")
	k.op(VFMADD231PD, VFMADD231PD_BCST, "invln2n", ehi, kdS)
	k.op(VSUBPD, VSUBPD_BCST, "shift", kdS, kd)
	er := ehi
	k.op(VFNMADD231PD, VFNMADD231PD_BCST, "ln2n", kd, er) // exact
	k.op(VFNMADD231PD, VFNMADD231PD_BCST, "ln2nlo", kd, er)
	VADDPD(elo, er, er)
	j := i
	k.pand("m127", kdS, j)
	tail := k.gather("exptail", j)
	sb := k.gather("exps", j)
	VPSLLQ(U8(45), kdS, kdS)
	VPADDQ(kdS, sb, sb) // scale
	q := k.mov("e5")
	k.op(VFMADD231PD, VFMADD231PD_BCST, "e6", er, q)
	for _, n := range []string{"e4", "e3", "e2"} {
		k.op(VFMADD213PD, VFMADD213PD_BCST, n, er, q)
	}
	VADDPD(tail, er, tail)
	VMULPD(er, er, er)
	VFMADD213PD(tail, er, q)
	VFMADD213PD(sb, sb, q)

	k.flag(cmpNGTUQ, "dlo", q)
	k.flag(cmpNLTUQ, "dhi", q)
	return q
}

func (k *pk) load(m Mem, lanes int) VecVirtual {
	t := k.v()
	if k.f32 {
		VCVTPS2PD(m, t)
	} else {
		VMOVUPD(m, t)
	}
	return t
}

func (k *pk) store(v VecVirtual, m Mem) {
	switch {
	case k.f32 && k.z:
		h := YMM()
		VCVTPD2PS(v, h)
		VMOVUPS(h, m)
	case k.f32:
		h := XMM()
		VCVTPD2PSY(v, h)
		VMOVUPS(h, m)
	default:
		VMOVUPD(v, m)
	}
}

// kernel writes TEXT name(dst, x, y []T) int: dst[i] = x[i]**y[i] for i <
// len(dst), returning nonzero when some element must be redone by pow64.
func kernel(name string, k *pk, doc []string) {
	typ, es := "float64", 8
	if k.f32 {
		typ, es = "float32", 4
	}
	TEXT(name, NOSPLIT, fmt.Sprintf("func(dst, x, y []%s) int", typ))
	Pragma("noescape")
	Doc(doc...)
	splats.BeginDirect() // AVX2: YMM reads of the 32-byte aligned symbol; AVX-512: words by broadcast
	lanes := 4
	if k.z {
		lanes = 8
	}
	var bx, by, bd Mem
	if !k.z {
		bx, by, bd = AllocLocal(32), AllocLocal(32), AllocLocal(32)
	}
	dst := Load(Param("dst").Base(), GP64())
	xp := Load(Param("x").Base(), GP64())
	yp := Load(Param("y").Base(), GP64())
	n := Load(Param("dst").Len(), GP64())
	k.tabs = map[string]GPVirtual{}
	for _, t := range []string{"invc", "logchi", "logclo", "exps", "exptail"} {
		g := GP64()
		LEAQ(c(t), g)
		k.tabs[t] = g
	}
	if k.z {
		g := GP32()
		MOVL(U32(0), g)
		acc := K()
		KMOVW(g, acc)
		k.acc = acc
	} else {
		k.acc = k.mov("zero")
	}
	step := lanes * es

	Label("loop")
	CMPQ(n, Imm(uint64(lanes)))
	JB(LabelRef("tail"))
	x := k.load(Mem{Base: xp}, lanes)
	y := k.load(Mem{Base: yp}, lanes)
	k.store(k.body(x, y), Mem{Base: dst})
	ADDQ(Imm(uint64(step)), xp)
	ADDQ(Imm(uint64(step)), yp)
	ADDQ(Imm(uint64(step)), dst)
	SUBQ(Imm(uint64(lanes)), n)
	JMP(LabelRef("loop"))

	Label("tail")
	TESTQ(n, n)
	JZ(LabelRef("done"))
	if k.z {
		// lanes past the end read as x = 1, y = 0 (not flagged)
		MOVQ(n, RCX)
		m := GP32()
		MOVL(U32(1), m)
		SHLL(CL, m)
		DECL(m)
		kr := K()
		KMOVW(m, kr)
		var xt, yt VecVirtual
		if k.f32 {
			hx, hy := ZMM(), ZMM()
			VBROADCASTSD(b("onef"), hx)
			VBROADCASTSD(b("zero"), hy)
			VMOVUPS(Mem{Base: xp}, kr, hx)
			VMOVUPS(Mem{Base: yp}, kr, hy)
			xt, yt = ZMM(), ZMM()
			VCVTPS2PD(hx.AsY(), xt)
			VCVTPS2PD(hy.AsY(), yt)
		} else {
			xt, yt = k.mov("one"), k.mov("zero")
			VMOVUPD(Mem{Base: xp}, kr, xt)
			VMOVUPD(Mem{Base: yp}, kr, yt)
		}
		d := k.body(xt, yt)
		if k.f32 {
			h := YMM()
			VCVTPD2PS(d, h)
			VMOVUPS(h.AsZ(), kr, Mem{Base: dst})
		} else {
			VMOVUPD(d, kr, Mem{Base: dst})
		}
	} else {
		// Copy the n < 4 remaining elements through stack buffers that
		// hold x = 1, y = 0 elsewhere.
		if k.f32 {
			o := XMM()
			VMOVUPS(c("onef").Offset(0), o)
			VMOVUPS(o, bx)
			VMOVUPS(c("zero").Offset(0), o)
			VMOVUPS(o, by)
		} else {
			o := YMM()
			VMOVUPD(c("one"), o)
			VMOVUPD(o, bx)
			VMOVUPD(c("zero"), o)
			VMOVUPD(o, by)
		}
		i := GP64()
		t := GP64()
		XORQ(i, i)
		Label("cpin")
		if k.f32 {
			MOVL(Mem{Base: xp, Index: i, Scale: 4}, t.As32())
			MOVL(t.As32(), bx.Idx(i, 4))
			MOVL(Mem{Base: yp, Index: i, Scale: 4}, t.As32())
			MOVL(t.As32(), by.Idx(i, 4))
		} else {
			MOVQ(Mem{Base: xp, Index: i, Scale: 8}, t)
			MOVQ(t, bx.Idx(i, 8))
			MOVQ(Mem{Base: yp, Index: i, Scale: 8}, t)
			MOVQ(t, by.Idx(i, 8))
		}
		INCQ(i)
		CMPQ(i, n)
		JB(LabelRef("cpin"))
		xt := k.load(bx, lanes)
		yt := k.load(by, lanes)
		k.store(k.body(xt, yt), bd)
		XORQ(i, i)
		Label("cpout")
		if k.f32 {
			MOVL(bd.Idx(i, 4), t.As32())
			MOVL(t.As32(), Mem{Base: dst, Index: i, Scale: 4})
		} else {
			MOVQ(bd.Idx(i, 8), t)
			MOVQ(t, Mem{Base: dst, Index: i, Scale: 8})
		}
		INCQ(i)
		CMPQ(i, n)
		JB(LabelRef("cpout"))
	}
	Label("done")
	ret := GP64()
	if k.z {
		KMOVW(k.acc, ret.As32())
	} else {
		VMOVMSKPD(k.acc, ret.As32())
	}
	VZEROUPPER()
	Store(ret, ReturnIndex(0))
	RET()
}

func genPow(t *powTables) {
	emitConsts(t)
	algo := []string{
		"log(x) as a double-double from a 128-entry table (gathered) and a Taylor polynomial, y·log(x)",
		"as a double-double, exp of it from a second 128-entry table and a Taylor polynomial, rounded",
		"once: the operations of the generic twin pow64 (kernels/pow.go), so the result equals it bit for",
		"bit. It returns nonzero when some element has a base that is not a positive normal number, an",
		"exponent that is not finite or a result outside (2^-1020, 2^1020): the caller redoes those with",
		"pow64 (kernels.powFixup). Worst error measured against math/big: 0.50 ULP.",
	}
	for _, v := range []struct {
		name string
		k    *pk
		what string
	}{
		{"PowerF64AVX512", &pk{z: true}, "float64, 8 lanes"},
		{"PowerF64AVX2", &pk{}, "float64, 4 lanes"},
		{"PowerF32AVX512", &pk{z: true, f32: true}, "float32 computed in float64 and rounded once, 8 lanes"},
		{"PowerF32AVX2", &pk{f32: true}, "float32 computed in float64 and rounded once, 4 lanes"},
	} {
		doc := append([]string{fmt.Sprintf("%s is for i := range dst { dst[i] = x[i] ** y[i] } (len(x), len(y) >= len(dst)), %s:", v.name, v.what)}, algo...)
		kernel(v.name, v.k, doc)
	}
}
