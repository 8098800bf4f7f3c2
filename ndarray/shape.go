package ndarray

import (
	"fmt"
	"math"
	"slices"
)

// checkedSize returns the number of elements of shape, panicking with a
// *ShapeError on a negative dimension or a size that overflows int.
func checkedSize(shape []int) int {
	n := 1
	for _, d := range shape {
		if d < 0 {
			panic(&ShapeError{Op: "shape", Msg: fmt.Sprintf("negative dimensions are not allowed: %s", FormatShape(shape))})
		}
		if d != 0 && n > math.MaxInt/d {
			panic(&ShapeError{Op: "shape", Msg: fmt.Sprintf("array is too big: shape %s has more elements than an int can count", FormatShape(shape))})
		}
		n *= d
	}
	for _, d := range shape {
		if d == 0 {
			return 0
		}
	}
	return n
}

// cStrides returns the C-order (row-major) strides of shape, in elements.
func cStrides(shape []int) []int {
	st := make([]int, len(shape))
	s := 1
	for i := len(shape) - 1; i >= 0; i-- {
		st[i] = s
		s *= max(shape[i], 1)
	}
	return st
}

// normalizeAxis turns a possibly negative axis into 0..ndim-1, or panics
// with an *AxisError.
func normalizeAxis(axis, ndim int) int {
	if axis < -ndim || axis >= ndim {
		panic(axisError(axis, ndim))
	}
	if axis < 0 {
		axis += ndim
	}
	return axis
}

// normalizeAxes normalises a list of axes and refuses repeats, as NumPy.
func normalizeAxes(axes []int, ndim int) []int {
	out := make([]int, len(axes))
	for i, a := range axes {
		out[i] = normalizeAxis(a, ndim)
		if slices.Contains(out[:i], out[i]) {
			panic(&ValueError{Msg: "duplicate value in 'axis'"})
		}
	}
	return out
}
