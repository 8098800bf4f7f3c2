package ndarray

import (
	"fmt"
	"slices"
	"strings"
)

// Transpose returns the view with the axes permuted: with no arguments the
// axes are reversed (a.T in NumPy); otherwise axes[i] is the old axis that
// becomes axis i. Negative axes count from the end.
func (a *Array[T]) Transpose(axes ...int) *Array[T] {
	n := len(a.shape)
	if len(axes) == 0 {
		axes = make([]int, n)
		for i := range axes {
			axes[i] = n - 1 - i
		}
	}
	if len(axes) != n {
		panic(&ValueError{Msg: "axes don't match array"})
	}
	shape := make([]int, n)
	strides := make([]int, n)
	seen := make([]bool, n)
	for i, ax := range axes {
		ax = normalizeAxis(ax, n)
		if seen[ax] {
			panic(&ValueError{Msg: "repeated axis in transpose"})
		}
		seen[ax] = true
		shape[i] = a.shape[ax]
		strides[i] = a.strides[ax]
	}
	return a.view(shape, strides, a.offset)
}

// T returns the transpose (the axes reversed), as NumPy's a.T.
func (a *Array[T]) T() *Array[T] { return a.Transpose() }

// SwapAxes returns the view with two axes exchanged.
func (a *Array[T]) SwapAxes(i, j int) *Array[T] {
	n := len(a.shape)
	i, j = normalizeAxis(i, n), normalizeAxis(j, n)
	shape, strides := a.Shape(), a.Strides()
	shape[i], shape[j] = shape[j], shape[i]
	strides[i], strides[j] = strides[j], strides[i]
	return a.view(shape, strides, a.offset)
}

// Reshape returns the array with a new shape and the same elements in C
// order. One dimension may be -1; it is inferred. The result is a view when
// the strides allow it (as NumPy decides) and a copy otherwise. It panics
// with a *ShapeError ("cannot reshape array of size 6 into shape (4,)") when
// the sizes differ.
func (a *Array[T]) Reshape(shape ...int) *Array[T] {
	shape = a.inferShape(shape)
	if strides, ok := reshapeStrides(a.shape, a.strides, shape); ok {
		return a.view(shape, strides, a.offset)
	}
	out := a.Copy()
	out.shape = shape
	out.strides = cStrides(shape)
	return out
}

// inferShape fills in a -1 dimension and checks the size.
func (a *Array[T]) inferShape(shape []int) []int {
	shape = slices.Clone(shape)
	size := a.Size()
	unknown := -1
	known := 1
	for i, d := range shape {
		switch {
		case d == -1 && unknown >= 0:
			panic(&ShapeError{Op: "reshape", Msg: "can only specify one unknown dimension"})
		case d == -1:
			unknown = i
		case d < 0:
			panic(&ShapeError{Op: "reshape", Msg: "negative dimensions not allowed"})
		default:
			known *= d
		}
	}
	fail := func() {
		parts := make([]string, len(shape))
		for i, d := range shape {
			parts[i] = fmt.Sprint(d)
			if i == unknown {
				parts[i] = "newaxis"
			}
		}
		s := "(" + strings.Join(parts, ", ") + ")"
		if len(parts) == 1 {
			s = "(" + parts[0] + ",)"
		}
		panic(&ShapeError{Op: "reshape", Msg: fmt.Sprintf("cannot reshape array of size %d into shape %s", size, s)})
	}
	if unknown >= 0 {
		if known == 0 || size%known != 0 {
			fail()
		}
		shape[unknown] = size / known
	}
	checkedSize(shape)
	if checkedSize(shape) != size {
		fail()
	}
	return shape
}

// reshapeStrides returns the strides that view an array of the old shape
// and strides with the new shape, in C order, if there are any (NumPy's
// _attempt_nocopy_reshape).
func reshapeStrides(oldShape, oldStrides, newShape []int) ([]int, bool) {
	var od, os []int
	for i, d := range oldShape {
		if d == 0 {
			return cStrides(newShape), true
		}
		if d != 1 {
			od = append(od, d)
			os = append(os, oldStrides[i])
		}
	}
	ns := make([]int, len(newShape))
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
				return nil, false
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
	return ns, true
}

// Ravel returns the elements as a 1-D array: a view when a is
// C-contiguous, a copy otherwise.
func (a *Array[T]) Ravel() *Array[T] { return a.Reshape(-1) }

// Flatten returns a 1-D copy of the elements, in C order.
func (a *Array[T]) Flatten() *Array[T] { return Wrap(a.Values(), a.Size()) }

// Squeeze returns the view without length-1 axes: all of them, or only the
// given ones, which must have length 1.
func (a *Array[T]) Squeeze(axes ...int) *Array[T] {
	drop := make([]bool, len(a.shape))
	if len(axes) == 0 {
		for i, d := range a.shape {
			drop[i] = d == 1
		}
	} else {
		for _, ax := range normalizeAxes(axes, len(a.shape)) {
			if a.shape[ax] != 1 {
				panic(&ValueError{Msg: "cannot select an axis to squeeze out which has size not equal to one"})
			}
			drop[ax] = true
		}
	}
	var shape, strides []int
	for i, d := range a.shape {
		if !drop[i] {
			shape = append(shape, d)
			strides = append(strides, a.strides[i])
		}
	}
	return a.view(append([]int{}, shape...), append([]int{}, strides...), a.offset)
}

// ExpandDims returns the view with new length-1 axes inserted at the given
// positions of the result (np.expand_dims); negative positions count from
// the end of the result.
func (a *Array[T]) ExpandDims(axes ...int) *Array[T] {
	n := len(a.shape) + len(axes)
	pos := normalizeAxes(axes, n)
	shape := make([]int, n)
	strides := make([]int, n)
	k := 0
	for i := range n {
		if slices.Contains(pos, i) {
			shape[i] = 1
			strides[i] = 0
			continue
		}
		shape[i] = a.shape[k]
		strides[i] = a.strides[k]
		k++
	}
	return a.view(shape, strides, a.offset)
}

// BroadcastTo returns a read-only view of a with the given shape, NumPy's
// broadcast_to: leading axes are added and length-1 axes stretched, with
// stride 0. Writing through it panics with a *ReadOnlyError. It panics with
// a *BroadcastError, or an *AxisError when a has more axes than shape.
func (a *Array[T]) BroadcastTo(shape ...int) *Array[T] {
	checkedSize(shape)
	if len(shape) < len(a.shape) {
		if len(shape) == 0 {
			panic(&BroadcastError{Shape: a.Shape(), Target: []int{}, Msg: "cannot broadcast a non-scalar to a scalar array"})
		}
		panic(&AxisError{Axis: -1, NDim: len(shape), Msg: "input operand has more dimensions than allowed by the axis remapping"})
	}
	k := len(shape) - len(a.shape)
	strides := make([]int, len(shape))
	for i := range a.shape {
		switch {
		case a.shape[i] == shape[k+i]:
			strides[k+i] = a.strides[i]
		case a.shape[i] == 1:
			strides[k+i] = 0
		default:
			panic(&BroadcastError{Shape: a.Shape(), Target: slices.Clone(shape),
				Msg: fmt.Sprintf("operands could not be broadcast together with remapped shapes [original->remapped]: %s  and requested shape %s",
					formatShape(a.shape, ","), formatShape(shape, ","))})
		}
	}
	v := a.view(slices.Clone(shape), strides, a.offset)
	v.readOnly = true
	return v
}
