package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

type isa int

const (
	avx2 isa = iota
	avx512
)

func (i isa) String() string { return [...]string{"AVX2", "AVX512"}[i] }

// kern describes one kernel being generated: its instruction set, the
// element type in memory (f32 or f64) and the element type it computes in.
type kern struct {
	isa   isa
	mem32 bool // elements in memory are float32
	via64 bool // float32 data computed in float64
	unrol int
	regs  map[string]VecVirtual
	// lockstep, when set, computes the unrolled vectors of the main loop
	// together (see lockstep.go) instead of calling body on each in turn.
	lockstep func(k *kern, xs []VecVirtual) []VecVirtual
	// fixLock is lockstep for the fixBody kernels of fixframe.go.
	fixLock func(k *kern, xs []VecVirtual) ([]VecVirtual, []Op)
}

func (k *kern) vbytes() int {
	if k.isa == avx2 {
		return 32
	}
	return 64
}

// lanes is the number of elements one computing vector holds.
func (k *kern) lanes() int {
	if k.mem32 && !k.via64 {
		return k.vbytes() / 4
	}
	return k.vbytes() / 8
}

func (k *kern) esize() int {
	if k.mem32 {
		return 4
	}
	return 8
}

// v allocates a computing vector register.
func (k *kern) v() VecVirtual {
	if k.isa == avx2 {
		return YMM()
	}
	return ZMM()
}

// c returns the constant name as an operand: a register when it was
// preloaded, else its memory.
func (k *kern) c(name string) Op {
	if r, ok := k.regs[name]; ok {
		return r
	}
	return cmem(name)
}

// r returns the constant name in a register (preloaded or loaded now).
func (k *kern) r(name string) VecVirtual {
	if r, ok := k.regs[name]; ok {
		return r
	}
	t := k.v()
	VMOVUPD(cmem(name), t)
	return t
}

// preload loads constants into registers for the whole kernel.
func (k *kern) preload(names ...string) {
	for _, n := range names {
		if _, ok := k.regs[n]; ok {
			continue
		}
		t := k.v()
		VMOVUPD(cmem(n), t)
		k.regs[n] = t
	}
}

// mov copies a register (or memory) into a new register.
func (k *kern) mov(src Op) VecVirtual {
	t := k.v()
	VMOVUPD(src, t)
	return t
}

func (k *kern) load(m Mem) VecVirtual {
	t := k.v()
	switch {
	case k.via64:
		VCVTPS2PD(m, t)
	case k.mem32:
		VMOVUPS(m, t)
	default:
		VMOVUPD(m, t)
	}
	return t
}

func (k *kern) store(v VecVirtual, m Mem) {
	switch {
	case k.via64 && k.isa == avx2:
		h := XMM()
		VCVTPD2PSY(v, h)
		VMOVUPS(h, m)
	case k.via64:
		h := YMM()
		VCVTPD2PS(v, h)
		VMOVUPS(h, m)
	case k.mem32:
		VMOVUPS(v, m)
	default:
		VMOVUPD(v, m)
	}
}

