//go:build !purego

package kernels

import (
	"golang.org/x/sys/cpu"

	"github.com/ndsimd/ndsimd/kernels/asm"
)

// archImpls returns the arm64 assembly implementations: NEON (ASIMD), which
// every arm64 CPU Go runs on has, but which is still checked.
func archImpls() []*impl {
	im := &impl{
		name:      "neon",
		available: cpu.ARM64.HasASIMD,
		needs:     "ASIMD",
		f64:       neonOps64(),
		f32:       neonOps32(),
	}
	setTrigNEON(im)
	setPowNEON(im)
	return []*impl{im}
}

// neonOps64 is the NEON float64 table; kernels left nil use the generic twin.
func neonOps64() ops[float64] {
	return ops[float64]{
		Add: asm.AddF64, Sub: asm.SubF64, Mul: asm.MulF64, Div: asm.DivF64,
		Maximum: asm.MaximumF64, Minimum: asm.MinimumF64,
		AddScalar: asm.AddScalarF64, SubScalar: asm.SubScalarF64,
		MulScalar: asm.MulScalarF64, DivScalar: asm.DivScalarF64,
		MaximumScalar: asm.MaximumScalarF64, MinimumScalar: asm.MinimumScalarF64,
		ScalarSub: asm.ScalarSubF64, ScalarDiv: asm.ScalarDivF64,
		AddStrided:     stridedAsm(asm.AddF64, asm.AddScalarF64, asm.AddStridedF64),
		SubStrided:     stridedAsm(asm.SubF64, asm.SubScalarF64, asm.SubStridedF64),
		MulStrided:     stridedAsm(asm.MulF64, asm.MulScalarF64, asm.MulStridedF64),
		DivStrided:     stridedAsm(asm.DivF64, asm.DivScalarF64, asm.DivStridedF64),
		MaximumStrided: stridedAsm(asm.MaximumF64, asm.MaximumScalarF64, asm.MaximumStridedF64),
		MinimumStrided: stridedAsm(asm.MinimumF64, asm.MinimumScalarF64, asm.MinimumStridedF64),
		Abs:            asm.AbsF64, Neg: asm.NegF64, Sqrt: asm.SqrtF64, Square: asm.SquareF64,
		Sum:   func(x []float64) float64 { return sumNEON64(kSum, x, x) },
		SumSq: func(x []float64) float64 { return sumNEON64(kSumSq, x, x) },
		Dot:   func(x, y []float64) float64 { return sumNEON64(kDot, x, y) },
		Max: func(x []float64) float64 {
			if m := asm.MaxF64(x); m == m && m != 0 {
				return m
			}
			return maxGeneric(x) // the first NaN, or the sign of a zero
		},
		Min: func(x []float64) float64 {
			if m := asm.MinF64(x); m == m && m != 0 {
				return m
			}
			return minGeneric(x)
		},
		ArgMax: argAsm(2, asm.ArgMaxF64, true),
		ArgMin: argAsm(2, asm.ArgMinF64, false),
		Exp:    asm.ExpF64, Log: asm.LogF64,
		Tanh:              asm.TanhF64,
		Sigmoid:           asm.SigmoidF64,
		SigmoidDerivative: asm.SigmoidDerivativeF64,
		Axpy:              asm.AxpyF64,
		Scale:             func(alpha float64, x []float64) { asm.MulScalarF64(x, x, alpha) },
		FromUint8:         asm.FromUint8F64,
	}
}

