package ufunc

import (
	"math"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// The unary float ufuncs past exp/log/tanh: trigonometric, hyperbolic,
// logarithms and exponentials, rounding, sign and reciprocal, for float64
// and float32, each with its Into form. They run through the same engine as
// Exp: contiguous runs call a flat-slice function, strided ones gather into
// a buffer, large arrays are split across goroutines.

// mathOp names one of these operations.
type mathOp int

const (
	opSin mathOp = iota
	opCos
	opTan
	opArcsin
	opArccos
	opArctan
	opSinh
	opCosh
	opLog1p
	opExpm1
	opLog2
	opLog10
	opExp2
	opCbrt
	opFloor
	opCeil
	opTrunc
	opRint
	opSign
	opReciprocal
	numMathOps
)

// mathFunc returns the flat-slice function of op for F.
func mathFunc[F ndarray.Float](op mathOp) func(dst, x []F) {
	switch op {
	case opSin:
		return kernels.Sin[F]
	case opCos:
		return kernels.Cos[F]
	case opTan:
		return kernels.Tan[F]
	case opArcsin:
		return goMath[F](math.Asin)
	case opArccos:
		return goMath[F](math.Acos)
	case opArctan:
		return goMath[F](math.Atan)
	case opSinh:
		return goMath[F](math.Sinh)
	case opCosh:
		return goMath[F](math.Cosh)
	case opLog1p:
		return kernels.Log1p[F]
	case opExpm1:
		return kernels.Expm1[F]
	case opLog2:
		return goMath[F](math.Log2)
	case opLog10:
		return goMath[F](math.Log10)
	case opExp2:
		return goMath[F](math.Exp2)
	case opCbrt:
		return goMath[F](math.Cbrt)
	case opFloor:
		return floorSlice[F]
	case opCeil:
		return ceilSlice[F]
	case opTrunc:
		return truncSlice[F]
	case opRint:
		return rintSlice[F]
	case opSign:
		return signSlice[F]
	case opReciprocal:
		return reciprocalSlice[F]
	}
	panic("ufunc: unknown math op")
}

// costly reports whether op is compute-bound (a lower threading threshold).
func (op mathOp) costly() bool { return op < opFloor }

func (op mathOp) minSize() int {
	if op.costly() {
		return parallelMinCostly
	}
	return parallelMinCheap
}

// The loops, built once (building them allocates).
var (
	mathF64 [numMathOps]unLoop[float64]
	mathF32 [numMathOps]unLoop[float32]
)

func init() {
	for op := range numMathOps {
		mathF64[op] = sliceLoop(mathFunc[float64](op))
		mathF32[op] = sliceLoop(mathFunc[float32](op))
	}
}

// mathLoop returns the loop of op for F.
func mathLoop[F ndarray.Float](op mathOp) *unLoop[F] {
	var z F
	if _, ok := any(z).(float64); ok {
		return any(&mathF64[op]).(*unLoop[F])
	}
	return any(&mathF32[op]).(*unLoop[F])
}

// Sin returns the sine elementwise, np.sin (x in radians).
func Sin[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opSin), opSin.minSize(), nil, x)
}

// SinInto stores np.sin(x) in out and returns out (see [ExpInto]).
func SinInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opSin), opSin.minSize(), out, x)
}

// Cos returns the cosine elementwise, np.cos.
func Cos[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opCos), opCos.minSize(), nil, x)
}

// CosInto stores np.cos(x) in out and returns out (see [ExpInto]).
func CosInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opCos), opCos.minSize(), out, x)
}

// Tan returns the tangent elementwise, np.tan.
func Tan[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opTan), opTan.minSize(), nil, x)
}

// TanInto stores np.tan(x) in out and returns out (see [ExpInto]).
func TanInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opTan), opTan.minSize(), out, x)
}

// Arcsin returns the inverse sine elementwise, np.arcsin (NaN outside [-1, 1]).
func Arcsin[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opArcsin), opArcsin.minSize(), nil, x)
}

// ArcsinInto stores np.arcsin(x) in out and returns out (see [ExpInto]).
func ArcsinInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opArcsin), opArcsin.minSize(), out, x)
}

// Arccos returns the inverse cosine elementwise, np.arccos (NaN outside [-1, 1]).
func Arccos[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opArccos), opArccos.minSize(), nil, x)
}

// ArccosInto stores np.arccos(x) in out and returns out (see [ExpInto]).
func ArccosInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opArccos), opArccos.minSize(), out, x)
}

// Arctan returns the inverse tangent elementwise, np.arctan.
func Arctan[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opArctan), opArctan.minSize(), nil, x)
}

