//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setMathAVX2 installs the AVX2+FMA transcendental kernels (exp, log, tanh,
// sigmoid and its derivative, float64 and float32) into im. Each is a
// vector algorithm (range reduction and polynomial); see the kernels' doc
// comments in package asm for the algorithm and the measured worst ULP.
func setMathAVX2(im *impl) {
	im.f64.Exp = asm.ExpF64AVX2
	im.f32.Exp = asm.ExpF32AVX2
	im.f64.Log = asm.LogF64AVX2
	im.f32.Log = asm.LogF32AVX2
	im.f64.Tanh = asm.TanhF64AVX2
	im.f32.Tanh = asm.TanhF32AVX2
	im.f64.Sigmoid = asm.SigmoidF64AVX2
	im.f32.Sigmoid = asm.SigmoidF32AVX2
	im.f64.SigmoidDerivative = asm.SigmoidDerivativeF64AVX2
	im.f32.SigmoidDerivative = asm.SigmoidDerivativeF32AVX2
}

// setMathAVX512 installs the AVX-512 transcendental kernels into im.
func setMathAVX512(im *impl) {
	im.f64.Exp = asm.ExpF64AVX512
	im.f32.Exp = asm.ExpF32AVX512
	im.f64.Log = asm.LogF64AVX512
	im.f32.Log = asm.LogF32AVX512
	im.f64.Tanh = asm.TanhF64AVX512
	im.f32.Tanh = asm.TanhF32AVX512
	im.f64.Sigmoid = asm.SigmoidF64AVX512
	im.f32.Sigmoid = asm.SigmoidF32AVX512
	im.f64.SigmoidDerivative = asm.SigmoidDerivativeF64AVX512
	im.f32.SigmoidDerivative = asm.SigmoidDerivativeF32AVX512
}
