package random

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// The vector twist (where the CPU has one) and the generic twist give the
// same blocks: both run from the same random keys for many blocks.
func TestTwistMatchesGenericTwin(t *testing.T) {
	if !useAVX2 {
		t.Skip("no vector twist on this CPU or build")
	}
	src := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 50; trial++ {
		var a, b mt19937
		for i := range a.key {
			a.key[i] = src.Uint32()
		}
		b.key = a.key
		for block := 0; block < 20; block++ {
			a.twist()
			b.twistGeneric()
			if a.key != b.key || a.out != b.out {
				i := 0
				for i < mtN && a.out[i] == b.out[i] {
					i++
				}
				t.Fatalf("trial %d block %d: the vector twist differs first at word %d", trial, block, i)
			}
		}
	}
}

// A RandomState stream is the same with the vector twist off.
func TestLegacyStreamsWithGenericTwist(t *testing.T) {
	if !useAVX2 {
		t.Skip("no vector twist on this CPU or build")
	}
	draw := func() []float64 {
		rs := NewRandomState(12345)
		out := rs.Randn(3001).Data()
		out = append(out, rs.Rand(1777).Data()...)
		return out
	}
	want := draw()
	useAVX2 = false
	defer func() { useAVX2 = true }()
	if got := draw(); !slices.Equal(got, want) {
		t.Fatal("randn/rand differ between the vector and the generic twist")
	}
}
