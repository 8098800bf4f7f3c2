//go:build !purego && (amd64 || arm64)

package kernels

// fixupBlock is the number of elements the generic twin computes when an
// assembly kernel stops: at least the largest block the float64 kernels
// load at once (three vectors of eight lanes in the lockstep AVX-512 sin,
// cos and log1p), so the kernel resumes past the input it stopped at.
const fixupBlock = 24

// fixup makes a unary kernel of an assembly kernel that computes only the
// inputs its vector path covers: k writes dst from the start and returns
// how many elements it wrote, stopping before a block holding an input it
// leaves out (say sin of |x| >= 2^20, or NaN); the next fixupBlock elements
// are then computed by twin and k is called again on the rest. dst may be
// x itself: k has not written the block twin reads.
func fixup[T Float](k func(dst, x []T) int, twin func(dst, x []T)) func(dst, x []T) {
	return func(dst, x []T) {
		x = x[:len(dst)]
		for len(dst) > 0 {
			i := k(dst, x)
			if i >= len(dst) {
				return
			}
			j := min(i+fixupBlock, len(dst))
			twin(dst[i:j], x[i:j])
			dst, x = dst[j:], x[j:]
		}
	}
}
