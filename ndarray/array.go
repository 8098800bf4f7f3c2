package ndarray

import (
	"fmt"
	"math"
	"slices"

	"github.com/ndsimd/ndsimd/internal/overlap"
	"github.com/ndsimd/ndsimd/internal/uninit"
)

// Array is an n-dimensional array of elements of type T: a view of a flat
// data slice through a shape, strides (in elements, possibly negative or
// zero) and an offset. Element (i, j, ...) is data[offset + i*strides[0] +
// j*strides[1] + ...]. Views made by slicing, Transpose, Reshape,
// BroadcastTo and friends share data with their parent: a write through one
// is seen by all, as in NumPy.
//
// A 0-d array (empty shape) holds one value: a scalar.
//
// Arrays are made by the constructors (Zeros, FromSlice, Wrap, ...). The
// zero value Array{} and a nil *Array are not arrays: methods called on
// them panic with a *ValueError saying so, rather than with a nil
// dereference or an index out of range.
type Array[T Elem] struct {
	data     []T
	shape    []int
	strides  []int
	offset   int
	readOnly bool
}

// inlineDims is the most axes whose shape and strides are allocated with
// the Array itself (see newArray); arrays of more axes keep them in one
// extra allocation.
const inlineDims = 4

// withDims is an Array and the storage of its shape and strides (D is an
// array of 2*ndim ints), allocated together so that an array or a view is
// one allocation of the size its axes need: shape and strides point into
// dims. An Array is therefore never copied by value (its copy's shape
// would point into the original).
type withDims[T Elem, D any] struct {
	a    Array[T]
	dims D
}

// newArray returns an array over data with room for ndim axes: its shape
// and strides have length ndim, zeroed, for the caller to fill in. Up to
// inlineDims axes it is one allocation: 112 bytes for 0 or 1 axis, 128
// for 2, 144 for 3, 160 for 4.
func newArray[T Elem](data []T, ndim, offset int, readOnly bool) *Array[T] {
	var a *Array[T]
	var dims []int
	switch {
	case ndim <= 1:
		s := &withDims[T, [2]int]{}
		a, dims = &s.a, s.dims[:]
	case ndim == 2:
		s := &withDims[T, [4]int]{}
		a, dims = &s.a, s.dims[:]
	case ndim == 3:
		s := &withDims[T, [6]int]{}
		a, dims = &s.a, s.dims[:]
	case ndim == inlineDims:
		s := &withDims[T, [2 * inlineDims]int]{}
		a, dims = &s.a, s.dims[:]
	default:
		a, dims = &Array[T]{}, make([]int, 2*ndim)
	}
	a.data, a.offset, a.readOnly = data, offset, readOnly
	a.shape = dims[:ndim:ndim]
	a.strides = dims[ndim : 2*ndim : 2*ndim]
	return a
}

// newView returns a view of a's data with room for ndim axes (see
// newArray), readable and writable as a is.
func (a *Array[T]) newView(ndim, offset int) *Array[T] {
	return newArray(a.data, ndim, offset, a.readOnly)
}

// setCStrides fills a.strides with the C-order strides of a.shape.
func (a *Array[T]) setCStrides() {
	s := 1
	for i := len(a.shape) - 1; i >= 0; i-- {
		a.strides[i] = s
		s *= max(a.shape[i], 1)
	}
}

// valid panics with a *ValueError when a is nil or the zero value Array{}
// rather than an array made by a constructor (a 0-d array holds one
// element, so an array with no axes and no data is not one).
func (a *Array[T]) valid() {
	if a == nil {
		panic(&ValueError{Msg: fmt.Sprintf("nil *ndarray.Array[%s]: make arrays with Zeros, FromSlice, Wrap, ...", DtypeOf[T]())})
	}
	if len(a.shape) == 0 && len(a.data) == 0 {
		panic(&ValueError{Msg: fmt.Sprintf("zero-value ndarray.Array[%s]: make arrays with Zeros, FromSlice, Wrap, ...", DtypeOf[T]())})
	}
}

// Wrap makes an array of the given shape that uses data as its storage, in
// C (row-major) order, without copying: writes to the array are writes to
// data. It panics with a *ShapeError if len(data) is not the shape's size.
// With no shape the array is 0-d and data must hold one element.
func Wrap[T Elem](data []T, shape ...int) *Array[T] {
	n := checkedSizeOf[T](shape)
	if n != len(data) {
		panic(&ShapeError{Op: "reshape", Msg: fmt.Sprintf("cannot reshape array of size %d into shape %s", len(data), FormatShape(shape))})
	}
	a := newArray(data, len(shape), 0, false)
	copy(a.shape, shape)
	a.setCStrides()
	return a
}

