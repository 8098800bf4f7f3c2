package ndarray

// Float is the set of floating-point element types.
type Float interface{ float32 | float64 }

// Signed is the set of signed integer element types.
type Signed interface{ int64 | int32 | int16 | int8 }

// Unsigned is the set of unsigned integer element types.
type Unsigned interface {
	uint64 | uint32 | uint16 | uint8
}

// Integer is the set of integer element types.
type Integer interface{ Signed | Unsigned }

// Number is the set of numeric element types.
type Number interface{ Float | Integer }

// Elem is the set of every element type an [Array] can hold.
type Elem interface{ Number | bool }

// DtypeOf returns NumPy's name for the element type T ("float64", "uint8", "bool", ...).
func DtypeOf[T Elem]() string {
	var z T
	switch any(z).(type) {
	case float64:
		return "float64"
	case float32:
		return "float32"
	case int64:
		return "int64"
	case int32:
		return "int32"
	case int16:
		return "int16"
	case int8:
		return "int8"
	case uint64:
		return "uint64"
	case uint32:
		return "uint32"
	case uint16:
		return "uint16"
	case uint8:
		return "uint8"
	default:
		return "bool"
	}
}

// isFloat reports whether T is float32 or float64.
func isFloat[T Elem]() bool {
	var z T
	switch any(z).(type) {
	case float32, float64:
		return true
	}
	return false
}
