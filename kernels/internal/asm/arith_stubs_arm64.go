//go:build !purego

package asm

// NEON kernels for arm64, written by hand in *_arm64.s. Each is the
// reference loop in its comment; the callers (package kernels) check the
// lengths: every slice argument must be at least len(dst) long (len(x) for
// kernels without dst).

// AddF64NEON is for i := range dst { dst[i] = x[i] + y[i] }.
//
//go:noescape
func AddF64NEON(dst, x, y []float64)

// SubF64NEON is for i := range dst { dst[i] = x[i] - y[i] }.
//
//go:noescape
func SubF64NEON(dst, x, y []float64)

// MulF64NEON is for i := range dst { dst[i] = x[i] * y[i] }.
//
//go:noescape
func MulF64NEON(dst, x, y []float64)

// DivF64NEON is for i := range dst { dst[i] = x[i] / y[i] }.
//
//go:noescape
func DivF64NEON(dst, x, y []float64)

// MaximumF64NEON is for i := range dst { dst[i] = maximum(x[i], y[i]) }, NumPy's maximum:
// NaN if either is NaN, and y[i] when they compare equal.
//
//go:noescape
func MaximumF64NEON(dst, x, y []float64)

// MinimumF64NEON is for i := range dst { dst[i] = minimum(x[i], y[i]) }, NumPy's minimum:
// NaN if either is NaN, and y[i] when they compare equal.
//
//go:noescape
func MinimumF64NEON(dst, x, y []float64)

// AddScalarF64NEON is for i := range dst { dst[i] = x[i] + s }.
//
//go:noescape
func AddScalarF64NEON(dst, x []float64, s float64)

// SubScalarF64NEON is for i := range dst { dst[i] = x[i] - s }.
//
//go:noescape
func SubScalarF64NEON(dst, x []float64, s float64)

// MulScalarF64NEON is for i := range dst { dst[i] = x[i] * s }.
//
//go:noescape
func MulScalarF64NEON(dst, x []float64, s float64)

// DivScalarF64NEON is for i := range dst { dst[i] = x[i] / s }.
//
//go:noescape
func DivScalarF64NEON(dst, x []float64, s float64)

// MaximumScalarF64NEON is for i := range dst { dst[i] = maximum(x[i], s) }.
//
//go:noescape
func MaximumScalarF64NEON(dst, x []float64, s float64)

// MinimumScalarF64NEON is for i := range dst { dst[i] = minimum(x[i], s) }.
//
//go:noescape
func MinimumScalarF64NEON(dst, x []float64, s float64)

// ScalarSubF64NEON is for i := range dst { dst[i] = s - x[i] }.
//
//go:noescape
func ScalarSubF64NEON(dst []float64, s float64, x []float64)

// ScalarDivF64NEON is for i := range dst { dst[i] = s / x[i] }.
//
//go:noescape
func ScalarDivF64NEON(dst []float64, s float64, x []float64)

// AbsF64NEON is for i := range dst { dst[i] = |x[i]| (the sign bit cleared) }.
//
//go:noescape
func AbsF64NEON(dst, x []float64)

// NegF64NEON is for i := range dst { dst[i] = -x[i] (the sign bit flipped) }.
//
//go:noescape
func NegF64NEON(dst, x []float64)

// SqrtF64NEON is for i := range dst { dst[i] = sqrt(x[i]) }.
//
//go:noescape
func SqrtF64NEON(dst, x []float64)

// SquareF64NEON is for i := range dst { dst[i] = x[i] * x[i] }.
//
//go:noescape
func SquareF64NEON(dst, x []float64)

// AddF32NEON is for i := range dst { dst[i] = x[i] + y[i] }.
//
//go:noescape
func AddF32NEON(dst, x, y []float32)

// SubF32NEON is for i := range dst { dst[i] = x[i] - y[i] }.
//
//go:noescape
func SubF32NEON(dst, x, y []float32)

// MulF32NEON is for i := range dst { dst[i] = x[i] * y[i] }.
//
//go:noescape
func MulF32NEON(dst, x, y []float32)

// DivF32NEON is for i := range dst { dst[i] = x[i] / y[i] }.
//
//go:noescape
func DivF32NEON(dst, x, y []float32)

// MaximumF32NEON is for i := range dst { dst[i] = maximum(x[i], y[i]) }, NumPy's maximum:
// NaN if either is NaN, and y[i] when they compare equal.
//
//go:noescape
func MaximumF32NEON(dst, x, y []float32)

// MinimumF32NEON is for i := range dst { dst[i] = minimum(x[i], y[i]) }, NumPy's minimum:
// NaN if either is NaN, and y[i] when they compare equal.
//
//go:noescape
func MinimumF32NEON(dst, x, y []float32)

