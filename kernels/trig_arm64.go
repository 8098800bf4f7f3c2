//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/asm"

// setTrigNEON installs the NEON Sin, Cos, Tan, Log1p and Expm1 (float64
// and float32; their assembly covers its vector range, |x| < 2^20 for the
// trigonometric ones, and [fixup] computes the rest with the generic twin).
func setTrigNEON(im *impl) {
	im.f64.Sin = fixup(asm.SinF64, sinGeneric[float64])
	im.f32.Sin = fixup(asm.SinF32, sinGeneric[float32])
	im.f64.Cos = fixup(asm.CosF64, cosGeneric[float64])
	im.f32.Cos = fixup(asm.CosF32, cosGeneric[float32])
	im.f64.Tan = fixup(asm.TanF64, tanGeneric[float64])
	im.f32.Tan = fixup(asm.TanF32, tanGeneric[float32])
	im.f64.Log1p = fixup(asm.Log1pF64, log1pGeneric[float64])
	im.f32.Log1p = fixup(asm.Log1pF32, log1pGeneric[float32])
	im.f64.Expm1 = fixup(asm.Expm1F64, expm1Generic[float64])
	im.f32.Expm1 = fixup(asm.Expm1F32, expm1Generic[float32])
}
