//go:build !purego

package kernels

import (
	"github.com/klauspost/cpuid/v2"

	"github.com/ndsimd/ndsimd/kernels/internal/asm"
)

// archImpls returns the amd64 assembly implementations: avx2 (AVX2 and FMA,
// Y registers) and avx512 (AVX-512 F, Z registers and masked tails, with BMI2
// for the tail masks), every family (elementwise and reductions, math,
// GEMM, GEMV and sort). Kernels left nil here fall back to the generic twins.
func archImpls() []*impl {
	a2 := &impl{
		name:  "avx2",
		needs: []cpuid.FeatureID{cpuid.AVX, cpuid.AVX2, cpuid.FMA3},
		f64:   elemKernels[float64]{ops: opsF64AVX2()},
		f32:   elemKernels[float32]{ops: opsF32AVX2()},
	}
	setMathAVX2(a2)
	setTrigAVX2(a2)
	setPowAVX2(a2)
	setSelectAVX2(a2)
	setRotAVX2(a2)
	setSortAVX2(a2)
	setRandomAVX2(a2)
	setStreamAVX2(a2)
	setGemmAVX2(a2)
	a5 := &impl{
		name:  "avx512",
		needs: []cpuid.FeatureID{cpuid.AVX512F, cpuid.AVX2, cpuid.FMA3, cpuid.BMI2},
		f64:   elemKernels[float64]{ops: opsF64AVX512()},
		f32:   elemKernels[float32]{ops: opsF32AVX512()},
	}
	setMathAVX512(a5)
	setTrigAVX512(a5)
	setPowAVX512(a5)
	setSelectAVX512(a5)
	setRotAVX512(a5)
	setSortAVX512(a5)
	setRandomAVX512(a5)
	setStreamAVX512(a5)
	setGemmAVX512(a5)
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
		Max:            extremeAsm(asm.MaxF64AVX2),
		Min:            extremeAsm(asm.MinF64AVX2),
		ArgMax:         argFind(4, asm.ArgMaxF64AVX2, true),
		ArgMaxRows:     argRowsAsm(4, 1<<53, asm.ArgMaxRowsF64AVX2, argFind(4, asm.ArgMaxF64AVX2, true)),
		ArgMin:         argFind(4, asm.ArgMinF64AVX2, false),
		ArgMinRows:     argRowsAsm(4, 1<<53, asm.ArgMinRowsF64AVX2, argFind(4, asm.ArgMinF64AVX2, false)),
		Transpose:      transposeAsm(4, asm.TransposeF64AVX2),
		SumRows:        sumRowsAsm(4, asm.SumRowsF64AVX2),
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
		Max:            extremeAsm(asm.MaxF32AVX2),
		Min:            extremeAsm(asm.MinF32AVX2),
		ArgMax:         argFind(8, asm.ArgMaxF32AVX2, true),
		ArgMaxRows:     argRowsAsm(8, 1<<24, asm.ArgMaxRowsF32AVX2, argFind(8, asm.ArgMaxF32AVX2, true)),
		ArgMin:         argFind(8, asm.ArgMinF32AVX2, false),
		ArgMinRows:     argRowsAsm(8, 1<<24, asm.ArgMinRowsF32AVX2, argFind(8, asm.ArgMinF32AVX2, false)),
		Transpose:      transposeAsm(8, asm.TransposeF32AVX2),
		SumRows:        sumRowsAsm(8, asm.SumRowsF32AVX2),
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
		Max:            extremeAsm(asm.MaxF64AVX512),
		Min:            extremeAsm(asm.MinF64AVX512),
		ArgMax:         argFind(8, asm.ArgMaxF64AVX512, true),
		ArgMaxRows:     argRowsAsm(8, 1<<53, asm.ArgMaxRowsF64AVX512, argFind(8, asm.ArgMaxF64AVX512, true)),
		ArgMin:         argFind(8, asm.ArgMinF64AVX512, false),
		ArgMinRows:     argRowsAsm(8, 1<<53, asm.ArgMinRowsF64AVX512, argFind(8, asm.ArgMinF64AVX512, false)),
		Transpose:      transposeAsm(8, asm.TransposeF64AVX512),
		SumRows:        sumRowsAsm(8, asm.SumRowsF64AVX512),
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
		Max:            extremeAsm(asm.MaxF32AVX512),
		Min:            extremeAsm(asm.MinF32AVX512),
		ArgMax:         argFind(16, asm.ArgMaxF32AVX512, true),
		ArgMaxRows:     argRowsAsm(16, 1<<24, asm.ArgMaxRowsF32AVX512, argFind(16, asm.ArgMaxF32AVX512, true)),
		ArgMin:         argFind(16, asm.ArgMinF32AVX512, false),
		ArgMinRows:     argRowsAsm(16, 1<<24, asm.ArgMinRowsF32AVX512, argFind(16, asm.ArgMinF32AVX512, false)),
		Transpose:      transposeAsm(8, asm.TransposeF32AVX512),
		SumRows:        sumRowsAsm(16, asm.SumRowsF32AVX512),
	}
}

// extremeAsm is the Max or Min kernel made of an assembly scan that finds
// the value: likeGeneric replaces a zero or NaN result with the element the
// generic twin returns (the last zero, or the first NaN).
func extremeAsm[T Float](scan func(x []T) T) func(x []T) T {
	return func(x []T) T { return likeGeneric(x, scan(x)) }
}

// likeGeneric returns m, unless m is a zero or a NaN: then the first NaN of
// x, or the last zero, which is what the generic Max and Min return when m
// is their value (a zero that ties with the running extreme replaces it, as
// in NumPy's maximum.reduce, so max([-0., 0.]) is 0. and max([0., -0.]) is
// -0.).
func likeGeneric[T Float](x []T, m T) T {
	switch {
	case m != m:
		for _, v := range x {
			if v != v {
				return v
			}
		}
	case m == 0:
		for i := len(x) - 1; i >= 0; i-- {
			if x[i] == 0 {
				return x[i]
			}
		}
	}
	return m
}
