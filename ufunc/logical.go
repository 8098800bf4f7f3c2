package ufunc

import (
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
)

// LogicalAnd returns x && y elementwise on bool arrays with broadcasting,
// np.logical_and (A & B on bool arrays).
func LogicalAnd(x, y *ndarray.Array[bool]) *ndarray.Array[bool] {
	return binaryTo(logicalAnd, parallelMinCheap, nil, x, y)
}

// LogicalAndInto stores x && y in out and returns out (see [AddInto]).
func LogicalAndInto(out, x, y *ndarray.Array[bool]) *ndarray.Array[bool] {
	return binaryTo(logicalAnd, parallelMinCheap, out, x, y)
}

// LogicalOr returns x || y elementwise, np.logical_or (A | B).
func LogicalOr(x, y *ndarray.Array[bool]) *ndarray.Array[bool] {
	return binaryTo(logicalOr, parallelMinCheap, nil, x, y)
}

// LogicalOrInto stores x || y in out and returns out (see [AddInto]).
func LogicalOrInto(out, x, y *ndarray.Array[bool]) *ndarray.Array[bool] {
	return binaryTo(logicalOr, parallelMinCheap, out, x, y)
}

// LogicalXor returns x != y elementwise, np.logical_xor (A ^ B).
func LogicalXor(x, y *ndarray.Array[bool]) *ndarray.Array[bool] {
	return binaryTo(cmpNe[bool], parallelMinCheap, nil, x, y)
}

// LogicalXorInto stores x xor y in out and returns out (see [AddInto]).
func LogicalXorInto(out, x, y *ndarray.Array[bool]) *ndarray.Array[bool] {
	return binaryTo(cmpNe[bool], parallelMinCheap, out, x, y)
}

// LogicalNot returns !x elementwise, np.logical_not (~A on a bool array).
func LogicalNot(x *ndarray.Array[bool]) *ndarray.Array[bool] {
	return unaryTo(logicalNot, parallelMinCheap, nil, x)
}

// LogicalNotInto stores !x in out and returns out (see [ExpInto]).
func LogicalNotInto(out, x *ndarray.Array[bool]) *ndarray.Array[bool] {
	return unaryTo(logicalNot, parallelMinCheap, out, x)
}

// IsNaN reports elementwise whether x is NaN, np.isnan.
func IsNaN[T ndarray.Float](x *ndarray.Array[T]) *ndarray.Array[bool] {
	return unaryTo(isNaNRun[T], parallelMinCheap, nil, x)
}

// IsNaNInto stores isnan(x) in out and returns out (see [ExpInto]).
func IsNaNInto[T ndarray.Float](out *ndarray.Array[bool], x *ndarray.Array[T]) *ndarray.Array[bool] {
	return unaryTo(isNaNRun[T], parallelMinCheap, out, x)
}

// IsInf reports elementwise whether x is +Inf or -Inf, np.isinf.
func IsInf[T ndarray.Float](x *ndarray.Array[T]) *ndarray.Array[bool] {
	return unaryTo(isInfRun[T], parallelMinCheap, nil, x)
}

// IsInfInto stores isinf(x) in out and returns out (see [ExpInto]).
func IsInfInto[T ndarray.Float](out *ndarray.Array[bool], x *ndarray.Array[T]) *ndarray.Array[bool] {
	return unaryTo(isInfRun[T], parallelMinCheap, out, x)
}

// IsFinite reports elementwise whether x is neither infinite nor NaN,
// np.isfinite.
func IsFinite[T ndarray.Float](x *ndarray.Array[T]) *ndarray.Array[bool] {
	return unaryTo(isFiniteRun[T], parallelMinCheap, nil, x)
}

// IsFiniteInto stores isfinite(x) in out and returns out (see [ExpInto]).
func IsFiniteInto[T ndarray.Float](out *ndarray.Array[bool], x *ndarray.Array[T]) *ndarray.Array[bool] {
	return unaryTo(isFiniteRun[T], parallelMinCheap, out, x)
}

func logicalAnd(n int, dst []bool, od, sd int, x []bool, ox, sx int, y []bool, oy, sy int) {
	for range n {
		dst[od] = x[ox] && y[oy]
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

func logicalOr(n int, dst []bool, od, sd int, x []bool, ox, sx int, y []bool, oy, sy int) {
	for range n {
		dst[od] = x[ox] || y[oy]
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

func logicalNot(n int, dst []bool, od, sd int, x []bool, ox, sx int) {
	for range n {
		dst[od] = !x[ox]
		od, ox = od+sd, ox+sx
	}
}

func isNaNRun[T ndarray.Float](n int, dst []bool, od, sd int, x []T, ox, sx int) {
	for range n {
		v := x[ox]
		dst[od] = v != v
		od, ox = od+sd, ox+sx
	}
}

func isInfRun[T ndarray.Float](n int, dst []bool, od, sd int, x []T, ox, sx int) {
	for range n {
		v := float64(x[ox])
		dst[od] = math.IsInf(v, 0)
		od, ox = od+sd, ox+sx
	}
}

func isFiniteRun[T ndarray.Float](n int, dst []bool, od, sd int, x []T, ox, sx int) {
	for range n {
		v := x[ox]
		dst[od] = v-v == 0 // NaN and ±Inf give NaN
		od, ox = od+sd, ox+sx
	}
}
