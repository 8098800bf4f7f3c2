package kernels

import (
	"math"
	"os"
	"testing"
)

// TestF32Scan checks the float32 kernels that compute in float32 arithmetic
// (Tanh, Log1p, Sin and Cos F32AVX512 and F32AVX2) on every
// float32 of their interesting range against Go's float64 math (accurate
// far beyond a float32 ULP), for every implementation, failing above 1 ULP.
// Slow (minutes per kernel), so opt-in: NDSIMD_F32_SCAN=tanh, log1p, sin or
// cos. sin and cos scan |x| <= 2^20, the vector path of the kernels; larger
// |x| go to the twin.
//
//	NDSIMD_F32_SCAN=log1p go test ./kernels -run F32Scan -v -timeout 30m
func TestF32Scan(t *testing.T) {
	which := os.Getenv("NDSIMD_F32_SCAN")
	if which == "" {
		t.Skip("set NDSIMD_F32_SCAN=tanh, log1p, sin or cos")
	}
	type span struct{ lo, hi uint32 } // float32 bit patterns [lo, hi)
	var (
		f     func(dst, x []float32)
		ref   func(float64) float64
		spans []span
	)
	switch which {
	case "tanh": // below 2^-30 tanh(x) rounds to x; from 10 to ±1
		f, ref = Tanh[float32], math.Tanh
		spans = []span{{math.Float32bits(0x1p-30), math.Float32bits(10)}, {math.Float32bits(-0x1p-30), math.Float32bits(-10)}}
	case "log1p":
		f, ref = Log1p[float32], math.Log1p
		spans = []span{{1, math.Float32bits(float32(math.Inf(1)))}, {0x80000001, math.Float32bits(-1)}}
	case "sin", "cos":
		f, ref = Sin[float32], math.Sin
		if which == "cos" {
			f, ref = Cos[float32], math.Cos
		}
		top := math.Float32bits(0x1p20) + 1
		spans = []span{{0, top}, {0x80000000, 0x80000000 + top}}
	default:
		t.Fatalf("NDSIMD_F32_SCAN=%q: want tanh, log1p, sin or cos", which)
	}
	for _, name := range Available() {
		if name == "generic" {
			continue
		}
		restore, err := Use(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range spans {
			worst, at := scan32(f, ref, s.lo, s.hi)
			line := name + " " + which
			if worst > 1 {
				t.Errorf("%s: worst %.3f ULP at x=%v", line, worst, at)
			} else {
				t.Logf("%s: worst %.3f ULP at x=%v", line, worst, at)
			}
		}
		restore()
	}
}

// scan32 returns the worst error of f against ref over every float32 with
// bits in [lo, hi) and where it is.
func scan32(f func(dst, x []float32), ref func(float64) float64, lo, hi uint32) (float64, float32) {
	xs := make([]float32, 0, 1<<20)
	dst := make([]float32, 1<<20)
	worst, at := 0.0, float32(0)
	flush := func() {
		f(dst[:len(xs)], xs)
		for i, x := range xs {
			if e := ulpErr32(dst[i], ref(float64(x))); !(e <= worst) {
				worst, at = e, x
			}
		}
		xs = xs[:0]
	}
	for b := lo; b < hi; b++ {
		xs = append(xs, math.Float32frombits(b))
		if len(xs) == cap(xs) {
			flush()
		}
	}
	flush()
	return worst, at
}
