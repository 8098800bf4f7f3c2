//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setPowAVX2 installs the AVX2+FMA power kernels (float64 and float32).
func setPowAVX2(im *impl) {
	setPow(im, asm.PowerF64AVX2, asm.PowerF32AVX2)
}

// setPowAVX512 installs the AVX-512 power kernels.
func setPowAVX512(im *impl) {
	setPow(im, asm.PowerF64AVX512, asm.PowerF32AVX512)
}
