package ndarray

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"unsafe"

	"github.com/ndsimd/ndsimd/internal/uninit"
	"github.com/ndsimd/ndsimd/kernels"
)

// MaskSelect returns the elements of a where mask is true, in C order, as a
// new 1-D array: NumPy's a[mask]. mask's shape must be a's shape, or the
// leading part of it: then whole sub-arrays are selected and the result has
// shape (count, a's remaining axes...). A mismatch panics with an
// *IndexError carrying NumPy's text.
func MaskSelect[T Elem](a *Array[T], mask *Array[bool]) *Array[T] {
	inner := checkMask(a, mask)
	m := contiguousBools(mask)
	count := countTrue(m)
	src := contiguousOf(a)
	shape := append([]int{count}, a.shape[mask.NDim():]...)
	if inner == 1 {
		out := uninit.Make[T](count + 9) // compress writes up to one slot past the last kept element, in blocks of 9
		compress(out, src, m)
		return Wrap(out[:count:count], shape...)
	}
	out := uninit.Make[T](count * inner)
	k := 0
	for i, keep := range m {
		if keep {
			copy(out[k:k+inner], src[i*inner:(i+1)*inner])
			k += inner
		}
	}
	return Wrap(out, shape...)
}

// MaskAssign sets the elements of a where mask is true to v: NumPy's
// a[mask] = v. mask's shape must be a's (or its leading part, as in
// [MaskSelect]). It panics with a *ReadOnlyError on a read-only view.
func MaskAssign[T Elem](a *Array[T], mask *Array[bool], v T) {
	a.mustWrite()
	inner := checkMask(a, mask)
	m := contiguousBools(mask)
	a.eachMasked(m, inner, func(_, off int) { a.data[off] = v })
}

// MaskAssignValues sets the elements of a where mask is true to the
// elements of values, in order: NumPy's a[mask] = values. values must have
// one element (it is then repeated) or one per selected element (per
// selected sub-array element when mask covers only the leading axes), else
// it panics with a *ValueError with NumPy's text.
func MaskAssignValues[T Elem](a *Array[T], mask *Array[bool], values *Array[T]) {
	a.mustWrite()
	inner := checkMask(a, mask)
	m := contiguousBools(mask)
	count := countTrue(m) * inner
	vals := values.Values()
	switch {
	case len(vals) == 1:
		MaskAssign(a, mask, vals[0])
		return
	case len(vals) != count:
		panic(&ValueError{Msg: fmt.Sprintf("NumPy boolean array indexing assignment cannot assign %d input values to the %d output values where the mask is true", len(vals), count)})
	}
	a.eachMasked(m, inner, func(k, off int) { a.data[off] = vals[k] })
}

// checkMask checks that mask's shape is a's shape or its leading part and
// returns the number of elements of a per mask element.
func checkMask[T Elem](a *Array[T], mask *Array[bool]) int {
	if mask.NDim() > a.NDim() {
		panic(&IndexError{Msg: fmt.Sprintf("too many indices for array: array is %d-dimensional, but %d were indexed", a.NDim(), mask.NDim())})
	}
	for i, d := range mask.shape {
		if d != a.shape[i] {
			panic(&IndexError{Msg: fmt.Sprintf("boolean index did not match indexed array along dimension %d; dimension is %d but corresponding boolean dimension is %d", i, a.shape[i], d)})
		}
	}
	return checkedSizeOf[int8](a.shape[mask.NDim():])
}

// eachMasked calls f(k, off) for the k-th selected element of a (in C
// order), at data offset off; m holds the mask in C order and covers a's
// leading axes, with inner elements of a per mask element.
func (a *Array[T]) eachMasked(m []bool, inner int, f func(k, off int)) {
	k := 0
	if a.IsCContiguous() {
		base := a.offset
		for i, keep := range m {
			if keep {
				for j := range inner {
					f(k, base+i*inner+j)
					k++
				}
			}
		}
		return
	}
	offs := cOrderOffsets(a)
	for i, keep := range m {
		if keep {
			for _, off := range offs[i*inner : (i+1)*inner] {
				f(k, off)
				k++
			}
		}
	}
}

// cOrderOffsets returns the data offsets of a's elements in C order.
func cOrderOffsets[T Elem](a *Array[T]) []int {
	n := a.Size()
	out := make([]int, 0, n)
	if n == 0 {
		return out
	}
	idx := make([]int, len(a.shape))
	off := a.offset
	for {
		out = append(out, off)
		i := len(idx) - 1
		for ; i >= 0; i-- {
			idx[i]++
			off += a.strides[i]
			if idx[i] < a.shape[i] {
				break
			}
			off -= a.strides[i] * idx[i]
			idx[i] = 0
		}
		if i < 0 {
			return out
		}
	}
}

// contiguousBools returns the mask's elements in C order, without copying
// when it is C-contiguous.
func contiguousBools(m *Array[bool]) []bool {
	if d, ok := m.Contiguous(); ok {
		return d
	}
	return m.Values()
}

// boolBytes views a bool slice as its bytes (each 0 or 1).
func boolBytes(b []bool) []uint8 {
	return unsafe.Slice((*uint8)(unsafe.Pointer(unsafe.SliceData(b))), len(b))
}

// countTrue counts the true elements, eight bytes at a time.
func countTrue(b []bool) int {
	m := boolBytes(b)
	n := 0
	i := 0
	for ; i+8 <= len(m); i += 8 {
		n += bits.OnesCount64(binary.LittleEndian.Uint64(m[i:]))
	}
	for ; i < len(m); i++ {
		n += int(m[i])
	}
	return n
}

// compress appends src[i] for every true m[i] to dst (which has room for
// the count plus nine): every element is written at the next free slot and
// the slot advances only when kept, so there is no branch per element, and
// runs of eight false mask bytes are skipped a word at a time.
func compress[T Elem](dst, src []T, m []bool) {
	switch d := any(dst).(type) { // the SIMD kernels (VCOMPRESS, permutation tables)
	case []float64:
		kernels.Compress(d, any(src).([]float64)[:len(m)], m)
		return
	case []float32:
		kernels.Compress(d, any(src).([]float32)[:len(m)], m)
		return
	}
	mb := boolBytes(m)
	src = src[:len(mb)]
	k := 0
	i := 0
	for ; i+8 <= len(mb); i += 8 {
		w := binary.LittleEndian.Uint64(mb[i:])
		if w == 0 {
			continue
		}
		s := src[i : i+8 : i+8]
		d := dst[k : k+9 : k+9]
		j := 0
		for t := range 8 {
			d[j] = s[t]
			j += int(mb[i+t])
		}
		k += j
	}
	for ; i < len(mb); i++ {
		dst[k] = src[i]
		k += int(mb[i])
	}
}
