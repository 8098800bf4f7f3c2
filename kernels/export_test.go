package kernels

import "testing"

// The test hooks of package kernels: production code only reads them (a nil
// hook changes nothing); tests set them through these helpers, which undo the
// change when the test ends.

// forceGemmBlocks makes the GEMM driver use the block sizes b (nil: the
// sizes from the caches) until the test ends or the next call.
func forceGemmBlocks(t testing.TB, b *gemmBlocks) {
	t.Helper()
	prev := gemmBlocksForced.Swap(b)
	t.Cleanup(func() { gemmBlocksForced.Store(prev) })
}
