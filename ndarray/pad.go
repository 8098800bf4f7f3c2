package ndarray

import "fmt"

// PadMode says how [Pad] fills the new border: [PadConstant], [PadEdge] or
// [PadReflect], as np.pad's mode argument.
type PadMode struct {
	kind  int // 0 constant, 1 edge, 2 reflect
	value float64
}

// PadConstant fills the border with v (converted to the array's type), as
// mode="constant", constant_values=v.
func PadConstant(v float64) PadMode { return PadMode{kind: 0, value: v} }

// PadEdge repeats the edge values, as mode="edge".
func PadEdge() PadMode { return PadMode{kind: 1} }

// PadReflect mirrors the values about the edges without repeating them, as
// mode="reflect": [1 2 3] padded by 2 is [3 2 1 2 3 2 1].
func PadReflect() PadMode { return PadMode{kind: 2} }

// Pad returns a padded copy of a, as np.pad(a, pad_width, mode): width[i]
// is the (before, after) count for axis i, or a single pair for every axis.
// It panics with a *ValueError for negative widths, a width list of the
// wrong length, or edge/reflect padding of an empty axis.
func Pad[T Number](a *Array[T], width [][2]int, mode PadMode) *Array[T] {
	nd := len(a.shape)
	if len(width) != 1 && len(width) != nd {
		panic(&ValueError{Msg: fmt.Sprintf("operands could not be broadcast together with remapped shapes [original->remapped]: (%d,2)  and requested shape (%d,2)", len(width), nd)})
	}
	w := func(i int) [2]int {
		if len(width) == 1 {
			return width[0]
		}
		return width[i]
	}
	shape := a.Shape()
	for i := range nd {
		if w(i)[0] < 0 || w(i)[1] < 0 {
			panic(&ValueError{Msg: "index can't contain negative values"})
		}
		shape[i] += w(i)[0] + w(i)[1]
	}
	if mode.kind == 0 {
		out := Full(T(mode.value), shape...)
		if a.Size() > 0 {
			inner := out
			for i := range nd {
				inner = axisSlice(inner, i, w(i)[0], w(i)[0]+a.shape[i])
			}
			assignStrided(inner, a)
		}
		return out
	}
	cur := a
	for i := range nd {
		cur = padAxis(cur, i, w(i)[0], w(i)[1], mode.kind == 2)
	}
	if cur == a {
		return a.Copy()
	}
	return cur
}

// padAxis pads one axis by edge values or by reflection.
func padAxis[T Number](a *Array[T], axis, before, after int, reflect bool) *Array[T] {
	if before == 0 && after == 0 {
		return a
	}
	n := a.shape[axis]
	if n == 0 {
		panic(&ValueError{Msg: "can't extend empty axis 0 using modes other than 'constant' or 'empty'"})
	}
	outer, _, inner := splitShape(a.shape, axis)
	vals := a.Values()
	m := n + before + after
	shape := a.Shape()
	shape[axis] = m
	out := newUninit[T](shape...)
	for j := range m {
		p := j - before // position relative to the original start
		switch {
		case p >= 0 && p < n:
		case !reflect || n == 1:
			p = min(max(p, 0), n-1)
		default:
			period := 2 * (n - 1)
			p %= period
			if p < 0 {
				p += period
			}
			if p >= n {
				p = period - p
			}
		}
		for o := range outer {
			copy(out.data[(o*m+j)*inner:(o*m+j+1)*inner], vals[(o*n+p)*inner:(o*n+p+1)*inner])
		}
	}
	return out
}
