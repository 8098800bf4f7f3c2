package kernels

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
)

func randSlice[T Float](n int) []T {
	rng := rand.New(rand.NewPCG(uint64(n), 1))
	s := make([]T, n)
	for i := range s {
		s[i] = T(2*rng.Float64() - 1)
	}
	return s
}

// benchGemm times n×n×n row-major products per GEMM implementation and
// thread setting, reporting GFLOP/s (2n³ flops per call).
func benchGemm[T Float](b *testing.B) {
	for _, n := range []int{256, 512, 1024} {
		a, bb, c := randSlice[T](n*n), randSlice[T](n*n), make([]T, n*n)
		for _, name := range Available() {
			for _, threads := range []string{"1", "all"} {
				b.Run(fmt.Sprintf("n=%d/impl=%s/threads=%s", n, name, threads), func(b *testing.B) {
					restore, _ := Use(name)
					defer restore()
					t := 1
					if threads == "all" {
						t = runtime.GOMAXPROCS(0)
					}
					prev := SetGemmThreads(t)
					defer SetGemmThreads(prev)
					for b.Loop() {
						gemm(n, n, n, 1, a, 0, n, 1, bb, 0, n, 1, 0, c, 0, n, 1)
					}
					b.ReportMetric(2*float64(n)*float64(n)*float64(n)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
				})
			}
		}
	}
}

func BenchmarkGemmF64(b *testing.B) { benchGemm[float64](b) }
func BenchmarkGemmF32(b *testing.B) { benchGemm[float32](b) }