// FromSlice copies data into a new array of the given shape (C order). With
// no shape the array is 1-D, like np.array(list). It panics with a
// *ShapeError if len(data) is not the shape's size.
func FromSlice[T Elem](data []T, shape ...int) *Array[T] {
	if len(shape) == 0 {
		shape = []int{len(data)}
	}
	return Wrap(slices.Clone(data), shape...)
}

// FromStrided makes a view of data with the given shape, strides (in
// elements) and offset. It panics with a *ShapeError if any element the view
// can reach is outside data, including when the span of the strides
// overflows int (as strides of math.MinInt64 do), and as [Wrap] for a bad
// shape.
func FromStrided[T Elem](data []T, shape, strides []int, offset int) *Array[T] {
	if len(shape) != len(strides) {
		panic(&ShapeError{Op: "strides", Msg: fmt.Sprintf("shape %s and strides %v have different lengths", FormatShape(shape), strides)})
	}
	n := checkedSizeOf[T](shape)
	if n > 0 && !stridedWithin(len(data), shape, strides, offset) {
		panic(&ShapeError{Op: "strides", Msg: fmt.Sprintf("shape %s with strides %v from offset %d reaches outside data of length %d", FormatShape(shape), strides, offset, len(data))})
	}
	a := newArray(data, len(shape), offset, false)
	copy(a.shape, shape)
	copy(a.strides, strides)
	return a
}

// stridedWithin reports whether every element of a non-empty view with the
// given shape, strides and offset lies in [0, length), computing the span
// without overflow: a span that does not fit an int is outside.
func stridedWithin(length int, shape, strides []int, offset int) bool {
	if offset < 0 || offset >= length {
		return false
	}
	lo, hi := offset, offset
	for i, d := range shape {
		st := strides[i]
		if d <= 1 || st == 0 {
			continue
		}
		// |st|*(d-1) must fit; MinInt has no positive counterpart.
		if st == math.MinInt || max(st, -st) > math.MaxInt/(d-1) {
			return false
		}
		s := st * (d - 1)
		if s < 0 {
			lo += s // lo >= 0 and s > MinInt: no overflow
			if lo < 0 {
				return false
			}
		} else {
			if hi > math.MaxInt-s {
				return false
			}
			hi += s
			if hi >= length {
				return false
			}
		}
	}
	return true
}

// Scalar makes a 0-d array holding v. In binary operations it broadcasts
// against any shape, like a Python number in NumPy.
func Scalar[T Elem](v T) *Array[T] {
	a := emptyArray[T](1, 0)
	a.data[0] = v
	return a
}

// Shape returns a copy of the array's shape. It is a []int whose String is
// NumPy's tuple, so fmt.Println(a.Shape()) prints (2, 3).
func (a *Array[T]) Shape() Shape { a.valid(); return slices.Clone(a.shape) }

// Strides returns a copy of the array's strides, in elements.
func (a *Array[T]) Strides() []int { a.valid(); return slices.Clone(a.strides) }

// Offset returns the index in Data of the array's first element.
func (a *Array[T]) Offset() int { a.valid(); return a.offset }

// Data returns the whole storage slice the array views (shared, not copied).
// Use it with Shape, Strides and Offset; most callers want Values or
// Contiguous instead.
func (a *Array[T]) Data() []T { a.valid(); return a.data }

// NDim returns the number of dimensions (0 for a scalar).
func (a *Array[T]) NDim() int { a.valid(); return len(a.shape) }

// Size returns the number of elements.
func (a *Array[T]) Size() int {
	a.valid()
	n := 1
	for _, d := range a.shape {
		n *= d
	}
	return n
}

// Dim returns the length of one axis; negative axes count from the end.
func (a *Array[T]) Dim(axis int) int { a.valid(); return a.shape[normalizeAxis(axis, len(a.shape))] }

// Dtype returns NumPy's name of the element type, e.g. "float64".
func (a *Array[T]) Dtype() string { return DtypeOf[T]() }

// ReadOnly reports whether writing through this view is refused (broadcast
// views are read-only).
func (a *Array[T]) ReadOnly() bool { a.valid(); return a.readOnly }

// index returns the data index of the element at idx, normalising negative
// indexes and panicking with an *IndexError when one is out of bounds.
func (a *Array[T]) index(idx []int) int {
	a.valid()
	if len(idx) != len(a.shape) {
		panic(&IndexError{Msg: fmt.Sprintf("%d indexes given for an array of dimension %d", len(idx), len(a.shape))})
	}
	return a.offsetOf(idx)
}

