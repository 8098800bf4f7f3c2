//go:build !purego

package kernels

// argPiece is the most elements one call of an assembly ArgMax/ArgMin
// kernel reads (its chunk numbers are exact floats below 2^30 elements).
const argPiece = 1 << 30

// argFind is the ArgMax (isMax) or ArgMin kernel made of an assembly kernel
// find over whole vectors of the given lanes (a power of two), which
// returns the index of the first best element, or -1 if the body holds a
// NaN; bodies longer than argPiece are passed in pieces, the first of equal
// bests kept, and argTail finishes the elements after the last whole
// vector.
func argFind[T Float](lanes int, find func(x []T) int, isMax bool) func(x []T) int {
	return func(x []T) int {
		body := len(x) &^ (lanes - 1)
		k := -1
		for off := 0; off < body; off += argPiece {
			j := find(x[off:min(off+argPiece, body)])
			if j < 0 {
				return firstNaN(x)
			}
			if j += off; k < 0 || better(x[j], x[k], isMax) {
				k = j
			}
		}
		return argTail(x, k, body, isMax)
	}
}