// AddScalarF32NEON is for i := range dst { dst[i] = x[i] + s }.
//
//go:noescape
func AddScalarF32NEON(dst, x []float32, s float32)

// SubScalarF32NEON is for i := range dst { dst[i] = x[i] - s }.
//
//go:noescape
func SubScalarF32NEON(dst, x []float32, s float32)

// MulScalarF32NEON is for i := range dst { dst[i] = x[i] * s }.
//
//go:noescape
func MulScalarF32NEON(dst, x []float32, s float32)

// DivScalarF32NEON is for i := range dst { dst[i] = x[i] / s }.
//
//go:noescape
func DivScalarF32NEON(dst, x []float32, s float32)

// MaximumScalarF32NEON is for i := range dst { dst[i] = maximum(x[i], s) }.
//
//go:noescape
func MaximumScalarF32NEON(dst, x []float32, s float32)

// MinimumScalarF32NEON is for i := range dst { dst[i] = minimum(x[i], s) }.
//
//go:noescape
func MinimumScalarF32NEON(dst, x []float32, s float32)

// ScalarSubF32NEON is for i := range dst { dst[i] = s - x[i] }.
//
//go:noescape
func ScalarSubF32NEON(dst []float32, s float32, x []float32)

// ScalarDivF32NEON is for i := range dst { dst[i] = s / x[i] }.
//
//go:noescape
func ScalarDivF32NEON(dst []float32, s float32, x []float32)

// AbsF32NEON is for i := range dst { dst[i] = |x[i]| (the sign bit cleared) }.
//
//go:noescape
func AbsF32NEON(dst, x []float32)

// NegF32NEON is for i := range dst { dst[i] = -x[i] (the sign bit flipped) }.
//
//go:noescape
func NegF32NEON(dst, x []float32)

// SqrtF32NEON is for i := range dst { dst[i] = sqrt(x[i]) }.
//
//go:noescape
func SqrtF32NEON(dst, x []float32)

// SquareF32NEON is for i := range dst { dst[i] = x[i] * x[i] }.
//
//go:noescape
func SquareF32NEON(dst, x []float32)

// The block sums: out[b] is the sum over x[128*b : min(128*b+128, len(x))]
// (and y likewise) of the term in each comment, in float64, for every
// b < ceil(len(x)/128); len(out) must be at least that, len(y) at least
// len(x).

// AxpyF64NEON is for i := range x { y[i] += alpha * x[i] }, the product rounded
// before the sum (not fused); len(y) must be at least len(x).
//
//go:noescape
func AxpyF64NEON(alpha float64, x, y []float64)

// AxpyF32NEON is AxpyF64NEON for float32.
//
//go:noescape
func AxpyF32NEON(alpha float32, x, y []float32)

// FromUint8F64NEON is for i := range dst { dst[i] = float64(x[i]) }.
//
//go:noescape
func FromUint8F64NEON(dst []float64, x []uint8)

// FromUint8F32NEON is for i := range dst { dst[i] = float32(x[i]) }.
//
//go:noescape
func FromUint8F32NEON(dst []float32, x []uint8)

// AddStridedF64NEON is, for i < n, dst[i] = x[i] + y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func AddStridedF64NEON(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// AddStridedF32NEON is, for i < n, dst[i] = x[i] + y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func AddStridedF32NEON(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)

// SubStridedF64NEON is, for i < n, dst[i] = x[i] - y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func SubStridedF64NEON(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// SubStridedF32NEON is, for i < n, dst[i] = x[i] - y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func SubStridedF32NEON(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)

// MulStridedF64NEON is, for i < n, dst[i] = x[i] * y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MulStridedF64NEON(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// MulStridedF32NEON is, for i < n, dst[i] = x[i] * y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MulStridedF32NEON(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)

// DivStridedF64NEON is, for i < n, dst[i] = x[i] / y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func DivStridedF64NEON(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// DivStridedF32NEON is, for i < n, dst[i] = x[i] / y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func DivStridedF32NEON(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)

// MaximumStridedF64NEON is, for i < n, dst[i] = maximum(x[i], y[i]) with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MaximumStridedF64NEON(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// MaximumStridedF32NEON is, for i < n, dst[i] = maximum(x[i], y[i]) with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MaximumStridedF32NEON(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)

// MinimumStridedF64NEON is, for i < n, dst[i] = minimum(x[i], y[i]) with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MinimumStridedF64NEON(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// MinimumStridedF32NEON is, for i < n, dst[i] = minimum(x[i], y[i]) with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MinimumStridedF32NEON(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)
