// Command arith writes ndsimd's amd64 elementwise and reduction kernels and
// their Go declarations with avo, one family per run (see generate.go in
// kernels/internal/asm):
//
//	go run ./arith arith -out ../arith_amd64.s -stubs ../arith_stubs_amd64.go -pkg asm
//	go run ./arith reduce -out ../reduce_amd64.s -stubs ../reduce_stubs_amd64.go -pkg asm
//
// The arith family holds the elementwise kernels (binary, scalar, unary,
// axpy, uint8 conversion, strided); the reduce family the sums, dots,
// distances, max/min and argmax/argmin.
//
// Every kernel exists for float64 (F64) and float32 (F32), once for AVX2+FMA
// (Y registers, scalar tails) and once for AVX-512 F (Z registers, masked
// tails; BMI2's BZHI builds the masks). Kernel names are <Op><Elem><ISA>, e.g.
// AddF64AVX2. Package kernels wraps them and tests them against its generic
// twins.
package main

import (
	"fmt"
	"os"

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

// vec allocates a full-width vector register.
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

func (e elem) is64() bool { return e.Size == 8 }

// lanes is the number of elements in one full vector.
func (e elem) lanes(s isa) int { return s.Bytes / e.Size }

// width converts a vector register to a width in bytes (16, 32 or 64).
func width(v reg.VecVirtual, bytes int) reg.Register {
	switch bytes {
	case 16:
		return v.AsX()
	case 32:
		return v.AsY()
	}
	return v.AsZ()
}

func main() {
	family := takeFamily()
	ConstraintExpr("!purego")
	switch family {
	case "arith":
		for _, s := range []isa{avx2, avx512} {
			for _, e := range []elem{f64, f32} {
				for _, k := range elementwiseKernels {
					elementwise(k, s, e)
				}
				for _, k := range streamKernels {
					elementwise(k, s, e)
				}
				fromUint8(s, e)
				transpose(s, e)
			}
		}
		for _, e := range []elem{f64, f32} {
			for _, k := range stridedKernels {
				strided(k, e)
			}
		}
	case "reduce":
		for _, s := range []isa{avx2, avx512} {
			for _, e := range []elem{f64, f32} {
				for _, k := range sumKernels {
					sum(k, s, e)
				}
				extremum(true, s, e)
				extremum(false, s, e)
				argExtremum(true, s, e)
				argExtremum(false, s, e)
				argRows(true, s, e)
				argRows(false, s, e)
				sumRows(s, e)
			}
		}
	default:
		fmt.Fprintf(os.Stderr, "arith: unknown family %q (want arith or reduce)\n", family)
		os.Exit(2)
	}
	Generate()
}

// takeFamily removes the leading family argument ("arith" or "reduce") from
// os.Args, so that avo's own flags parse the rest.
func takeFamily() string {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: arith arith|reduce -out FILE.s -stubs FILE.go -pkg asm")
		os.Exit(2)
	}
	family := os.Args[1]
	os.Args = append(os.Args[:1], os.Args[2:]...)
	return family
}

// broadcastConst returns a full vector of the bit pattern bits (of the
// element's size) in every lane.
func broadcastConst(s isa, e elem, bits uint64) reg.VecVirtual {
	v := s.vec()
	r := GP64()
	if e.is64() {
		MOVQ(U64(bits), r)
		if s.Z {
			VPBROADCASTQ(r, v)
		} else {
			x := XMM()
			VMOVQ(r, x)
			VPBROADCASTQ(x, v)
		}
	} else {
		MOVL(U32(uint32(bits)), r.As32())
		if s.Z {
			VPBROADCASTD(r.As32(), v)
		} else {
			x := XMM()
			VMOVD(r.As32(), x)
			VPBROADCASTD(x, v)
		}
	}
	return v
}

// broadcastParam loads the scalar parameter name and broadcasts it to a
// full vector.
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

// tailMask sets k to the low n bits (n < 64), using BZHI.
func tailMask(n reg.Register, k reg.Register) {
	ones := GP64()
	MOVQ(I32(-1), ones)
	m := GP64()
	BZHIQ(n, ones, m)
	KMOVW(m.As32(), k)
}

// The instructions below take their operands in Intel order, dst first:
// d = a op b is written op(d, a, b), which Go's assembler reverses.

func (e elem) movu(src, dst Op) {
	if e.is64() {
		VMOVUPD(src, dst)
	} else {
		VMOVUPS(src, dst)
	}
}

// movnt is a non-temporal store of a full, aligned vector.
func (e elem) movnt(src, dst Op) {
	if e.is64() {
		VMOVNTPD(src, dst)
	} else {
		VMOVNTPS(src, dst)
	}
}

// movuZ is a zeroing masked load.
func (e elem) movuZ(m Op, k Op, dst Op) {
	if e.is64() {
		VMOVUPD_Z(m, k, dst)
	} else {
		VMOVUPS_Z(m, k, dst)
	}
}

