//go:build !purego

package kernels

import (
	"github.com/klauspost/cpuid/v2"

	"github.com/ndsimd/ndsimd/kernels/internal/asm"
)

// archImpls returns the arm64 assembly implementations: NEON (ASIMD), which
// every arm64 CPU Go runs on has, but which is still checked.
func archImpls() []*impl {
	im := &impl{
		name:  "neon",
		needs: []cpuid.FeatureID{cpuid.ASIMD},
		f64:   elemKernels[float64]{ops: neonOps64()},
		f32:   elemKernels[float32]{ops: neonOps32()},
	}
	setTrigNEON(im)
	setPowNEON(im)
	setGemmNEON(im)
	setSelectNEON(im)
	setStreamNEON(im)
	return []*impl{im}
}

// neonOps64 is the NEON float64 table; kernels left nil use the generic twin.
func neonOps64() ops[float64] {
	return ops[float64]{
		Add: asm.AddF64NEON, Sub: asm.SubF64NEON, Mul: asm.MulF64NEON, Div: asm.DivF64NEON,
		Maximum: asm.MaximumF64NEON, Minimum: asm.MinimumF64NEON,
		AddScalar: asm.AddScalarF64NEON, SubScalar: asm.SubScalarF64NEON,
		MulScalar: asm.MulScalarF64NEON, DivScalar: asm.DivScalarF64NEON,
		MaximumScalar: asm.MaximumScalarF64NEON, MinimumScalar: asm.MinimumScalarF64NEON,
		ScalarSub: asm.ScalarSubF64NEON, ScalarDiv: asm.ScalarDivF64NEON,
		AddStrided:     stridedAsm(asm.AddF64NEON, asm.AddScalarF64NEON, asm.AddStridedF64NEON),
		SubStrided:     stridedAsm(asm.SubF64NEON, asm.SubScalarF64NEON, asm.SubStridedF64NEON),
		MulStrided:     stridedAsm(asm.MulF64NEON, asm.MulScalarF64NEON, asm.MulStridedF64NEON),
		DivStrided:     stridedAsm(asm.DivF64NEON, asm.DivScalarF64NEON, asm.DivStridedF64NEON),
		MaximumStrided: stridedAsm(asm.MaximumF64NEON, asm.MaximumScalarF64NEON, asm.MaximumStridedF64NEON),
		MinimumStrided: stridedAsm(asm.MinimumF64NEON, asm.MinimumScalarF64NEON, asm.MinimumStridedF64NEON),
		Abs:            asm.AbsF64NEON, Neg: asm.NegF64NEON, Sqrt: asm.SqrtF64NEON, Square: asm.SquareF64NEON,
		Sum:   func(x []float64) float64 { return sumNEON(kSum, x, x) },
		SumSq: func(x []float64) float64 { return sumNEON(kSumSq, x, x) },
		Dot:   func(x, y []float64) float64 { return sumNEON(kDot, x, y) },
		Max: func(x []float64) float64 {
			if m := asm.MaxF64NEON(x); m == m && m != 0 {
				return m
			}
			return maxGeneric(x) // the first NaN, or the sign of a zero
		},
		Min: func(x []float64) float64 {
			if m := asm.MinF64NEON(x); m == m && m != 0 {
				return m
			}
			return minGeneric(x)
		},
		ArgMax: argAsm(2, asm.ArgMaxF64NEON, true),
		ArgMin: argAsm(2, asm.ArgMinF64NEON, false),
		Exp:    asm.ExpF64NEON, Log: asm.LogF64NEON,
		Tanh:              asm.TanhF64NEON,
		Sigmoid:           asm.SigmoidF64NEON,
		SigmoidDerivative: asm.SigmoidDerivativeF64NEON,
		Axpy:              asm.AxpyF64NEON,
		Scale:             func(alpha float64, x []float64) { asm.MulScalarF64NEON(x, x, alpha) },
		FromUint8:         asm.FromUint8F64NEON,
	}
}

