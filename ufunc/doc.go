// Package ufunc holds ndsimd's universal functions: elementwise operations
// on [ndarray.Array] values with NumPy's broadcasting, and the products dot,
// outer and matmul.
//
// # Elementwise operations
//
// Unary: [Exp], [Log], [Tanh], [Sqrt], [Sigmoid] for float64 and float32, and
// [Abs], [Negative], [Square] for every numeric type. Binary, with NumPy's
// broadcasting: [Add], [Subtract], [Multiply], [Maximum], [Minimum] and
// [Power] for every numeric type, [Divide] for float64 and float32. Each
// returns a new C-contiguous array. A 0-d array made by [ndarray.Scalar]
// broadcasts like a Python number, and helpers such as [AddScalar] take the
// number directly.
//
// Past those: comparisons giving bool arrays ([Greater], [Equal], ...),
// [LogicalAnd] and friends, [IsNaN], [Where] over three broadcast operands,
// the unary float ufuncs ([Sin], [Log1p], [Floor], [Round], ...), [Clip] for
// every numeric type, [Arctan2], [Hypot], [Mod], [FloorDivide] (Python's
// signs), integer [Power], [IsClose] and [AllClose]. A number on either
// side of a binary operation: XScalar(x, s) is x op s ([SubtractScalar]),
// ScalarX(s, x) is s op x ([ScalarSubtract], NumPy's 1 - x).
//
// Every ufunc has an Into form that writes into an existing array instead,
// NumPy's out= argument: [AddInto](out, x, y) is np.add(x, y, out=out). The
// output's shape must be the broadcast shape of all the operands (inputs
// are broadcast to it, never the output). out may be one of the inputs, or a
// view overlapping one: when an input shares memory with out and is not the
// very same view, it is copied first, so the result is always the one
// computed from the inputs as they were before the call, as in NumPy.
//
// # Execution
//
// The operands are broadcast ([broadcast.Shapes], [broadcast.Strides]) and
// walked by a [broadcast.Iter], which orders and merges axes so that the
// kernels in package kernels see the fewest, longest runs: a contiguous
// operation is a single kernel call, and (1000,1000)+(1000,1) is 1000 calls
// of a scalar kernel, one per row. Runs where every operand is contiguous
// call the contiguous kernel, runs where one input has stride 0 call its
// scalar form, and other runs the strided form (unary ops gather a strided
// input into a small buffer instead). float64 and float32 use the SIMD
// kernels; integer types use plain Go loops.
//
// Operations on at least a measured number of elements are split between
// goroutines ([SetThreads]); the results do not depend on the number of
// goroutines.
//
// # Errors
//
// Shapes that do not broadcast panic with a [*broadcast.Error] whose text is
// NumPy's ("operands could not be broadcast together with shapes (2,3) (4,) ").
// A wrong output shape and misaligned products panic with an
// [*ndarray.ShapeError] with NumPy's message, and a read-only output (a
// broadcast view) with an [*ndarray.ReadOnlyError].
package ufunc
