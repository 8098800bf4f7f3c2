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

// simdArgsortRun is argsortRun by kernels.ArgsortF64 (a quicksort of keys
// with their indexes on the AVX-512 partition, then equal keys' indexes put
// in order: stable, NaN last, -0 equal to +0, as the radix sort's keys)
// for float64 runs when the active kernels have it; it reports whether it
// did. Measured on 1M normal float64 (CPU time, one thread): 40 ms against
// the radix sort's 71 ms.
func simdArgsortRun[T Number](idx []int64, x []T) bool {
	v, ok := any(x).([]float64)
	if !ok || !kernels.HasVectorArgsortF64() {
		return false
	}
	kernels.ArgsortF64(idx, v)
	return true
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
