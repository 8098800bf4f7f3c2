//go:build !purego && (amd64 || arm64)

package kernels

import "unsafe"

// Wrappers shared by the amd64 and arm64 assembly implementations: the Go
// halves of the ArgMax/ArgMin kernels and of the strided kernels.

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

// Helpers for assembly ArgMax and ArgMin kernels, which scan the body of a
// slice in vector lanes and leave the combination of the lanes to Go.

// argChunk is the most elements one assembly call scans: it keeps float32
// kernels' int32 lane indexes from overflowing. A multiple of every
// kernel's 2 vectors.
const argChunk = 1 << 30

// better reports whether v beats the current best b: larger for ArgMax,
// smaller for ArgMin (never for NaN, which the callers handle first).
func better[T Float](v, b T, isMax bool) bool {
	if isMax {
		return v > b
	}
	return v < b
}

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

// argTail continues the scan from index from (k is the best index so far,
// -1 if none) to the end of x, with the generic twin's rules: the first NaN
// wins, otherwise the first best.
func argTail[T Float](x []T, k, from int, isMax bool) int {
	if k < 0 {
		if from >= len(x) {
			return -1
		}
		k = from
	}
	for i := from; i < len(x); i++ {
		v := x[i]
		if v != v {
			return i
		}
		if better(v, x[k], isMax) {
			k = i
		}
	}
	return k
}

// firstNaN returns the index of the first NaN in x, or -1.
func firstNaN[T Float](x []T) int {
	for i, v := range x {
		if v != v {
			return i
		}
	}
	return -1
}

// stridedAsm returns a strided kernel that calls the contiguous kernel unit
// when every increment is 1, the scalar kernel scal when x and dst have
// increment 1 and y increment 0 (y[yOff] is then the scalar), and the
// element-by-element assembly loop otherwise. The fast paths are taken only
// when dst is the same run as x, or does not overlap x or y at all, so that
// every call computes what the Go loop computes.
func stridedAsm[T Float](unit binaryFunc[T], scal scalarFunc[T], loop stridedFunc[T]) stridedFunc[T] {
	return func(n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int) {
		if n <= 0 {
			return
		}
		if dInc == 1 && xInc == 1 && (yInc == 1 || yInc == 0) {
			d, xs := dst[dOff:dOff+n], x[xOff:xOff+n]
			if yInc == 1 {
				ys := y[yOff : yOff+n]
				if sameOrDisjoint(d, xs) && sameOrDisjoint(d, ys) {
					unit(d, xs, ys)
					return
				}
			} else if sameOrDisjoint(d, xs) && disjoint(d, y[yOff:yOff+1]) {
				scal(d, xs, y[yOff])
				return
			}
		}
		loop(n, dst, dOff, dInc, x, xOff, xInc, y, yOff, yInc)
	}
}

// sameOrDisjoint reports whether a and b (not empty) start at the same
// element, or share no element.
func sameOrDisjoint[T Float](a, b []T) bool {
	return unsafe.SliceData(a) == unsafe.SliceData(b) || disjoint(a, b)
}

// disjoint reports whether a and b (not empty) share no element.
func disjoint[T Float](a, b []T) bool {
	pa, pb := uintptr(unsafe.Pointer(unsafe.SliceData(a))), uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	size := unsafe.Sizeof(a[0])
	return pa+uintptr(len(a))*size <= pb || pb+uintptr(len(b))*size <= pa
}
