//go:build !purego

package asm

// SinF64 is for i := range dst { dst[i] = sin(x[i]) } as far as its vector
// path goes (|x| < 2^20): it returns the number of elements written,
// stopping before a pair with a larger |x|, ±Inf or NaN, which the caller
// computes with the generic twin. See trig_arm64.s for the algorithm and the
// measured worst error.
//
//go:noescape
func SinF64(dst, x []float64) int

// SinF32 is SinF64 for float32, computed in float64 and rounded once.
//
//go:noescape
func SinF32(dst, x []float32) int

// CosF64 is SinF64 for cos(x[i]).
//
//go:noescape
func CosF64(dst, x []float64) int

// CosF32 is CosF64 for float32, computed in float64 and rounded once.
//
//go:noescape
func CosF32(dst, x []float32) int

// Log1pF64 is for i := range dst { dst[i] = log(1 + x[i]) } as far as its
// vector path goes (-1 < x < +Inf), returning the number of elements
// written, like SinF64.
//
//go:noescape
func Log1pF64(dst, x []float64) int

// Log1pF32 is Log1pF64 for float32, computed in float64 and rounded once.
//
//go:noescape
func Log1pF32(dst, x []float32) int

// Expm1F64 is for i := range dst { dst[i] = exp(x[i]) - 1 } as far as its
// vector path goes (x < 709), returning the number of elements written,
// like SinF64.
//
//go:noescape
func Expm1F64(dst, x []float64) int

// Expm1F32 is Expm1F64 for float32, computed in float64 and rounded once.
//
//go:noescape
func Expm1F32(dst, x []float32) int

// TanF64 is SinF64 for tan(x[i]).
//
//go:noescape
func TanF64(dst, x []float64) int

// TanF32 is TanF64 for float32, computed in float64 and rounded once.
//
//go:noescape
func TanF32(dst, x []float32) int
