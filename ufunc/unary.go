package ufunc

import "github.com/ndsimd/ndsimd/ndarray"

// Exp returns e**x elementwise, np.exp (within 1 ULP; see package kernels).
func Exp[T ndarray.Float](x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opExp), opExp.minSize(), nil, x)
}

// ExpInto stores exp(x) in out and returns out, np.exp(x, out=out). out's
// shape must be the broadcast shape of x and out (else it panics with an
// *ndarray.ShapeError), and out may be or overlap x (see the package
// documentation).
func ExpInto[T ndarray.Float](out, x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opExp), opExp.minSize(), out, x)
}

// Log returns the natural logarithm elementwise, np.log (NaN for negative
// x, -Inf for 0).
func Log[T ndarray.Float](x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opLog), opLog.minSize(), nil, x)
}

// LogInto stores log(x) in out and returns out (see [ExpInto]).
func LogInto[T ndarray.Float](out, x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opLog), opLog.minSize(), out, x)
}

// Tanh returns the hyperbolic tangent elementwise, np.tanh.
func Tanh[T ndarray.Float](x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opTanh), opTanh.minSize(), nil, x)
}

// TanhInto stores tanh(x) in out and returns out (see [ExpInto]).
func TanhInto[T ndarray.Float](out, x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opTanh), opTanh.minSize(), out, x)
}

// Sqrt returns the square root elementwise, np.sqrt (correctly rounded; NaN
// for negative x).
func Sqrt[T ndarray.Float](x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opSqrt), opSqrt.minSize(), nil, x)
}

// SqrtInto stores sqrt(x) in out and returns out (see [ExpInto]).
func SqrtInto[T ndarray.Float](out, x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opSqrt), opSqrt.minSize(), out, x)
}

// Sigmoid returns 1/(1+exp(-x)) elementwise, without overflow for large |x|.
func Sigmoid[T ndarray.Float](x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opSigmoid), opSigmoid.minSize(), nil, x)
}

// SigmoidInto stores sigmoid(x) in out and returns out (see [ExpInto]).
func SigmoidInto[T ndarray.Float](out, x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opSigmoid), opSigmoid.minSize(), out, x)
}

// Abs returns the absolute value elementwise, np.abs. For signed integers
// the most negative value stays itself, as in NumPy.
func Abs[T ndarray.Number](x *ndarray.Array[T]) *ndarray.Array[T] {
	return unaryStream(unaryLoop[T](opAbs), streamUnaryLoop[T](opAbs), opAbs.minSize(), nil, x)
}

// AbsInto stores abs(x) in out and returns out (see [ExpInto]).
func AbsInto[T ndarray.Number](out, x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opAbs), opAbs.minSize(), out, x)
}

// Negative returns -x elementwise, np.negative (integers wrap, unsigned
// ones modulo 2**bits).
func Negative[T ndarray.Number](x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opNeg), opNeg.minSize(), nil, x)
}

// NegativeInto stores -x in out and returns out (see [ExpInto]).
func NegativeInto[T ndarray.Number](out, x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opNeg), opNeg.minSize(), out, x)
}

// Square returns x*x elementwise, np.square.
func Square[T ndarray.Number](x *ndarray.Array[T]) *ndarray.Array[T] {
	return unaryStream(unaryLoop[T](opSquare), streamUnaryLoop[T](opSquare), opSquare.minSize(), nil, x)
}

// SquareInto stores x*x in out and returns out (see [ExpInto]).
func SquareInto[T ndarray.Number](out, x *ndarray.Array[T]) *ndarray.Array[T] {
	return unary(unaryLoop[T](opSquare), opSquare.minSize(), out, x)
}
