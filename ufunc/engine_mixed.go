package ufunc

import (
	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/internal/uninit"
	"github.com/ndsimd/ndsimd/ndarray"
)

// The engine for operations whose output type differs from their inputs'
// (comparisons and float classification give bool) and for the three
// operands of Where. Same steps as binary and unary: broadcast, check or
// make the output, copy an input that overlaps the output, one
// broadcast.Iter, runs split across goroutines for large operations.

// binRunTo computes one run of a binary operation whose result type U may
// differ from the inputs' T: for j < n,
// dst[od+j*sd] = x[ox+j*sx] op y[oy+j*sy].
type binRunTo[T, U any] func(n int, dst []U, od, sd int, x []T, ox, sx int, y []T, oy, sy int)

// unRunTo computes one run of a unary operation from T to U: for j < n,
// dst[od+j*sd] = f(x[ox+j*sx]).
type unRunTo[T, U any] func(n int, dst []U, od, sd int, x []T, ox, sx int)

// whereRun computes one run of Where: for j < n,
// dst[od+j*sd] = c[oc+j*sc] ? x[ox+j*sx] : y[oy+j*sy].
type whereRun[T any] func(n int, dst []T, od, sd int, c []bool, oc, sc int, x []T, ox, sx int, y []T, oy, sy int)

// binaryTo computes out = x op y with broadcasting (out nil: a new array).
func binaryTo[T, U ndarray.Elem](run binRunTo[T, U], minSize int, out *ndarray.Array[U], x, y *ndarray.Array[T]) *ndarray.Array[U] {
	return binaryEngine(run, nil, minSize, out, x, y)
}

// binaryEngine is binaryTo for an operation with streaming kernels (stream,
// or nil: none), which a large fresh result is written with (freshBinary).
func binaryEngine[T, U ndarray.Elem](run, stream binRunTo[T, U], minSize int, out *ndarray.Array[U], x, y *ndarray.Array[T]) *ndarray.Array[U] {
	fresh := out == nil
	if fresh {
		if r, ok := binarySmall(run, stream, minSize, x, y); ok {
			return r
		}
	}
	xs, ys := x.Shape(), y.Shape()
	out, shape := output(out, xs, ys)
	size := out.Size()
	if size == 0 {
		return out
	}
	if fresh {
		run = freshBinary(run, stream, size)
	}
	ostr := out.Strides()
	xo := prepare(out, shape, ostr, fresh, x, xs)
	yo := prepare(out, shape, ostr, fresh, y, ys)
	dst := out.Data()
	it := broadcast.NewIter(shape, []int{out.Offset(), xo.off, yo.off}, ostr, xo.strides, yo.strides)
	parallel(it, size, minSize, func(it *broadcast.Iter, jlo, jhi int) {
		st := it.Strides()
		sd, sx, sy := st[0], st[1], st[2]
		n := jhi - jlo
		for it.Next() {
			o := it.Offsets()
			countRun()
			run(n, dst, o[0]+jlo*sd, sd, xo.data, o[1]+jlo*sx, sx, yo.data, o[2]+jlo*sy, sy)
		}
	})
	return out
}

// unaryTo computes out = f(x) with broadcasting (out nil: a new array).
func unaryTo[T, U ndarray.Elem](run unRunTo[T, U], minSize int, out *ndarray.Array[U], x *ndarray.Array[T]) *ndarray.Array[U] {
	fresh := out == nil
	if fresh {
		if xd, ok := x.Contiguous(); ok && len(xd) > 0 && len(xd) < minSize {
			r := ndarray.Wrap(uninit.Make[U](len(xd)), x.Shape()...)
			dst, _ := r.Contiguous()
			countRun()
			run(len(xd), dst, 0, 1, xd, 0, 1)
			return r
		}
	}
	xs := x.Shape()
	out, shape := output(out, xs)
	size := out.Size()
	if size == 0 {
		return out
	}
	ostr := out.Strides()
	xo := prepare(out, shape, ostr, fresh, x, xs)
	dst := out.Data()
	it := broadcast.NewIter(shape, []int{out.Offset(), xo.off}, ostr, xo.strides)
	parallel(it, size, minSize, func(it *broadcast.Iter, jlo, jhi int) {
		st := it.Strides()
		sd, sx := st[0], st[1]
		n := jhi - jlo
		for it.Next() {
			o := it.Offsets()
			countRun()
			run(n, dst, o[0]+jlo*sd, sd, xo.data, o[1]+jlo*sx, sx)
		}
	})
	return out
}

// ternary computes out = where(c, x, y) with broadcasting of the three
// operands (out nil: a new array).
func ternary[T ndarray.Elem](run whereRun[T], minSize int, out *ndarray.Array[T], c *ndarray.Array[bool], x, y *ndarray.Array[T]) *ndarray.Array[T] {
	fresh := out == nil
	cs, xs, ys := c.Shape(), x.Shape(), y.Shape()
	if fresh {
		cd, okc := c.Contiguous()
		xd, okx := x.Contiguous()
		yd, oky := y.Contiguous()
		n := len(cd)
		if okc && okx && oky && n > 0 && n < minSize && len(xd) == n && len(yd) == n &&
			equalShapes(cs, xs) && equalShapes(cs, ys) {
			r := ndarray.Wrap(uninit.Make[T](n), cs...)
			dst, _ := r.Contiguous()
			countRun()
			run(n, dst, 0, 1, cd, 0, 1, xd, 0, 1, yd, 0, 1)
			return r
		}
	}
	out, shape := output(out, cs, xs, ys)
	size := out.Size()
	if size == 0 {
		return out
	}
	ostr := out.Strides()
	co := prepare(out, shape, ostr, fresh, c, cs)
	xo := prepare(out, shape, ostr, fresh, x, xs)
	yo := prepare(out, shape, ostr, fresh, y, ys)
	dst := out.Data()
	it := broadcast.NewIter(shape, []int{out.Offset(), co.off, xo.off, yo.off}, ostr, co.strides, xo.strides, yo.strides)
	parallel(it, size, minSize, func(it *broadcast.Iter, jlo, jhi int) {
		st := it.Strides()
		sd, sc, sx, sy := st[0], st[1], st[2], st[3]
		n := jhi - jlo
		for it.Next() {
			o := it.Offsets()
			countRun()
			run(n, dst, o[0]+jlo*sd, sd, co.data, o[1]+jlo*sc, sc, xo.data, o[2]+jlo*sx, sx, yo.data, o[3]+jlo*sy, sy)
		}
	})
	return out
}

// equalShapes reports whether two shapes are the same.
func equalShapes(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
