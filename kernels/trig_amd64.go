//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setTrigAVX2 installs the AVX2+FMA Sin, Cos, Tan, Log1p and Expm1 (float64
// and float32).
// Their assembly covers |x| < 2^20 (and, for log1p and expm1, the finite
// inputs of their vector range); it stops before a block holding any other
// input and [fixup] computes that block with the generic twin.
func setTrigAVX2(im *impl) {
	im.f64.Sin = fixup(asm.SinF64AVX2, sinGeneric[float64])
	im.f32.Sin = fixup(asm.SinF32AVX2, sinGeneric[float32])
	im.f64.Cos = fixup(asm.CosF64AVX2, cosGeneric[float64])
	im.f32.Cos = fixup(asm.CosF32AVX2, cosGeneric[float32])
	im.f64.Tan = fixup(asm.TanF64AVX2, tanGeneric[float64])
	im.f32.Tan = fixup(asm.TanF32AVX2, tanGeneric[float32])
	im.f64.Log1p = fixup(asm.Log1pF64AVX2, log1pGeneric[float64])
	im.f32.Log1p = fixup(asm.Log1pF32AVX2, log1pGeneric[float32])
	im.f64.Expm1 = fixup(asm.Expm1F64AVX2, expm1Generic[float64])
	im.f32.Expm1 = fixup(asm.Expm1F32AVX2, expm1Generic[float32])
}

// setTrigAVX512 installs the AVX-512 Sin, Cos, Tan, Log1p and Expm1.
func setTrigAVX512(im *impl) {
	im.f64.Sin = fixup(asm.SinF64AVX512, sinGeneric[float64])
	im.f32.Sin = fixup(asm.SinF32AVX512, sinGeneric[float32])
	im.f64.Cos = fixup(asm.CosF64AVX512, cosGeneric[float64])
	im.f32.Cos = fixup(asm.CosF32AVX512, cosGeneric[float32])
	im.f64.Tan = fixup(asm.TanF64AVX512, tanGeneric[float64])
	im.f32.Tan = fixup(asm.TanF32AVX512, tanGeneric[float32])
	im.f64.Log1p = fixup(asm.Log1pF64AVX512, log1pGeneric[float64])
	im.f32.Log1p = fixup(asm.Log1pF32AVX512, log1pGeneric[float32])
	im.f64.Expm1 = fixup(asm.Expm1F64AVX512, expm1Generic[float64])
	im.f32.Expm1 = fixup(asm.Expm1F32AVX512, expm1Generic[float32])
}
