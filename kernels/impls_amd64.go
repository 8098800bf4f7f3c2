//go:build !purego

package kernels

import (
	"unsafe"

	"golang.org/x/sys/cpu"

	"github.com/ndsimd/ndsimd/kernels/asm"
)

// archImpls returns the amd64 assembly implementations: avx2 (AVX2 and FMA,
// Y registers) and avx512 (AVX-512 F, Z registers and masked tails, with BMI2
// for the tail masks). Kernels left nil here fall back to the generic twins.
func archImpls() []*impl {
	a2 := &impl{
		name:      "avx2",
		available: cpu.X86.HasAVX && cpu.X86.HasAVX2 && cpu.X86.HasFMA,
		needs:     "AVX2 and FMA",
		f64:       opsF64AVX2(),
		f32:       opsF32AVX2(),
	}
	setMathAVX2(a2)
	a5 := &impl{
		name:      "avx512",
		available: cpu.X86.HasAVX512F && cpu.X86.HasAVX2 && cpu.X86.HasFMA && cpu.X86.HasBMI2,
		needs:     "AVX-512 F, AVX2, FMA and BMI2",
		f64:       opsF64AVX512(),
		f32:       opsF32AVX512(),
	}
	setMathAVX512(a5)
	return []*impl{a2, a5}
}

func opsF64AVX2() ops[float64] {
	return ops[float64]{
		Add:            asm.AddF64AVX2,
		Sub:            asm.SubF64AVX2,
		Mul:            asm.MulF64AVX2,
		Div:            asm.DivF64AVX2,
		Maximum:        asm.MaximumF64AVX2,
		Minimum:        asm.MinimumF64AVX2,
		AddScalar:      asm.AddScalarF64AVX2,
		SubScalar:      asm.SubScalarF64AVX2,
		MulScalar:      asm.MulScalarF64AVX2,
		DivScalar:      asm.DivScalarF64AVX2,
		MaximumScalar:  asm.MaximumScalarF64AVX2,
		MinimumScalar:  asm.MinimumScalarF64AVX2,
		ScalarSub:      asm.ScalarSubF64AVX2,
		ScalarDiv:      asm.ScalarDivF64AVX2,
		Abs:            asm.AbsF64AVX2,
		Neg:            asm.NegF64AVX2,
		Sqrt:           asm.SqrtF64AVX2,
		Square:         asm.SquareF64AVX2,
		Axpy:           asm.AxpyF64AVX2,
		Scale:          asm.ScaleF64AVX2,
		FromUint8:      asm.FromUint8F64AVX2,
		AddStrided:     stridedAsm(asm.AddF64AVX2, asm.AddScalarF64AVX2, asm.AddStridedF64AVX2),
		SubStrided:     stridedAsm(asm.SubF64AVX2, asm.SubScalarF64AVX2, asm.SubStridedF64AVX2),
		MulStrided:     stridedAsm(asm.MulF64AVX2, asm.MulScalarF64AVX2, asm.MulStridedF64AVX2),
		DivStrided:     stridedAsm(asm.DivF64AVX2, asm.DivScalarF64AVX2, asm.DivStridedF64AVX2),
		MaximumStrided: stridedAsm(asm.MaximumF64AVX2, asm.MaximumScalarF64AVX2, asm.MaximumStridedF64AVX2),
		MinimumStrided: stridedAsm(asm.MinimumF64AVX2, asm.MinimumScalarF64AVX2, asm.MinimumStridedF64AVX2),
		Sum:            asm.SumF64AVX2,
		SumSq:          asm.SumSqF64AVX2,
		Dot:            asm.DotF64AVX2,
		L1Dist:         asm.L1DistF64AVX2,
		L2DistSq:       asm.L2DistSqF64AVX2,
		Max:            extremeAsm(asm.MaxF64AVX2),
		Min:            extremeAsm(asm.MinF64AVX2),
		ArgMax:         argAsm(4, asm.ArgMaxF64AVX2, true),
		ArgMin:         argAsm(4, asm.ArgMinF64AVX2, false),
	}
}

