//go:build !purego

package kernels

// The Go halves of the NEON ArgMax and ArgMin kernels, which keep each
// lane's best value and index.

// argAsm is the ArgMax (isMax) or ArgMin kernel made of an assembly scan of
// whole pairs of vectors of the given lanes: the scan leaves each lane's
// best value and index in val and idx (or returns non-zero on a NaN), in
// chunks of at most argChunk elements; argMerge combines the lanes and
// argTail finishes the elements after the last whole pair.
func argAsm[T Float, I int32 | int64](lanes int, scan func(x, val []T, idx []I) int, isMax bool) func(x []T) int {
	return func(x []T) int {
		var valBuf [32]T
		var idxBuf [32]I
		val, idx := valBuf[:2*lanes], idxBuf[:2*lanes]
		body := len(x) &^ (2*lanes - 1)
		k := -1
		for off := 0; off < body; off += argChunk {
			end := min(off+argChunk, body)
			if scan(x[off:end], val, idx) != 0 {
				return firstNaN(x)
			}
			k = argMerge(x, k, off, val, idx, isMax)
		}
		return argTail(x, k, body, isMax)
	}
}

// argChunk is the most elements one assembly call scans: it keeps float32
// kernels' int32 lane indexes from overflowing. A multiple of every
// kernel's 2 vectors.
const argChunk = 1 << 30

// argMerge folds into k (the best index so far, -1 if none) the per-lane
// bests of one assembly call over x[off:]: val[j] is the lane's first best
// value and idx[j] its index relative to off. Ties go to the smaller index.
func argMerge[T Float, I int32 | int64](x []T, k, off int, val []T, idx []I, isMax bool) int {
	for j, v := range val {
		i := off + int(idx[j])
		if k < 0 || better(v, x[k], isMax) || (v == x[k] && i < k) {
			k = i
		}
	}
	return k
}
