//go:build !purego

package asm

// ExpF64NEON is for i := range dst { dst[i] = exp(x[i]) }.
//
//go:noescape
func ExpF64NEON(dst, x []float64)

// ExpF32NEON is for i := range dst { dst[i] = float32(exp(float64(x[i]))) }.
//
//go:noescape
func ExpF32NEON(dst, x []float32)

// LogF64NEON is for i := range dst { dst[i] = log(x[i]) }.
//
//go:noescape
func LogF64NEON(dst, x []float64)

// LogF32NEON is for i := range dst { dst[i] = float32(log(float64(x[i]))) }.
//
//go:noescape
func LogF32NEON(dst, x []float32)

// TanhF64NEON is for i := range dst { dst[i] = tanh(x[i]) } (len(x) >= len(dst)).
// Worst error measured: 0.53 ULP (the algorithm is in math_arm64.s).
//
//go:noescape
func TanhF64NEON(dst, x []float64)

// TanhF32NEON is TanhF64NEON for float32, computed in float64 and rounded once
// (0.50 ULP, as every float32 kernel of math_arm64.s).
//
//go:noescape
func TanhF32NEON(dst, x []float32)

// SigmoidF64NEON is for i := range dst { dst[i] = 1 / (1 + exp(-x[i])) }
// (len(x) >= len(dst)). Worst error measured: 0.71 ULP at subnormal
// results, 0.51 ULP elsewhere.
//
//go:noescape
func SigmoidF64NEON(dst, x []float64)

// SigmoidF32NEON is SigmoidF64NEON for float32, computed in float64 and rounded once.
//
//go:noescape
func SigmoidF32NEON(dst, x []float32)

// SigmoidDerivativeF64NEON is for i := range dst { dst[i] = s * (1 - s) } with
// s = 1 / (1 + exp(-x[i])), computed as e/(1+e)² with e = exp(-|x[i]|)
// (len(x) >= len(dst)). Worst error measured: as SigmoidF64NEON.
//
//go:noescape
func SigmoidDerivativeF64NEON(dst, x []float64)

// SigmoidDerivativeF32NEON is SigmoidDerivativeF64NEON for float32, computed in
// float64 and rounded once.
//
//go:noescape
func SigmoidDerivativeF32NEON(dst, x []float32)

// SinF64NEON is for i := range dst { dst[i] = sin(x[i]) } as far as its vector
// path goes (|x| < 2^20): it returns the number of elements written,
// stopping before a pair with a larger |x|, ±Inf or NaN, which the caller
// computes with the generic twin. See math_arm64.s for the algorithm and the
// measured worst error.
//
//go:noescape
func SinF64NEON(dst, x []float64) int

// SinF32NEON is SinF64NEON for float32, computed in float64 and rounded once.
//
//go:noescape
func SinF32NEON(dst, x []float32) int

// CosF64NEON is SinF64NEON for cos(x[i]).
//
//go:noescape
func CosF64NEON(dst, x []float64) int

// CosF32NEON is CosF64NEON for float32, computed in float64 and rounded once.
//
//go:noescape
func CosF32NEON(dst, x []float32) int

// Log1pF64NEON is for i := range dst { dst[i] = log(1 + x[i]) } as far as its
// vector path goes (-1 < x < +Inf), returning the number of elements
// written, like SinF64NEON.
//
//go:noescape
func Log1pF64NEON(dst, x []float64) int

// Log1pF32NEON is Log1pF64NEON for float32, computed in float64 and rounded once.
//
//go:noescape
func Log1pF32NEON(dst, x []float32) int

// Expm1F64NEON is for i := range dst { dst[i] = exp(x[i]) - 1 } as far as its
// vector path goes (x < 709), returning the number of elements written,
// like SinF64NEON.
//
//go:noescape
func Expm1F64NEON(dst, x []float64) int

// Expm1F32NEON is Expm1F64NEON for float32, computed in float64 and rounded once.
//
//go:noescape
func Expm1F32NEON(dst, x []float32) int

// TanF64NEON is SinF64NEON for tan(x[i]).
//
//go:noescape
func TanF64NEON(dst, x []float64) int

// TanF32NEON is TanF64NEON for float32, computed in float64 and rounded once.
//
//go:noescape
func TanF32NEON(dst, x []float32) int
