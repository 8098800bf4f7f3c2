package ufunc

import "github.com/ndsimd/ndsimd/ndarray"

// Comparisons give a bool array, with NumPy's broadcasting. NaN compares as
// in NumPy (and IEEE 754): x == NaN, x < NaN, ... are false and x != NaN is
// true. Each has an Into form writing into an existing bool array and a
// Scalar form comparing with one number (x > 0.5); for a number on the left
// (0.5 < x) use the mirrored comparison (GreaterScalar(x, 0.5)) or the
// Scalar… form ([ScalarLess]).

// Equal returns x == y elementwise, np.equal (x == y in NumPy).
func Equal[T ndarray.Elem](x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpEq[T], parallelMinCheap, nil, x, y)
}

// EqualInto stores x == y in out and returns out (see [AddInto]).
func EqualInto[T ndarray.Elem](out *ndarray.Array[bool], x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpEq[T], parallelMinCheap, out, x, y)
}

// EqualScalar returns x == s elementwise.
func EqualScalar[T ndarray.Elem](x *ndarray.Array[T], s T) *ndarray.Array[bool] {
	return Equal(x, ndarray.Scalar(s))
}

// NotEqual returns x != y elementwise, np.not_equal (true where either is
// NaN).
func NotEqual[T ndarray.Elem](x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpNe[T], parallelMinCheap, nil, x, y)
}

// NotEqualInto stores x != y in out and returns out (see [AddInto]).
func NotEqualInto[T ndarray.Elem](out *ndarray.Array[bool], x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpNe[T], parallelMinCheap, out, x, y)
}

// NotEqualScalar returns x != s elementwise.
func NotEqualScalar[T ndarray.Elem](x *ndarray.Array[T], s T) *ndarray.Array[bool] {
	return NotEqual(x, ndarray.Scalar(s))
}

// Less returns x < y elementwise, np.less.
func Less[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpLt[T], parallelMinCheap, nil, x, y)
}

// LessInto stores x < y in out and returns out (see [AddInto]).
func LessInto[T ndarray.Number](out *ndarray.Array[bool], x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpLt[T], parallelMinCheap, out, x, y)
}

// LessScalar returns x < s elementwise.
func LessScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[bool] {
	return Less(x, ndarray.Scalar(s))
}

// ScalarLess returns s < x elementwise.
func ScalarLess[T ndarray.Number](s T, x *ndarray.Array[T]) *ndarray.Array[bool] {
	return Less(ndarray.Scalar(s), x)
}

// LessEqual returns x <= y elementwise, np.less_equal.
func LessEqual[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpLe[T], parallelMinCheap, nil, x, y)
}

// LessEqualInto stores x <= y in out and returns out (see [AddInto]).
func LessEqualInto[T ndarray.Number](out *ndarray.Array[bool], x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpLe[T], parallelMinCheap, out, x, y)
}

// LessEqualScalar returns x <= s elementwise.
func LessEqualScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[bool] {
	return LessEqual(x, ndarray.Scalar(s))
}

// ScalarLessEqual returns s <= x elementwise.
func ScalarLessEqual[T ndarray.Number](s T, x *ndarray.Array[T]) *ndarray.Array[bool] {
	return LessEqual(ndarray.Scalar(s), x)
}

// Greater returns x > y elementwise, np.greater (A > B in NumPy).
func Greater[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpGt[T], parallelMinCheap, nil, x, y)
}

// GreaterInto stores x > y in out and returns out (see [AddInto]).
func GreaterInto[T ndarray.Number](out *ndarray.Array[bool], x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpGt[T], parallelMinCheap, out, x, y)
}

// GreaterScalar returns x > s elementwise (A > 0.5 in NumPy).
func GreaterScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[bool] {
	return Greater(x, ndarray.Scalar(s))
}

// ScalarGreater returns s > x elementwise.
func ScalarGreater[T ndarray.Number](s T, x *ndarray.Array[T]) *ndarray.Array[bool] {
	return Greater(ndarray.Scalar(s), x)
}

// GreaterEqual returns x >= y elementwise, np.greater_equal.
func GreaterEqual[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpGe[T], parallelMinCheap, nil, x, y)
}

// GreaterEqualInto stores x >= y in out and returns out (see [AddInto]).
func GreaterEqualInto[T ndarray.Number](out *ndarray.Array[bool], x, y *ndarray.Array[T]) *ndarray.Array[bool] {
	return binaryTo(cmpGe[T], parallelMinCheap, out, x, y)
}

// GreaterEqualScalar returns x >= s elementwise.
func GreaterEqualScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[bool] {
	return GreaterEqual(x, ndarray.Scalar(s))
}

// ScalarGreaterEqual returns s >= x elementwise.
func ScalarGreaterEqual[T ndarray.Number](s T, x *ndarray.Array[T]) *ndarray.Array[bool] {
	return GreaterEqual(ndarray.Scalar(s), x)
}
