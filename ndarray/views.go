package ndarray

import (
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"github.com/ndsimd/ndsimd/broadcast"
)

// Transpose returns the view with the axes permuted: with no arguments the
// axes are reversed (a.T in NumPy); otherwise axes[i] is the old axis that
// becomes axis i. Negative axes count from the end.
func (a *Array[T]) Transpose(axes ...int) *Array[T] {
	a.valid()
	n := len(a.shape)
	if len(axes) == 0 {
		v := a.newView(n, a.offset)
		for i := range n {
			v.shape[i] = a.shape[n-1-i]
			v.strides[i] = a.strides[n-1-i]
		}
		return v
	}
	if len(axes) != n {
		panic(&ValueError{Msg: "axes don't match array"})
	}
	var seenBuf [8]bool
	seen := scratchBools(&seenBuf, n)
	v := a.newView(n, a.offset)
	for i, ax := range axes {
		ax = normalizeAxis(ax, n)
		if seen[ax] {
			panic(&ValueError{Msg: "repeated axis in transpose"})
		}
		seen[ax] = true
		v.shape[i] = a.shape[ax]
		v.strides[i] = a.strides[ax]
	}
	return v
}

// T returns the transpose (the axes reversed), as NumPy's a.T.
func (a *Array[T]) T() *Array[T] { return a.Transpose() }

// SwapAxes returns the view with two axes exchanged, as np.swapaxes. It
// panics with NumPy's *AxisError ("axis1: axis 3 is out of bounds for array
// of dimension 2") for an axis out of bounds.
func (a *Array[T]) SwapAxes(i, j int) *Array[T] {
	a.valid()
	n := len(a.shape)
	i, j = namedAxis(i, n, "axis1"), namedAxis(j, n, "axis2")
	v := a.view(a.shape, a.strides, a.offset)
	v.shape[i], v.shape[j] = v.shape[j], v.shape[i]
	v.strides[i], v.strides[j] = v.strides[j], v.strides[i]
	return v
}

// namedAxis is normalizeAxis with NumPy's argument-name prefix in the error.
func namedAxis(axis, ndim int, name string) int {
	if axis < -ndim || axis >= ndim {
		e := axisError(axis, ndim)
		e.Msg = name + ": " + e.Msg
		panic(e)
	}
	if axis < 0 {
		axis += ndim
	}
	return axis
}

// Reshape returns the array with a new shape and the same elements in C
// order. One dimension may be -1; it is inferred. The result is a view when
// the strides allow it (as NumPy decides) and a copy otherwise. It panics
// with a *ShapeError ("cannot reshape array of size 6 into shape (4,)") when
// the sizes differ.
func (a *Array[T]) Reshape(shape ...int) *Array[T] {
	a.valid()
	if v := a.reshapeC(shape); v != nil {
		return v
	}
	v := a.newView(len(shape), a.offset)
	copy(v.shape, shape)
	a.inferInPlace(v.shape)
	if a.isC() {
		// NumPy's PyArray_Newshape: a C-contiguous array is reinterpreted
		// with the C strides of the new shape.
		v.setCStrides()
		return v
	}
	if reshapeStrides(v.strides, a.shape, a.strides, v.shape) {
		return v
	}
	return Wrap(a.Values(), v.shape...)
}

// reshapeC is Reshape's per-call fast path: the view of a C-contiguous
// array of at least one element with a shape of at most inlineDims
// positive dimensions (one of them may be negative, to infer) whose
// product is a's size, with the new shape's C strides. It returns nil
// otherwise, for Reshape's general path (and its errors).
func (a *Array[T]) reshapeC(shape []int) *Array[T] {
	if len(shape) > inlineDims || !a.isC() {
		return nil
	}
	size := 1
	for _, d := range a.shape {
		size *= d
	}
	known, unknown := uint64(1), -1
	for i, d := range shape {
		switch {
		case d < 0 && unknown < 0:
			unknown = i
		case d <= 0:
			return nil
		default:
			hi, lo := bits.Mul64(known, uint64(d))
			if hi != 0 || lo > uint64(size) {
				return nil
			}
			known = lo
		}
	}
	if size == 0 || uint64(size)%known != 0 || unknown < 0 && known != uint64(size) {
		return nil
	}
	v := newArray(a.data, len(shape), a.offset, a.readOnly)
	s := 1
	for i := len(shape) - 1; i >= 0; i-- {
		d := shape[i]
		if i == unknown {
			d = size / int(known)
		}
		v.shape[i], v.strides[i] = d, s
		s *= d
	}
	return v
}

