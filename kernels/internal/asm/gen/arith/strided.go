package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// stridedKernels are the binary kernels that also have a strided form.
var stridedKernels = []ewKernel{
	elementwiseKernels[0], elementwiseKernels[1], elementwiseKernels[2],
	elementwiseKernels[3], elementwiseKernels[4], elementwiseKernels[5],
}

// strided writes the strided form of a binary kernel, for AVX2 (VEX
// instructions on X registers, one element at a time; the AVX-512
// implementation uses it too):
//
//	for i := 0; i < n; i++ { dst[dOff+i*dInc] = x[xOff+i*xInc] op y[yOff+i*yInc] }
//
// The caller checks that every index is in range. Elements are processed
// in order, so any overlap of dst with x or y behaves as the Go loop.
func strided(k ewKernel, e elem) {
	name := k.Name + "Strided" + e.Name + "AVX2"
	TEXT(name, NOSPLIT, fmt.Sprintf("func(n int, dst []%[1]s, dOff, dInc int, x []%[1]s, xOff, xInc int, y []%[1]s, yOff, yInc int)", e.Go))
	Pragma("noescape")
	Doc(fmt.Sprintf("%s is, for i < n, %s with dst[dOff+i*dInc], x[xOff+i*xInc], y[yOff+i*yInc] (AVX).", name, k.Doc),
		"Every index must be in range.")
	n := Load(Param("n"), GP64())
	ptr := func(s, off, inc string) (p, step reg.GPVirtual) {
		p = GP64()
		Load(Param(s).Base(), p)
		o := GP64()
		Load(Param(off), o)
		LEAQ(Mem{Base: p, Index: o, Scale: uint8(e.Size)}, p)
		step = GP64()
		Load(Param(inc), step)
		if e.is64() {
			SHLQ(U8(3), step)
		} else {
			SHLQ(U8(2), step)
		}
		return p, step
	}
	dp, ds := ptr("dst", "dOff", "dInc")
	xp, xs := ptr("x", "xOff", "xInc")
	yp, ys := ptr("y", "yOff", "yInc")
	c := &ewCtx{s: avx2, e: e, w: 16}
	Label("loop")
	TESTQ(n, n)
	JLE(LabelRef("done"))
	a, b := XMM(), XMM()
	e.movs(Mem{Base: xp}, a)
	e.movs(Mem{Base: yp}, b)
	d := XMM()
	k.Op(c, d, []reg.Register{a, b})
	e.movs(d, Mem{Base: dp})
	ADDQ(xs, xp)
	ADDQ(ys, yp)
	ADDQ(ds, dp)
	DECQ(n)
	JMP(LabelRef("loop"))
	Label("done")
	RET()
}
