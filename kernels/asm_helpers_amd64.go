//go:build !purego

package kernels

// argFind is the ArgMax (isMax) or ArgMin kernel made of an assembly kernel
// find over whole vectors of the given lanes (a power of two), which
// returns the index of the first best element, or -1 if the body holds a
// NaN; argTail finishes the elements after the last whole vector.
func argFind[T Float](lanes int, find func(x []T) int, isMax bool) func(x []T) int {
	return func(x []T) int {
		body := len(x) &^ (lanes - 1)
		k := -1
		if body > 0 {
			if k = find(x[:body]); k < 0 {
				return firstNaN(x)
			}
		}
		return argTail(x, k, body, isMax)
	}
}
