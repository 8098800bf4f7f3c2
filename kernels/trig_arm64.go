//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setTrigNEON installs the NEON Sin, Cos, Tan, Log1p and Expm1 (float64
// and float32; their assembly covers its vector range, |x| < 2^20 for the
// trigonometric ones, and [fixup] computes the rest with the generic twin).
func setTrigNEON(im *impl) {
	im.f64.Sin = fixup(asm.SinF64NEON, sinGeneric[float64])
	im.f32.Sin = fixup(asm.SinF32NEON, sinGeneric[float32])
	im.f64.Cos = fixup(asm.CosF64NEON, cosGeneric[float64])
	im.f32.Cos = fixup(asm.CosF32NEON, cosGeneric[float32])
	im.f64.Tan = fixup(asm.TanF64NEON, tanGeneric[float64])
	im.f32.Tan = fixup(asm.TanF32NEON, tanGeneric[float32])
	im.f64.Log1p = fixup(asm.Log1pF64NEON, log1pGeneric[float64])
	im.f32.Log1p = fixup(asm.Log1pF32NEON, log1pGeneric[float32])
	im.f64.Expm1 = fixup(asm.Expm1F64NEON, expm1Generic[float64])
	im.f32.Expm1 = fixup(asm.Expm1F32NEON, expm1Generic[float32])
}
