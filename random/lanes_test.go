package random

import "testing"

// The four-lane fill and the jump-ahead give the words of single steps.
func TestLanesAndAdvanceMatchSingleSteps(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 9, 100, 1027} {
		a, b := newPCG64(NewSeedSequence(5)), newPCG64(NewSeedSequence(5))
		got := make([]uint64, n)
		a.fillWords(got)
		for i, w := range got {
			if want := b.next64(); w != want {
				t.Fatalf("n=%d: word %d = %x, single step %x", n, i, w, want)
			}
		}
		if a.hi != b.hi || a.lo != b.lo {
			t.Fatalf("n=%d: state after fill differs", n)
		}
	}
	a, b := newPCG64(NewSeedSequence(6)), newPCG64(NewSeedSequence(6))
	for _, k := range []uint64{0, 1, 2, 5, 64, 1000} {
		a.advance(k)
		for i := uint64(0); i < k; i++ {
			b.next64()
		}
		if a.next64() != b.next64() {
			t.Fatalf("advance(%d) differs from %d steps", k, k)
		}
	}
}

func TestStepMap(t *testing.T) {
	m := newPCG64(NewSeedSequence(1)).stepMap(4)
	if m.mulHi != pcgMult4Hi || m.mulLo != pcgMult4Lo {
		t.Errorf("four-step multiplier %x %x, constant %x %x", m.mulHi, m.mulLo, uint64(pcgMult4Hi), uint64(pcgMult4Lo))
	}
}
