package ndarray

// AsType returns a new array with a's elements converted to type U, with
// NumPy's rules: float to integer truncates toward zero, integers wrap to
// narrower types, bool becomes 0 or 1, and a number becomes true when it is
// non-zero.
func AsType[U, T Elem](a *Array[T]) *Array[U] {
	src := a.Values()
	dst := make([]U, len(src))
	convertSlice(dst, src)
	return Wrap(dst, a.shape...)
}

// convertSlice converts src into dst element by element.
func convertSlice[U, T Elem](dst []U, src []T) {
	switch s := any(src).(type) {
	case []bool:
		convertFromBool(dst, s)
	case []float64:
		convertFrom(dst, s)
	case []float32:
		convertFrom(dst, s)
	case []int64:
		convertFrom(dst, s)
	case []int32:
		convertFrom(dst, s)
	case []int16:
		convertFrom(dst, s)
	case []int8:
		convertFrom(dst, s)
	case []uint64:
		convertFrom(dst, s)
	case []uint32:
		convertFrom(dst, s)
	case []uint16:
		convertFrom(dst, s)
	case []uint8:
		convertFrom(dst, s)
	}
}

// convertFrom converts numbers of type S into dst's element type.
func convertFrom[U Elem, S Number](dst []U, src []S) {
	switch d := any(dst).(type) {
	case []bool:
		for i, v := range src {
			d[i] = v != 0
		}
	case []float64:
		convertNumbers(d, src)
	case []float32:
		convertNumbers(d, src)
	case []int64:
		convertNumbers(d, src)
	case []int32:
		convertNumbers(d, src)
	case []int16:
		convertNumbers(d, src)
	case []int8:
		convertNumbers(d, src)
	case []uint64:
		convertNumbers(d, src)
	case []uint32:
		convertNumbers(d, src)
	case []uint16:
		convertNumbers(d, src)
	case []uint8:
		convertNumbers(d, src)
	}
}

// convertNumbers is Go's numeric conversion, which truncates floats toward
// zero and wraps integers.
func convertNumbers[D, S Number](dst []D, src []S) {
	for i, v := range src {
		dst[i] = D(v)
	}
}

// convertFromBool turns false and true into dst's zero and one.
func convertFromBool[U Elem](dst []U, src []bool) {
	ones := make([]uint8, len(src))
	for i, v := range src {
		if v {
			ones[i] = 1
		}
	}
	convertFrom(dst, ones)
}
