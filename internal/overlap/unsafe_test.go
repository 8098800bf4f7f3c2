package overlap

import "unsafe"

// unsafeFloat64 views the first len(b)/2 pairs of b as float64s.
func unsafeFloat64(b []float32) []float64 {
	return unsafe.Slice((*float64)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/2)
}
