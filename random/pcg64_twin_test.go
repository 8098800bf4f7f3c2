package random

import (
	"slices"
	"testing"
)

// The AVX-512 fills (where the CPU has them) give the words and doubles of
// the generic fills and leave the generator in the same state, for lengths
// around the vector width and from many states.
func TestVectorFillsMatchGenericTwins(t *testing.T) {
	if !useAVX512 {
		t.Skip("no vector fill on this CPU or build")
	}
	for seed := int64(0); seed < 20; seed++ {
		for _, n := range []int{31, 32, 33, 47, 48, 100, 512, 1000, 4099} {
			a := newPCG64(NewSeedSequence(seed))
			a.advance(uint64(seed * 977))
			b := *a
			wa, wb := make([]uint64, n), make([]uint64, n)
			da, db := make([]float64, n), make([]float64, n)
			a.fillWords(wa)
			fillDoubles(a, da)
			useAVX512 = false
			b.fillWords(wb)
			fillDoubles(&b, db)
			useAVX512 = true
			if !slices.Equal(wa, wb) {
				t.Fatalf("seed %d n %d: words differ", seed, n)
			}
			if !slices.Equal(da, db) {
				t.Fatalf("seed %d n %d: doubles differ", seed, n)
			}
			if a.hi != b.hi || a.lo != b.lo {
				t.Fatalf("seed %d n %d: the generator ends in another state", seed, n)
			}
		}
	}
}
