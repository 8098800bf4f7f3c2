package kernels

import "github.com/ndsimd/ndsimd/internal/overlap"

// powVec wraps a SIMD power kernel k (which returns nonzero when some
// element must be redone by pow64, see [powFixup]) into a Power kernel.
// The fix-up reads x and y after the kernel has written dst, so when dst
// shares memory with x or y the kernel writes into a buffer first.
func powVec[T Float](k func(dst, x, y []T) int, fix func(dst, x, y []T)) binaryFunc[T] {
	return func(dst, x, y []T) {
		if overlap.Slices(dst, x) == overlap.Disjoint && overlap.Slices(dst, y) == overlap.Disjoint {
			if k(dst, x, y) != 0 {
				fix(dst, x, y)
			}
			return
		}
		var buf [512]T
		for len(dst) > 0 {
			n := min(len(dst), len(buf))
			t := buf[:n]
			if k(t, x[:n], y[:n]) != 0 {
				fix(t, x[:n], y[:n])
			}
			copy(dst, t)
			dst, x, y = dst[n:], x[n:], y[n:]
		}
	}
}
