package kernels

import "github.com/ndsimd/ndsimd/internal/overlap"

// setPow installs the SIMD power kernels k64 and k32 as im's Power, each
// with its fix-up, and keeps them as im's powerSIMD for the tests.
func setPow(im *impl, k64 func(dst, x, y []float64) int, k32 func(dst, x, y []float32) int) {
	im.f64.powerSIMD, im.f64.Power = k64, powVec(k64, powFixup)
	im.f32.powerSIMD, im.f32.Power = k32, powVec(k32, powFixup32)
}

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
