package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// fixBody computes f of one vector and the lanes its vector path does not
// cover (large |x| of sin, NaN, ...): a K mask (AVX-512) or a vector whose
// lanes are all ones there (AVX2).
type fixBody func(k *kern, x VecVirtual) (y VecVirtual, bad Op)

// fixKernel writes TEXT name: for i := range dst { dst[i] = f(x[i]) } as
// far as it can, returning how many elements it wrote: it stops before
// storing a block with a lane body does not cover, and the Go caller
// computes that block with the generic twin and calls it again on the rest.
// Lengths: any; tails use AVX-512 masks or, for AVX2, a zeroed stack
// buffer, so nothing past either slice is touched.
func fixKernel(name string, k *kern, doc []string, setup func(k *kern), body fixBody) {
	typ := "float64"
	if k.mem32 {
		typ = "float32"
	}
	TEXT(name, NOSPLIT, fmt.Sprintf("func(dst, x []%s) int", typ))
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

	if k.fixLock != nil {
		body = func(k *kern, x VecVirtual) (VecVirtual, Op) {
			ys, bads := k.fixLock(k, []VecVirtual{x})
			return ys[0], bads[0]
		}
	}
	lanes := k.lanes()
	step := lanes * k.esize()
	U := k.unrol

	// anyBad jumps to ret when a lane of one of the masks is set.
	anyBad := func(bads []Op) {
		if k.isa == avx512 {
			acc := bads[0].(Register)
			for _, b := range bads[1:] {
				t := K()
				KORW(b, acc, t)
				acc = t
			}
			KORTESTW(acc, acc)
		} else {
			acc := bads[0].(VecVirtual)
			for _, b := range bads[1:] {
				t := k.v()
				VORPD(b, acc, t)
				acc = t
			}
			VPTEST(acc, acc)
		}
		JNZ(LabelRef("ret"))
	}

	Label("loopU")
	CMPQ(n, Imm(uint64(U*lanes)))
	JB(LabelRef("loop1"))
	xs := make([]VecVirtual, U)
	bads := make([]Op, U)
	for u := range xs {
		xs[u] = k.load(Mem{Base: src, Disp: u * step})
	}
	if k.fixLock != nil {
		xs, bads = k.fixLock(k, xs)
	} else {
		for u := range xs {
			xs[u], bads[u] = body(k, xs[u])
		}
	}
	anyBad(bads)
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
	y, bad := body(k, x)
	anyBad([]Op{bad})
	k.store(y, Mem{Base: dst})
	ADDQ(Imm(uint64(step)), src)
	ADDQ(Imm(uint64(step)), dst)
	SUBQ(Imm(uint64(lanes)), n)
	JMP(LabelRef("loop1"))

	Label("tail")
	TESTQ(n, n)
	JZ(LabelRef("ret"))
	if k.isa == avx512 {
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
		y, bad := body(k, xt)
		kb := K()
		KANDW(kr, bad, kb)
		anyBad([]Op{kb})
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
		// Copy the n < lanes remaining elements through a zeroed stack
		// buffer (zeros are inside every body's vector path).
		i := GP64()
		t := GP64()
		XORQ(t, t)
		for off := 0; off < 32; off += 8 {
			MOVQ(t, buf.Offset(off))
		}
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
		y, bad := body(k, xt)
		anyBad([]Op{bad})
		k.store(y, buf)
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
	XORQ(n, n)
	Label("ret")
	done := Load(Param("dst").Len(), GP64())
	SUBQ(n, done)
	Store(done, ReturnIndex(0))
	VZEROUPPER()
	RET()
}

// genFixFamily is genFamily for fixKernel bodies.
func genFixFamily(base, ref string, vs []fixVariant) {
	for _, v := range vs {
		typ := "F64"
		if v.f32 {
			typ = "F32"
		}
		name := base + typ + v.isa.String()
		kr := &kern{isa: v.isa, mem32: v.f32, via64: v.f32 && !nativeF32[name], unrol: 2}
		if v.isa == avx2 {
			kr.unrol = 1 // 16 Y registers hold one vector's working set
		}
		pre := v.pre
		if l, ok := fixLocks[name]; ok {
			kr.fixLock, kr.unrol, pre = l.body, l.n, l.pre
		}
		setup := func(k *kern) { k.preload(pre...) }
		if s, ok := fixSetup[name]; ok {
			setup = s
		}
		fixKernel(name, kr, []string{
			name + " is for i := range dst { dst[i] = " + ref + " } as far as its vector path goes:",
			"it returns the number of elements written, stopping before a block with " + v.outside + ",",
			"which the caller computes with the generic twin. " + v.how + ".",
			"Worst error measured: " + ulp[name] + ".",
		}, setup, v.body)
	}
}

// nativeF32 names the float32 kernels of genFixFamily that compute in
// float32 (16 lanes on AVX-512) rather than in float64.
var nativeF32 = map[string]bool{"Log1pF32AVX512": true}

// fixSetup replaces the preloading of fixVariant.pre for the kernels it
// names.
var fixSetup = map[string]func(k *kern){}

// fixVariant is one implementation in a family of fixKernel kernels.
type fixVariant struct {
	isa     isa
	f32     bool
	pre     []string
	body    fixBody
	outside string // the inputs the vector path leaves to the twin
	how     string
}