// inferShape returns a copy of shape with the unknown dimension filled in
// (see inferInPlace).
func (a *Array[T]) inferShape(shape []int) []int {
	shape = slices.Clone(shape)
	a.inferInPlace(shape)
	return shape
}

// inferInPlace fills in an unknown dimension of shape (any negative one, as
// NumPy 1.24 takes it) and checks the size.
func (a *Array[T]) inferInPlace(shape []int) {
	size := a.Size()
	unknown := -1
	known := 1
	for i, d := range shape {
		switch {
		case d < 0 && unknown >= 0:
			panic(&ShapeError{Op: "reshape", Msg: "can only specify one unknown dimension"})
		case d < 0:
			unknown = i
		default:
			known *= d
		}
	}
	if unknown >= 0 {
		if known == 0 || size%known != 0 {
			reshapeFail(size, shape, unknown)
		}
		shape[unknown] = size / known
	}
	if checkedSizeOf[T](shape) != size {
		reshapeFail(size, shape, unknown)
	}
}

// reshapeFail panics with NumPy's ShapeError for a reshape of an array of
// the given size into shape, whose unknown dimension (if any, else -1) is
// named newaxis.
func reshapeFail(size int, shape []int, unknown int) {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = fmt.Sprint(d)
		if i == unknown {
			parts[i] = "newaxis"
		}
	}
	s := "(" + strings.Join(parts, ",") + ")"
	if len(parts) == 1 {
		s = "(" + parts[0] + ",)"
	}
	panic(&ShapeError{Op: "reshape", Msg: fmt.Sprintf("cannot reshape array of size %d into shape %s", size, s)})
}

// reshapeStrides sets ns to the strides that view an array of the old shape
// and strides with the new shape, in C order, and reports whether there are
// any (NumPy's _attempt_nocopy_reshape). ns has newShape's length.
func reshapeStrides(ns, oldShape, oldStrides, newShape []int) bool {
	var odBuf, osBuf [8]int
	od, os := odBuf[:0], osBuf[:0]
	for i, d := range oldShape {
		if d == 0 {
			s := 1
			for k := len(newShape) - 1; k >= 0; k-- {
				ns[k] = s
				s *= max(newShape[k], 1)
			}
			return true
		}
		if d != 1 {
			od = append(od, d)
			os = append(os, oldStrides[i])
		}
	}
	ni, oi := 0, 0
	for ni < len(newShape) && oi < len(od) {
		nj, oj := ni+1, oi+1
		np, op := newShape[ni], od[oi]
		for np != op {
			if np < op {
				np *= newShape[nj]
				nj++
			} else {
				op *= od[oj]
				oj++
			}
		}
		for k := oi; k < oj-1; k++ {
			if os[k] != od[k+1]*os[k+1] {
				return false
			}
		}
		ns[nj-1] = os[oj-1]
		for k := nj - 1; k > ni; k-- {
			ns[k-1] = ns[k] * newShape[k]
		}
		ni, oi = nj, oj
	}
	last := 1
	if ni >= 1 {
		last = ns[ni-1]
	}
	for k := ni; k < len(newShape); k++ {
		ns[k] = last
	}
	return true
}

// Ravel returns the elements as a 1-D array in C order, as np.ravel: a view
// when a is C-contiguous, a copy otherwise (a strided or reversed 1-D view
// included, as NumPy).
func (a *Array[T]) Ravel() *Array[T] { return a.RavelOrder(OrderC) }

// Flatten returns a 1-D copy of the elements, in C order.
func (a *Array[T]) Flatten() *Array[T] { return Wrap(a.Values(), a.Size()) }

// Order is the element order of [Array.ReshapeOrder], [Array.RavelOrder],
// [Array.FlattenOrder] and [Array.CopyOrder], NumPy's order= argument.
type Order byte

