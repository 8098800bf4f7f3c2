package kernels

// Float is the set of element types that have kernels.
type Float interface {
	float32 | float64
}

// PointerFree is the element types that hold no pointers (numbers and
// bools): CopyStreamElems moves them as raw bytes, which would hide a
// stored pointer from the garbage collector.
type PointerFree interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 | ~complex64 | ~complex128 | ~bool
}
