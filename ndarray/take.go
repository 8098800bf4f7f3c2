package ndarray

import (
	"fmt"
	"unsafe"

	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/internal/uninit"
	"github.com/ndsimd/ndsimd/kernels"
)

// Take returns the elements of a, seen flattened in C order, at the given
// indexes, np.take(a, indices): the result has the shape of indices.
// Negative indexes count from the end; one out of range panics with an
// *IndexError with NumPy's text ("index 5 is out of bounds for axis 0 with
// size 3").
func Take[T Elem, I Integer](a *Array[T], indices *Array[I]) *Array[T] {
	src := contiguousOf(a)
	idx := contiguousOf(indices)
	n := len(src)
	if n == 0 && len(idx) > 0 {
		panic(&IndexError{Msg: "cannot do a non-empty take from an empty axes."})
	}
	out := uninit.Make[T](len(idx))
	gather(out, src, idx, 0)
	return Wrap(out, indices.shape...)
}

// gather sets out[i] = src[idx[i]], negative indexes counting from the
// end, panicking with an *IndexError (naming axis) for one out of range.
// Four indexes are checked at once; the loads then need no bounds check, so
// the loop is little more than the gather's own (cache-missing) loads.
func gather[T Elem, I Integer](out, src []T, idx []I, axis int) {
	idx = idx[:len(out)]
	if !gatherKernels(out, src, idx, axis) {
		gatherLoop(out, src, idx, axis)
	}
}

// gatherLoop is gather in Go.
func gatherLoop[T Elem, I Integer](out, src []T, idx []I, axis int) {
	n := len(src)
	idx = idx[:len(out)]
	if n == 0 {
		for _, j := range idx {
			fixIndex(int(j), n, axis) // panics
		}
		return
	}
	base := unsafe.Pointer(unsafe.SliceData(src))
	var z T
	size := unsafe.Sizeof(z)
	at := func(k int) T { return *(*T)(unsafe.Add(base, uintptr(k)*size)) }
	i := 0
	for ; i+4 <= len(idx); i += 4 {
		k0, k1, k2, k3 := int(idx[i]), int(idx[i+1]), int(idx[i+2]), int(idx[i+3])
		if uint(k0) >= uint(n) || uint(k1) >= uint(n) || uint(k2) >= uint(n) || uint(k3) >= uint(n) {
			k0, k1, k2, k3 = checkIndex(k0, n, axis), checkIndex(k1, n, axis), checkIndex(k2, n, axis), checkIndex(k3, n, axis)
		}
		o := out[i : i+4 : i+4]
		o[0], o[1], o[2], o[3] = at(k0), at(k1), at(k2), at(k3)
	}
	for ; i < len(idx); i++ {
		k := int(idx[i])
		if uint(k) >= uint(n) {
			k = fixIndex(k, n, axis)
		}
		out[i] = src[k]
	}
}

// checkIndex returns k, or its position when it is negative; it panics
// when k is out of range for an axis of size n.
func checkIndex(k, n, axis int) int {
	if uint(k) < uint(n) {
		return k
	}
	return fixIndex(k, n, axis)
}

// fixIndex turns a negative index into its position, or panics with an
// *IndexError when k is out of range for an axis of size n.
func fixIndex(k, n, axis int) int {
	if k < 0 && k >= -n {
		return k + n
	}
	panic(&IndexError{Index: k, Axis: axis, Size: n})
}

// contiguousOf returns a's elements in C order, shared when a is
// C-contiguous.
func contiguousOf[T Elem](a *Array[T]) []T {
	if d, ok := a.Contiguous(); ok {
		return d
	}
	return a.Values()
}

// TakeAxis returns the sub-arrays of a at the given indexes along axis,
// np.take(a, indices, axis=axis): the result's shape is a's with that axis
// replaced by indices' shape. Negative axes and indexes count from the end;
// errors as in [Take], and an *AxisError for a bad axis.
func TakeAxis[T Elem, I Integer](a *Array[T], indices *Array[I], axis int) *Array[T] {
	axis = normalizeAxis(axis, a.NDim())
	n := a.shape[axis]
	idx := contiguousOf(indices)
	if n == 0 && len(idx) > 0 {
		panic(&IndexError{Msg: "cannot do a non-empty take from an empty axes."})
	}
	pos := make([]int, len(idx))
	for i, j := range idx {
		k := int(j)
		if uint(k) >= uint(n) {
			k = fixIndex(k, n, axis)
		}
		pos[i] = k
	}
	outer := checkedSizeOf[int8](a.shape[:axis])
	inner := checkedSizeOf[int8](a.shape[axis+1:])
	shape := append(append(append([]int{}, a.shape[:axis]...), indices.shape...), a.shape[axis+1:]...)
	out := uninit.Make[T](outer * len(pos) * inner)
	src := contiguousOf(a)
	m := len(pos)
	for o := range outer {
		for i, k := range pos {
			copy(out[(o*m+i)*inner:(o*m+i+1)*inner], src[(o*n+k)*inner:(o*n+k+1)*inner])
		}
	}
	return Wrap(out, shape...)
}

