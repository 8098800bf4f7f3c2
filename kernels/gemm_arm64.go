//go:build !purego

package kernels

import (
	"golang.org/x/sys/cpu"

	"github.com/ndsimd/ndsimd/kernels/internal/asm"
)

// The arm64 NEON GEMM micro-kernels (kernels/internal/asm/gemm_arm64.s, written by
// hand): a 6×8 float64 tile and an 8×12 float32 tile in 24 of the 32 vector
// registers.
func init() {
	gemmImpls = append(gemmImpls, &gemmImpl{
		name:      "neon",
		available: cpu.ARM64.HasASIMD,
		f64:       gemmKernel[float64]{"neon", 6, 8, asm.GemmF64x6x8NEON},
		f32:       gemmKernel[float32]{"neon", 8, 12, asm.GemmF32x8x12NEON},
	})
}
