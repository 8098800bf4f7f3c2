package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// transposeBlock is the side of the square blocks one Transpose kernel
// transposes in registers: 8 float64 in a Z register (AVX-512), 4 in a Y
// register (AVX2), 8 float32 in a Y register (both).
func transposeBlock(s isa, e elem) int {
	if e.is64() && !s.Z {
		return 4
	}
	return 8
}

// transpose writes the whole-block part of Transpose: rows and cols must
// be positive multiples of the block side B. For each strip of B rows of x
// and each block of B columns in it, B loads, a transpose in registers
// (unpacks, then lane shuffles) and B stores to B rows of dst, B elements
// each: x is read line by line and dst written in whole blocks.
func transpose(s isa, e elem) {
	name := "Transpose" + e.Name + s.Name
	B := transposeBlock(s, e)
	TEXT(name, NOSPLIT, fmt.Sprintf("func(dst []%s, ldd int, x []%s, ldx int, rows, cols int)", e.Go, e.Go))
	Pragma("noescape")
	Doc(fmt.Sprintf("%s sets dst[j*ldd+i] = x[i*ldx+j] for i < rows, j < cols, in %dx%d blocks", name, B, B),
		fmt.Sprintf("transposed in registers. rows and cols must be positive multiples of %d. Uses %s.", B, s.Name))
	dst := Load(Param("dst").Base(), GP64())
	x := Load(Param("x").Base(), GP64())
	ldd := Load(Param("ldd"), GP64())
	ldx := Load(Param("ldx"), GP64())
	rows := Load(Param("rows"), GP64())
	cols := Load(Param("cols"), GP64())
	SHLQ(U8(logSize(e)), ldd) // strides in bytes
	SHLQ(U8(logSize(e)), ldx)
	bytes := B * e.Size // one block row
	vec := func() reg.Register {
		v := s.vec()
		if bytes == 32 {
			return v.AsY()
		}
		return v
	}

	// xs walks the strips of x; ds the columns of dst (i).
	xs, ds := GP64(), GP64()
	MOVQ(x, xs)
	MOVQ(dst, ds)
	Label("strip")
	xp, dp, j := GP64(), GP64(), GP64()
	MOVQ(xs, xp)
	MOVQ(ds, dp)
	XORQ(j, j)
	Label("block")
	r := make([]reg.Register, B)
	p := GP64()
	MOVQ(xp, p)
	for i := range r {
		r[i] = vec()
		e.movu(Mem{Base: p}, r[i])
		if i < B-1 {
			ADDQ(ldx, p)
		}
	}
	o := transposeRegs(s, e, r, vec)
	MOVQ(dp, p)
	for i := range o {
		e.movu(o[i], Mem{Base: p})
		if i < B-1 {
			ADDQ(ldd, p)
		}
	}
	// Next block of columns: B elements right in x, B rows down in dst (p
	// is at the block's last row).
	ADDQ(U32(bytes), xp)
	MOVQ(p, dp)
	ADDQ(ldd, dp)
	ADDQ(U32(B), j)
	CMPQ(j, cols)
	JB(LabelRef("block"))
	// Next strip: B rows down in x, B elements right in dst.
	for range B {
		ADDQ(ldx, xs)
	}
	ADDQ(U32(bytes), ds)
	SUBQ(U32(B), rows)
	JNZ(LabelRef("strip"))
	VZEROUPPER()
	RET()
}

// logSize is log2 of the element size.
func logSize(e elem) int {
	if e.is64() {
		return 3
	}
	return 2
}

// transposeRegs returns the columns of the B x B block whose rows are r.
func transposeRegs(s isa, e elem, r []reg.Register, vec func() reg.Register) []reg.Register {
	B := len(r)
	switch {
	case e.is64() && B == 8: // Z registers, float64
		t := make([]reg.Register, 8)
		for i := 0; i < 8; i += 2 {
			t[i], t[i+1] = vec(), vec()
			VUNPCKLPD(r[i+1], r[i], t[i])   // r[i]0 r[i+1]0 r[i]2 r[i+1]2 ...
			VUNPCKHPD(r[i+1], r[i], t[i+1]) // r[i]1 r[i+1]1 r[i]3 r[i+1]3 ...
		}
		// u: pairs of rows 0-1 with 2-3 (and 4-5 with 6-7), 128-bit lanes.
		u := make([]reg.Register, 8)
		for h := 0; h < 8; h += 4 {
			u[h], u[h+1], u[h+2], u[h+3] = vec(), vec(), vec(), vec()
			VSHUFF64X2(U8(0x88), t[h+2], t[h], u[h])     // cols 0,4
			VSHUFF64X2(U8(0xDD), t[h+2], t[h], u[h+1])   // cols 2,6
			VSHUFF64X2(U8(0x88), t[h+3], t[h+1], u[h+2]) // cols 1,5
			VSHUFF64X2(U8(0xDD), t[h+3], t[h+1], u[h+3]) // cols 3,7
		}
		o := make([]reg.Register, 8)
		for k, c := range [4][2]int{{0, 4}, {2, 6}, {1, 5}, {3, 7}} {
			o[c[0]], o[c[1]] = vec(), vec()
			VSHUFF64X2(U8(0x88), u[4+k], u[k], o[c[0]])
			VSHUFF64X2(U8(0xDD), u[4+k], u[k], o[c[1]])
		}
		return o
	case e.is64(): // 4x4 float64 in Y registers
		t := make([]reg.Register, 4)
		for i := 0; i < 4; i += 2 {
			t[i], t[i+1] = vec(), vec()
			VUNPCKLPD(r[i+1], r[i], t[i])
			VUNPCKHPD(r[i+1], r[i], t[i+1])
		}
		o := make([]reg.Register, 4)
		for i := range o {
			o[i] = vec()
		}
		VPERM2F128(U8(0x20), t[2], t[0], o[0])
		VPERM2F128(U8(0x31), t[2], t[0], o[2])
		VPERM2F128(U8(0x20), t[3], t[1], o[1])
		VPERM2F128(U8(0x31), t[3], t[1], o[3])
		return o
	}
	// 8x8 float32 in Y registers.
	t := make([]reg.Register, 8)
	for i := 0; i < 8; i += 2 {
		t[i], t[i+1] = vec(), vec()
		VUNPCKLPS(r[i+1], r[i], t[i])   // r[i]0 r[i+1]0 r[i]1 r[i+1]1 | 4 5
		VUNPCKHPS(r[i+1], r[i], t[i+1]) // r[i]2 r[i+1]2 r[i]3 r[i+1]3 | 6 7
	}
	q := make([]reg.Register, 8)
	for h := 0; h < 8; h += 4 {
		q[h], q[h+1], q[h+2], q[h+3] = vec(), vec(), vec(), vec()
		VSHUFPS(U8(0x44), t[h+2], t[h], q[h])     // cols 0 | 4
		VSHUFPS(U8(0xEE), t[h+2], t[h], q[h+1])   // cols 1 | 5
		VSHUFPS(U8(0x44), t[h+3], t[h+1], q[h+2]) // cols 2 | 6
		VSHUFPS(U8(0xEE), t[h+3], t[h+1], q[h+3]) // cols 3 | 7
	}
	o := make([]reg.Register, 8)
	for k := 0; k < 4; k++ {
		o[k], o[k+4] = vec(), vec()
		VPERM2F128(U8(0x20), q[4+k], q[k], o[k])
		VPERM2F128(U8(0x31), q[4+k], q[k], o[k+4])
	}
	return o
}
