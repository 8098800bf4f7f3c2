// Package overlap is the library's one memory-overlap check: how the
// memory two strided views (or two flat runs) reach relates. ndarray's
// MayShareMemory, Assign, the ufunc engine and the products all ask it.
//
// The check is NumPy's may_share_memory, on the byte extents of the views
// (the lowest to the highest byte an element of the view occupies), with
// one finer case that is cheap to recognise: two views that start at the
// same byte, have elements of the same size and the same strides on every
// axis longer than 1 are the very same elements ([Same]), which an
// elementwise operation may read and write in place.
package overlap

import "unsafe"

// Relation is how the memory of two views relates.
type Relation uint8

const (
	// Disjoint: the byte extents do not overlap (or a view is empty).
	Disjoint Relation = iota
	// Same: the two views reach the same elements in the same order.
	Same
	// Partial: the extents overlap otherwise; the views may share elements.
	Partial
)

// String returns the relation's name.
func (r Relation) String() string {
	switch r {
	case Disjoint:
		return "disjoint"
	case Same:
		return "same"
	}
	return "partial"
}

// Extent returns the byte addresses [lo, hi) that the view of data with
// the given first element, shape and strides (in elements) reaches; lo ==
// hi when the view is empty (a zero in shape, or data empty).
func Extent[T any](data []T, off int, shape, strides []int) (lo, hi uintptr) {
	if len(data) == 0 {
		return 0, 0
	}
	l, h := off, off
	for i, d := range shape {
		if d == 0 {
			return 0, 0
		}
		if s := strides[i] * (d - 1); s < 0 {
			l += s
		} else {
			h += s
		}
	}
	var z T
	size := unsafe.Sizeof(z)
	base := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
	return base + uintptr(l)*size, base + uintptr(h+1)*size
}

// Views relates the view of a (first element aOff, strides aStrides) and
// the view of b (bOff, bStrides), both of the given shape (strides may be
// 0, as in a broadcast view).
func Views[A, B any](shape []int, a []A, aOff int, aStrides []int, b []B, bOff int, bStrides []int) Relation {
	alo, ahi := Extent(a, aOff, shape, aStrides)
	blo, bhi := Extent(b, bOff, shape, bStrides)
	if alo == ahi || blo == bhi || ahi <= blo || bhi <= alo {
		return Disjoint
	}
	var za A
	var zb B
	if alo != blo || ahi != bhi || unsafe.Sizeof(za) != unsafe.Sizeof(zb) ||
		elemAddr(a, aOff) != elemAddr(b, bOff) {
		return Partial
	}
	for i, d := range shape {
		if d > 1 && aStrides[i] != bStrides[i] {
			return Partial
		}
	}
	return Same
}

// Extents relates two views of possibly different shapes by their byte
// extents alone: Disjoint or Partial (NumPy's may_share_memory).
func Extents[A, B any](a []A, aOff int, aShape, aStrides []int, b []B, bOff int, bShape, bStrides []int) Relation {
	alo, ahi := Extent(a, aOff, aShape, aStrides)
	blo, bhi := Extent(b, bOff, bShape, bStrides)
	if alo == ahi || blo == bhi || ahi <= blo || bhi <= alo {
		return Disjoint
	}
	return Partial
}

// Slices relates two flat runs: Same when they start at the same byte and
// have the same length and element size, Disjoint when they share no byte,
// else Partial.
func Slices[A, B any](a []A, b []B) Relation {
	if len(a) == 0 || len(b) == 0 {
		return Disjoint
	}
	var za A
	var zb B
	alo := uintptr(unsafe.Pointer(unsafe.SliceData(a)))
	blo := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	ahi := alo + uintptr(len(a))*unsafe.Sizeof(za)
	bhi := blo + uintptr(len(b))*unsafe.Sizeof(zb)
	switch {
	case ahi <= blo || bhi <= alo:
		return Disjoint
	case alo == blo && ahi == bhi && unsafe.Sizeof(za) == unsafe.Sizeof(zb):
		return Same
	}
	return Partial
}

func elemAddr[T any](data []T, i int) uintptr {
	var z T
	return uintptr(unsafe.Pointer(unsafe.SliceData(data))) + uintptr(i)*unsafe.Sizeof(z)
}