// ArctanInto stores np.arctan(x) in out and returns out (see [ExpInto]).
func ArctanInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opArctan), opArctan.minSize(), out, x)
}

// Sinh returns the hyperbolic sine elementwise, np.sinh.
func Sinh[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opSinh), opSinh.minSize(), nil, x)
}

// SinhInto stores np.sinh(x) in out and returns out (see [ExpInto]).
func SinhInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opSinh), opSinh.minSize(), out, x)
}

// Cosh returns the hyperbolic cosine elementwise, np.cosh.
func Cosh[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opCosh), opCosh.minSize(), nil, x)
}

// CoshInto stores np.cosh(x) in out and returns out (see [ExpInto]).
func CoshInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opCosh), opCosh.minSize(), out, x)
}

// Log1p returns log(1 + x) elementwise, np.log1p, accurate for small x.
func Log1p[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opLog1p), opLog1p.minSize(), nil, x)
}

// Log1pInto stores np.log1p(x) in out and returns out (see [ExpInto]).
func Log1pInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opLog1p), opLog1p.minSize(), out, x)
}

// Expm1 returns exp(x) - 1 elementwise, np.expm1, accurate for small x.
func Expm1[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opExpm1), opExpm1.minSize(), nil, x)
}

// Expm1Into stores np.expm1(x) in out and returns out (see [ExpInto]).
func Expm1Into[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opExpm1), opExpm1.minSize(), out, x)
}

// Log2 returns the base-2 logarithm elementwise, np.log2.
func Log2[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opLog2), opLog2.minSize(), nil, x)
}

// Log2Into stores np.log2(x) in out and returns out (see [ExpInto]).
func Log2Into[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opLog2), opLog2.minSize(), out, x)
}

// Log10 returns the base-10 logarithm elementwise, np.log10.
func Log10[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opLog10), opLog10.minSize(), nil, x)
}

// Log10Into stores np.log10(x) in out and returns out (see [ExpInto]).
func Log10Into[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opLog10), opLog10.minSize(), out, x)
}

// Exp2 returns 2**x elementwise, np.exp2.
func Exp2[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opExp2), opExp2.minSize(), nil, x)
}

// Exp2Into stores np.exp2(x) in out and returns out (see [ExpInto]).
func Exp2Into[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opExp2), opExp2.minSize(), out, x)
}

// Cbrt returns the cube root elementwise, np.cbrt (negative for negative x).
func Cbrt[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opCbrt), opCbrt.minSize(), nil, x)
}

// CbrtInto stores np.cbrt(x) in out and returns out (see [ExpInto]).
func CbrtInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opCbrt), opCbrt.minSize(), out, x)
}

// Floor returns the largest integer not above x elementwise, np.floor.
func Floor[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opFloor), opFloor.minSize(), nil, x)
}

// FloorInto stores np.floor(x) in out and returns out (see [ExpInto]).
func FloorInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opFloor), opFloor.minSize(), out, x)
}

// Ceil returns the smallest integer not below x elementwise, np.ceil.
func Ceil[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opCeil), opCeil.minSize(), nil, x)
}

// CeilInto stores np.ceil(x) in out and returns out (see [ExpInto]).
func CeilInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opCeil), opCeil.minSize(), out, x)
}

// Trunc returns x rounded toward zero elementwise, np.trunc.
func Trunc[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opTrunc), opTrunc.minSize(), nil, x)
}

// TruncInto stores np.trunc(x) in out and returns out (see [ExpInto]).
func TruncInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opTrunc), opTrunc.minSize(), out, x)
}

// Rint returns x rounded to the nearest integer, ties to even, elementwise, np.rint.
func Rint[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opRint), opRint.minSize(), nil, x)
}

// RintInto stores np.rint(x) in out and returns out (see [ExpInto]).
func RintInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opRint), opRint.minSize(), out, x)
}

// Sign returns -1, 0 or 1 by the sign of x elementwise, np.sign (NaN for NaN, +0 for ±0).
func Sign[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opSign), opSign.minSize(), nil, x)
}

// SignInto stores np.sign(x) in out and returns out (see [ExpInto]).
func SignInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opSign), opSign.minSize(), out, x)
}

// Reciprocal returns 1/x elementwise, np.reciprocal (±Inf for ±0).
func Reciprocal[F ndarray.Float](x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opReciprocal), opReciprocal.minSize(), nil, x)
}

// ReciprocalInto stores np.reciprocal(x) in out and returns out (see [ExpInto]).
func ReciprocalInto[F ndarray.Float](out, x *ndarray.Array[F]) *ndarray.Array[F] {
	return unary(mathLoop[F](opReciprocal), opReciprocal.minSize(), out, x)
}
