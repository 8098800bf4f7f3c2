//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setPowNEON installs the NEON power kernels (float64 and float32).
func setPowNEON(im *impl) {
	im.f64.Power = powVec(asm.PowerF64NEON, powFixup)
	im.f32.Power = powVec(asm.PowerF32NEON, powFixup32)
}
