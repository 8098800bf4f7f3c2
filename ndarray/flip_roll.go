package ndarray

// Flip reverses the order of the elements along the given axes, as
// np.flip(a, axis): with Axis(...) along those axes, without it along every
// axis. The result is a view of a.
func Flip[T Elem](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	axes, given := optionAxes(opts, len(a.shape))
	if !given {
		axes = make([]int, len(a.shape))
		for i := range axes {
			axes[i] = i
		}
	}
	s := make([]Slice, len(a.shape))
	for i := range s {
		s[i] = All()
	}
	for _, ax := range axes {
		s[ax] = Step(-1)
	}
	return a.Slice(s...)
}

// Roll shifts the elements by shift places along the given axes, those
// pushed past the end coming back at the start, as np.roll(a, shift,
// axis). Without Axis the array is rolled flattened and reshaped back. The
// result is a new array.
func Roll[T Elem](a *Array[T], shift int, opts ...ReduceOption) *Array[T] {
	axes, given := optionAxes(opts, len(a.shape))
	if !given {
		return rollAxis(a.Reshape(-1), 0, shift).Reshape(a.shape...)
	}
	out := a
	for _, ax := range axes {
		out = rollAxis(out, ax, shift)
	}
	if out == a {
		return a.Copy()
	}
	return out
}

func rollAxis[T Elem](a *Array[T], axis, shift int) *Array[T] {
	n := a.shape[axis]
	if n == 0 {
		return a.Copy()
	}
	s := shift % n
	if s < 0 {
		s += n
	}
	return Concatenate([]*Array[T]{axisSlice(a, axis, n-s, n), axisSlice(a, axis, 0, n-s)}, axis)
}
