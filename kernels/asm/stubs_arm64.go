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
// NaN if either is NaN, and y[i] when they compare equal.
//
//go:noescape
func MaximumF64(dst, x, y []float64)

// MinimumF64 is for i := range dst { dst[i] = minimum(x[i], y[i]) }, NumPy's minimum:
// NaN if either is NaN, and y[i] when they compare equal.
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
// NaN if either is NaN, and y[i] when they compare equal.
//
//go:noescape
func MaximumF32(dst, x, y []float32)

// MinimumF32 is for i := range dst { dst[i] = minimum(x[i], y[i]) }, NumPy's minimum:
// NaN if either is NaN, and y[i] when they compare equal.
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

// The block sums: out[b] is the sum over x[128*b : min(128*b+128, len(x))]
// (and y likewise) of the term in each comment, in float64, for every
// b < ceil(len(x)/128); len(out) must be at least that, len(y) at least
// len(x).

// SumBlocksF64 sums x[i].
//
//go:noescape
func SumBlocksF64(out []float64, x []float64)

// SumSqBlocksF64 sums x[i] * x[i].
//
//go:noescape
func SumSqBlocksF64(out []float64, x []float64)

// DotBlocksF64 sums x[i] * y[i].
//
//go:noescape
func DotBlocksF64(out []float64, x, y []float64)

// L1DistBlocksF64 sums |x[i] - y[i]|.
//
//go:noescape
func L1DistBlocksF64(out []float64, x, y []float64)

// L2DistSqBlocksF64 sums (x[i] - y[i])^2.
//
//go:noescape
func L2DistSqBlocksF64(out []float64, x, y []float64)

// SumBlocksF32 sums float64(x[i]).
//
//go:noescape
func SumBlocksF32(out []float64, x []float32)

// SumSqBlocksF32 sums float64(x[i])^2.
//
//go:noescape
func SumSqBlocksF32(out []float64, x []float32)

// DotBlocksF32 sums float64(x[i]) * float64(y[i]).
//
//go:noescape
func DotBlocksF32(out []float64, x, y []float32)

// L1DistBlocksF32 sums float64(|x[i] - y[i]|), the difference in float32.
//
//go:noescape
func L1DistBlocksF32(out []float64, x, y []float32)

// L2DistSqBlocksF32 sums float64(x[i] - y[i])^2, the difference in float32.
//
//go:noescape
func L2DistSqBlocksF32(out []float64, x, y []float32)

// MaxF64 returns the largest of -Inf and every x[i] as FMAX does: NaN if any
// is NaN, and +0 for -0 and +0.
//
//go:noescape
func MaxF64(x []float64) float64

// MinF64 returns the smallest of +Inf and every x[i] as FMIN does: NaN if
// any is NaN, and -0 for -0 and +0.
//
//go:noescape
func MinF64(x []float64) float64

// MaxF32 is MaxF64 for float32.
//
//go:noescape
func MaxF32(x []float32) float32

// MinF32 is MinF64 for float32.
//
//go:noescape
func MinF32(x []float32) float32

// AxpyF64 is for i := range x { y[i] += alpha * x[i] }, the product rounded
// before the sum (not fused); len(y) must be at least len(x).
//
//go:noescape
func AxpyF64(alpha float64, x, y []float64)

// AxpyF32 is AxpyF64 for float32.
//
//go:noescape
func AxpyF32(alpha float32, x, y []float32)

// FromUint8F64 is for i := range dst { dst[i] = float64(x[i]) }.
//
//go:noescape
func FromUint8F64(dst []float64, x []uint8)

// FromUint8F32 is for i := range dst { dst[i] = float32(x[i]) }.
//
//go:noescape
func FromUint8F32(dst []float32, x []uint8)

// ExpF64 is for i := range dst { dst[i] = exp(x[i]) }.
//
//go:noescape
func ExpF64(dst, x []float64)

// ExpF32 is for i := range dst { dst[i] = float32(exp(float64(x[i]))) }.
//
//go:noescape
func ExpF32(dst, x []float32)

// LogF64 is for i := range dst { dst[i] = log(x[i]) }.
//
//go:noescape
func LogF64(dst, x []float64)

// LogF32 is for i := range dst { dst[i] = float32(log(float64(x[i]))) }.
//
//go:noescape
func LogF32(dst, x []float32)
