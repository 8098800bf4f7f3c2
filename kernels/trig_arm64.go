//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/asm"

// setTrigNEON installs the NEON Sin and Cos (float64 and float32; their
// assembly covers |x| < 2^20 and [fixup] computes the rest with the generic
// twin). Tan, Log1p and Expm1 have no NEON kernel: the generic twins run.
func setTrigNEON(im *impl) {
	im.f64.Sin = fixup(asm.SinF64, sinGeneric[float64])
	im.f32.Sin = fixup(asm.SinF32, sinGeneric[float32])
	im.f64.Cos = fixup(asm.CosF64, cosGeneric[float64])
	im.f32.Cos = fixup(asm.CosF32, cosGeneric[float32])
}
