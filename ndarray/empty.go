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

// smallArray is an array and the storage of up to 16 elements in one
// allocation.
type smallArray[T Elem] struct {
	a   Array[T]
	buf [16]T
}

// emptyArray returns a writable array of n unspecified elements with room
// for ndim axes (see newArray).
func emptyArray[T Elem](n, ndim int) *Array[T] {
	if n <= 16 && ndim <= inlineDims {
		s := &smallArray[T]{}
		a := &s.a
		a.data = s.buf[:n:n]
		uninit.PoisonFill(a.data)
		a.shape = a.dims[:ndim:ndim]
		a.strides = a.dims[inlineDims : inlineDims+ndim : inlineDims+ndim]
		return a
	}
	return newArray(uninit.Make[T](n), ndim, 0, false)
}
