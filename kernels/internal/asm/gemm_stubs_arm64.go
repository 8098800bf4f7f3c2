//go:build !purego

package asm

// GemmF64x6x8NEON is the NEON micro-kernel with a 6×8 tile: for i < 6, j < 8,
// c[i*ldc+j] = alpha*Σ_p a[p*6+i]*b[p*8+j] + beta*c[i*ldc+j], c not read if beta == 0.
// a holds k*6 and b k*8 elements; c holds the tile; ldc >= 0.
//
//go:noescape
func GemmF64x6x8NEON(k int, a, b, c []float64, ldc int, alpha, beta float64)

// GemmF32x8x12NEON is the NEON micro-kernel with an 8×12 tile: for i < 8, j < 12,
// c[i*ldc+j] = alpha*Σ_p a[p*8+i]*b[p*12+j] + beta*c[i*ldc+j], c not read if beta == 0.
// a holds k*8 and b k*12 elements; c holds the tile; ldc >= 0.
//
//go:noescape
func GemmF32x8x12NEON(k int, a, b, c []float32, ldc int, alpha, beta float32)