// neonOps32 is the NEON float32 table; kernels left nil use the generic twin.
func neonOps32() ops[float32] {
	return ops[float32]{
		Add: asm.AddF32NEON, Sub: asm.SubF32NEON, Mul: asm.MulF32NEON, Div: asm.DivF32NEON,
		Maximum: asm.MaximumF32NEON, Minimum: asm.MinimumF32NEON,
		AddScalar: asm.AddScalarF32NEON, SubScalar: asm.SubScalarF32NEON,
		MulScalar: asm.MulScalarF32NEON, DivScalar: asm.DivScalarF32NEON,
		MaximumScalar: asm.MaximumScalarF32NEON, MinimumScalar: asm.MinimumScalarF32NEON,
		ScalarSub: asm.ScalarSubF32NEON, ScalarDiv: asm.ScalarDivF32NEON,
		AddStrided:     stridedAsm(asm.AddF32NEON, asm.AddScalarF32NEON, asm.AddStridedF32NEON),
		SubStrided:     stridedAsm(asm.SubF32NEON, asm.SubScalarF32NEON, asm.SubStridedF32NEON),
		MulStrided:     stridedAsm(asm.MulF32NEON, asm.MulScalarF32NEON, asm.MulStridedF32NEON),
		DivStrided:     stridedAsm(asm.DivF32NEON, asm.DivScalarF32NEON, asm.DivStridedF32NEON),
		MaximumStrided: stridedAsm(asm.MaximumF32NEON, asm.MaximumScalarF32NEON, asm.MaximumStridedF32NEON),
		MinimumStrided: stridedAsm(asm.MinimumF32NEON, asm.MinimumScalarF32NEON, asm.MinimumStridedF32NEON),
		Abs:            asm.AbsF32NEON, Neg: asm.NegF32NEON, Sqrt: asm.SqrtF32NEON, Square: asm.SquareF32NEON,
		Sum:   func(x []float32) float32 { return float32(sumNEON(kSum, x, x)) },
		SumSq: func(x []float32) float32 { return float32(sumNEON(kSumSq, x, x)) },
		Dot:   func(x, y []float32) float32 { return float32(sumNEON(kDot, x, y)) },
		Max: func(x []float32) float32 {
			if m := asm.MaxF32NEON(x); m == m && m != 0 {
				return m
			}
			return maxGeneric(x)
		},
		Min: func(x []float32) float32 {
			if m := asm.MinF32NEON(x); m == m && m != 0 {
				return m
			}
			return minGeneric(x)
		},
		ArgMax: argAsm(4, asm.ArgMaxF32NEON, true),
		ArgMin: argAsm(4, asm.ArgMinF32NEON, false),
		Exp:    asm.ExpF32NEON, Log: asm.LogF32NEON,
		Tanh:              asm.TanhF32NEON,
		Sigmoid:           asm.SigmoidF32NEON,
		SigmoidDerivative: asm.SigmoidDerivativeF32NEON,
		Axpy:              asm.AxpyF32NEON,
		Scale:             func(alpha float32, x []float32) { asm.MulScalarF32NEON(x, x, alpha) },
		FromUint8:         asm.FromUint8F32NEON,
	}
}

// The NEON sums: the assembly returns the float64 sum of each block of
// neonBlock elements (16 lanes, added as a tree); the block sums of up to
// neonChunk elements are added as a tree here, and longer inputs are split in
// halves (at block boundaries), so the whole is a pairwise sum like the
// generic twin's.
const (
	neonBlock = 128
	neonChunk = 64 * neonBlock
)

// The kinds of sum.
const (
	kSum = iota
	kSumSq
	kDot
)

// sumNEON is the sum of kind k over x (and y, as long as x), in float64.
func sumNEON[T Float](k int, x, y []T) float64 {
	if len(x) > neonChunk {
		mid := len(x) / 2 &^ (neonBlock - 1)
		return sumNEON(k, x[:mid], y[:mid]) + sumNEON(k, x[mid:], y[mid:])
	}
	var buf [neonChunk / neonBlock]float64
	out := buf[:(len(x)+neonBlock-1)/neonBlock]
	sumBlocksNEON(k, out, x, y)
	return treeSum(out)
}

// sumBlocksNEON sets out[i] to the float64 sum of kind k over the i-th
// block of neonBlock elements of x (and y).
func sumBlocksNEON[T Float](k int, out []float64, x, y []T) {
	switch x := any(x).(type) {
	case []float64:
		y := any(y).([]float64)
		switch k {
		case kSum:
			asm.SumBlocksF64NEON(out, x)
		case kSumSq:
			asm.SumSqBlocksF64NEON(out, x)
		case kDot:
			asm.DotBlocksF64NEON(out, x, y)
		}
	case []float32:
		y := any(y).([]float32)
		switch k {
		case kSum:
			asm.SumBlocksF32NEON(out, x)
		case kSumSq:
			asm.SumSqBlocksF32NEON(out, x)
		case kDot:
			asm.DotBlocksF32NEON(out, x, y)
		}
	}
}

// treeSum adds v pairwise (0 if v is empty).
func treeSum(v []float64) float64 {
	switch len(v) {
	case 0:
		return 0
	case 1:
		return v[0]
	}
	h := len(v) / 2
	return treeSum(v[:h]) + treeSum(v[h:])
}
