package ndarray

import "github.com/ndsimd/ndsimd/internal/overlap"

// MayShareMemory reports whether a and b may share memory, as NumPy's
// np.may_share_memory: true when the byte extents of the two views (from
// the lowest to the highest element each reaches) overlap, even if the
// elements they reach do not (a[::2] and a[1::2] may share); false for
// a[:2] and a[2:], and for an empty view. The check is the library's one
// overlap check, internal/overlap.
func MayShareMemory[T Elem](a, b *Array[T]) bool {
	a.valid()
	b.valid()
	return overlap.Extents(a.data, a.offset, a.shape, a.strides, b.data, b.offset, b.shape, b.strides) != overlap.Disjoint
}

// overlap relates a and b, of a's shape (b possibly a broadcast view):
// overlap.Same when they are the very same elements, so that an
// elementwise copy from b into a is correct in place.
func (a *Array[T]) overlap(b *Array[T]) overlap.Relation {
	return overlap.Views(a.shape, a.data, a.offset, a.strides, b.data, b.offset, b.strides)
}
