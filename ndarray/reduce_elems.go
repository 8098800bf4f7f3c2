package ndarray

// Element conversions for the reductions whose result type is not the
// input's (NumPy's int64 sum of an int8 array, float64 mean of integers,
// integer count of a bool array) and an order for every element type.

// widenInt64 stores src converted to int64 in dst (bool is 0 or 1; uint64
// keeps its bits).
func widenInt64[T Elem](dst []int64, src []T) { widenTo(dst, src) }

// widenUint64 stores src converted to uint64 in dst.
func widenUint64[T Elem](dst []uint64, src []T) { widenTo(dst, src) }

// widenFloat64 stores src converted to float64 in dst.
func widenFloat64[T Elem](dst []float64, src []T) { widenTo(dst, src) }

// widenTo stores src converted to W in dst (bool is 0 or 1), with one
// conversion loop for every element type.
func widenTo[W Number, T Elem](dst []W, src []T) {
	switch s := any(src).(type) {
	case []bool:
		for i, v := range s {
			dst[i] = 0
			if v {
				dst[i] = 1
			}
		}
	case []int8:
		convertNumbers(dst, s)
	case []int16:
		convertNumbers(dst, s)
	case []int32:
		convertNumbers(dst, s)
	case []int64:
		convertNumbers(dst, s)
	case []uint8:
		convertNumbers(dst, s)
	case []uint16:
		convertNumbers(dst, s)
	case []uint32:
		convertNumbers(dst, s)
	case []uint64:
		convertNumbers(dst, s)
	case []float32:
		convertNumbers(dst, s)
	case []float64:
		convertNumbers(dst, s)
	}
}

// lessOf returns the order of T: < for numbers (false when either is NaN),
// false < true for bool.
func lessOf[T Elem]() func(a, b T) bool {
	var z T
	var f any
	switch any(z).(type) {
	case bool:
		f = func(a, b bool) bool { return !a && b }
	case int8:
		f = lessNum[int8]
	case int16:
		f = lessNum[int16]
	case int32:
		f = lessNum[int32]
	case int64:
		f = lessNum[int64]
	case uint8:
		f = lessNum[uint8]
	case uint16:
		f = lessNum[uint16]
	case uint32:
		f = lessNum[uint32]
	case uint64:
		f = lessNum[uint64]
	case float32:
		f = lessNum[float32]
	case float64:
		f = lessNum[float64]
	}
	return f.(func(a, b T) bool)
}

func lessNum[T Number](a, b T) bool { return a < b }
