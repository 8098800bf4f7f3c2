package kernels

import (
	"fmt"
	"slices"
	"testing"
)

// TestCopyStreamElems checks CopyStreamElems against copy for element sizes
// 1, 2, 4 and 8, lengths around the vector and alignment edges, and every
// byte offset of dst and src (equal and unequal alignments), on every
// implementation. Elements around dst must stay untouched.
func TestCopyStreamElems(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		testCopyStreamElems(t, func(i int) bool { return i%3 == 0 })
		testCopyStreamElems(t, func(i int) int16 { return int16(i*7 + 1) })
		testCopyStreamElems(t, func(i int) float32 { return float32(i) + 0.5 })
		testCopyStreamElems(t, func(i int) int64 { return int64(i)*1e9 + 3 })
	})
}

func testCopyStreamElems[E PointerFree](t *testing.T, val func(int) E) {
	var z E
	for _, n := range []int{0, 1, 15, 16, 63, 64, 65, 255, 1000, 4097} {
		for _, doff := range []int{0, 1, 2, 3} {
			for _, soff := range []int{0, 1, 2} {
				src := make([]E, n+soff)
				for i := range src {
					src[i] = val(i)
				}
				buf := make([]E, n+doff+8)
				guard := val(-5)
				for i := range buf {
					buf[i] = guard
				}
				CopyStreamElems(buf[doff:doff+n], src[soff:])
				StreamFence()
				name := fmt.Sprintf("%T n=%d doff=%d soff=%d", z, n, doff, soff)
				if !slices.Equal(buf[doff:doff+n], src[soff:]) {
					t.Fatalf("%s: copy differs", name)
				}
				for i, v := range buf {
					if (i < doff || i >= doff+n) && v != guard {
						t.Fatalf("%s: element %d outside dst changed", name, i)
					}
				}
			}
		}
	}
}
