//go:build !purego && (amd64 || arm64)

package kernels

import "github.com/ndsimd/ndsimd/internal/overlap"

// Wrappers shared by the amd64 and arm64 assembly implementations: the Go
// halves of the ArgMax/ArgMin kernels and of the strided kernels.

// Helpers for assembly ArgMax and ArgMin kernels, which scan the body of a
// slice in vector lanes and leave the combination of the lanes to Go.

// better reports whether v beats the current best b: larger for ArgMax,
// smaller for ArgMin (never for NaN, which the callers handle first).
func better[T Float](v, b T, isMax bool) bool {
	if isMax {
		return v > b
	}
	return v < b
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
// when dst is the same run as x (and y), or does not overlap them at all
// (internal/overlap), so that every call computes what the Go loop computes.
func stridedAsm[T Float](unit binaryFunc[T], scal scalarFunc[T], loop stridedFunc[T]) stridedFunc[T] {
	return func(n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int) {
		if n <= 0 {
			return
		}
		if dInc == 1 && xInc == 1 && (yInc == 1 || yInc == 0) {
			d, xs := dst[dOff:dOff+n], x[xOff:xOff+n]
			if yInc == 1 {
				ys := y[yOff : yOff+n]
				if overlap.Slices(d, xs) != overlap.Partial && overlap.Slices(d, ys) != overlap.Partial {
					unit(d, xs, ys)
					return
				}
			} else if overlap.Slices(d, xs) != overlap.Partial && overlap.Slices(d, y[yOff:yOff+1]) == overlap.Disjoint {
				scal(d, xs, y[yOff])
				return
			}
		}
		loop(n, dst, dOff, dInc, x, xOff, xInc, y, yOff, yInc)
	}
}
