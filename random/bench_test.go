package random

import "testing"

// Draws of 2**20 values, as bench/numpy_bench.py times them against NumPy.
const benchN = 1 << 20

func benchDraw(b *testing.B, draw func()) {
	b.SetBytes(8 * benchN)
	for i := 0; i < b.N; i++ {
		draw()
	}
}

func BenchmarkRandom(b *testing.B) {
	g := DefaultRNG(1)
	benchDraw(b, func() { g.Random(benchN) })
}

func BenchmarkRandomF32(b *testing.B) {
	g := DefaultRNG(1)
	benchDraw(b, func() { g.RandomF32(benchN) })
}

func BenchmarkStandardNormal(b *testing.B) {
	g := DefaultRNG(1)
	benchDraw(b, func() { g.StandardNormal(benchN) })
}

func BenchmarkStandardNormalF32(b *testing.B) {
	g := DefaultRNG(1)
	benchDraw(b, func() { g.StandardNormalF32(benchN) })
}

func BenchmarkIntegers(b *testing.B) {
	g := DefaultRNG(1)
	benchDraw(b, func() { g.Integers(0, 1000, benchN) })
}

func BenchmarkStandardExponential(b *testing.B) {
	g := DefaultRNG(1)
	benchDraw(b, func() { g.StandardExponential(benchN) })
}

func BenchmarkLegacyRand(b *testing.B) {
	rs := NewRandomState(1)
	benchDraw(b, func() { rs.Rand(benchN) })
}

func BenchmarkLegacyRandn(b *testing.B) {
	rs := NewRandomState(1)
	benchDraw(b, func() { rs.Randn(benchN) })
}

func BenchmarkFillWords(b *testing.B) {
	p := newPCG64(NewSeedSequence(1))
	d := make([]uint64, benchN)
	b.SetBytes(8 * benchN)
	for i := 0; i < b.N; i++ {
		p.fillWords(d)
	}
}

func BenchmarkFill64Single(b *testing.B) {
	p := newPCG64(NewSeedSequence(1))
	d := make([]uint64, benchN)
	b.SetBytes(8 * benchN)
	for i := 0; i < b.N; i++ {
		p.fill64(d)
	}
}
