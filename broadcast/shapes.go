package broadcast

import "math/bits"

// Shapes returns the broadcast shape of the given shapes by NumPy's rule:
// right-align them, pad the shorter ones with leading 1s, and on every axis
// the sizes must be equal or 1 (a 1 is stretched to the others' size; a 0
// broadcast with 1 gives 0). It returns an [*Error] when they do not
// broadcast, and a [*ShapeError] if a dimension is negative. No shapes give
// the empty (0-d) shape. The inputs are not modified and the result is a new
// slice.
func Shapes(shapes ...[]int) ([]int, error) {
	nd := 0
	for _, s := range shapes {
		for _, d := range s {
			if d < 0 {
				return nil, negativeDims(s)
			}
		}
		nd = max(nd, len(s))
	}
	out := make([]int, nd)
	for i := range out {
		out[i] = 1
	}
	for _, s := range shapes {
		off := nd - len(s)
		for i, d := range s {
			r := &out[off+i]
			switch {
			case d == *r || d == 1:
			case *r == 1:
				*r = d
			default:
				return nil, &Error{Shapes: cloneShapes(shapes)}
			}
		}
	}
	return out, nil
}

// Strides returns the strides (in elements) of an operand with the given
// shape and strides when it is viewed at the broadcast shape target: missing
// leading axes get stride 0, and a size-1 axis stretched to a size other than
// 1 gets stride 0; the other strides are kept. It returns an [*Error] (naming
// shape and target) if shape cannot be broadcast to target, e.g. (3,) to (4,),
// or shape has more axes than target, and a [*ShapeError] if a dimension is
// negative or len(strides) != len(shape).
func Strides(shape, strides, target []int) ([]int, error) {
	out := make([]int, len(target))
	if err := StridesInto(out, shape, strides, target); err != nil {
		return nil, err
	}
	return out, nil
}

// StridesInto is [Strides] writing into dst, which must have len(target)
// elements (it panics otherwise), so that a view can keep its strides in
// storage of its own without an allocation. dst is unspecified on error.
func StridesInto(dst, shape, strides, target []int) error {
	if len(dst) != len(target) {
		panic("broadcast: StridesInto: len(dst) != len(target)")
	}
	if len(strides) != len(shape) {
		return &ShapeError{Shape: append([]int{}, shape...), Msg: "mismatch in length of strides and shape"}
	}
	for _, s := range [][]int{shape, target} {
		for _, d := range s {
			if d < 0 {
				return negativeDims(s)
			}
		}
	}
	if len(shape) > len(target) {
		return &Error{Shapes: cloneShapes([][]int{shape, target})}
	}
	return stretch(dst, shape, strides, target)
}

// stretch writes the strides of shape viewed at target (at least as many
// axes, no negative dimension) into out.
func stretch(out, shape, strides, target []int) error {
	off := len(target) - len(shape)
	for i := range off {
		out[i] = 0
	}
	for i, d := range shape {
		t := target[off+i]
		switch {
		case d == t:
			out[off+i] = strides[i]
		case d == 1:
			out[off+i] = 0
		default:
			return &Error{Shapes: cloneShapes([][]int{shape, target})}
		}
	}
	return nil
}

// Size returns the number of elements of shape (1 for the 0-d shape). It
// refuses negative dimensions ("negative dimensions are not allowed") and, as
// NumPy does, shapes whose product of non-zero dimensions overflows int, even
// when another dimension is 0; the error is a [*ShapeError].
func Size(shape []int) (int, error) { return SizeOf(shape, 1) }

// SizeOf is the library's one overflow-checked size computation: the number
// of elements of shape for elements of itemSize bytes. It is [Size], except
// that the product of the non-zero dimensions times itemSize must fit in int
// (NumPy's check of arr.size * arr.dtype.itemsize, which refuses
// (2**62, 2**62, 0) as well as (0, 2**62, 2**62)). An itemSize below 1
// counts as 1.
func SizeOf(shape []int, itemSize int) (int, error) {
	n, nbytes, zero := 1, uint64(max(itemSize, 1)), false
	for _, d := range shape {
		if d < 0 {
			return 0, negativeDims(shape)
		}
		if d == 0 {
			zero = true
			continue
		}
		hi, lo := bits.Mul64(nbytes, uint64(d))
		if hi != 0 || lo > uint64(maxInt) {
			return 0, &ShapeError{
				Shape: append([]int{}, shape...),
				Msg:   "array is too big: the size of shape " + FormatShape(shape) + " overflows int",
			}
		}
		nbytes = lo
		n *= d // n <= nbytes: no overflow
	}
	if zero {
		return 0, nil
	}
	return n, nil
}

const maxInt = int(^uint(0) >> 1)

// ContiguousStrides returns the C-order (row-major) strides, in elements, of
// a new array of the given shape: the last axis has stride 1 and each other
// axis the product of the sizes after it. As in NumPy, axes of size 0 count as
// 1 in that product, so (2,0,3) gives (3,3,1). It panics with a [*ShapeError]
// if [Size] refuses the shape.
func ContiguousStrides(shape []int) []int {
	if _, err := Size(shape); err != nil {
		panic(err)
	}
	out := make([]int, len(shape))
	s := 1
	for i := len(shape) - 1; i >= 0; i-- {
		out[i] = s
		if shape[i] != 0 {
			s *= shape[i]
		}
	}
	return out
}

func negativeDims(shape []int) *ShapeError {
	return &ShapeError{Shape: append([]int{}, shape...), Msg: "negative dimensions are not allowed"}
}
