//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setGemmNEON installs the arm64 NEON GEMM micro-kernels
// (kernels/internal/asm/gemm_arm64.s, written by hand): a 6×8 float64 tile
// and an 8×12 float32 tile in 24 of the 32 vector registers. NEON has no
// GEMV kernels of its own: GEMV runs its vector Dot per row (or Axpy per
// column).
func setGemmNEON(im *impl) {
	im.f64.gemm = gemmKernel[float64]{"neon", 6, 8, asm.GemmF64x6x8NEON, nil}
	im.f32.gemm = gemmKernel[float32]{"neon", 8, 12, asm.GemmF32x8x12NEON, nil}
}