// offsetOf is the position in data of the element (or sub-array) at the
// leading indexes idx (negative ones count from the end); it panics with an
// *IndexError for one out of range.
func (a *Array[T]) offsetOf(idx []int) int {
	a.valid()
	p := a.offset
	for k, i := range idx {
		d := a.shape[k]
		if i < -d || i >= d {
			panic(&IndexError{Index: i, Axis: k, Size: d})
		}
		if i < 0 {
			i += d
		}
		p += i * a.strides[k]
	}
	return p
}

// At returns the element at the given indexes, one per axis; negative
// indexes count from the end. It panics with an *IndexError when an index
// is out of bounds or the count of indexes is not NDim.
func (a *Array[T]) At(idx ...int) T { return a.data[a.index(idx)] }

// Set stores v at the given indexes (see At). It panics with a
// *ReadOnlyError on a broadcast view.
func (a *Array[T]) Set(v T, idx ...int) {
	a.mustWrite()
	a.data[a.index(idx)] = v
}

// Item returns the only element of a one-element array (any shape), as
// NumPy's a.item(). It panics with a *ValueError otherwise.
func (a *Array[T]) Item() T {
	if a.Size() != 1 {
		panic(&ValueError{Msg: "can only convert an array of size 1 to a Python scalar"})
	}
	return a.data[a.offset]
}

func (a *Array[T]) mustWrite() {
	a.valid()
	if a.readOnly {
		panic(&ReadOnlyError{})
	}
}

// IsCContiguous reports whether the elements lie in data in C (row-major)
// order with no gaps, as NumPy's flags.c_contiguous.
func (a *Array[T]) IsCContiguous() bool {
	a.valid()
	return a.isC()
}

// isC is IsCContiguous without the validity check.
func (a *Array[T]) isC() bool {
	s := 1
	for i := len(a.shape) - 1; i >= 0; i-- {
		d := a.shape[i]
		if d == 0 {
			return true
		}
		if d != 1 && a.strides[i] != s {
			return false
		}
		s *= d
	}
	return true
}

// IsFContiguous reports whether the elements lie in data in Fortran
// (column-major) order with no gaps, as NumPy's flags.f_contiguous.
func (a *Array[T]) IsFContiguous() bool {
	a.valid()
	s := 1
	for i, d := range a.shape {
		if d == 0 {
			return true
		}
		if d != 1 && a.strides[i] != s {
			return false
		}
		s *= d
	}
	return true
}

// Contiguous returns the array's elements as one slice of data, in C order,
// and true, when the array is C-contiguous; otherwise nil and false. The
// slice is shared with the array.
func (a *Array[T]) Contiguous() ([]T, bool) {
	a.valid()
	if !a.isC() {
		return nil, false
	}
	n := 1
	for _, d := range a.shape {
		n *= d
	}
	if n == 0 {
		return []T{}, true
	}
	return a.data[a.offset : a.offset+n : a.offset+n], true
}

// Values returns a new slice with the elements in C (row-major) order.
func (a *Array[T]) Values() []T {
	if s, ok := a.Contiguous(); ok {
		return slices.Clone(s)
	}
	out := uninit.Make[T](a.Size())
	copyStrided(out, a)
	return out
}

// Copy returns a C-contiguous copy of the array that shares nothing with
// it (and is writable, even if a is a broadcast view).
func (a *Array[T]) Copy() *Array[T] {
	return Wrap(a.Values(), a.shape...)
}

// view returns a new view of the same data with the given shape, strides
// (copied) and offset.
func (a *Array[T]) view(shape, strides []int, offset int) *Array[T] {
	a.valid()
	v := a.newView(len(shape), offset)
	copy(v.shape, shape)
	copy(v.strides, strides)
	return v
}

// Assign copies src into a, broadcasting src to a's shape (as NumPy's
// a[...] = src). It panics with a *broadcast.Error if src does not
// broadcast to a's shape, and a *ReadOnlyError if a is read-only. It is
// correct when src overlaps a.
func (a *Array[T]) Assign(src *Array[T]) {
	a.mustWrite()
	src.valid()
	b := src.assignSource(a.shape)
	if a.overlap(b) == overlap.Partial {
		b = b.Copy()
	}
	assignStrided(a, b)
}

// Fill sets every element to v.
func (a *Array[T]) Fill(v T) {
	a.mustWrite()
	a.Assign(Scalar(v))
}