const (
	// OrderC is row-major order (the last index varies fastest), NumPy's
	// default 'C'.
	OrderC Order = 'C'
	// OrderF is column-major (Fortran) order, the first index varying
	// fastest: 'F'.
	OrderF Order = 'F'
	// OrderA is 'F' when the array is Fortran-contiguous and not
	// C-contiguous, 'C' otherwise: 'A'.
	OrderA Order = 'A'
)

// resolve turns OrderA into OrderC or OrderF for a, and refuses unknown
// orders.
func (a *Array[T]) resolve(o Order) Order {
	switch o {
	case OrderC, OrderF:
		return o
	case OrderA:
		if a.IsFContiguous() && !a.IsCContiguous() {
			return OrderF
		}
		return OrderC
	}
	panic(&ValueError{Msg: fmt.Sprintf("order must be one of 'C', 'F', 'A' (got %q)", rune(o))})
}

// ReshapeOrder is [Array.Reshape] reading and placing the elements in the
// given order, as a.reshape(shape, order=...): with OrderF the first index
// varies fastest. It is a view when the strides allow it, a copy otherwise.
func (a *Array[T]) ReshapeOrder(order Order, shape ...int) *Array[T] {
	if a.resolve(order) == OrderC {
		return a.Reshape(shape...)
	}
	shape = a.inferShape(shape) // NumPy's errors name the shape as given
	return a.T().Reshape(reversed(shape)...).T()
}

// RavelOrder returns the elements as a 1-D array in the given order, as
// np.ravel(a, order=...): a view when a is contiguous in that order, a
// copy otherwise.
func (a *Array[T]) RavelOrder(order Order) *Array[T] {
	if a.resolve(order) == OrderF {
		return a.T().RavelOrder(OrderC)
	}
	if a.IsCContiguous() {
		return a.Reshape(-1)
	}
	return Wrap(a.Values(), a.Size())
}

// FlattenOrder returns a 1-D copy of the elements in the given order, as
// a.flatten(order=...).
func (a *Array[T]) FlattenOrder(order Order) *Array[T] {
	if a.resolve(order) == OrderF {
		return a.T().Flatten()
	}
	return a.Flatten()
}

// CopyOrder returns a copy of a laid out in the given order, as
// a.copy(order=...): with OrderF the copy is Fortran-contiguous (same
// shape and elements, column-major strides).
func (a *Array[T]) CopyOrder(order Order) *Array[T] {
	if a.resolve(order) == OrderF {
		return a.T().Copy().T()
	}
	return a.Copy()
}

