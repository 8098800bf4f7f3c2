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

func kernel(s isa) {
	nr := s.nv * s.lanes()
	suffix := "F64"
	if !s.f64() {
		suffix = "F32"
	}
	name := fmt.Sprintf("Gemm%sx%dx%d%s", suffix, s.mr, nr, s.name)
	TEXT(name, NOSPLIT, fmt.Sprintf("func(k int, a, b, c []%s, ldc int, alpha, beta %s)", s.elem, s.elem))
	Pragma("noescape")
	Doc(fmt.Sprintf("%s is the %s micro-kernel with a %d×%d tile: for i < %d, j < %d,", name, s.name, s.mr, nr, s.mr, nr),
		fmt.Sprintf("c[i*ldc+j] = alpha*Σ_p a[p*%d+i]*b[p*%d+j] + beta*c[i*ldc+j], c not read if beta == 0.", s.mr, nr),
		fmt.Sprintf("a holds k*%d and b k*%d elements; c holds the tile; ldc >= 0.", s.mr, nr))

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

	Comment("Zero the accumulators.")
	for _, r := range acc {
		if s.name == "AVX2" {
			VXORPS(r, r, r)
		} else {
			VPXORQ(r, r, r)
		}
	}
	TESTQ(k, k)
	JEQ(LabelRef(name + "_store"))

	Label(name + "_loop")
	for v := 0; v < s.nv; v++ {
		mov(s, Mem{Base: bp, Disp: v * s.vecBytes()}, bv[v])
	}
	for i := 0; i < s.mr; i++ {
		m := Mem{Base: ap, Disp: i * s.size()}
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
	ADDQ(U32(s.mr*s.size()), ap)
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
