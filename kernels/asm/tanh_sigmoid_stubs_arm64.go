//go:build !purego

package asm

// TanhF64 is for i := range dst { dst[i] = tanh(x[i]) } (len(x) >= len(dst)).
// Worst error measured: 0.53 ULP (the algorithm is in tanh_sigmoid_arm64.s).
//
//go:noescape
func TanhF64(dst, x []float64)

// TanhF32 is TanhF64 for float32, computed in float64 and rounded once
// (0.50 ULP, as every float32 kernel of tanh_sigmoid_arm64.s).
//
//go:noescape
func TanhF32(dst, x []float32)

// SigmoidF64 is for i := range dst { dst[i] = 1 / (1 + exp(-x[i])) }
// (len(x) >= len(dst)). Worst error measured: 0.71 ULP at subnormal
// results, 0.51 ULP elsewhere.
//
//go:noescape
func SigmoidF64(dst, x []float64)

// SigmoidF32 is SigmoidF64 for float32, computed in float64 and rounded once.
//
//go:noescape
func SigmoidF32(dst, x []float32)

// SigmoidDerivativeF64 is for i := range dst { dst[i] = s * (1 - s) } with
// s = 1 / (1 + exp(-x[i])), computed as e/(1+e)² with e = exp(-|x[i]|)
// (len(x) >= len(dst)). Worst error measured: as SigmoidF64.
//
//go:noescape
func SigmoidDerivativeF64(dst, x []float64)

// SigmoidDerivativeF32 is SigmoidDerivativeF64 for float32, computed in
// float64 and rounded once.
//
//go:noescape
func SigmoidDerivativeF32(dst, x []float32)