func opsF32AVX2() ops[float32] {
	return ops[float32]{
		Add:            asm.AddF32AVX2,
		Sub:            asm.SubF32AVX2,
		Mul:            asm.MulF32AVX2,
		Div:            asm.DivF32AVX2,
		Maximum:        asm.MaximumF32AVX2,
		Minimum:        asm.MinimumF32AVX2,
		AddScalar:      asm.AddScalarF32AVX2,
		SubScalar:      asm.SubScalarF32AVX2,
		MulScalar:      asm.MulScalarF32AVX2,
		DivScalar:      asm.DivScalarF32AVX2,
		MaximumScalar:  asm.MaximumScalarF32AVX2,
		MinimumScalar:  asm.MinimumScalarF32AVX2,
		ScalarSub:      asm.ScalarSubF32AVX2,
		ScalarDiv:      asm.ScalarDivF32AVX2,
		Abs:            asm.AbsF32AVX2,
		Neg:            asm.NegF32AVX2,
		Sqrt:           asm.SqrtF32AVX2,
		Square:         asm.SquareF32AVX2,
		Axpy:           asm.AxpyF32AVX2,
		Scale:          asm.ScaleF32AVX2,
		FromUint8:      asm.FromUint8F32AVX2,
		AddStrided:     stridedAsm(asm.AddF32AVX2, asm.AddScalarF32AVX2, asm.AddStridedF32AVX2),
		SubStrided:     stridedAsm(asm.SubF32AVX2, asm.SubScalarF32AVX2, asm.SubStridedF32AVX2),
		MulStrided:     stridedAsm(asm.MulF32AVX2, asm.MulScalarF32AVX2, asm.MulStridedF32AVX2),
		DivStrided:     stridedAsm(asm.DivF32AVX2, asm.DivScalarF32AVX2, asm.DivStridedF32AVX2),
		MaximumStrided: stridedAsm(asm.MaximumF32AVX2, asm.MaximumScalarF32AVX2, asm.MaximumStridedF32AVX2),
		MinimumStrided: stridedAsm(asm.MinimumF32AVX2, asm.MinimumScalarF32AVX2, asm.MinimumStridedF32AVX2),
		Sum:            func(x []float32) float32 { return float32(asm.SumF32AVX2(x)) },
		SumSq:          func(x []float32) float32 { return float32(asm.SumSqF32AVX2(x)) },
		Dot:            func(x, y []float32) float32 { return float32(asm.DotF32AVX2(x, y)) },
		L1Dist:         func(x, y []float32) float32 { return float32(asm.L1DistF32AVX2(x, y)) },
		L2DistSq:       func(x, y []float32) float32 { return float32(asm.L2DistSqF32AVX2(x, y)) },
		Max:            extremeAsm(asm.MaxF32AVX2),
		Min:            extremeAsm(asm.MinF32AVX2),
		ArgMax:         argAsm(8, asm.ArgMaxF32AVX2, true),
		ArgMin:         argAsm(8, asm.ArgMinF32AVX2, false),
	}
}

func opsF64AVX512() ops[float64] {
	return ops[float64]{
		Add:            asm.AddF64AVX512,
		Sub:            asm.SubF64AVX512,
		Mul:            asm.MulF64AVX512,
		Div:            asm.DivF64AVX512,
		Maximum:        asm.MaximumF64AVX512,
		Minimum:        asm.MinimumF64AVX512,
		AddScalar:      asm.AddScalarF64AVX512,
		SubScalar:      asm.SubScalarF64AVX512,
		MulScalar:      asm.MulScalarF64AVX512,
		DivScalar:      asm.DivScalarF64AVX512,
		MaximumScalar:  asm.MaximumScalarF64AVX512,
		MinimumScalar:  asm.MinimumScalarF64AVX512,
		ScalarSub:      asm.ScalarSubF64AVX512,
		ScalarDiv:      asm.ScalarDivF64AVX512,
		Abs:            asm.AbsF64AVX512,
		Neg:            asm.NegF64AVX512,
		Sqrt:           asm.SqrtF64AVX512,
		Square:         asm.SquareF64AVX512,
		Axpy:           asm.AxpyF64AVX512,
		Scale:          asm.ScaleF64AVX512,
		FromUint8:      asm.FromUint8F64AVX512,
		AddStrided:     stridedAsm(asm.AddF64AVX512, asm.AddScalarF64AVX512, asm.AddStridedF64AVX2),
		SubStrided:     stridedAsm(asm.SubF64AVX512, asm.SubScalarF64AVX512, asm.SubStridedF64AVX2),
		MulStrided:     stridedAsm(asm.MulF64AVX512, asm.MulScalarF64AVX512, asm.MulStridedF64AVX2),
		DivStrided:     stridedAsm(asm.DivF64AVX512, asm.DivScalarF64AVX512, asm.DivStridedF64AVX2),
		MaximumStrided: stridedAsm(asm.MaximumF64AVX512, asm.MaximumScalarF64AVX512, asm.MaximumStridedF64AVX2),
		MinimumStrided: stridedAsm(asm.MinimumF64AVX512, asm.MinimumScalarF64AVX512, asm.MinimumStridedF64AVX2),
		Sum:            asm.SumF64AVX512,
		SumSq:          asm.SumSqF64AVX512,
		Dot:            asm.DotF64AVX512,
		L1Dist:         asm.L1DistF64AVX512,
		L2DistSq:       asm.L2DistSqF64AVX512,
		Max:            extremeAsm(asm.MaxF64AVX512),
		Min:            extremeAsm(asm.MinF64AVX512),
		ArgMax:         argAsm(8, asm.ArgMaxF64AVX512, true),
		ArgMin:         argAsm(8, asm.ArgMinF64AVX512, false),
	}
}

