package nn

import (
	"math"

	"github.com/ndsimd/ndsimd/internal/uninit"
	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

// BasicSigmoid is the sigmoid of one number with math.Exp, the notebook's
// first version:
//
//	s = 1 / (1 + e^(-x))
func BasicSigmoid(x float64) float64 {
	return 1 / (1 + math.Exp(-x))
}

// Sigmoid is the sigmoid of every element, np's 1 / (1 + np.exp(-x)):
//
//	s = 1 / (1 + e^(-x))
//
// Contiguous input goes through one fused pass of the Sigmoid kernel.
func Sigmoid[T ndarray.Float](x *ndarray.Array[T]) *ndarray.Array[T] {
	if data, ok := x.Contiguous(); ok {
		out := uninit.Make[T](len(data))
		sigmoidFlat(out, data, false)
		return ndarray.Wrap(out, x.Shape()...)
	}
	return ufunc.Divide(ndarray.Scalar[T](1), ufunc.AddScalar(ufunc.Exp(ufunc.Negative(x)), 1))
}

// SigmoidDerivative is the gradient of the sigmoid with respect to its
// input, for every element:
//
//	s = sigmoid(x);  ds = s * (1 - s)
//
// Every layout goes through the same kernel (strided input is copied
// first), which keeps e^-x where s rounds to 1: at x = 40 the result is
// 4.25e-18, where NumPy's s*(1-s) gives 0.
func SigmoidDerivative[T ndarray.Float](x *ndarray.Array[T]) *ndarray.Array[T] {
	data, ok := x.Contiguous()
	if !ok {
		// The same kernel for every layout: s*(1-s) from a rounded s would
		// lose e^-x where s rounds to 1 (at 40: 0 instead of 4.2e-18).
		data, _ = x.Copy().Contiguous()
	}
	out := uninit.Make[T](len(data))
	sigmoidFlat(out, data, true)
	return ndarray.Wrap(out, x.Shape()...)
}

// Image2Vector reshapes an image of shape (height, width, channels) into a
// column vector of shape (height*width*channels, 1), as the notebook's
// image.reshape(h*w*c, 1). The result is a view when the image is
// contiguous. Any other number of axes is flattened the same way.
func Image2Vector[T ndarray.Elem](image *ndarray.Array[T]) *ndarray.Array[T] {
	return image.Reshape(image.Size(), 1)
}

// NormalizeRows divides each row of x by its 2-norm, the notebook's
//
//	x / np.linalg.norm(x, axis=1, keepdims=True)
//
// A row of zeros becomes NaNs, as in NumPy. A C-contiguous 2-D input takes
// a fused path: each row is read once for its norm and once to divide,
// while it is still in cache.
func NormalizeRows[T ndarray.Float](x *ndarray.Array[T]) *ndarray.Array[T] {
	if data, ok := x.Contiguous(); ok && x.NDim() == 2 {
		out := uninit.Make[T](len(data))
		normalizeRows(out, data, x.Dim(0), x.Dim(1))
		return ndarray.Wrap(out, x.Shape()...)
	}
	norm := ndarray.Norm(x, ndarray.Axis(1), ndarray.KeepDims(true))
	return ufunc.Divide(x, norm)
}

// Softmax is the softmax along an axis (the last one by default), written
// to be numerically stable by subtracting the maximum first, so that large
// inputs such as 1000 do not overflow as the notebook's version does:
//
//	e = np.exp(x - x.max(axis, keepdims=True));  s = e / e.sum(axis, keepdims=True)
//
// A C-contiguous input along its last axis takes a fused row-by-row path.
func Softmax[T ndarray.Float](x *ndarray.Array[T], axis ...int) *ndarray.Array[T] {
	ax := -1
	if len(axis) > 0 {
		ax = axis[0]
	}
	if x.NDim() == 0 { // exp(x - x) / itself: 1, or NaN for NaN and ±Inf as NumPy
		e := T(math.Exp(float64(x.At() - x.At())))
		return ndarray.Scalar(e / e)
	}
	if data, ok := x.Contiguous(); ok && (ax == -1 || ax == x.NDim()-1) {
		cols := x.Dim(-1)
		out := uninit.Make[T](len(data))
		if cols > 0 {
			softmaxRows(out, data, len(data)/cols, cols)
		}
		return ndarray.Wrap(out, x.Shape()...)
	}
	opts := []ndarray.ReduceOption{ndarray.Axis(ax), ndarray.KeepDims(true)}
	e := ufunc.Exp(ufunc.Subtract(x, ndarray.Max(x, opts...)))
	return ufunc.Divide(e, ndarray.Sum(e, opts...))
}

// L1 is the L1 loss: the sum of absolute differences of predictions yhat
// and labels y, which broadcast together:
//
//	L1 = Σ |y - yhat|
func L1[T ndarray.Float](yhat, y *ndarray.Array[T]) T {
	if a, b, ok := sameContiguous(yhat, y); ok {
		return kernels.L1Dist(b, a)
	}
	return ndarray.Sum(ufunc.Abs(ufunc.Subtract(y, yhat))).Item()
}

// L2 is the L2 loss: the sum of squared differences of predictions yhat
// and labels y, which broadcast together:
//
//	L2 = Σ (y - yhat)²
func L2[T ndarray.Float](yhat, y *ndarray.Array[T]) T {
	if a, b, ok := sameContiguous(yhat, y); ok {
		return kernels.L2DistSq(b, a)
	}
	d := ufunc.Subtract(y, yhat)
	return ndarray.Sum(ufunc.Multiply(d, d)).Item()
}

// sameContiguous returns the data of two C-contiguous arrays of one shape.
func sameContiguous[T ndarray.Float](a, b *ndarray.Array[T]) ([]T, []T, bool) {
	da, ok1 := a.Contiguous()
	db, ok2 := b.Contiguous()
	if !ok1 || !ok2 || !ndarray.SameShape(a, b) {
		return nil, nil, false
	}
	return da, db, true
}
