//go:build !purego

package asm

// NEON kernels for arm64, written by hand in *_arm64.s. Each is the
// reference loop in its comment; the callers (package kernels) check the
// lengths: every slice argument must be at least len(dst) long (len(x) for
// kernels without dst).

// AddF64 is for i := range dst { dst[i] = x[i] + y[i] }.
//
//go:noescape
func AddF64(dst, x, y []float64)

// SubF64 is for i := range dst { dst[i] = x[i] - y[i] }.
//
//go:noescape
func SubF64(dst, x, y []float64)

// MulF64 is for i := range dst { dst[i] = x[i] * y[i] }.
//
//go:noescape
func MulF64(dst, x, y []float64)

// DivF64 is for i := range dst { dst[i] = x[i] / y[i] }.
//
//go:noescape
func DivF64(dst, x, y []float64)

// MaximumF64 is for i := range dst { dst[i] = maximum(x[i], y[i]) }, NumPy's maximum:
// NaN if either is NaN, and x[i] when they compare equal.
//
//go:noescape
func MaximumF64(dst, x, y []float64)

// MinimumF64 is for i := range dst { dst[i] = minimum(x[i], y[i]) }, NumPy's minimum:
// NaN if either is NaN, and x[i] when they compare equal.
//
//go:noescape
func MinimumF64(dst, x, y []float64)

// AddScalarF64 is for i := range dst { dst[i] = x[i] + s }.
//
//go:noescape
func AddScalarF64(dst, x []float64, s float64)

// SubScalarF64 is for i := range dst { dst[i] = x[i] - s }.
//
//go:noescape
func SubScalarF64(dst, x []float64, s float64)

// MulScalarF64 is for i := range dst { dst[i] = x[i] * s }.
//
//go:noescape
func MulScalarF64(dst, x []float64, s float64)

// DivScalarF64 is for i := range dst { dst[i] = x[i] / s }.
//
//go:noescape
func DivScalarF64(dst, x []float64, s float64)

// MaximumScalarF64 is for i := range dst { dst[i] = maximum(x[i], s) }.
//
//go:noescape
func MaximumScalarF64(dst, x []float64, s float64)

// MinimumScalarF64 is for i := range dst { dst[i] = minimum(x[i], s) }.
//
//go:noescape
func MinimumScalarF64(dst, x []float64, s float64)

// ScalarSubF64 is for i := range dst { dst[i] = s - x[i] }.
//
//go:noescape
func ScalarSubF64(dst []float64, s float64, x []float64)

// ScalarDivF64 is for i := range dst { dst[i] = s / x[i] }.
//
//go:noescape
func ScalarDivF64(dst []float64, s float64, x []float64)

// AbsF64 is for i := range dst { dst[i] = |x[i]| (the sign bit cleared) }.
//
//go:noescape
func AbsF64(dst, x []float64)

// NegF64 is for i := range dst { dst[i] = -x[i] (the sign bit flipped) }.
//
//go:noescape
func NegF64(dst, x []float64)

// SqrtF64 is for i := range dst { dst[i] = sqrt(x[i]) }.
//
//go:noescape
func SqrtF64(dst, x []float64)

// SquareF64 is for i := range dst { dst[i] = x[i] * x[i] }.
//
//go:noescape
func SquareF64(dst, x []float64)

// AddF32 is for i := range dst { dst[i] = x[i] + y[i] }.
//
//go:noescape
func AddF32(dst, x, y []float32)

// SubF32 is for i := range dst { dst[i] = x[i] - y[i] }.
//
//go:noescape
func SubF32(dst, x, y []float32)

// MulF32 is for i := range dst { dst[i] = x[i] * y[i] }.
//
//go:noescape
func MulF32(dst, x, y []float32)

// DivF32 is for i := range dst { dst[i] = x[i] / y[i] }.
//
//go:noescape
func DivF32(dst, x, y []float32)

// MaximumF32 is for i := range dst { dst[i] = maximum(x[i], y[i]) }, NumPy's maximum:
// NaN if either is NaN, and x[i] when they compare equal.
//
//go:noescape
func MaximumF32(dst, x, y []float32)

// MinimumF32 is for i := range dst { dst[i] = minimum(x[i], y[i]) }, NumPy's minimum:
// NaN if either is NaN, and x[i] when they compare equal.
//
//go:noescape
func MinimumF32(dst, x, y []float32)

// AddScalarF32 is for i := range dst { dst[i] = x[i] + s }.
//
//go:noescape
func AddScalarF32(dst, x []float32, s float32)

// SubScalarF32 is for i := range dst { dst[i] = x[i] - s }.
//
//go:noescape
func SubScalarF32(dst, x []float32, s float32)

// MulScalarF32 is for i := range dst { dst[i] = x[i] * s }.
//
//go:noescape
func MulScalarF32(dst, x []float32, s float32)

// DivScalarF32 is for i := range dst { dst[i] = x[i] / s }.
//
//go:noescape
func DivScalarF32(dst, x []float32, s float32)

// MaximumScalarF32 is for i := range dst { dst[i] = maximum(x[i], s) }.
//
//go:noescape
func MaximumScalarF32(dst, x []float32, s float32)

// MinimumScalarF32 is for i := range dst { dst[i] = minimum(x[i], s) }.
//
//go:noescape
func MinimumScalarF32(dst, x []float32, s float32)

// ScalarSubF32 is for i := range dst { dst[i] = s - x[i] }.
//
//go:noescape
func ScalarSubF32(dst []float32, s float32, x []float32)

// ScalarDivF32 is for i := range dst { dst[i] = s / x[i] }.
//
//go:noescape
func ScalarDivF32(dst []float32, s float32, x []float32)

// AbsF32 is for i := range dst { dst[i] = |x[i]| (the sign bit cleared) }.
//
//go:noescape
func AbsF32(dst, x []float32)

// NegF32 is for i := range dst { dst[i] = -x[i] (the sign bit flipped) }.
//
//go:noescape
func NegF32(dst, x []float32)

// SqrtF32 is for i := range dst { dst[i] = sqrt(x[i]) }.
//
//go:noescape
func SqrtF32(dst, x []float32)

// SquareF32 is for i := range dst { dst[i] = x[i] * x[i] }.
//
//go:noescape
func SquareF32(dst, x []float32)
