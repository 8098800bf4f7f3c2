package main

import (
	"fmt"
	"strings"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// ewArg is one input of an elementwise kernel: a slice read in step with
// dst, or a scalar parameter broadcast to every lane.
type ewArg struct {
	Name   string
	Scalar bool
}

// ewKernel describes an elementwise kernel: for every i, dst[i] = Op(inputs).
type ewKernel struct {
	Name  string
	Sig   string // Go signature with T for the element type
	Dst   string // the slice written (its length is the count)
	In    []ewArg
	Doc   string // the reference loop
	Const func(s isa, e elem) []reg.VecVirtual
	Op    func(c *ewCtx, d reg.Register, in []reg.Register)
	// Stream makes the unrolled loop store with non-temporal moves
	// (VMOVNTPD/VMOVNTPS): the lines of dst are written to memory without
	// first being read into the cache, and without evicting the inputs.
	Stream bool
	// NoFence leaves out a Stream kernel's closing SFENCE, for callers that
	// stream many pieces and fence once (kernels.StreamFence).
	NoFence bool
}

// ewCtx is what an Op sees: the ISA, element type, the register width in
// use and the kernel's constants at that width.
type ewCtx struct {
	s     isa
	e     elem
	w     int
	konst []reg.Register
}

func (c *ewCtx) tmp() reg.Register { return width(c.s.vec(), c.w) }

var (
	bin   = []ewArg{{Name: "x"}, {Name: "y"}}
	scal  = []ewArg{{Name: "x"}, {Name: "s", Scalar: true}}
	rscal = []ewArg{{Name: "s", Scalar: true}, {Name: "x"}}
	un    = []ewArg{{Name: "x"}}
)

const (
	sigBin   = "func(dst, x, y []T)"
	sigScal  = "func(dst, x []T, s T)"
	sigRScal = "func(dst []T, s T, x []T)"
	sigUn    = "func(dst, x []T)"
)

func opAdd(c *ewCtx, d reg.Register, in []reg.Register) { c.e.add(d, in[0], in[1]) }
func opSub(c *ewCtx, d reg.Register, in []reg.Register) { c.e.sub(d, in[0], in[1]) }
func opMul(c *ewCtx, d reg.Register, in []reg.Register) { c.e.mul(d, in[0], in[1]) }
func opDiv(c *ewCtx, d reg.Register, in []reg.Register) { c.e.div(d, in[0], in[1]) }

// opMaximum is NumPy's maximum as maximumOf in package kernels:
// x if x > y or x is NaN, else y (so y when they compare equal:
// maximum(-0, +0) is +0, as NumPy 1.24 gives on x86-64). Bit-exact, NaN
// payloads included.
func opMaximum(c *ewCtx, d reg.Register, in []reg.Register) { selectX(c, cmpGTOQ, d, in[0], in[1]) }

// opMinimum is x if x < y or x is NaN, else y.
func opMinimum(c *ewCtx, d reg.Register, in []reg.Register) { selectX(c, cmpLTOQ, d, in[0], in[1]) }

// selectX sets d = (x pred y || x != x) ? x : y.
func selectX(c *ewCtx, pred uint8, d, x, y reg.Register) {
	e := c.e
	if c.s.Z {
		k1, k2 := K(), K()
		e.cmp(pred, k1, x, y)
		e.cmp(cmpUNORD, k2, x, x)
		KORW(k2, k1, k1)
		e.blendm(d, y, x, k1)
		return
	}
	m1, m2 := c.tmp(), c.tmp()
	e.cmp(pred, m1, x, y)
	e.cmp(cmpUNORD, m2, x, x)
	e.or(c.s, m1, m1, m2)
	e.blendv(d, y, x, m1)
}

func signConst(s isa, e elem) []reg.VecVirtual {
	if e.is64() {
		return []reg.VecVirtual{broadcastConst(s, e, signBit64)}
	}
	return []reg.VecVirtual{broadcastConst(s, e, signBit32)}
}

func absConst(s isa, e elem) []reg.VecVirtual {
	if e.is64() {
		return []reg.VecVirtual{broadcastConst(s, e, absMask64)}
	}
	return []reg.VecVirtual{broadcastConst(s, e, absMask32)}
}

var elementwiseKernels = []ewKernel{
	{Name: "Add", Sig: sigBin, Dst: "dst", In: bin, Doc: "dst[i] = x[i] + y[i]", Op: opAdd},
	{Name: "Sub", Sig: sigBin, Dst: "dst", In: bin, Doc: "dst[i] = x[i] - y[i]", Op: opSub},
	{Name: "Mul", Sig: sigBin, Dst: "dst", In: bin, Doc: "dst[i] = x[i] * y[i]", Op: opMul},
	{Name: "Div", Sig: sigBin, Dst: "dst", In: bin, Doc: "dst[i] = x[i] / y[i]", Op: opDiv},
	{Name: "Maximum", Sig: sigBin, Dst: "dst", In: bin, Doc: "dst[i] = maximumOf(x[i], y[i])", Op: opMaximum},
	{Name: "Minimum", Sig: sigBin, Dst: "dst", In: bin, Doc: "dst[i] = minimumOf(x[i], y[i])", Op: opMinimum},
	{Name: "AddScalar", Sig: sigScal, Dst: "dst", In: scal, Doc: "dst[i] = x[i] + s", Op: opAdd},
	{Name: "SubScalar", Sig: sigScal, Dst: "dst", In: scal, Doc: "dst[i] = x[i] - s", Op: opSub},
	{Name: "MulScalar", Sig: sigScal, Dst: "dst", In: scal, Doc: "dst[i] = x[i] * s", Op: opMul},
	{Name: "DivScalar", Sig: sigScal, Dst: "dst", In: scal, Doc: "dst[i] = x[i] / s", Op: opDiv},
	{Name: "MaximumScalar", Sig: sigScal, Dst: "dst", In: scal, Doc: "dst[i] = maximumOf(x[i], s)", Op: opMaximum},
	{Name: "MinimumScalar", Sig: sigScal, Dst: "dst", In: scal, Doc: "dst[i] = minimumOf(x[i], s)", Op: opMinimum},
	{Name: "ScalarSub", Sig: sigRScal, Dst: "dst", In: rscal, Doc: "dst[i] = s - x[i]", Op: opSub},
	{Name: "ScalarDiv", Sig: sigRScal, Dst: "dst", In: rscal, Doc: "dst[i] = s / x[i]", Op: opDiv},
	{Name: "Abs", Sig: sigUn, Dst: "dst", In: un, Doc: "dst[i] = |x[i]| (the sign bit cleared)", Const: absConst,
		Op: func(c *ewCtx, d reg.Register, in []reg.Register) { c.e.and(c.s, d, in[0], c.konst[0]) }},
	{Name: "Neg", Sig: sigUn, Dst: "dst", In: un, Doc: "dst[i] = -x[i] (the sign bit flipped)", Const: signConst,
		Op: func(c *ewCtx, d reg.Register, in []reg.Register) { c.e.xor(c.s, d, in[0], c.konst[0]) }},
	{Name: "Sqrt", Sig: sigUn, Dst: "dst", In: un, Doc: "dst[i] = sqrt(x[i]) (correctly rounded)",
		Op: func(c *ewCtx, d reg.Register, in []reg.Register) { c.e.sqrt(d, in[0]) }},
	{Name: "Square", Sig: sigUn, Dst: "dst", In: un, Doc: "dst[i] = x[i] * x[i]",
		Op: func(c *ewCtx, d reg.Register, in []reg.Register) { c.e.mul(d, in[0], in[0]) }},
	// Axpy multiplies and adds separately (no FMA), so that it rounds twice
	// like the Go loop and is bit-exact with it.
	{Name: "Axpy", Sig: "func(alpha T, x, y []T)", Dst: "y", In: []ewArg{{Name: "alpha", Scalar: true}, {Name: "x"}, {Name: "y"}},
		Doc: "y[i] += alpha * x[i] (a multiply, then an add: no FMA)",
		Op: func(c *ewCtx, d reg.Register, in []reg.Register) {
			t := c.tmp()
			c.e.mul(t, in[1], in[0]) // x*alpha: the NaN payload Go's loop keeps
			c.e.add(d, in[2], t)
		}},
	{Name: "Scale", Sig: "func(alpha T, x []T)", Dst: "x", In: []ewArg{{Name: "x"}, {Name: "alpha", Scalar: true}},
		Doc: "x[i] *= alpha", Op: opMul},
}

// streamKernels are the streaming-store twins of elementwise kernels, for
// fresh results too large to stay in cache (package kernels picks them).
var streamKernels = []ewKernel{
	{Name: "AddStream", Sig: sigBin, Dst: "dst", In: bin, Doc: "dst[i] = x[i] + y[i] (non-temporal stores)", Op: opAdd, Stream: true},
	{Name: "SubStream", Sig: sigBin, Dst: "dst", In: bin, Doc: "dst[i] = x[i] - y[i] (non-temporal stores)", Op: opSub, Stream: true},
	{Name: "MulStream", Sig: sigBin, Dst: "dst", In: bin, Doc: "dst[i] = x[i] * y[i] (non-temporal stores)", Op: opMul, Stream: true},
	{Name: "AddScalarStream", Sig: sigScal, Dst: "dst", In: scal, Doc: "dst[i] = x[i] + s (non-temporal stores)", Op: opAdd, Stream: true},
	{Name: "MulScalarStream", Sig: sigScal, Dst: "dst", In: scal, Doc: "dst[i] = x[i] * s (non-temporal stores)", Op: opMul, Stream: true},
	{Name: "SquareStream", Sig: sigUn, Dst: "dst", In: un, Doc: "dst[i] = x[i] * x[i] (non-temporal stores)", Stream: true,
		Op: func(c *ewCtx, d reg.Register, in []reg.Register) { c.e.mul(d, in[0], in[0]) }},
	{Name: "AbsStream", Sig: sigUn, Dst: "dst", In: un, Doc: "dst[i] = |x[i]| (the sign bit cleared; non-temporal stores)", Const: absConst,
		Op: func(c *ewCtx, d reg.Register, in []reg.Register) { c.e.and(c.s, d, in[0], c.konst[0]) }, Stream: true},
	// CopyStream moves bits (x AND x), so any element type of the same
	// size can go through it unchanged. It does not fence: a caller
	// streaming a result in pieces fences once at the end, so that the
	// stores of one piece drain while the next is computed.
	{Name: "CopyStream", Sig: sigUn, Dst: "dst", In: un, Doc: "dst[i] = x[i] (the bits moved; non-temporal stores, not fenced: StreamFence orders them)",
		Op: func(c *ewCtx, d reg.Register, in []reg.Register) { c.e.and(c.s, d, in[0], in[0]) }, Stream: true, NoFence: true},
}

// elementwise writes one elementwise kernel: a head that aligns dst, a loop
// of 4 vectors, a loop of one vector, then the tail: on AVX2 one half vector
// (X register) and a scalar loop, on AVX-512 one masked vector.
func elementwise(k ewKernel, s isa, e elem) {
	name := k.Name + e.Name + s.Name
	TEXT(name, NOSPLIT, strings.ReplaceAll(k.Sig, "T", e.Go))
	Pragma("noescape")
	Doc(fmt.Sprintf("%s is, for every i < len(%s), %s, with %s.", name, k.Dst, k.Doc, s.Name))

	n := Load(Param(k.Dst).Len(), GP64())
	dst := Mem{Base: Load(Param(k.Dst).Base(), GP64())}
	ptrs := []Mem{dst}
	src := map[string]Mem{}
	bcast := map[string]reg.VecVirtual{}
	for _, a := range k.In {
		switch {
		case a.Scalar:
			bcast[a.Name] = broadcastParam(s, e, a.Name)
		case a.Name == k.Dst:
			src[a.Name] = dst
		default:
			m := Mem{Base: Load(Param(a.Name).Base(), GP64())}
			src[a.Name] = m
			ptrs = append(ptrs, m)
		}
	}
	var konst []reg.VecVirtual
	if k.Const != nil {
		konst = k.Const(s, e)
	}

	const (
		full = iota
		scalar
		masked
		stream // full, stored non-temporally: dst must be aligned
	)
	var mask reg.OpmaskVirtual
	if s.Z {
		mask = K()
	}
	body := func(w, mode, off int) {
		c := &ewCtx{s: s, e: e, w: w}
		for _, v := range konst {
			c.konst = append(c.konst, width(v, w))
		}
		in := make([]reg.Register, len(k.In))
		for i, a := range k.In {
			if a.Scalar {
				in[i] = width(bcast[a.Name], w)
				continue
			}
			v := width(s.vec(), w)
			m := src[a.Name].Offset(off)
			switch mode {
			case full, stream:
				e.movu(m, v)
			case scalar:
				e.movs(m, v)
			case masked:
				e.movuZ(m, mask, v)
			}
			in[i] = v
		}
		d := width(s.vec(), w)
		k.Op(c, d, in)
		switch mode {
		case full:
			e.movu(d, dst.Offset(off))
		case stream:
			e.movnt(d, dst.Offset(off))
		case scalar:
			e.movs(d, dst.Offset(off))
		case masked:
			e.movuK(d, mask, dst.Offset(off))
		}
	}
	advance := func(elems int) {
		for _, p := range ptrs {
			ADDQ(U32(elems*e.Size), p.Base)
		}
		SUBQ(U32(elems), n)
	}

	const unroll = 4
	L := e.lanes(s)

	// Align dst to the vector width (when there is enough work): on AVX-512
	// with one masked vector, on AVX2 one element at a time. Stores then
	// never split a cache line, nor do the loads of inputs aligned like dst.
	CMPQ(n, U32(unroll*L))
	JB(LabelRef("loop4"))
	h := GP64()
	MOVQ(dst.Base, h)
	NEGQ(h)
	ANDQ(U32(s.Bytes-1), h)
	if e.is64() {
		SHRQ(U8(3), h)
	} else {
		SHRQ(U8(2), h)
	}
	JZ(LabelRef("loop4"))
	if s.Z {
		tailMask(h, mask)
		body(s.Bytes, masked, 0)
		for _, p := range ptrs {
			LEAQ(Mem{Base: p.Base, Index: h, Scale: uint8(e.Size)}, p.Base)
		}
		SUBQ(h, n)
	} else {
		Label("head")
		body(16, scalar, 0)
		advance(1)
		DECQ(h)
		JNZ(LabelRef("head"))
	}

	Label("loop4")
	CMPQ(n, U32(unroll*L))
	JB(LabelRef("loop1"))
	// The head above has aligned dst whenever this loop runs, as the
	// non-temporal stores of a Stream kernel need.
	loopMode := full
	if k.Stream {
		loopMode = stream
	}
	for j := 0; j < unroll; j++ {
		body(s.Bytes, loopMode, j*s.Bytes)
	}
	advance(unroll * L)
	JMP(LabelRef("loop4"))

	Label("loop1")
	CMPQ(n, U32(L))
	JB(LabelRef("tail"))
	body(s.Bytes, full, 0)
	advance(L)
	JMP(LabelRef("loop1"))

	Label("tail")
	if s.Z {
		TESTQ(n, n)
		JZ(LabelRef("done"))
		tailMask(n, mask)
		body(s.Bytes, masked, 0)
	} else {
		CMPQ(n, U32(L/2))
		JB(LabelRef("scalar"))
		body(16, full, 0)
		advance(L / 2)
		Label("scalar")
		TESTQ(n, n)
		JZ(LabelRef("done"))
		body(16, scalar, 0)
		advance(1)
		JMP(LabelRef("scalar"))
	}
	Label("done")
	if k.Stream && !k.NoFence {
		SFENCE() // order the non-temporal stores before any later store
	}
	VZEROUPPER()
	RET()
}

// fromUint8 writes FromUint8: dst[i] = T(x[i]), bytes widened to int32 and
// converted exactly.
func fromUint8(s isa, e elem) {
	name := "FromUint8" + e.Name + s.Name
	TEXT(name, NOSPLIT, fmt.Sprintf("func(dst []%s, x []uint8)", e.Go))
	Pragma("noescape")
	Doc(fmt.Sprintf("%s is, for every i < len(dst), dst[i] = %s(x[i]), with %s.", name, e.Go, s.Name))
	n := Load(Param("dst").Len(), GP64())
	dst := Mem{Base: Load(Param("dst").Base(), GP64())}
	x := Mem{Base: Load(Param("x").Base(), GP64())}
	L := e.lanes(s)
	// One vector of output takes L bytes: widened to L int32 (a vector of
	// L*4 bytes), then converted.
	iw := L * 4
	if iw < 16 {
		iw = 16
	}
	body := func(off int) {
		t := width(s.vec(), iw)
		VPMOVZXBD(x.Offset(off*1), t)
		d := s.vec()
		if e.is64() {
			VCVTDQ2PD(t, d)
		} else {
			VCVTDQ2PS(t, d)
		}
		e.movu(d, dst.Offset(off*e.Size))
	}
	const unroll = 4
	Label("loop4")
	CMPQ(n, U32(unroll*L))
	JB(LabelRef("loop1"))
	for j := 0; j < unroll; j++ {
		body(j * L)
	}
	ADDQ(U32(unroll*L), x.Base)
	ADDQ(U32(unroll*L*e.Size), dst.Base)
	SUBQ(U32(unroll*L), n)
	JMP(LabelRef("loop4"))
	Label("loop1")
	CMPQ(n, U32(L))
	JB(LabelRef("scalar"))
	body(0)
	ADDQ(U32(L), x.Base)
	ADDQ(U32(L*e.Size), dst.Base)
	SUBQ(U32(L), n)
	JMP(LabelRef("loop1"))
	Label("scalar")
	TESTQ(n, n)
	JZ(LabelRef("done"))
	b := GP64()
	MOVBQZX(x, b)
	t := XMM()
	VXORPS(t, t, t)
	if e.is64() {
		VCVTSI2SDQ(b, t, t)
	} else {
		VCVTSI2SSQ(b, t, t)
	}
	e.movs(t, dst)
	ADDQ(U32(1), x.Base)
	ADDQ(U32(e.Size), dst.Base)
	DECQ(n)
	JMP(LabelRef("scalar"))
	Label("done")
	VZEROUPPER()
	RET()
}