func reversed(s []int) []int {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

// Squeeze returns the view without length-1 axes: all of them, or only the
// given ones, which must have length 1.
func (a *Array[T]) Squeeze(axes ...int) *Array[T] {
	a.valid()
	n := len(a.shape)
	var dropBuf [8]bool
	drop := scratchBools(&dropBuf, n)
	kept := 0
	if len(axes) == 0 {
		for i, d := range a.shape {
			drop[i] = d == 1
		}
	} else {
		for _, ax := range normalizeAxes(axes, n) {
			if a.shape[ax] != 1 {
				panic(&ValueError{Msg: "cannot select an axis to squeeze out which has size not equal to one"})
			}
			drop[ax] = true
		}
	}
	for _, d := range drop {
		if !d {
			kept++
		}
	}
	v := a.newView(kept, a.offset)
	k := 0
	for i, d := range a.shape {
		if !drop[i] {
			v.shape[k] = d
			v.strides[k] = a.strides[i]
			k++
		}
	}
	return v
}

// ExpandDims returns the view with new length-1 axes inserted at the given
// positions of the result (np.expand_dims); negative positions count from
// the end of the result.
func (a *Array[T]) ExpandDims(axes ...int) *Array[T] {
	a.valid()
	n := len(a.shape) + len(axes)
	var newBuf [8]bool
	isNew := scratchBools(&newBuf, n)
	for _, ax := range axes {
		p := normalizeAxis(ax, n)
		if isNew[p] {
			panic(&ValueError{Msg: "repeated axis"}) // NumPy's expand_dims wording
		}
		isNew[p] = true
	}
	v := a.newView(n, a.offset)
	k := 0
	for i := range n {
		if isNew[i] {
			v.shape[i] = 1
			v.strides[i] = 0
			continue
		}
		v.shape[i] = a.shape[k]
		v.strides[i] = a.strides[k]
		k++
	}
	return v
}

// BroadcastTo returns a read-only view of a with the given shape, NumPy's
// broadcast_to: leading axes are added and length-1 axes stretched, with
// stride 0. Writing through it panics with a *ReadOnlyError. It panics with
// a *broadcast.Error (Op broadcast.OpBroadcastTo) with NumPy's text when a
// does not broadcast to shape, an *AxisError when a has more axes than
// shape, and a *ShapeError ("all elements of broadcast shape must be
// non-negative") for a negative dimension.
func (a *Array[T]) BroadcastTo(shape ...int) *Array[T] {
	a.valid()
	for _, d := range shape {
		if d < 0 {
			panic(&ShapeError{Op: "broadcast_to", Msg: "all elements of broadcast shape must be non-negative"})
		}
	}
	checkedSizeOf[T](shape)
	if len(shape) < len(a.shape) {
		if len(shape) == 0 {
			panic(&BroadcastError{Shapes: [][]int{a.Shape(), {}}, Op: broadcast.OpBroadcastTo})
		}
		panic(&AxisError{Axis: -1, NDim: len(shape), Msg: "input operand has more dimensions than allowed by the axis remapping"})
	}
	v, ok := a.broadcastView(shape)
	if !ok {
		panic(&BroadcastError{Shapes: [][]int{a.Shape(), slices.Clone(shape)}, Op: broadcast.OpBroadcastTo})
	}
	return v
}

// broadcastView returns the read-only view of a at shape (which has at
// least a's axes), or false if a does not broadcast to it.
func (a *Array[T]) broadcastView(shape []int) (*Array[T], bool) {
	v := newArray(a.data, len(shape), a.offset, true)
	copy(v.shape, shape)
	if broadcast.StridesInto(v.strides, a.shape, a.strides, shape) != nil {
		return nil, false
	}
	return v, true
}

// assignSource returns src broadcast to shape for an assignment a[...] =
// src: leading length-1 axes beyond shape's are dropped, as NumPy does. It
// panics with a *broadcast.Error (Op broadcast.OpAssign): "could not
// broadcast input array from shape (3,4) into shape (3,)".
func (a *Array[T]) assignSource(shape []int) *Array[T] {
	src := a
	for len(src.shape) > len(shape) && src.shape[0] == 1 {
		src = src.view(src.shape[1:], src.strides[1:], src.offset)
	}
	if len(src.shape) <= len(shape) {
		if v, ok := src.broadcastView(shape); ok {
			return v
		}
	}
	panic(&BroadcastError{Shapes: [][]int{a.Shape(), slices.Clone(shape)}, Op: broadcast.OpAssign})
}

// BroadcastShapes returns the shape the given shapes broadcast to, as
// np.broadcast_shapes. It panics with a *broadcast.Error (Op
// broadcast.OpBroadcastShapes) with NumPy's text, e.g. "shape mismatch:
// objects cannot be broadcast to a single shape.  Mismatch is between arg 0
// with shape (2,) and arg 1 with shape (3,).", and with a *ShapeError for a
// negative dimension.
func BroadcastShapes(shapes ...[]int) []int {
	out, err := broadcast.Shapes(shapes...)
	if err != nil {
		var be *broadcast.Error
		if errors.As(err, &be) {
			be.Op = broadcast.OpBroadcastShapes
			panic(be)
		}
		panic(&ShapeError{Op: "broadcast_shapes", Msg: err.Error()})
	}
	return out
}

// BroadcastArrays returns read-only views of the arrays broadcast to their
// common shape, as np.broadcast_arrays (NumPy's views warn on writing; these
// refuse it with a *ReadOnlyError). It panics as [BroadcastShapes].
func BroadcastArrays[T Elem](arrays ...*Array[T]) []*Array[T] {
	shapes := make([][]int, len(arrays))
	for i, a := range arrays {
		shapes[i] = a.shape
	}
	shape := BroadcastShapes(shapes...)
	out := make([]*Array[T], len(arrays))
	for i, a := range arrays {
		out[i], _ = a.broadcastView(shape)
	}
	return out
}

// scratchBools returns buf[:n] when n fits in it (so small arrays need no
// allocation), else a new slice of length n.
func scratchBools(buf *[8]bool, n int) []bool {
	if n <= len(buf) {
		return buf[:n]
	}
	return make([]bool, n)
}