// kernel writes TEXT name: for i := range dst { dst[i] = f(x[i]) }, with
// body computing f of one vector. Lengths: any; tails use AVX-512 masks or,
// for AVX2, a stack buffer, so nothing past either slice is touched.
func kernel(name string, k *kern, doc []string, setup func(k *kern), body func(k *kern, x VecVirtual) VecVirtual) {
	typ := "float64"
	if k.mem32 {
		typ = "float32"
	}
	TEXT(name, NOSPLIT, fmt.Sprintf("func(dst, x []%s)", typ))
	Pragma("noescape")
	Doc(doc...)
	Comment(doc...)
	beginConsts(k.isa)
	k.regs = map[string]VecVirtual{}
	if k.unrol == 0 {
		k.unrol = 2
	}
	var buf Mem
	if k.isa == avx2 {
		buf = AllocLocal(32)
	}
	dst := Load(Param("dst").Base(), GP64())
	src := Load(Param("x").Base(), GP64())
	n := Load(Param("dst").Len(), GP64())
	setup(k)

	if k.lockstep != nil {
		body = func(k *kern, x VecVirtual) VecVirtual { return k.lockstep(k, []VecVirtual{x})[0] }
	}
	lanes := k.lanes()
	step := lanes * k.esize()
	U := k.unrol

	Label("loopU")
	CMPQ(n, Imm(uint64(U*lanes)))
	JB(LabelRef("loop1"))
	xs := make([]VecVirtual, U)
	for u := range xs {
		xs[u] = k.load(Mem{Base: src, Disp: u * step})
	}
	if k.lockstep != nil {
		xs = k.lockstep(k, xs)
	} else {
		for u := range xs {
			xs[u] = body(k, xs[u])
		}
	}
	for u := range xs {
		k.store(xs[u], Mem{Base: dst, Disp: u * step})
	}
	ADDQ(U32(uint64(U*step)), src)
	ADDQ(U32(uint64(U*step)), dst)
	SUBQ(U32(uint64(U*lanes)), n)
	JMP(LabelRef("loopU"))

	Label("loop1")
	CMPQ(n, Imm(uint64(lanes)))
	JB(LabelRef("tail"))
	x := k.load(Mem{Base: src})
	k.store(body(k, x), Mem{Base: dst})
	ADDQ(Imm(uint64(step)), src)
	ADDQ(Imm(uint64(step)), dst)
	SUBQ(Imm(uint64(lanes)), n)
	JMP(LabelRef("loop1"))

	Label("tail")
	TESTQ(n, n)
	JZ(LabelRef("done"))
	if k.isa == avx512 {
		// mask = 1<<n - 1 (n < lanes <= 16)
		MOVQ(n, RCX)
		m := GP32()
		MOVL(U32(1), m)
		SHLL(CL, m)
		DECL(m)
		kr := K()
		KMOVW(m, kr)
		var xt VecVirtual
		switch {
		case k.via64:
			h := YMM()
			VMOVUPS_Z(Mem{Base: src}, kr, h.AsZ())
			xt = k.v()
			VCVTPS2PD(h, xt)
		case k.mem32:
			xt = k.v()
			VMOVUPS_Z(Mem{Base: src}, kr, xt)
		default:
			xt = k.v()
			VMOVUPD_Z(Mem{Base: src}, kr, xt)
		}
		y := body(k, xt)
		switch {
		case k.via64:
			h := YMM()
			VCVTPD2PS(y, h)
			VMOVUPS(h.AsZ(), kr, Mem{Base: dst})
		case k.mem32:
			VMOVUPS(y, kr, Mem{Base: dst})
		default:
			VMOVUPD(y, kr, Mem{Base: dst})
		}
	} else {
		// Copy the n < lanes remaining elements through a stack buffer.
		i := GP64()
		t := GP64()
		XORQ(i, i)
		Label("cpin")
		if k.mem32 {
			MOVL(Mem{Base: src, Index: i, Scale: 4}, t.As32())
			MOVL(t.As32(), buf.Idx(i, 4))
		} else {
			MOVQ(Mem{Base: src, Index: i, Scale: 8}, t)
			MOVQ(t, buf.Idx(i, 8))
		}
		INCQ(i)
		CMPQ(i, n)
		JB(LabelRef("cpin"))
		xt := k.load(buf)
		k.store(body(k, xt), buf)
		XORQ(i, i)
		Label("cpout")
		if k.mem32 {
			MOVL(buf.Idx(i, 4), t.As32())
			MOVL(t.As32(), Mem{Base: dst, Index: i, Scale: 4})
		} else {
			MOVQ(buf.Idx(i, 8), t)
			MOVQ(t, Mem{Base: dst, Index: i, Scale: 8})
		}
		INCQ(i)
		CMPQ(i, n)
		JB(LabelRef("cpout"))
	}
	Label("done")
	VZEROUPPER()
	RET()
}

// variant is one implementation in a family of unary kernels: its
// instruction set, float32 or float64 data, the constants it preloads, its
// body and the doc line that says how it computes.
type variant struct {
	isa  isa
	f32  bool
	pre  []string
	body func(k *kern, x VecVirtual) VecVirtual
	how  string
}

// genFamily writes the kernel base+F64/F32+ISA of each variant, for
// dst[i] = ref; float32 data is computed in float64. tune, if not nil, may
// adjust a variant's kernel description (lockstep bodies, float32 computed
// natively) and returns the preloads to use.
func genFamily(base, ref string, vs []variant, tune func(v variant, kr *kern, pre []string) []string) {
	for _, v := range vs {
		typ := "F64"
		if v.f32 {
			typ = "F32"
		}
		name := base + typ + v.isa.String()
		pre := v.pre
		kr := &kern{isa: v.isa, mem32: v.f32, via64: v.f32, unrol: 2}
		if tune != nil {
			pre = tune(v, kr, pre)
		}
		kernel(name, kr, []string{
			name + " is for i := range dst { dst[i] = " + ref + " } (len(x) >= len(dst)),",
			v.how + ". Worst error measured: " + ulp[name] + ".",
		}, func(k *kern) { k.preload(pre...) }, v.body)
	}
}
