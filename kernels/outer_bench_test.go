package kernels

import (
	"fmt"
	"testing"
)

// benchOuter times dst = x·yᵀ into a row-major n×n dst per implementation,
// reporting GFLOP/s (n² multiplications per call).
func benchOuter[T Float](b *testing.B) {
	for _, n := range []int{1000} {
		x, y, dst := randSlice[T](n), randSlice[T](n), make([]T, n*n)
		for _, name := range Available() {
			b.Run(fmt.Sprintf("n=%d/impl=%s", n, name), func(b *testing.B) {
				restore, _ := Use(name)
				defer restore()
				for b.Loop() {
					outer(n, n, x, 0, 1, y, 0, 1, dst, 0, n, 1)
				}
				b.ReportMetric(float64(n)*float64(n)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
	}
}

func BenchmarkOuterF64(b *testing.B) { benchOuter[float64](b) }
func BenchmarkOuterF32(b *testing.B) { benchOuter[float32](b) }