// neonOps32 is the NEON float32 table; kernels left nil use the generic twin.
func neonOps32() ops[float32] {
	return ops[float32]{
		Add: asm.AddF32, Sub: asm.SubF32, Mul: asm.MulF32, Div: asm.DivF32,
		Maximum: asm.MaximumF32, Minimum: asm.MinimumF32,
		AddScalar: asm.AddScalarF32, SubScalar: asm.SubScalarF32,
		MulScalar: asm.MulScalarF32, DivScalar: asm.DivScalarF32,
		MaximumScalar: asm.MaximumScalarF32, MinimumScalar: asm.MinimumScalarF32,
		ScalarSub: asm.ScalarSubF32, ScalarDiv: asm.ScalarDivF32,
		AddStrided:     stridedAsm(asm.AddF32, asm.AddScalarF32, asm.AddStridedF32),
		SubStrided:     stridedAsm(asm.SubF32, asm.SubScalarF32, asm.SubStridedF32),
		MulStrided:     stridedAsm(asm.MulF32, asm.MulScalarF32, asm.MulStridedF32),
		DivStrided:     stridedAsm(asm.DivF32, asm.DivScalarF32, asm.DivStridedF32),
		MaximumStrided: stridedAsm(asm.MaximumF32, asm.MaximumScalarF32, asm.MaximumStridedF32),
		MinimumStrided: stridedAsm(asm.MinimumF32, asm.MinimumScalarF32, asm.MinimumStridedF32),
		Abs:            asm.AbsF32, Neg: asm.NegF32, Sqrt: asm.SqrtF32, Square: asm.SquareF32,
		Sum:   func(x []float32) float32 { return float32(sumNEON32(kSum, x, x)) },
		SumSq: func(x []float32) float32 { return float32(sumNEON32(kSumSq, x, x)) },
		Dot:   func(x, y []float32) float32 { return float32(sumNEON32(kDot, x, y)) },
		Max: func(x []float32) float32 {
			if m := asm.MaxF32(x); m == m && m != 0 {
				return m
			}
			return maxGeneric(x)
		},
		Min: func(x []float32) float32 {
			if m := asm.MinF32(x); m == m && m != 0 {
				return m
			}
			return minGeneric(x)
		},
		ArgMax: argAsm(4, asm.ArgMaxF32, true),
		ArgMin: argAsm(4, asm.ArgMinF32, false),
		Exp:    asm.ExpF32, Log: asm.LogF32,
		Tanh:              asm.TanhF32,
		Sigmoid:           asm.SigmoidF32,
		SigmoidDerivative: asm.SigmoidDerivativeF32,
		Axpy:              asm.AxpyF32,
		Scale:             func(alpha float32, x []float32) { asm.MulScalarF32(x, x, alpha) },
		FromUint8:         asm.FromUint8F32,
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
	kL1
	kL2
)

// sumNEON64 is the sum of kind k over x (and y, as long as x).
func sumNEON64(k int, x, y []float64) float64 {
	if len(x) > neonChunk {
		mid := len(x) / 2 &^ (neonBlock - 1)
		return sumNEON64(k, x[:mid], y[:mid]) + sumNEON64(k, x[mid:], y[mid:])
	}
	var buf [neonChunk / neonBlock]float64
	out := buf[:(len(x)+neonBlock-1)/neonBlock]
	switch k {
	case kSum:
		asm.SumBlocksF64(out, x)
	case kSumSq:
		asm.SumSqBlocksF64(out, x)
	case kDot:
		asm.DotBlocksF64(out, x, y)
	case kL1:
		asm.L1DistBlocksF64(out, x, y)
	case kL2:
		asm.L2DistSqBlocksF64(out, x, y)
	}
	return treeSum(out)
}

// sumNEON32 is sumNEON64 for float32 inputs (summed in float64).
func sumNEON32(k int, x, y []float32) float64 {
	if len(x) > neonChunk {
		mid := len(x) / 2 &^ (neonBlock - 1)
		return sumNEON32(k, x[:mid], y[:mid]) + sumNEON32(k, x[mid:], y[mid:])
	}
	var buf [neonChunk / neonBlock]float64
	out := buf[:(len(x)+neonBlock-1)/neonBlock]
	switch k {
	case kSum:
		asm.SumBlocksF32(out, x)
	case kSumSq:
		asm.SumSqBlocksF32(out, x)
	case kDot:
		asm.DotBlocksF32(out, x, y)
	case kL1:
		asm.L1DistBlocksF32(out, x, y)
	case kL2:
		asm.L2DistSqBlocksF32(out, x, y)
	}
	return treeSum(out)
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
