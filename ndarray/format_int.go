package ndarray

import (
	"strconv"
	"strings"
)

// elemString is the text of one element before padding: decimal for
// integers, True/False for bools. Floats are not handled here.
func elemString[T Elem](v T) string {
	switch x := any(v).(type) {
	case int64:
		return strconv.FormatInt(x, 10)
	case int32:
		return strconv.FormatInt(int64(x), 10)
	case int16:
		return strconv.FormatInt(int64(x), 10)
	case int8:
		return strconv.FormatInt(int64(x), 10)
	case uint64:
		return strconv.FormatUint(x, 10)
	case uint32:
		return strconv.FormatUint(uint64(x), 10)
	case uint16:
		return strconv.FormatUint(uint64(x), 10)
	case uint8:
		return strconv.FormatUint(uint64(x), 10)
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	return ""
}

// asFloat64 converts a float element to float64 (exactly) and reports its
// bit size; ok is false for other element types.
func asFloat64[T Elem](v T) (f float64, bits int, ok bool) {
	switch x := any(v).(type) {
	case float64:
		return x, 64, true
	case float32:
		return float64(x), 32, true
	}
	return 0, 0, false
}

// newElemFormatter returns the function that formats each element of an
// array whose printed elements are vals, as NumPy's _get_format_function:
// FloatingFormat for floats, IntegerFormat (right-aligned to the widest
// element) for integers and BoolFormat (" True", "False"; "True" in a 0-d
// array) for bools.
func newElemFormatter[T Elem](vals []T, zeroD bool, opts PrintOptions) func(T) string {
	var z T
	if _, bits, ok := asFloat64(z); ok {
		fs := make([]float64, len(vals))
		for i, v := range vals {
			fs[i], _, _ = asFloat64(v)
		}
		ff := newFloatFormat(fs, bits, opts)
		return func(v T) string {
			f, _, _ := asFloat64(v)
			return ff.format(f)
		}
	}
	if _, ok := any(z).(bool); ok {
		return func(v T) string {
			s := elemString(v)
			if s == "True" && !zeroD {
				return " True"
			}
			return s
		}
	}
	// NumPy pads to the longer of str(max) and str(min); every other
	// element is no longer than one of those.
	width := 0
	for _, v := range vals {
		width = max(width, len(elemString(v)))
	}
	return func(v T) string {
		s := elemString(v)
		if len(s) < width {
			return strings.Repeat(" ", width-len(s)) + s
		}
		return s
	}
}
