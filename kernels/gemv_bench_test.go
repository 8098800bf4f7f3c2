package kernels

import (
	"fmt"
	"testing"
)

// benchGemv times y = A·x for an n×n A per implementation, reporting
// GFLOP/s (2n² flops per call). A is row-major, or with trans its transpose
// (column-contiguous: the Aᵀ·x of a row-major matrix).
func benchGemv[T Float](b *testing.B, trans bool) {
	for _, n := range []int{100, 1000} {
		a, x, y := randSlice[T](n*n), randSlice[T](n), make([]T, n)
		aRow, aCol := n, 1
		if trans {
			aRow, aCol = 1, n
		}
		for _, name := range Available() {
			b.Run(fmt.Sprintf("n=%d/impl=%s", n, name), func(b *testing.B) {
				restore, _ := Use(name)
				defer restore()
				for b.Loop() {
					gemv(n, n, 1, a, 0, aRow, aCol, x, 0, 1, 0, y, 0, 1)
				}
				b.ReportMetric(2*float64(n)*float64(n)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
	}
}

func BenchmarkGemvF64(b *testing.B)  { benchGemv[float64](b, false) }
func BenchmarkGemvF32(b *testing.B)  { benchGemv[float32](b, false) }
func BenchmarkGemvTF64(b *testing.B) { benchGemv[float64](b, true) }
func BenchmarkGemvTF32(b *testing.B) { benchGemv[float32](b, true) }
