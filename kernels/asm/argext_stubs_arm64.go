//go:build !purego

package asm

// ArgMaxF64 writes, for two chains of 2 lanes (lane j of the vectors at even
// and odd multiples of 2 elements), the first largest element of x in each
// lane and its index to val[c*2+j] and idx[c*2+j]. It returns 1 if x holds a
// NaN, else 0. len(x) must be a positive multiple of 4; val and idx must
// hold 4.
//
//go:noescape
func ArgMaxF64(x []float64, val []float64, idx []int64) int

// ArgMinF64 is ArgMaxF64 for the first smallest element of each lane.
//
//go:noescape
func ArgMinF64(x []float64, val []float64, idx []int64) int

// ArgMaxF32 writes, for two chains of 4 lanes (lane j of the vectors at even
// and odd multiples of 4 elements), the first largest element of x in each
// lane and its index to val[c*4+j] and idx[c*4+j]. It returns 1 if x holds a
// NaN, else 0. len(x) must be a positive multiple of 8 and below 2^31; val
// and idx must hold 8.
//
//go:noescape
func ArgMaxF32(x []float32, val []float32, idx []int32) int

// ArgMinF32 is ArgMaxF32 for the first smallest element of each lane.
//
//go:noescape
func ArgMinF32(x []float32, val []float32, idx []int32) int