// Put sets the elements of a, seen flattened in C order, at the given
// indexes to values, np.put(a, indices, values): values are used in order
// and repeated when there are fewer than indexes. Indexes as in [Take].
func Put[T Elem, I Integer](a *Array[T], indices *Array[I], values *Array[T]) {
	a.mustWrite()
	idx := contiguousOf(indices)
	vals := values.Values()
	if len(idx) == 0 || len(vals) == 0 {
		return
	}
	n := a.Size()
	var offs []int
	if !a.IsCContiguous() {
		offs = cOrderOffsets(a)
	}
	for i, j := range idx {
		k := int(j)
		if uint(k) >= uint(n) {
			k = fixIndex(k, n, 0)
		}
		v := vals[i%len(vals)]
		if offs != nil {
			a.data[offs[k]] = v
		} else {
			a.data[a.offset+k] = v
		}
	}
}

// TakeAlongAxis returns, for every position of indices, the element of a
// at that position with the index along axis replaced by the one indices
// holds there: np.take_along_axis(a, indices, axis), as used with the
// result of an argsort. a and indices must have the same number of axes
// (else a *ValueError) and broadcast against each other on every axis but
// axis (else an *IndexError).
func TakeAlongAxis[T Elem, I Integer](a *Array[T], indices *Array[I], axis int) *Array[T] {
	shape, axis := alongAxisShape(a, indices, axis)
	out := uninit.Make[T](checkedSizeOf[T](shape))
	k := 0
	walkAlongAxis(a, indices, shape, axis, func(off int) {
		out[k] = a.data[off]
		k++
	})
	return Wrap(out, shape...)
}

// PutAlongAxis stores values in a at the positions TakeAlongAxis(a,
// indices, axis) reads, np.put_along_axis(a, indices, values, axis); values
// broadcast to the shape of that result.
func PutAlongAxis[T Elem, I Integer](a *Array[T], indices *Array[I], values *Array[T], axis int) {
	a.mustWrite()
	shape, axis := alongAxisShape(a, indices, axis)
	vals := values.BroadcastTo(shape...).Values()
	k := 0
	walkAlongAxis(a, indices, shape, axis, func(off int) {
		a.data[off] = vals[k]
		k++
	})
}

// alongAxisShape checks the operands of TakeAlongAxis and returns the
// result's shape and the normalised axis.
func alongAxisShape[T Elem, I Integer](a *Array[T], indices *Array[I], axis int) ([]int, int) {
	if a.NDim() != indices.NDim() {
		panic(&ValueError{Msg: "`indices` and `arr` must have the same number of dimensions"})
	}
	axis = normalizeAxis(axis, a.NDim())
	shape := make([]int, a.NDim())
	for d := range shape {
		da, di := a.shape[d], indices.shape[d]
		switch {
		case d == axis || da == di || da == 1:
			shape[d] = di
		case di == 1:
			shape[d] = da
		default:
			ia, ii := a.Shape(), indices.Shape()
			ia[axis], ii[axis] = 1, 1
			panic(&IndexError{Msg: fmt.Sprintf("shape mismatch: indexing arrays could not be broadcast together with shapes %s %s", broadcast.FormatShape(ia), broadcast.FormatShape(ii))})
		}
	}
	return shape, axis
}

// walkAlongAxis calls f with the data offset in a of each element of the
// along-axis selection, in C order of shape.
func walkAlongAxis[T Elem, I Integer](a *Array[T], indices *Array[I], shape []int, axis int, f func(off int)) {
	if checkedSizeOf[int8](shape) == 0 {
		return
	}
	nd := len(shape)
	n := a.shape[axis]
	pos := make([]int, nd)
	for {
		ii := indices.offset
		off := a.offset
		for d, p := range pos {
			if indices.shape[d] > 1 {
				ii += p * indices.strides[d]
			}
			if d != axis && a.shape[d] > 1 {
				off += p * a.strides[d]
			}
		}
		k := int(indices.data[ii])
		if uint(k) >= uint(n) {
			k = fixIndex(k, n, axis)
		}
		f(off + k*a.strides[axis])
		d := nd - 1
		for ; d >= 0; d-- {
			pos[d]++
			if pos[d] < shape[d] {
				break
			}
			pos[d] = 0
		}
		if d < 0 {
			return
		}
	}
}

// gatherKernels gathers float64 and float32 elements by int64 indexes with
// the SIMD kernel (VGATHER) and reports true; for other types it does
// nothing and reports false. Where the kernel stops (a negative index or
// one out of range), the next block goes through gather's own loop, which
// resolves it or panics, and the kernel resumes after it.
func gatherKernels[T Elem, I Integer](out, src []T, idx []I, axis int) bool {
	ix, ok := any(idx).([]int64)
	if !ok || len(src) == 0 {
		return false
	}
	for len(out) > 0 {
		var k int
		switch o := any(out).(type) {
		case []float64:
			k = kernels.TakeInRange(o, any(src).([]float64), ix)
		case []float32:
			k = kernels.TakeInRange(o, any(src).([]float32), ix)
		default:
			return false
		}
		j := min(k+64, len(out))
		gatherLoop(out[k:j:j], src, any(ix[k:j:j]).([]I), axis)
		out, ix = out[j:], ix[j:]
	}
	return true
}
