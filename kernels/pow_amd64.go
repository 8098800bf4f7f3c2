//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setPowAVX2 installs the AVX2+FMA power kernels (float64 and float32).
func setPowAVX2(im *impl) {
	im.f64.Power = powVec(asm.PowerF64AVX2, powFixup)
	im.f32.Power = powVec(asm.PowerF32AVX2, powFixup32)
}

// setPowAVX512 installs the AVX-512 power kernels.
func setPowAVX512(im *impl) {
	im.f64.Power = powVec(asm.PowerF64AVX512, powFixup)
	im.f32.Power = powVec(asm.PowerF32AVX512, powFixup32)
}
