package ufunc

import (
	"fmt"
	"slices"
	"sync/atomic"

	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/internal/overlap"
	"github.com/ndsimd/ndsimd/internal/uninit"
	"github.com/ndsimd/ndsimd/ndarray"
)

// binRun computes one run of a binary operation: for j < n,
// dst[od+j*sd] = x[ox+j*sx] op y[oy+j*sy].
type binRun[T any] func(n int, dst []T, od, sd int, x []T, ox, sx int, y []T, oy, sy int)

// unRun computes one run of a unary operation: for j < n,
// dst[od+j*sd] = f(x[ox+j*sx]). buf is scratch space of at least
// min(n, chunk) elements when the loop asked for one (see unLoop), else nil.
type unRun[T any] func(n int, dst []T, od, sd int, x []T, ox, sx int, buf []T)

// unLoop is a unary operation's run function and whether it needs a
// scratch buffer for strided runs.
type unLoop[T any] struct {
	run     unRun[T]
	buffers bool
}

// chunk is the size of the scratch buffer of strided unary runs.
const chunk = 512

// runCounter, when set (by tests), counts the runs given to run functions.
var runCounter atomic.Pointer[atomic.Int64]

func countRun() {
	if c := runCounter.Load(); c != nil {
		c.Add(1)
	}
}

// output checks out against the broadcast shape of the inputs (whose
// shapes are given), or makes a new C-contiguous array of that shape when
// out is nil. It returns the output and its shape.
func output[T ndarray.Elem](out *ndarray.Array[T], shapes ...[]int) (*ndarray.Array[T], []int) {
	shape, err := broadcast.Shapes(shapes...)
	if err != nil {
		panic(err)
	}
	if out == nil {
		n, err := broadcast.Size(shape)
		if err != nil {
			panic(err)
		}
		return ndarray.Wrap(uninit.Make[T](n), shape...), shape
	}
	oshape := out.Shape()
	full, err := broadcast.Shapes(append(shapes, oshape)...)
	if err != nil {
		panic(err)
	}
	if !slices.Equal(full, oshape) {
		panic(&ndarray.ShapeError{Op: "out", Msg: fmt.Sprintf(
			"non-broadcastable output operand with shape %s doesn't match the broadcast shape %s",
			broadcast.FormatShape(oshape), broadcast.FormatShape(full))})
	}
	if out.ReadOnly() {
		panic(&ndarray.ReadOnlyError{})
	}
	return out, oshape
}

// operand is an input seen at the output's shape.
type operand[T ndarray.Elem] struct {
	data    []T
	off     int
	strides []int
}

// prepare returns x (whose shape is xs) viewed at the output's shape. When
// the output is not new and x shares memory with it without being the very
// same view (same first element, element size and the same strides on every
// axis longer than 1), x is copied first, so that writing the output cannot change
// elements of x not yet read.
func prepare[U, T ndarray.Elem](out *ndarray.Array[U], shape, ostr []int, fresh bool, x *ndarray.Array[T], xs []int) operand[T] {
	st, err := broadcast.Strides(xs, x.Strides(), shape)
	if err != nil {
		panic(err) // not reached: output checked the shapes
	}
	op := operand[T]{data: x.Data(), off: x.Offset(), strides: st}
	if fresh || len(op.data) == 0 || len(out.Data()) == 0 {
		return op
	}
	if overlap.Views(shape, out.Data(), out.Offset(), ostr, op.data, op.off, st) != overlap.Partial {
		return op // disjoint, or the very same elements
	}
	c := x.Copy()
	st, _ = broadcast.Strides(xs, c.Strides(), shape)
	return operand[T]{data: c.Data(), off: c.Offset(), strides: st}
}

// binary computes out = x op y with broadcasting (out nil: a new array).
func binary[T ndarray.Elem](run binRun[T], minSize int, out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binaryStream(run, nil, minSize, out, x, y)
}

// binaryStream is binary for an operation with streaming kernels (stream,
// or nil: none), which a large fresh result is written with (freshBinary).
func binaryStream[T ndarray.Elem](run, stream binRun[T], minSize int, out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	if out != nil && binaryIntoSmall(run, minSize, out, x, y) {
		return out
	}
	var s binRunTo[T, T]
	if stream != nil {
		s = binRunTo[T, T](stream)
	}
	return binaryEngine(binRunTo[T, T](run), s, minSize, out, x, y)
}

// unary computes out = f(x) with broadcasting (out nil: a new array).
func unary[T ndarray.Elem](loop *unLoop[T], minSize int, out, x *ndarray.Array[T]) *ndarray.Array[T] {
	return unaryStream(loop, nil, minSize, out, x)
}

// unaryStream is unary for an operation with a streaming loop (stream, or
// nil: none), which a large fresh result is written with (freshUnary).
func unaryStream[T ndarray.Elem](loop, stream *unLoop[T], minSize int, out, x *ndarray.Array[T]) *ndarray.Array[T] {
	fresh := out == nil
	if fresh {
		if r, ok := unarySmall(loop, stream, minSize, x); ok {
			return r
		}
	} else if unaryIntoSmall(loop, minSize, out, x) {
		return out
	}
	xs := x.Shape()
	out, shape := output(out, xs)
	size := out.Size()
	if size == 0 {
		return out
	}
	if fresh {
		loop = freshUnary(loop, stream, size)
	}
	ostr := out.Strides()
	xo := prepare(out, shape, ostr, fresh, x, xs)
	dst := out.Data()
	it := broadcast.NewIter(shape, []int{out.Offset(), xo.off}, ostr, xo.strides)
	parallel(it, size, minSize, func(it *broadcast.Iter, jlo, jhi int) {
		st := it.Strides()
		sd, sx := st[0], st[1]
		n := jhi - jlo
		var buf []T
		if loop.buffers && (sd != 1 || sx != 1) {
			buf = make([]T, min(n, chunk))
		}
		for it.Next() {
			o := it.Offsets()
			countRun()
			loop.run(n, dst, o[0]+jlo*sd, sd, xo.data, o[1]+jlo*sx, sx, buf)
		}
	})
	return out
}
