package main

import (
	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

// expOf is np.exp(x).
func expOf(x *ndarray.Array[float64]) *ndarray.Array[float64] { return ufunc.Exp(x) }

// softmaxSteps is the notebook's softmax, step by step, made numerically
// stable by subtracting each row's maximum first.
func softmaxSteps(x *ndarray.Array[float64]) (xExp, xSum, s *ndarray.Array[float64]) {
	keep := []ndarray.ReduceOption{ndarray.Axis(1), ndarray.KeepDims(true)}
	xExp = ufunc.Exp(ufunc.Subtract(x, ndarray.Max(x, keep...)))
	xSum = ndarray.Sum(xExp, keep...)
	return xExp, xSum, ufunc.Divide(xExp, xSum)
}
