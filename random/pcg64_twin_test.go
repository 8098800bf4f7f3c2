package random

import (
	"testing"

	"github.com/ndsimd/ndsimd/kernels"
)

// forEachKernels runs f under every kernel implementation this CPU can run
// (the random-number kernels are assembly under avx2/avx512, the generic
// twins under generic).
func forEachKernels(t *testing.T, f func(t *testing.T)) {
	for _, impl := range kernels.Available() {
		t.Run(impl, func(t *testing.T) {
			restore, err := kernels.Use(impl)
			if err != nil {
				t.Fatal(err)
			}
			defer restore()
			f(t)
		})
	}
}

// The bulk fills give the words and doubles of single steps (next64,
// nextDouble) and leave the generator in the same state, under every
// implementation, for lengths around the lane blocks and from many states.
func TestFillsMatchSingleSteps(t *testing.T) {
	forEachKernels(t, func(t *testing.T) {
		for seed := int64(0); seed < 20; seed++ {
			for _, n := range []int{31, 32, 33, 47, 48, 100, 512, 1000, 4099} {
				a := newPCG64(NewSeedSequence(seed))
				a.advance(uint64(seed * 977))
				b := *a
				wa, da := make([]uint64, n), make([]float64, n)
				a.fillWords(wa)
				fillDoubles(a, da)
				for i := range wa {
					if w := b.next64(); wa[i] != w {
						t.Fatalf("seed %d n %d: word %d differs", seed, n, i)
					}
				}
				for i := range da {
					if d := b.nextDouble(); da[i] != d {
						t.Fatalf("seed %d n %d: double %d differs", seed, n, i)
					}
				}
				if a.hi != b.hi || a.lo != b.lo {
					t.Fatalf("seed %d n %d: the generator ends in another state", seed, n)
				}
			}
		}
	})
}

// The Lemire blocks of integers give the values of the one-at-a-time
// bounded draw (boundedLemire32 on next32, NumPy's per-value code) and
// leave the generator in the same state, under every implementation, for
// ranges with no, rare and frequent rejections.
func TestLemireMatchesOneAtATime(t *testing.T) {
	forEachKernels(t, func(t *testing.T) {
		for _, high := range []int64{2, 7, 1000, 1 << 20, 3 << 30, 1<<31 + 1, 1<<32 - 5} {
			for _, n := range []int{15, 16, 17, 63, 1000, 5001} {
				a := DefaultRNG(high + int64(n))
				b := newPCG64(NewSeedSequence(high + int64(n)))
				a.RandomF32(n % 2) // a pending half word for odd n
				for range n % 2 {
					b.next32()
				}
				got := a.Integers(-3, high, n).Data()
				for i, v := range got {
					if w := -3 + int64(boundedLemire32(b, uint32(high+2))); v != w {
						t.Fatalf("integers(-3, %d, %d): value %d = %d, one at a time %d", high, n, i, v, w)
					}
				}
				if p := a.bg; p.hi != b.hi || p.lo != b.lo || p.hasUint32 != b.hasUint32 || p.hasUint32 && p.uinteger != b.uinteger {
					t.Fatalf("integers(-3, %d, %d): the generator ends in another state", high, n)
				}
			}
		}
	})
}
