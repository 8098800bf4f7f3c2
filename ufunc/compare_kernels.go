package ufunc

import "github.com/ndsimd/ndsimd/kernels"

// The SIMD fast paths of the comparisons and Where: contiguous float64 and
// float32 runs (both operands contiguous, or one of them a single value) go
// to the kernels package.

// cmpOp numbers the comparisons as the kernel tables below.
type cmpOp int

const (
	opEq cmpOp = iota
	opNe
	opLt
	opLe
	opGt
	opGe
)

// mirrored is the comparison with its operands swapped: s < x is x > s.
var mirrored = [...]cmpOp{opEq, opNe, opGt, opGe, opLt, opLe}

// cmpKernels runs comparison op on a contiguous run of n elements (x and y
// each contiguous from ox/oy, or one value when its stride is 0) with the
// float kernels and reports true; for other types and strides it does
// nothing and reports false.
func cmpKernels[T any](op cmpOp, d []bool, x []T, ox, sx int, y []T, oy, sy int) bool {
	switch xs := any(x).(type) {
	case []float64:
		return cmpRun(op, d, xs, ox, sx, any(y).([]float64), oy, sy)
	case []float32:
		return cmpRun(op, d, xs, ox, sx, any(y).([]float32), oy, sy)
	}
	return false
}

func cmpRun[F kernels.Float](op cmpOp, d []bool, x []F, ox, sx int, y []F, oy, sy int) bool {
	n := len(d)
	switch {
	case sx == 1 && sy == 1:
		cmpSlices[F](op)(d, x[ox:ox+n], y[oy:oy+n])
	case sx == 1 && sy == 0:
		cmpScalar[F](op)(d, x[ox:ox+n], y[oy])
	case sx == 0 && sy == 1:
		cmpScalar[F](mirrored[op])(d, y[oy:oy+n], x[ox])
	default:
		return false
	}
	return true
}

func cmpSlices[F kernels.Float](op cmpOp) func(d []bool, x, y []F) {
	return [...]func(d []bool, x, y []F){kernels.Equal[F], kernels.NotEqual[F], kernels.Less[F],
		kernels.LessEqual[F], kernels.Greater[F], kernels.GreaterEqual[F]}[op]
}

func cmpScalar[F kernels.Float](op cmpOp) func(d []bool, x []F, s F) {
	return [...]func(d []bool, x []F, s F){kernels.EqualScalar[F], kernels.NotEqualScalar[F], kernels.LessScalar[F],
		kernels.LessEqualScalar[F], kernels.GreaterScalar[F], kernels.GreaterEqualScalar[F]}[op]
}

// whereKernels runs where on a contiguous run of n float64 or float32
// elements with x and y both contiguous and reports true; otherwise it does
// nothing and reports false.
func whereKernels[T any](d []T, m []bool, x []T, ox, sx int, y []T, oy, sy int) bool {
	if sx != 1 || sy != 1 {
		return false
	}
	n := len(d)
	switch dd := any(d).(type) {
	case []float64:
		kernels.Where(dd, m, any(x).([]float64)[ox:ox+n], any(y).([]float64)[oy:oy+n])
		return true
	case []float32:
		kernels.Where(dd, m, any(x).([]float32)[ox:ox+n], any(y).([]float32)[oy:oy+n])
		return true
	}
	return false
}
