package ufunc

import "github.com/ndsimd/ndsimd/ndarray"

// typedRuns holds one binary run function per element type, for operations
// whose loops need a narrower constraint than ndarray.Number (integer
// division, float remainders) and so cannot be instantiated from a function
// generic over Number. Entries may be nil: the type is not supported.
type typedRuns struct {
	f64 binRun[float64]
	f32 binRun[float32]
	i64 binRun[int64]
	i32 binRun[int32]
	i16 binRun[int16]
	i8  binRun[int8]
	u64 binRun[uint64]
	u32 binRun[uint32]
	u16 binRun[uint16]
	u8  binRun[uint8]
}

// runFor returns r's run function for T.
func runFor[T ndarray.Number](r *typedRuns) binRun[T] {
	var z T
	var f any
	switch any(z).(type) {
	case float64:
		f = r.f64
	case float32:
		f = r.f32
	case int64:
		f = r.i64
	case int32:
		f = r.i32
	case int16:
		f = r.i16
	case int8:
		f = r.i8
	case uint64:
		f = r.u64
	case uint32:
		f = r.u32
	case uint16:
		f = r.u16
	case uint8:
		f = r.u8
	}
	return f.(binRun[T])
}

// isInteger reports whether T is an integer type.
func isInteger[T ndarray.Number]() bool {
	var z T
	switch any(z).(type) {
	case float64, float32:
		return false
	}
	return true
}
