// Command rot writes the amd64 plane-rotation kernels of ndsimd
// (kernels/internal/asm/rot_amd64.s and rot_stubs_amd64.go) with avo: for
// i < len(x), (x[i], y[i]) = (c*x[i] + s*y[i], c*y[i] - s*x[i]), each
// product rounded on its own and then added (no fused multiply-add), so the
// results equal the generic twin's bit for bit. Two vectors of x and y per
// iteration, then one, then the last elements one at a time with scalar
// instructions.
//
// Run it with `go generate ./kernels/internal/asm` from the repository root.
package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

type isa struct {
	name string // AVX2 or AVX512
	elem string // float64 or float32
}

func (s isa) f64() bool { return s.elem == "float64" }

func (s isa) size() int {
	if s.f64() {
		return 8
	}
	return 4
}

func (s isa) vecBytes() int {
	if s.name == "AVX2" {
		return 32
	}
	return 64
}

func main() {
	ConstraintExpr("!purego")
	for _, s := range []isa{{"AVX2", "float64"}, {"AVX2", "float32"}, {"AVX512", "float64"}, {"AVX512", "float32"}} {
		rot(s)
	}
	Generate()
}

func rot(s isa) {
	suffix := "F64"
	if !s.f64() {
		suffix = "F32"
	}
	name := fmt.Sprintf("Rot%s%s", suffix, s.name)
	TEXT(name, NOSPLIT, fmt.Sprintf("func(x, y []%s, c, s %s)", s.elem, s.elem))
	Pragma("noescape")
	Doc(fmt.Sprintf("%s sets (x[i], y[i]) = (c*x[i] + s*y[i], c*y[i] - s*x[i]) for i < len(x),", name),
		"each product rounded before the addition; y holds at least len(x) elements.")

	var v [16]reg.VecPhysical
	if s.name == "AVX2" {
		v = [16]reg.VecPhysical{reg.Y0, reg.Y1, reg.Y2, reg.Y3, reg.Y4, reg.Y5, reg.Y6, reg.Y7,
			reg.Y8, reg.Y9, reg.Y10, reg.Y11, reg.Y12, reg.Y13, reg.Y14, reg.Y15}
	} else {
		v = [16]reg.VecPhysical{reg.Z0, reg.Z1, reg.Z2, reg.Z3, reg.Z4, reg.Z5, reg.Z6, reg.Z7,
			reg.Z8, reg.Z9, reg.Z10, reg.Z11, reg.Z12, reg.Z13, reg.Z14, reg.Z15}
	}
	xmm := [16]reg.VecPhysical{reg.X0, reg.X1, reg.X2, reg.X3, reg.X4, reg.X5, reg.X6, reg.X7,
		reg.X8, reg.X9, reg.X10, reg.X11, reg.X12, reg.X13, reg.X14, reg.X15}
	f64 := s.f64()
	bcast := func(m Mem, r reg.VecPhysical) {
		if f64 {
			VBROADCASTSD(m, r)
		} else {
			VBROADCASTSS(m, r)
		}
	}
	mov := func(a, b Op) {
		if f64 {
			VMOVUPD(a, b)
		} else {
			VMOVUPS(a, b)
		}
	}
	mul := func(a, b, d Op) {
		if f64 {
			VMULPD(a, b, d)
		} else {
			VMULPS(a, b, d)
		}
	}
	add := func(a, b, d Op) {
		if f64 {
			VADDPD(a, b, d)
		} else {
			VADDPS(a, b, d)
		}
	}
	sub := func(a, b, d Op) { // d = b - a
		if f64 {
			VSUBPD(a, b, d)
		} else {
			VSUBPS(a, b, d)
		}
	}

	n, xp, yp, j, end := reg.RCX, reg.RSI, reg.RDI, reg.RAX, reg.RBX
	Load(Param("x").Len(), n)
	Load(Param("x").Base(), xp)
	Load(Param("y").Base(), yp)
	cc, ss := v[14], v[15]
	bcast(NewParamAddr("c", 48), cc)
	off := 48 + s.size()
	bcast(NewParamAddr("s", off), ss)
	shift := U8(3)
	if !f64 {
		shift = U8(2)
	}
	SHLQ(shift, n)
	XORQ(j, j)
	vb := s.vecBytes()
	at := func(p reg.GPPhysical, d int) Mem { return Mem{Base: p, Index: j, Scale: 1, Disp: d} }

	// one rotates u vectors from byte offset j (+ u*vb).
	one := func(u int) {
		for k := 0; k < u; k++ {
			mov(at(xp, k*vb), v[4*k])
			mov(at(yp, k*vb), v[4*k+1])
		}
		for k := 0; k < u; k++ {
			x, y, t, w := v[4*k], v[4*k+1], v[4*k+2], v[4*k+3]
			mul(y, ss, t) // s*y
			mul(x, ss, w) // s*x
			mul(x, cc, x) // c*x
			mul(y, cc, y) // c*y
			add(t, x, x)  // c*x + s*y
			sub(w, y, y)  // c*y - s*x
		}
		for k := 0; k < u; k++ {
			mov(v[4*k], at(xp, k*vb))
			mov(v[4*k+1], at(yp, k*vb))
		}
	}

	Comment("Two vectors of x and y per iteration.")
	MOVQ(n, end)
	ANDQ(I32(-2*vb), end)
	JEQ(LabelRef(name + "_vec"))
	Label(name + "_loop")
	one(2)
	ADDQ(U32(2*vb), j)
	CMPQ(j, end)
	JB(LabelRef(name + "_loop"))

	Label(name + "_vec")
	MOVQ(n, end)
	ANDQ(I32(-vb), end)
	CMPQ(j, end)
	JAE(LabelRef(name + "_tail"))
	one(1)
	ADDQ(U32(vb), j)

	Label(name + "_tail")
	Comment("The last elements one at a time.")
	CMPQ(j, n)
	JAE(LabelRef(name + "_done"))
	Label(name + "_scalar")
	x, y, t, w := xmm[0], xmm[1], xmm[2], xmm[3]
	cs, sn := xmm[14], xmm[15]
	if f64 {
		VMOVSD(at(xp, 0), x)
		VMOVSD(at(yp, 0), y)
		VMULSD(y, sn, t)
		VMULSD(x, sn, w)
		VMULSD(x, cs, x)
		VMULSD(y, cs, y)
		VADDSD(t, x, x)
		VSUBSD(w, y, y)
		VMOVSD(x, at(xp, 0))
		VMOVSD(y, at(yp, 0))
	} else {
		VMOVSS(at(xp, 0), x)
		VMOVSS(at(yp, 0), y)
		VMULSS(y, sn, t)
		VMULSS(x, sn, w)
		VMULSS(x, cs, x)
		VMULSS(y, cs, y)
		VADDSS(t, x, x)
		VSUBSS(w, y, y)
		VMOVSS(x, at(xp, 0))
		VMOVSS(y, at(yp, 0))
	}
	ADDQ(U32(s.size()), j)
	CMPQ(j, n)
	JB(LabelRef(name + "_scalar"))
	Label(name + "_done")
	VZEROUPPER()
	RET()
}
