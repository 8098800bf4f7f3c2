package ndarray

import "github.com/ndsimd/ndsimd/internal/uninit"

// EmptyLike returns a new writable C-contiguous array with like's shape
// whose elements are unspecified, as np.empty_like: they may be zero or
// hold values left from freed memory, so every element must be written
// before any is read. It is the allocation of the results of elementwise
// operations: an array of up to 16 elements is one allocation (the array
// and its elements together), a large one is not cleared first.
func EmptyLike[U, T Elem](like *Array[T]) *Array[U] {
	like.valid()
	n := 1
	for _, d := range like.shape {
		n *= d
	}
	a := emptyArray[U](n, len(like.shape))
	copy(a.shape, like.shape)
	a.setCStrides()
	return a
}

// smallArray is an array, its shape and strides (D: an array of 2*ndim
// ints) and the storage of up to 16 elements in one allocation.
type smallArray[T Elem, D any] struct {
	a    Array[T]
	dims D
	buf  [16]T
}

// emptyArray returns a writable array of n unspecified elements with room
// for ndim axes (see newArray).
func emptyArray[T Elem](n, ndim int) *Array[T] {
	var a *Array[T]
	var dims []int
	var buf []T
	switch {
	case n > 16 || ndim > inlineDims:
		return newArray(uninit.Make[T](n), ndim, 0, false)
	case ndim <= 1:
		s := &smallArray[T, [2]int]{}
		a, dims, buf = &s.a, s.dims[:], s.buf[:n:n]
	case ndim == 2:
		s := &smallArray[T, [4]int]{}
		a, dims, buf = &s.a, s.dims[:], s.buf[:n:n]
	case ndim == 3:
		s := &smallArray[T, [6]int]{}
		a, dims, buf = &s.a, s.dims[:], s.buf[:n:n]
	default:
		s := &smallArray[T, [2 * inlineDims]int]{}
		a, dims, buf = &s.a, s.dims[:], s.buf[:n:n]
	}
	uninit.PoisonFill(buf)
	a.data = buf
	a.shape = dims[:ndim:ndim]
	a.strides = dims[ndim : 2*ndim : 2*ndim]
	return a
}
