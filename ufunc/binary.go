package ufunc

import "github.com/ndsimd/ndsimd/ndarray"

// Add returns x + y elementwise with NumPy's broadcasting, np.add. It panics
// with a *broadcast.Error if the shapes do not broadcast.
func Add[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binaryStream(binaryRun[T](opAdd), streamBinaryRun[T](opAdd), opAdd.minSize(), nil, x, y)
}

// AddInto stores x + y in out and returns out, np.add(x, y, out=out). out's
// shape must be the broadcast shape of x, y and out (else it panics with an
// *ndarray.ShapeError), and out may be or overlap x or y (see the package
// documentation).
func AddInto[T ndarray.Number](out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(binaryRun[T](opAdd), opAdd.minSize(), out, x, y)
}

// Subtract returns x - y elementwise with broadcasting, np.subtract.
func Subtract[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binaryStream(binaryRun[T](opSub), streamBinaryRun[T](opSub), opSub.minSize(), nil, x, y)
}

// SubtractInto stores x - y in out and returns out (see [AddInto]).
func SubtractInto[T ndarray.Number](out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(binaryRun[T](opSub), opSub.minSize(), out, x, y)
}

// Multiply returns x * y elementwise with broadcasting, np.multiply.
func Multiply[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binaryStream(binaryRun[T](opMul), streamBinaryRun[T](opMul), opMul.minSize(), nil, x, y)
}

// MultiplyInto stores x * y in out and returns out (see [AddInto]).
func MultiplyInto[T ndarray.Number](out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(binaryRun[T](opMul), opMul.minSize(), out, x, y)
}

// Divide returns x / y elementwise with broadcasting, np.divide (IEEE
// division: x/0 is ±Inf or NaN).
func Divide[T ndarray.Float](x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(binaryRun[T](opDiv), opDiv.minSize(), nil, x, y)
}

// DivideInto stores x / y in out and returns out (see [AddInto]).
func DivideInto[T ndarray.Float](out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(binaryRun[T](opDiv), opDiv.minSize(), out, x, y)
}

// Maximum returns the elementwise larger of x and y with broadcasting,
// np.maximum: NaN if either is NaN, and y's element when they compare equal
// (so maximum(-0, +0) is +0 and maximum(+0, -0) is -0, as NumPy 1.24 on
// x86-64).
func Maximum[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(binaryRun[T](opMax), opMax.minSize(), nil, x, y)
}

// MaximumInto stores maximum(x, y) in out and returns out (see [AddInto]).
func MaximumInto[T ndarray.Number](out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(binaryRun[T](opMax), opMax.minSize(), out, x, y)
}

// Minimum returns the elementwise smaller of x and y with broadcasting,
// np.minimum: NaN if either is NaN, and y's element when they compare equal.
func Minimum[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(binaryRun[T](opMin), opMin.minSize(), nil, x, y)
}

// MinimumInto stores minimum(x, y) in out and returns out (see [AddInto]).
func MinimumInto[T ndarray.Number](out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(binaryRun[T](opMin), opMin.minSize(), out, x, y)
}

// Power returns x ** y elementwise with broadcasting, np.power. Floats use
// kernels.Power, within 1 ULP (float32 in float64, rounded once); integers
// multiply exactly, wrapping on overflow as NumPy does, and a negative
// exponent panics with an *ndarray.ValueError ("Integers to negative
// integer powers are not allowed.").
func Power[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return power(nil, x, y)
}

// PowerInto stores x ** y in out and returns out (see [AddInto]).
func PowerInto[T ndarray.Number](out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return power(out, x, y)
}

// AddScalar returns x + s, like x + s in NumPy with a Python number s.
func AddScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[T] {
	return Add(x, ndarray.Scalar(s))
}

// SubtractScalar returns x - s.
func SubtractScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[T] {
	return Subtract(x, ndarray.Scalar(s))
}

// MultiplyScalar returns x * s.
func MultiplyScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[T] {
	return Multiply(x, ndarray.Scalar(s))
}

// DivideScalar returns x / s.
func DivideScalar[T ndarray.Float](x *ndarray.Array[T], s T) *ndarray.Array[T] {
	return Divide(x, ndarray.Scalar(s))
}

// PowerScalar returns x ** s. As NumPy's fast_scalar_power, some float
// exponents take a faster exact route: 2 is Square, 0.5 Sqrt, -1 the
// reciprocal 1/x, 1 a copy, 0 ones, and 3 the cube x*x*x; others use Power.
func PowerScalar[T ndarray.Number](x *ndarray.Array[T], s T) *ndarray.Array[T] {
	switch xf := any(x).(type) {
	case *ndarray.Array[float64]:
		if r, ok := fastPowerScalar(xf, float64(s)); ok {
			return any(r).(*ndarray.Array[T])
		}
	case *ndarray.Array[float32]:
		if r, ok := fastPowerScalar(xf, float32(s)); ok {
			return any(r).(*ndarray.Array[T])
		}
	}
	return Power(x, ndarray.Scalar(s))
}

// fastPowerScalar is PowerScalar's exact route for the exponents NumPy
// special-cases, or false for another exponent.
func fastPowerScalar[F ndarray.Float](x *ndarray.Array[F], s F) (*ndarray.Array[F], bool) {
	switch s {
	case 2:
		return Square(x), true
	case 0.5:
		return Sqrt(x), true
	case -1:
		return Divide(ndarray.Scalar(F(1)), x), true
	case 1:
		return x.Copy(), true
	case 0:
		return ndarray.Ones[F](x.Shape()...), true
	case 3:
		return Multiply(Square(x), x), true
	}
	return nil, false
}
