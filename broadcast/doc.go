// Package broadcast is the shape and stride arithmetic of ndsimd: NumPy's
// broadcasting rule, the strides of an operand seen at a broadcast shape, and
// an nditer-style iterator that walks several strided operands run by run.
//
// It knows only shapes and strides (ints, strides counted in elements) and
// imports nothing but the standard library; package ndarray and package ufunc
// build on it.
//
// # The broadcasting rule
//
// Two or more shapes broadcast together when, after right-aligning them (the
// last axes line up) and padding the shorter ones on the left with axes of
// size 1, every axis has sizes that are either all equal or 1. An axis of size
// 1 is stretched to the size of the others: its stride becomes 0, so the same
// element is read again and again and nothing is copied. A size-0 axis
// broadcast with 1 gives 0 (an empty result). For example:
//
//	a      (8,1,6,1)
//	b        (7,1,5)
//	result (8,7,6,5)
//
//	a      (2,3)
//	b        (4,)   3 and 4 differ and neither is 1: error
//
// [Shapes] computes the result shape (or an [*Error] whose text is NumPy's,
// "operands could not be broadcast together with shapes (2,3) (4,) "),
// [Strides] gives an operand's strides at the result shape, and [Explain]
// returns the step-by-step reasoning as text for learners.
//
// # Iteration
//
// [Iter] is modelled on NumPy's nditer. Given N operands of one (already
// broadcast) shape, it orders the axes by stride so that the smallest strides
// are innermost, drops axes of size 1, and merges neighbouring axes whose
// strides chain (stride[outer] == stride[inner]*shape[inner] for every
// operand). What is left is a sequence of runs of equal length with a constant
// stride per operand, which a kernel processes in one call each: a fully
// contiguous operation is one run, and adding a (1000,1) column to a
// (1000,1000) matrix is 1000 runs of 1000 elements. [Iter.Next] does not
// allocate, and [Iter.Split] divides the runs between goroutines. A
// reduction is the same walk with the output's stride 0 on the reduced axes
// (ndarray's reductions read the coalesced axes with [Iter.AxisStride]);
// [NewIterCOrder] keeps C order where the order is part of the answer.
package broadcast
