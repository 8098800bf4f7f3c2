//go:build !purego

package asm

// SumBlocksF64NEON sums x[i].
//
//go:noescape
func SumBlocksF64NEON(out []float64, x []float64)

// SumSqBlocksF64NEON sums x[i] * x[i].
//
//go:noescape
func SumSqBlocksF64NEON(out []float64, x []float64)

// DotBlocksF64NEON sums x[i] * y[i].
//
//go:noescape
func DotBlocksF64NEON(out []float64, x, y []float64)

// L1DistBlocksF64NEON sums |x[i] - y[i]|.
//
//go:noescape
func L1DistBlocksF64NEON(out []float64, x, y []float64)

// L2DistSqBlocksF64NEON sums (x[i] - y[i])^2.
//
//go:noescape
func L2DistSqBlocksF64NEON(out []float64, x, y []float64)

// SumBlocksF32NEON sums float64(x[i]).
//
//go:noescape
func SumBlocksF32NEON(out []float64, x []float32)

// SumSqBlocksF32NEON sums float64(x[i])^2.
//
//go:noescape
func SumSqBlocksF32NEON(out []float64, x []float32)

// DotBlocksF32NEON sums float64(x[i]) * float64(y[i]).
//
//go:noescape
func DotBlocksF32NEON(out []float64, x, y []float32)

// L1DistBlocksF32NEON sums float64(|x[i] - y[i]|), the difference in float32.
//
//go:noescape
func L1DistBlocksF32NEON(out []float64, x, y []float32)

// L2DistSqBlocksF32NEON sums float64(x[i] - y[i])^2, the difference in float32.
//
//go:noescape
func L2DistSqBlocksF32NEON(out []float64, x, y []float32)

// MaxF64NEON returns the largest of -Inf and every x[i] as FMAX does: NaN if any
// is NaN, and +0 for -0 and +0.
//
//go:noescape
func MaxF64NEON(x []float64) float64

// MinF64NEON returns the smallest of +Inf and every x[i] as FMIN does: NaN if
// any is NaN, and -0 for -0 and +0.
//
//go:noescape
func MinF64NEON(x []float64) float64

// MaxF32NEON is MaxF64NEON for float32.
//
//go:noescape
func MaxF32NEON(x []float32) float32

// MinF32NEON is MinF64NEON for float32.
//
//go:noescape
func MinF32NEON(x []float32) float32

// ArgMaxF64NEON writes, for two chains of 2 lanes (lane j of the vectors at even
// and odd multiples of 2 elements), the first largest element of x in each
// lane and its index to val[c*2+j] and idx[c*2+j]. It returns 1 if x holds a
// NaN, else 0. len(x) must be a positive multiple of 4; val and idx must
// hold 4.
//
//go:noescape
func ArgMaxF64NEON(x []float64, val []float64, idx []int64) int

// ArgMinF64NEON is ArgMaxF64NEON for the first smallest element of each lane.
//
//go:noescape
func ArgMinF64NEON(x []float64, val []float64, idx []int64) int

// ArgMaxF32NEON writes, for two chains of 4 lanes (lane j of the vectors at even
// and odd multiples of 4 elements), the first largest element of x in each
// lane and its index to val[c*4+j] and idx[c*4+j]. It returns 1 if x holds a
// NaN, else 0. len(x) must be a positive multiple of 8 and below 2^31; val
// and idx must hold 8.
//
//go:noescape
func ArgMaxF32NEON(x []float32, val []float32, idx []int32) int

// ArgMinF32NEON is ArgMaxF32NEON for the first smallest element of each lane.
//
//go:noescape
func ArgMinF32NEON(x []float32, val []float32, idx []int32) int
