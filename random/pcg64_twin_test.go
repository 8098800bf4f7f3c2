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

// The vector Lemire blocks of integers give the generic loop's values and
// leave the generator in the same state, for ranges with no, rare and
// frequent rejections.
func TestVectorLemireMatchesGenericTwin(t *testing.T) {
	if !useAVX512 {
		t.Skip("no vector fill on this CPU or build")
	}
	for _, high := range []int64{2, 7, 1000, 1 << 20, 3 << 30, 1<<31 + 1, 1<<32 - 5} {
		for _, n := range []int{15, 16, 17, 63, 1000, 5001} {
			a := DefaultRNG(high + int64(n))
			b := DefaultRNG(high + int64(n))
			a.RandomF32(n % 2) // a pending half word for odd n
			b.RandomF32(n % 2)
			got := a.Integers(-3, high, n).Data()
			useAVX512 = false
			want := b.Integers(-3, high, n).Data()
			useAVX512 = true
			if !slices.Equal(got, want) {
				t.Fatalf("integers(-3, %d, %d): the vector loop differs", high, n)
			}
			if x, y := a.Random(3).Data(), b.Random(3).Data(); !slices.Equal(x, y) {
				t.Fatalf("integers(-3, %d, %d): the generator ends in another state", high, n)
			}
		}
	}
}