func opsF32AVX512() ops[float32] {
	return ops[float32]{
		Add:            asm.AddF32AVX512,
		Sub:            asm.SubF32AVX512,
		Mul:            asm.MulF32AVX512,
		Div:            asm.DivF32AVX512,
		Maximum:        asm.MaximumF32AVX512,
		Minimum:        asm.MinimumF32AVX512,
		AddScalar:      asm.AddScalarF32AVX512,
		SubScalar:      asm.SubScalarF32AVX512,
		MulScalar:      asm.MulScalarF32AVX512,
		DivScalar:      asm.DivScalarF32AVX512,
		MaximumScalar:  asm.MaximumScalarF32AVX512,
		MinimumScalar:  asm.MinimumScalarF32AVX512,
		ScalarSub:      asm.ScalarSubF32AVX512,
		ScalarDiv:      asm.ScalarDivF32AVX512,
		Abs:            asm.AbsF32AVX512,
		Neg:            asm.NegF32AVX512,
		Sqrt:           asm.SqrtF32AVX512,
		Square:         asm.SquareF32AVX512,
		Axpy:           asm.AxpyF32AVX512,
		Scale:          asm.ScaleF32AVX512,
		FromUint8:      asm.FromUint8F32AVX512,
		AddStrided:     stridedAsm(asm.AddF32AVX512, asm.AddScalarF32AVX512, asm.AddStridedF32AVX2),
		SubStrided:     stridedAsm(asm.SubF32AVX512, asm.SubScalarF32AVX512, asm.SubStridedF32AVX2),
		MulStrided:     stridedAsm(asm.MulF32AVX512, asm.MulScalarF32AVX512, asm.MulStridedF32AVX2),
		DivStrided:     stridedAsm(asm.DivF32AVX512, asm.DivScalarF32AVX512, asm.DivStridedF32AVX2),
		MaximumStrided: stridedAsm(asm.MaximumF32AVX512, asm.MaximumScalarF32AVX512, asm.MaximumStridedF32AVX2),
		MinimumStrided: stridedAsm(asm.MinimumF32AVX512, asm.MinimumScalarF32AVX512, asm.MinimumStridedF32AVX2),
		Sum:            func(x []float32) float32 { return float32(asm.SumF32AVX512(x)) },
		SumSq:          func(x []float32) float32 { return float32(asm.SumSqF32AVX512(x)) },
		Dot:            func(x, y []float32) float32 { return float32(asm.DotF32AVX512(x, y)) },
		L1Dist:         func(x, y []float32) float32 { return float32(asm.L1DistF32AVX512(x, y)) },
		L2DistSq:       func(x, y []float32) float32 { return float32(asm.L2DistSqF32AVX512(x, y)) },
		Max:            extremeAsm(asm.MaxF32AVX512),
		Min:            extremeAsm(asm.MinF32AVX512),
		ArgMax:         argAsm(16, asm.ArgMaxF32AVX512, true),
		ArgMin:         argAsm(16, asm.ArgMinF32AVX512, false),
	}
}

// extremeAsm is the Max or Min kernel made of an assembly scan that finds
// the value: firstLike replaces a zero or NaN result with the first such
// element, whose sign and payload the generic twin returns.
func extremeAsm[T Float](scan func(x []T) T) func(x []T) T {
	return func(x []T) T { return firstLike(x, scan(x)) }
}

