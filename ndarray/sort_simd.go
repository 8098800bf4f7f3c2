package ndarray

import "github.com/ndsimd/ndsimd/kernels"

// simdSortRun sorts a float run with kernels.Sort, the vectorised
// quicksort (AVX-512/AVX2 partition and sorting networks), when the active
// kernels have one and x does not hold both -0 and +0 (their order is
// NumPy's, see sort_numpy.go); it reports whether it did. Measured against
// the radix sort of sort_run.go it is faster for float64 and float32 at
// every length (1e3 to 1e6).
func simdSortRun[T Number](x []T) bool {
	switch v := any(x).(type) {
	case []float64:
		if !kernels.HasVectorSort[float64]() || mixedZeros(v) {
			return false
		}
		kernels.Sort(v)
		return true
	case []float32:
		if !kernels.HasVectorSort[float32]() || mixedZeros(v) {
			return false
		}
		kernels.Sort(v)
		return true
	}
	return false
}

// simdSelectRun is selectRun by kernels.NthElement (the vectorised partition)
// for float runs when the active kernels have one; it reports whether it
// did.
func simdSelectRun[T Number](x []T, k int) bool {
	switch v := any(x).(type) {
	case []float64:
		if !kernels.HasVectorSort[float64]() {
			return false
		}
		kernels.NthElement(v, k)
		return true
	case []float32:
		if !kernels.HasVectorSort[float32]() {
			return false
		}
		kernels.NthElement(v, k)
		return true
	}
	return false
}
