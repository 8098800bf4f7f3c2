// Command gemm writes the amd64 GEMM micro-kernels of ndsimd
// (kernels/internal/asm/gemm_amd64.s and gemm_stubs_amd64.go) with avo.
//
// Each kernel keeps an MR×NR tile of C in vector registers. For every p < k
// it loads one row of the packed B micro-panel (NR elements, in NR/lanes
// vectors), broadcasts each of the MR elements of the packed A column and
// accumulates with fused multiply-adds; AVX-512 uses the embedded-broadcast
// memory form of VFMADD231, AVX2 a VBROADCASTS into a register. At the end
// the tile is written as C = alpha*acc + beta*C, row i at c + i*ldc, without
// reading C when beta == 0.
//
// It also writes the 4-row GEMV kernels (gemv.go): y[i] = Σ_j a[i*lda+j]*x[j]
// for four rows of a row-major A at once, each vector of x loaded once for
// the four rows, and the 4-column ones for a column-contiguous A: four
// axpys into y in one pass.
//
// Run it with `go generate ./kernels/internal/asm` from the repository root.
package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	"github.com/mmcloughlin/avo/reg"
)

// isa is what differs between the AVX2 and AVX-512 kernels and between
// float64 and float32.
type isa struct {
	name   string // AVX2 or AVX512
	elem   string // float64 or float32
	mr, nv int    // tile rows and vectors per tile row
	vecs   []reg.VecPhysical
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

func (s isa) lanes() int { return s.vecBytes() / s.size() }

func main() {
	ConstraintExpr("!purego")
	ymm := []reg.VecPhysical{reg.Y0, reg.Y1, reg.Y2, reg.Y3, reg.Y4, reg.Y5, reg.Y6, reg.Y7,
		reg.Y8, reg.Y9, reg.Y10, reg.Y11, reg.Y12, reg.Y13, reg.Y14, reg.Y15}
	zmm := []reg.VecPhysical{reg.Z0, reg.Z1, reg.Z2, reg.Z3, reg.Z4, reg.Z5, reg.Z6, reg.Z7,
		reg.Z8, reg.Z9, reg.Z10, reg.Z11, reg.Z12, reg.Z13, reg.Z14, reg.Z15,
		reg.Z16, reg.Z17, reg.Z18, reg.Z19, reg.Z20, reg.Z21, reg.Z22, reg.Z23,
		reg.Z24, reg.Z25, reg.Z26, reg.Z27, reg.Z28, reg.Z29, reg.Z30, reg.Z31}
	kernel(isa{"AVX2", "float64", 6, 2, ymm})
	kernel(isa{"AVX2", "float32", 6, 2, ymm})
	kernel(isa{"AVX512", "float64", 14, 2, zmm})
	kernel(isa{"AVX512", "float32", 14, 2, zmm})
	kernelRowA(isa{"AVX2", "float64", 6, 2, ymm})
	kernelRowA(isa{"AVX2", "float32", 6, 2, ymm})
	// GEMV: mr is unused (4 rows, gemvRows), nv vectors per row.
	gemvKernel(isa{"AVX2", "float64", gemvRows, 2, ymm})
	gemvKernel(isa{"AVX2", "float32", gemvRows, 2, ymm})
	gemvKernel(isa{"AVX512", "float64", gemvRows, 4, zmm})
	gemvKernel(isa{"AVX512", "float32", gemvRows, 4, zmm})
	gemvTKernel(isa{"AVX2", "float64", gemvRows, 4, ymm})
	gemvTKernel(isa{"AVX2", "float32", gemvRows, 4, ymm})
	gemvTKernel(isa{"AVX512", "float64", gemvRows, 4, zmm})
	gemvTKernel(isa{"AVX512", "float32", gemvRows, 4, zmm})
	Generate()
}

func kernel(s isa) { kernelFor(s, false) }

// kernelRowA writes the variant of the micro-kernel that reads A unpacked,
// from mr rows of a row-major A (a[i*lda+p]), so that the driver need not
// pack A when its rows are contiguous. Only the six-row (AVX2) tiles have
// one: row i is addressed as a base register plus lda times 1, 2 or 4.
func kernelRowA(s isa) { kernelFor(s, true) }

func kernelFor(s isa, rowA bool) {
	nr := s.nv * s.lanes()
	suffix := "F64"
	if !s.f64() {
		suffix = "F32"
	}
	if rowA {
		if s.mr != 6 {
			panic("kernelRowA: six rows only")
		}
		suffix = "RowA" + suffix
	}
	name := fmt.Sprintf("Gemm%sx%dx%d%s", suffix, s.mr, nr, s.name)
	if rowA {
		TEXT(name, NOSPLIT, fmt.Sprintf("func(k int, a []%s, lda int, b, c []%s, ldc int, alpha, beta %s)", s.elem, s.elem, s.elem))
		Pragma("noescape")
		Doc(fmt.Sprintf("%s is the %s micro-kernel with a %d×%d tile and A unpacked: for i < %d, j < %d,", name, s.name, s.mr, nr, s.mr, nr),
			fmt.Sprintf("c[i*ldc+j] = alpha*Σ_p a[i*lda+p]*b[p*%d+j] + beta*c[i*ldc+j], c not read if beta == 0.", nr),
			fmt.Sprintf("a holds %d rows of k elements at stride lda > 0, b k*%d elements; c holds the tile; ldc >= 0.", s.mr, nr))
	} else {
		TEXT(name, NOSPLIT, fmt.Sprintf("func(k int, a, b, c []%s, ldc int, alpha, beta %s)", s.elem, s.elem))
		Pragma("noescape")
		Doc(fmt.Sprintf("%s is the %s micro-kernel with a %d×%d tile: for i < %d, j < %d,", name, s.name, s.mr, nr, s.mr, nr),
			fmt.Sprintf("c[i*ldc+j] = alpha*Σ_p a[p*%d+i]*b[p*%d+j] + beta*c[i*ldc+j], c not read if beta == 0.", s.mr, nr),
			fmt.Sprintf("a holds k*%d and b k*%d elements; c holds the tile; ldc >= 0.", s.mr, nr))
	}

	acc := s.vecs[:s.mr*s.nv]
	bv := s.vecs[s.mr*s.nv : s.mr*s.nv+s.nv]
	tmp := s.vecs[len(s.vecs)-1] // the broadcast register (AVX2)
	alpha, beta := s.vecs[len(s.vecs)-3], s.vecs[len(s.vecs)-2]

	k, ap, bp, cp, ldc := reg.RCX, reg.RSI, reg.RDI, reg.RDX, reg.R8
	Load(Param("k"), k)
	Load(Param("a").Base(), ap)
	Load(Param("b").Base(), bp)
	Load(Param("c").Base(), cp)
	Load(Param("ldc"), ldc)
	SHLQ(U8(map[bool]int{true: 3, false: 2}[s.f64()]), ldc)
	// aAt(i, u) is the address of A[i][p+u] at the current p.
	aAt := func(i, u int) Mem { return Mem{Base: ap, Disp: (u*s.mr + i) * s.size()} }
	aStep := s.mr * s.size() // bytes from one p to the next
	var ap3 reg.Register
	if rowA {
		lda := reg.R9
		ap3 = reg.R10
		Load(Param("lda"), lda)
		SHLQ(U8(map[bool]int{true: 3, false: 2}[s.f64()]), lda)
		LEAQ(Mem{Base: ap, Index: lda, Scale: 2}, ap3)
		ADDQ(lda, ap3) // row 3
		aStep = s.size()
		aAt = func(i, u int) Mem {
			d := u * s.size()
			return []Mem{
				{Base: ap, Disp: d},
				{Base: ap, Index: lda, Scale: 1, Disp: d},
				{Base: ap, Index: lda, Scale: 2, Disp: d},
				{Base: ap3, Disp: d},
				{Base: ap, Index: lda, Scale: 4, Disp: d},
				{Base: ap3, Index: lda, Scale: 2, Disp: d},
			}[i]
		}
	}
	advanceA := func(steps int) {
		ADDQ(U32(steps*aStep), ap)
		if rowA {
			ADDQ(U32(steps*aStep), ap3)
		}
	}

	Comment("Zero the accumulators.")
	for _, r := range acc {
		if s.name == "AVX2" {
			VXORPS(r, r, r)
		} else {
			VPXORQ(r, r, r)
		}
	}
	Comment("Prefetch the tile of C: its lines arrive while the loop runs.")
	row := reg.RAX
	MOVQ(cp, row)
	rowBytes := s.nv * s.vecBytes()
	for i := 0; i < s.mr; i++ {
		for o := 0; o < rowBytes; o += 64 {
			PREFETCHT0(Mem{Base: row, Disp: o})
		}
		PREFETCHT0(Mem{Base: row, Disp: rowBytes - 1})
		if i+1 < s.mr {
			ADDQ(ldc, row)
		}
	}
	Comment("Four steps of p per iteration, then one at a time.")
	steps := reg.RBX
	MOVQ(k, steps)
	SHRQ(U8(2), steps)
	ANDQ(U8(3), k)
	TESTQ(steps, steps)
	JEQ(LabelRef(name + "_tail"))

	Label(name + "_loop4")
	for u := 0; u < kernelUnroll; u++ {
		kernelStep(s, aAt, bp, u, bv, acc, tmp)
	}
	advanceA(kernelUnroll)
	ADDQ(U32(kernelUnroll*s.nv*s.vecBytes()), bp)
	DECQ(steps)
	JNE(LabelRef(name + "_loop4"))

	Label(name + "_tail")
	TESTQ(k, k)
	JEQ(LabelRef(name + "_store"))

	Label(name + "_loop")
	kernelStep(s, aAt, bp, 0, bv, acc, tmp)
	advanceA(1)
	ADDQ(U32(s.nv*s.vecBytes()), bp)
	DECQ(k)
	JNE(LabelRef(name + "_loop"))

	Label(name + "_store")
	bcast(s, addr("alpha"), alpha)
	Comment("beta == ±0: C is not read.")
	if s.f64() {
		MOVQ(addr("beta"), reg.RAX)
		SHLQ(U8(1), reg.RAX)
	} else {
		MOVL(addr("beta"), reg.EAX)
		SHLL(U8(1), reg.EAX)
	}
	JEQ(LabelRef(name + "_beta0"))
	bcast(s, addr("beta"), beta)
	t := bv[0]
	for i := 0; i < s.mr; i++ {
		for v := 0; v < s.nv; v++ {
			m := Mem{Base: cp, Disp: v * s.vecBytes()}
			mul(s, m, beta, t)
			fma(s, alpha, acc[i*s.nv+v], t)
			mov(s, t, m)
		}
		if i+1 < s.mr {
			ADDQ(ldc, cp)
		}
	}
	VZEROUPPER()
	RET()

	Label(name + "_beta0")
	for i := 0; i < s.mr; i++ {
		for v := 0; v < s.nv; v++ {
			m := Mem{Base: cp, Disp: v * s.vecBytes()}
			mul(s, alpha, acc[i*s.nv+v], acc[i*s.nv+v])
			mov(s, acc[i*s.nv+v], m)
		}
		if i+1 < s.mr {
			ADDQ(ldc, cp)
		}
	}
	VZEROUPPER()
	RET()
}

// kernelUnroll is how many steps of p one iteration of the main loop takes.
const kernelUnroll = 4

// kernelStep is step u of an iteration: one row of the B micro-panel times
// one column of the A micro-panel into the accumulators.
func kernelStep(s isa, aAt func(i, u int) Mem, bp reg.Register, u int, bv, acc []reg.VecPhysical, tmp reg.VecPhysical) {
	for v := 0; v < s.nv; v++ {
		mov(s, Mem{Base: bp, Disp: (u*s.nv + v) * s.vecBytes()}, bv[v])
	}
	for i := 0; i < s.mr; i++ {
		m := aAt(i, u)
		if s.name == "AVX2" {
			bcast(s, m, tmp)
			for v := 0; v < s.nv; v++ {
				fma(s, bv[v], tmp, acc[i*s.nv+v])
			}
			continue
		}
		for v := 0; v < s.nv; v++ {
			if s.f64() {
				VFMADD231PD_BCST(m, bv[v], acc[i*s.nv+v])
			} else {
				VFMADD231PS_BCST(m, bv[v], acc[i*s.nv+v])
			}
		}
	}
}

func mov(s isa, src, dst Op) {
	if s.f64() {
		VMOVUPD(src, dst)
	} else {
		VMOVUPS(src, dst)
	}
}

func bcast(s isa, src, dst Op) {
	if s.f64() {
		VBROADCASTSD(src, dst)
	} else {
		VBROADCASTSS(src, dst)
	}
}

// fma is dst += x*y.
func fma(s isa, x, y, dst Op) {
	if s.f64() {
		VFMADD231PD(x, y, dst)
	} else {
		VFMADD231PS(x, y, dst)
	}
}

// mul is dst = x*y.
func mul(s isa, x, y, dst Op) {
	if s.f64() {
		VMULPD(x, y, dst)
	} else {
		VMULPS(x, y, dst)
	}
}

// addr is the stack address of a scalar parameter.
func addr(name string) Mem {
	b, err := Param(name).Resolve()
	if err != nil {
		panic(err)
	}
	return b.Addr
}
