//go:build !purego

package asm

// AddStridedF64 is, for i < n, dst[i] = x[i] + y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func AddStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// AddStridedF32 is, for i < n, dst[i] = x[i] + y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func AddStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)

// SubStridedF64 is, for i < n, dst[i] = x[i] - y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func SubStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// SubStridedF32 is, for i < n, dst[i] = x[i] - y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func SubStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)

// MulStridedF64 is, for i < n, dst[i] = x[i] * y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MulStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// MulStridedF32 is, for i < n, dst[i] = x[i] * y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MulStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)

// DivStridedF64 is, for i < n, dst[i] = x[i] / y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func DivStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// DivStridedF32 is, for i < n, dst[i] = x[i] / y[i] with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func DivStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)

// MaximumStridedF64 is, for i < n, dst[i] = maximum(x[i], y[i]) with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MaximumStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// MaximumStridedF32 is, for i < n, dst[i] = maximum(x[i], y[i]) with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MaximumStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)

// MinimumStridedF64 is, for i < n, dst[i] = minimum(x[i], y[i]) with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MinimumStridedF64(n int, dst []float64, dOff, dInc int, x []float64, xOff, xInc int, y []float64, yOff, yInc int)

// MinimumStridedF32 is, for i < n, dst[i] = minimum(x[i], y[i]) with dst[dOff+i*dInc],
// x[xOff+i*xInc] and y[yOff+i*yInc], one element at a time in order.
// Every index must be in range.
//
//go:noescape
func MinimumStridedF32(n int, dst []float32, dOff, dInc int, x []float32, xOff, xInc int, y []float32, yOff, yInc int)
