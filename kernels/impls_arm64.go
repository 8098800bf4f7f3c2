//go:build !purego

package kernels

import (
	"golang.org/x/sys/cpu"

	"github.com/ndsimd/ndsimd/kernels/asm"
)

// archImpls returns the arm64 assembly implementations: NEON (ASIMD), which
// every arm64 CPU Go runs on has, but which is still checked.
func archImpls() []*impl {
	return []*impl{{
		name:      "neon",
		available: cpu.ARM64.HasASIMD,
		needs:     "ASIMD",
		f64:       neonOps64(),
		f32:       neonOps32(),
	}}
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
		Abs: asm.AbsF64, Neg: asm.NegF64, Sqrt: asm.SqrtF64, Square: asm.SquareF64,
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
		Abs: asm.AbsF32, Neg: asm.NegF32, Sqrt: asm.SqrtF32, Square: asm.SquareF32,
	}
}