// argAsm is the ArgMax (isMax) or ArgMin kernel made of an assembly scan of
// whole pairs of vectors of the given lanes: the scan leaves each lane's
// best value and index in val and idx (or returns non-zero on a NaN), in
// chunks of at most argChunk elements; argMerge combines the lanes and
// argTail finishes the elements after the last whole pair.
func argAsm[T Float, I int32 | int64](lanes int, scan func(x, val []T, idx []I) int, isMax bool) func(x []T) int {
	return func(x []T) int {
		var valBuf [32]T
		var idxBuf [32]I
		val, idx := valBuf[:2*lanes], idxBuf[:2*lanes]
		body := len(x) &^ (2*lanes - 1)
		k := -1
		for off := 0; off < body; off += argChunk {
			end := min(off+argChunk, body)
			if scan(x[off:end], val, idx) != 0 {
				return firstNaN(x)
			}
			k = argMerge(x, k, off, val, idx, isMax)
		}
		return argTail(x, k, body, isMax)
	}
}

// Helpers for assembly ArgMax and ArgMin kernels, which scan the body of a
// slice in vector lanes and leave the combination of the lanes to Go.

// argChunk is the most elements one assembly call scans: it keeps float32
// kernels' int32 lane indexes from overflowing. A multiple of every
// kernel's 2 vectors.
const argChunk = 1 << 30

// better reports whether v beats the current best b: larger for ArgMax,
// smaller for ArgMin (never for NaN, which the callers handle first).
func better[T Float](v, b T, isMax bool) bool {
	if isMax {
		return v > b
	}
	return v < b
}

// argMerge folds into k (the best index so far, -1 if none) the per-lane
// bests of one assembly call over x[off:]: val[j] is the lane's first best
// value and idx[j] its index relative to off. Ties go to the smaller index.
func argMerge[T Float, I int32 | int64](x []T, k, off int, val []T, idx []I, isMax bool) int {
	for j, v := range val {
		i := off + int(idx[j])
		if k < 0 || better(v, x[k], isMax) || (v == x[k] && i < k) {
			k = i
		}
	}
	return k
}

// argTail continues the scan from index from (k is the best index so far,
// -1 if none) to the end of x, with the generic twin's rules: the first NaN
// wins, otherwise the first best.
func argTail[T Float](x []T, k, from int, isMax bool) int {
	if k < 0 {
		if from >= len(x) {
			return -1
		}
		k = from
	}
	for i := from; i < len(x); i++ {
		v := x[i]
		if v != v {
			return i
		}
		if better(v, x[k], isMax) {
			k = i
		}
	}
	return k
}

// firstNaN returns the index of the first NaN in x, or -1.
func firstNaN[T Float](x []T) int {
	for i, v := range x {
		if v != v {
			return i
		}
	}
	return -1
}

// stridedAsm returns a strided kernel that calls the contiguous kernel unit
// when every increment is 1, the scalar kernel scal when x and dst have
// increment 1 and y increment 0 (y[yOff] is then the scalar), and the
// element-by-element assembly loop otherwise. The fast paths are taken only
// when dst is the same run as x, or does not overlap x or y at all, so that
// every call computes what the Go loop computes.
func stridedAsm[T Float](unit binaryFunc[T], scal scalarFunc[T], loop stridedFunc[T]) stridedFunc[T] {
	return func(n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int) {
		if n <= 0 {
			return
		}
		if dInc == 1 && xInc == 1 && (yInc == 1 || yInc == 0) {
			d, xs := dst[dOff:dOff+n], x[xOff:xOff+n]
			if yInc == 1 {
				ys := y[yOff : yOff+n]
				if sameOrDisjoint(d, xs) && sameOrDisjoint(d, ys) {
					unit(d, xs, ys)
					return
				}
			} else if sameOrDisjoint(d, xs) && disjoint(d, y[yOff:yOff+1]) {
				scal(d, xs, y[yOff])
				return
			}
		}
		loop(n, dst, dOff, dInc, x, xOff, xInc, y, yOff, yInc)
	}
}

// sameOrDisjoint reports whether a and b (not empty) start at the same
// element, or share no element.
func sameOrDisjoint[T Float](a, b []T) bool {
	return unsafe.SliceData(a) == unsafe.SliceData(b) || disjoint(a, b)
}

// disjoint reports whether a and b (not empty) share no element.
func disjoint[T Float](a, b []T) bool {
	pa, pb := uintptr(unsafe.Pointer(unsafe.SliceData(a))), uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	size := unsafe.Sizeof(a[0])
	return pa+uintptr(len(a))*size <= pb || pb+uintptr(len(b))*size <= pa
}

// firstLike returns m, unless m is a zero or a NaN: then the first element
// of x that is a zero (NaN), which is what the generic Max and Min return
// when m is their value.
func firstLike[T Float](x []T, m T) T {
	switch {
	case m != m:
		for _, v := range x {
			if v != v {
				return v
			}
		}
	case m == 0:
		for _, v := range x {
			if v == 0 {
				return v
			}
		}
	}
	return m
}
