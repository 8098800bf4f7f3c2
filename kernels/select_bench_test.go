package kernels

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// Benchmarks of the selection kernels of the active implementation, in
// cache (4K elements) and out of it (1M).
func BenchmarkSelect(b *testing.B) {
	for _, n := range []int{4096, 1 << 20} {
		rng := rand.New(rand.NewPCG(1, 2))
		x, y, d := make([]float64, n), make([]float64, n), make([]float64, n)
		m := make([]bool, n)
		for i := range x {
			x[i], y[i] = rng.NormFloat64(), rng.NormFloat64()
			m[i] = x[i] > y[i]
		}
		bd := make([]bool, n)
		b.Run(fmt.Sprint("Greater/f64/", n), func(b *testing.B) {
			b.SetBytes(int64(16 * n))
			for b.Loop() {
				Greater(bd, x, y)
			}
		})
		b.Run(fmt.Sprint("Where/f64/", n), func(b *testing.B) {
			b.SetBytes(int64(24 * n))
			for b.Loop() {
				Where(d, m, x, y)
			}
		})
		b.Run(fmt.Sprint("Clip/f64/", n), func(b *testing.B) {
			b.SetBytes(int64(16 * n))
			for b.Loop() {
				Clip(d, x, -1, 1)
			}
		})
		idx := make([]int64, n)
		for i := range idx {
			idx[i] = int64(rng.IntN(n))
		}
		b.Run(fmt.Sprint("TakeInRange/f64/", n), func(b *testing.B) {
			b.SetBytes(int64(16 * n))
			for b.Loop() {
				TakeInRange(d, x, idx)
			}
		})
		b.Run(fmt.Sprint("TakeLoop/f64/", n), func(b *testing.B) {
			b.SetBytes(int64(16 * n))
			for b.Loop() {
				for i, k := range idx {
					d[i] = x[k]
				}
			}
		})
		b.Run(fmt.Sprint("Compress/f64/", n), func(b *testing.B) {
			b.SetBytes(int64(8 * n))
			for b.Loop() {
				Compress(d, x, m)
			}
		})
	}
}
