package ufunc

import "github.com/ndsimd/ndsimd/ndarray"

// A number on either side of a binary operation. XScalar(x, s) is x op s
// (NumPy's x - 1) and ScalarX(s, x) is s op x (NumPy's 1 - x); both
// broadcast s like a Python number and run the scalar kernels. For the
// commutative Add, Multiply and Hypot the XScalar form serves both sides.

// ScalarSubtract returns s - x elementwise (1 - Y in NumPy).
func ScalarSubtract[T ndarray.Number](s T, x *ndarray.Array[T]) *ndarray.Array[T] {
	return Subtract(ndarray.Scalar(s), x)
}

// ScalarDivide returns s / x elementwise (2 / x in NumPy).
func ScalarDivide[T ndarray.Float](s T, x *ndarray.Array[T]) *ndarray.Array[T] {
	return Divide(ndarray.Scalar(s), x)
}

// ScalarPower returns s ** x elementwise (2 ** x in NumPy).
func ScalarPower[T ndarray.Number](s T, x *ndarray.Array[T]) *ndarray.Array[T] {
	return Power(ndarray.Scalar(s), x)
}

// MaximumScalar returns maximum(x, s) elementwise (np.maximum(x, 0)).
func MaximumScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[T] {
	return Maximum(x, ndarray.Scalar(s))
}

// ScalarMaximum returns maximum(s, x) elementwise (s is kept where they
// compare equal, which matters for ±0).
func ScalarMaximum[T ndarray.Number](s T, x *ndarray.Array[T]) *ndarray.Array[T] {
	return Maximum(ndarray.Scalar(s), x)
}

// MinimumScalar returns minimum(x, s) elementwise.
func MinimumScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[T] {
	return Minimum(x, ndarray.Scalar(s))
}

// ScalarMinimum returns minimum(s, x) elementwise.
func ScalarMinimum[T ndarray.Number](s T, x *ndarray.Array[T]) *ndarray.Array[T] {
	return Minimum(ndarray.Scalar(s), x)
}

// ModScalar returns x mod s elementwise with Python's signs (x % 3).
func ModScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[T] {
	return Mod(x, ndarray.Scalar(s))
}

// ScalarMod returns s mod x elementwise (3 % x).
func ScalarMod[T ndarray.Number](s T, x *ndarray.Array[T]) *ndarray.Array[T] {
	return Mod(ndarray.Scalar(s), x)
}

// FloorDivideScalar returns x // s elementwise.
func FloorDivideScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[T] {
	return FloorDivide(x, ndarray.Scalar(s))
}

// ScalarFloorDivide returns s // x elementwise.
func ScalarFloorDivide[T ndarray.Number](s T, x *ndarray.Array[T]) *ndarray.Array[T] {
	return FloorDivide(ndarray.Scalar(s), x)
}

// Arctan2Scalar returns arctan2(y, s) elementwise.
func Arctan2Scalar[F ndarray.Float](y *ndarray.Array[F], s F) *ndarray.Array[F] {
	return Arctan2(y, ndarray.Scalar(s))
}

// ScalarArctan2 returns arctan2(s, x) elementwise.
func ScalarArctan2[F ndarray.Float](s F, x *ndarray.Array[F]) *ndarray.Array[F] {
	return Arctan2(ndarray.Scalar(s), x)
}

// HypotScalar returns hypot(x, s) elementwise.
func HypotScalar[F ndarray.Float](x *ndarray.Array[F], s F) *ndarray.Array[F] {
	return Hypot(x, ndarray.Scalar(s))
}
