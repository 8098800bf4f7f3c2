package ndarray

import "fmt"

// Split divides a into sections equal parts along axis, as
// np.split(a, sections, axis). The parts are views of a. It panics with a
// *ValueError ("array split does not result in an equal division") when
// the axis's length is not a multiple of sections; [ArraySplit] allows
// unequal parts.
func Split[T Elem](a *Array[T], sections, axis int) []*Array[T] {
	axis = normalizeAxis(axis, len(a.shape))
	if sections <= 0 {
		panic(&ValueError{Msg: "number sections must be larger than 0."})
	}
	if a.shape[axis]%sections != 0 {
		panic(&ValueError{Msg: "array split does not result in an equal division"})
	}
	return ArraySplit(a, sections, axis)
}

// ArraySplit divides a into sections parts along axis, as
// np.array_split(a, sections, axis): when the length n does not divide,
// the first n % sections parts have one element more. The parts are views.
func ArraySplit[T Elem](a *Array[T], sections, axis int) []*Array[T] {
	axis = normalizeAxis(axis, len(a.shape))
	if sections <= 0 {
		panic(&ValueError{Msg: "number sections must be larger than 0."})
	}
	n := a.shape[axis]
	each, extra := n/sections, n%sections
	out := make([]*Array[T], sections)
	at := 0
	for i := range out {
		size := each
		if i < extra {
			size++
		}
		out[i] = axisSlice(a, axis, at, at+size)
		at += size
	}
	return out
}

// SplitAt divides a along axis at the given indexes, as np.split(a,
// indices, axis) (and np.array_split with a list): the parts are
// a[:i0], a[i0:i1], ..., a[ik:] along axis, with Python's slicing of
// negative and out-of-range indexes. The parts are views.
func SplitAt[T Elem](a *Array[T], indices []int, axis int) []*Array[T] {
	axis = normalizeAxis(axis, len(a.shape))
	out := make([]*Array[T], len(indices)+1)
	s := make([]Slice, axis+1)
	for i := range axis {
		s[i] = All()
	}
	for i := range out {
		var sl Slice
		if i > 0 {
			sl.Start, sl.HasStart = indices[i-1], true
		}
		if i < len(indices) {
			sl.Stop, sl.HasStop = indices[i], true
		}
		s[axis] = sl
		out[i] = a.Slice(s...)
	}
	return out
}

// Tile repeats a reps[i] times along axis i, as np.tile(a, reps): with
// fewer reps than dimensions the leading axes are repeated once; with more,
// a gains leading axes of length 1. It panics with a *ValueError for a
// negative repetition.
func Tile[T Elem](a *Array[T], reps ...int) *Array[T] {
	d := max(len(reps), len(a.shape))
	r := make([]int, d)
	for i := range r {
		r[i] = 1
	}
	copy(r[d-len(reps):], reps)
	shape := make([]int, d)
	for i := range shape {
		shape[i] = 1
	}
	copy(shape[d-len(a.shape):], a.shape)
	for _, v := range r {
		if v < 0 {
			panic(&ValueError{Msg: fmt.Sprintf("negative dimensions are not allowed: reps %v", reps)})
		}
	}
	b := a.Reshape(shape...)
	// Interleave: (1, s0, 1, s1, ...) broadcast to (r0, s0, r1, s1, ...).
	inter := make([]int, 0, 2*d)
	target := make([]int, 0, 2*d)
	final := make([]int, d)
	for i := range d {
		inter = append(inter, 1, shape[i])
		target = append(target, r[i], shape[i])
		final[i] = r[i] * shape[i]
	}
	return b.Reshape(inter...).BroadcastTo(target...).Copy().Reshape(final...)
}

// Repeat repeats each element of a, as np.repeat(a, repeats, axis). With
// Axis(k) the slices along axis k repeat; without it a is flattened first.
// repeats holds one count for every element (or slice), or a single count
// for all. It panics with a *ValueError for a negative count or a count
// list of the wrong length.
func Repeat[T Elem](a *Array[T], repeats []int, opts ...ReduceOption) *Array[T] {
	axis, given := optionAxis(opts, len(a.shape), "repeat")
	if !given {
		a = a.Reshape(-1)
		axis = 0
	}
	outer, n, inner := splitShape(a.shape, axis)
	if len(repeats) != 1 && len(repeats) != n {
		panic(&ValueError{Msg: fmt.Sprintf("operands could not be broadcast together with shape (%d,) (%d,)", n, len(repeats))})
	}
	count := func(i int) int {
		if len(repeats) == 1 {
			return repeats[0]
		}
		return repeats[i]
	}
	total := 0
	for i := range n {
		if count(i) < 0 {
			panic(&ValueError{Msg: "repeats may not contain negative values."})
		}
		total += count(i)
	}
	shape := a.Shape()
	shape[axis] = total
	vals := a.Values()
	out := newUninit[T](shape...)
	p := 0
	for o := range outer {
		for i := range n {
			src := vals[(o*n+i)*inner : (o*n+i+1)*inner]
			for range count(i) {
				p += copy(out.data[p:], src)
			}
		}
	}
	return out
}
