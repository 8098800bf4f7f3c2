package ufunc

import (
	"github.com/ndsimd/ndsimd/internal/overlap"
	"github.com/ndsimd/ndsimd/ndarray"
)

// The fast paths of small operations. Building the broadcast shapes, the
// operands' strides and an iterator costs about 1.5 µs and a dozen
// allocations per call, more than the arithmetic of a small array. When a
// new output is wanted, the operation is below the threading threshold, and
// the operands are C-contiguous with one shape (or one of them is a 0-d
// scalar), the iterator would yield exactly one run: these functions call
// the run function for it directly.

// binarySmall computes x op y into a new array, or reports false when the
// fast path does not apply.
func binarySmall[T, U ndarray.Elem](run, stream binRunTo[T, U], minSize int, x, y *ndarray.Array[T]) (*ndarray.Array[U], bool) {
	xd, okx := x.Contiguous()
	yd, oky := y.Contiguous()
	if !okx || !oky {
		return nil, false
	}
	sx, sy, like := 1, 1, x
	switch {
	case ndarray.SameShape(x, y):
	case y.NDim() == 0:
		sy = 0
	case x.NDim() == 0:
		sx, like = 0, y
	default:
		return nil, false
	}
	n := like.Size()
	if n == 0 || n >= minSize {
		return nil, false
	}
	out := ndarray.EmptyLike[U](like)
	dst := out.Data() // EmptyLike: C-contiguous, n elements from 0
	countRun()
	freshBinary(run, stream, n)(n, dst, 0, 1, xd, 0, sx, yd, 0, sy)
	return out, true
}

// unarySmall computes f(x) into a new array, or reports false when the
// fast path does not apply.
func unarySmall[T ndarray.Elem](loop, stream *unLoop[T], minSize int, x *ndarray.Array[T]) (*ndarray.Array[T], bool) {
	xd, ok := x.Contiguous()
	n := len(xd)
	if !ok || n == 0 || n >= minSize {
		return nil, false
	}
	out := ndarray.EmptyLike[T](x)
	dst := out.Data()
	countRun()
	freshUnary(loop, stream, n).run(n, dst, 0, 1, xd, 0, 1, nil)
	return out, true
}

// binaryIntoSmall computes x op y into out when out is writable and
// C-contiguous, each input is C-contiguous with out's shape or a 0-d scalar,
// the operation is below the threading threshold, and each input is either
// the very elements of out (x op= y) or disjoint from them. It reports false
// when the fast path does not apply; the general path then handles the call
// (and its errors).
func binaryIntoSmall[T ndarray.Elem](run binRun[T], minSize int, out, x, y *ndarray.Array[T]) bool {
	od, ok := smallOut(out, minSize)
	if !ok {
		return false
	}
	n := len(od)
	xd, sx, okx := smallOperand(out, od, x)
	yd, sy, oky := smallOperand(out, od, y)
	if !okx || !oky {
		return false
	}
	countRun()
	run(n, od, 0, 1, xd, 0, sx, yd, 0, sy)
	return true
}

// unaryIntoSmall is binaryIntoSmall for a unary operation.
func unaryIntoSmall[T ndarray.Elem](loop *unLoop[T], minSize int, out, x *ndarray.Array[T]) bool {
	od, ok := smallOut(out, minSize)
	if !ok {
		return false
	}
	n := len(od)
	xd, sx, okx := smallOperand(out, od, x)
	if !okx || sx != 1 {
		return false
	}
	countRun()
	loop.run(n, od, 0, 1, xd, 0, 1, nil)
	return true
}

// smallOut returns the elements of out for the small in-place paths, or
// false when out is read-only, not C-contiguous, empty, or has minSize
// elements or more.
func smallOut[T ndarray.Elem](out *ndarray.Array[T], minSize int) ([]T, bool) {
	if out.ReadOnly() {
		return nil, false
	}
	od, ok := out.Contiguous()
	if !ok || len(od) == 0 || len(od) >= minSize {
		return nil, false
	}
	return od, true
}

// smallOperand returns the elements of input x and its stride (1, or 0 for
// a 0-d scalar) for the small in-place paths, or false when x's shape is not
// out's, x is not C-contiguous, or x overlaps out other than exactly.
func smallOperand[T ndarray.Elem](out *ndarray.Array[T], od []T, x *ndarray.Array[T]) ([]T, int, bool) {
	xd, ok := x.Contiguous()
	if !ok {
		return nil, 0, false
	}
	stride := 1
	switch {
	case ndarray.SameShape(out, x):
	case x.NDim() == 0:
		stride = 0
	default:
		return nil, 0, false
	}
	if rel := overlap.Slices(od, xd); rel == overlap.Partial || rel == overlap.Same && stride == 0 {
		return nil, 0, false
	}
	return xd, stride, true
}
