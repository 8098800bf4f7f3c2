// Package nn holds the functions of the "Python Basics with Numpy"
// notebook, written on ndsimd's public API so they show how to use it:
// sigmoid (with math.Exp first, then vectorised), its derivative, image to
// vector, row normalisation, softmax and the L1 and L2 losses.
//
// Each function is written as the notebook's NumPy expression with package
// ufunc and ndarray; for C-contiguous float32/float64 input the sigmoid,
// softmax and row normalisation take a fused path that reads memory once or
// twice and makes no temporary arrays.
package nn
