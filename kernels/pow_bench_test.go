package kernels

import (
	"math"
	"math/rand/v2"
	"testing"
)

func powBenchData(n int) (x, y []float64) {
	r := rand.New(rand.NewPCG(1, 2))
	x, y = make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = 0.1 + 10*r.Float64()
		y[i] = 4 * (r.Float64() - 0.5)
	}
	return
}

// BenchmarkPower is Power on 4096 float64 (the active implementation), and
// math.Pow in a loop for comparison.
func BenchmarkPower(b *testing.B) {
	x, y := powBenchData(4096)
	dst := make([]float64, len(x))
	b.Run("Power", func(b *testing.B) {
		b.SetBytes(int64(8 * len(x)))
		for b.Loop() {
			Power(dst, x, y)
		}
	})
	b.Run("Power32", func(b *testing.B) {
		x32, y32, d32 := make([]float32, len(x)), make([]float32, len(x)), make([]float32, len(x))
		for i := range x {
			x32[i], y32[i] = float32(x[i]), float32(y[i])
		}
		b.SetBytes(int64(4 * len(x)))
		for b.Loop() {
			Power(d32, x32, y32)
		}
	})
	b.Run("mathPow", func(b *testing.B) {
		b.SetBytes(int64(8 * len(x)))
		for b.Loop() {
			for i := range dst {
				dst[i] = math.Pow(x[i], y[i])
			}
		}
	})
}