// movuK is a merging masked load or store.
func (e elem) movuK(src, k, dst Op) {
	if e.is64() {
		VMOVUPD(src, k, dst)
	} else {
		VMOVUPS(src, k, dst)
	}
}

// movs moves one element (scalar load or store).
func (e elem) movs(src, dst Op) {
	if e.is64() {
		VMOVSD(src, dst)
	} else {
		VMOVSS(src, dst)
	}
}

func (e elem) add(d, a, b Op) {
	if e.is64() {
		VADDPD(b, a, d)
	} else {
		VADDPS(b, a, d)
	}
}

func (e elem) sub(d, a, b Op) {
	if e.is64() {
		VSUBPD(b, a, d)
	} else {
		VSUBPS(b, a, d)
	}
}

func (e elem) mul(d, a, b Op) {
	if e.is64() {
		VMULPD(b, a, d)
	} else {
		VMULPS(b, a, d)
	}
}

func (e elem) div(d, a, b Op) {
	if e.is64() {
		VDIVPD(b, a, d)
	} else {
		VDIVPS(b, a, d)
	}
}

// maxp is Intel's MAXPD: d = a > b ? a : b (b if either is NaN).
func (e elem) maxp(d, a, b Op) {
	if e.is64() {
		VMAXPD(b, a, d)
	} else {
		VMAXPS(b, a, d)
	}
}

// minp is Intel's MINPD: d = a < b ? a : b (b if either is NaN).
func (e elem) minp(d, a, b Op) {
	if e.is64() {
		VMINPD(b, a, d)
	} else {
		VMINPS(b, a, d)
	}
}

func (e elem) sqrt(d, a Op) {
	if e.is64() {
		VSQRTPD(a, d)
	} else {
		VSQRTPS(a, d)
	}
}

// fma is d = a*b + d (one rounding).
func (e elem) fma(d, a, b Op) {
	if e.is64() {
		VFMADD231PD(b, a, d)
	} else {
		VFMADD231PS(b, a, d)
	}
}

// cmp sets d (a vector or a K register) to a pred b.
func (e elem) cmp(pred uint8, d, a, b Op) {
	if e.is64() {
		VCMPPD(U8(pred), b, a, d)
	} else {
		VCMPPS(U8(pred), b, a, d)
	}
}

// cmpK is cmp under the write mask k (d = k & (a pred b)).
func (e elem) cmpK(pred uint8, d, k, a, b Op) {
	if e.is64() {
		VCMPPD(U8(pred), b, a, k, d)
	} else {
		VCMPPS(U8(pred), b, a, k, d)
	}
}

// blendv is d = mask ? b : a, with a vector mask (AVX2).
func (e elem) blendv(d, a, b, mask Op) {
	if e.is64() {
		VBLENDVPD(mask, b, a, d)
	} else {
		VBLENDVPS(mask, b, a, d)
	}
}

// blendm is d = k ? b : a (AVX-512).
func (e elem) blendm(d, a, b, k Op) {
	if e.is64() {
		VBLENDMPD(b, a, k, d)
	} else {
		VBLENDMPS(b, a, k, d)
	}
}

// and/xor/or are bitwise; on Z registers they use the AVX-512 F integer
// forms (the float forms need AVX-512 DQ).
func (e elem) and(s isa, d, a, b Op) {
	switch {
	case s.Z && e.is64():
		VPANDQ(b, a, d)
	case s.Z:
		VPANDD(b, a, d)
	case e.is64():
		VANDPD(b, a, d)
	default:
		VANDPS(b, a, d)
	}
}

func (e elem) xor(s isa, d, a, b Op) {
	switch {
	case s.Z && e.is64():
		VPXORQ(b, a, d)
	case s.Z:
		VPXORD(b, a, d)
	case e.is64():
		VXORPD(b, a, d)
	default:
		VXORPS(b, a, d)
	}
}

func (e elem) or(s isa, d, a, b Op) {
	switch {
	case s.Z && e.is64():
		VPORQ(b, a, d)
	case s.Z:
		VPORD(b, a, d)
	case e.is64():
		VORPD(b, a, d)
	default:
		VORPS(b, a, d)
	}
}

// Comparison predicates (VCMPPD imm8).
const (
	cmpUNORD = 0x03 // unordered: either is NaN
	cmpORD   = 0x07 // ordered: neither is NaN
	cmpEQOQ  = 0x00 // a == b, false if unordered
	cmpLEOQ  = 0x12 // a <= b, false if unordered
	cmpGEOQ  = 0x1d // a >= b, false if unordered
	cmpGTOQ  = 0x1e // a > b, false if unordered
	cmpLTOQ  = 0x11 // a < b, false if unordered
)

const (
	signBit64 = 0x8000000000000000
	absMask64 = 0x7fffffffffffffff
	signBit32 = 0x80000000
	absMask32 = 0x7fffffff
	negInf64  = 0xfff0000000000000
	posInf64  = 0x7ff0000000000000
	negInf32  = 0xff800000
	posInf32  = 0x7f800000
	qnan64    = 0x7ff8000000000000
	qnan32    = 0x7fc00000
)
