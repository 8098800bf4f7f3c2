package ndarray

import "github.com/ndsimd/ndsimd/internal/uninit"

// The helpers the vocabulary ops along one axis share (joining, sorting,
// scans): reading an axis option, and moving an axis last and back.

// optionAxes applies opts and returns the normalised axes they name, or
// given false when no Axis option was passed (NumPy's axis=None).
func optionAxes(opts []ReduceOption, ndim int) (axes []int, given bool) {
	var c reduceConfig
	for _, o := range opts {
		o(&c)
	}
	if c.axes == nil {
		return nil, false
	}
	return normalizeAxes(c.axes, ndim), true
}

// optionAxis is optionAxes for ops that take one axis or none; it panics
// with a *ValueError naming op when several axes are given.
func optionAxis(opts []ReduceOption, ndim int, op string) (axis int, given bool) {
	axes, given := optionAxes(opts, ndim)
	if !given {
		return 0, false
	}
	if len(axes) != 1 {
		panic(&ValueError{Msg: op + " takes one axis or none"})
	}
	return axes[0], true
}

// splitShape returns the sizes before, along and after axis: the array is
// outer blocks of n rows of inner elements.
func splitShape(shape []int, axis int) (outer, n, inner int) {
	outer, inner = 1, 1
	for _, d := range shape[:axis] {
		outer *= d
	}
	for _, d := range shape[axis+1:] {
		inner *= d
	}
	return outer, shape[axis], inner
}

// lastAxisValues returns a's elements in C order with axis moved last (a
// copy: the caller may change it), so that each lane along axis is one
// contiguous run of a.shape[axis] elements.
func lastAxisValues[T Elem](a *Array[T], axis int) []T {
	n := len(a.shape)
	if axis == n-1 {
		return a.Values()
	}
	perm := make([]int, 0, n)
	for i := range n {
		if i != axis {
			perm = append(perm, i)
		}
	}
	return a.Transpose(append(perm, axis)...).Values()
}

// fromLastAxis is the inverse of lastAxisValues: data holds lanes of
// shape[axis] elements (axis last); the result has the given shape, with
// the lanes along axis.
func fromLastAxis[U Elem](data []U, shape []int, axis int) *Array[U] {
	n := len(shape)
	if axis == n-1 {
		return Wrap(data, shape...)
	}
	moved := make([]int, 0, n)
	for i, d := range shape {
		if i != axis {
			moved = append(moved, d)
		}
	}
	moved = append(moved, shape[axis])
	perm := make([]int, n) // perm[i]: the moved axis that becomes axis i
	k := 0
	for i := range n {
		if i == axis {
			perm[i] = n - 1
			continue
		}
		perm[i] = k
		k++
	}
	return Wrap(data, moved...).Transpose(perm...).Copy()
}

// newUninit returns an array of the given shape whose elements the caller
// must all write before reading.
func newUninit[T Elem](shape ...int) *Array[T] {
	return Wrap(uninit.Make[T](checkedSizeOf[T](shape)), shape...)
}

// axisSlice returns the view of a with axis restricted to start:stop.
func axisSlice[T Elem](a *Array[T], axis, start, stop int) *Array[T] {
	s := make([]Slice, axis+1)
	for i := range axis {
		s[i] = All()
	}
	s[axis] = S(start, stop)
	return a.Slice(s...)
}
