package kernels

import (
	"math/rand/v2"
	"testing"
	"unsafe"
)

// BenchmarkArgMaxRows times ArgMaxRows of a 1000x1000 matrix (NumPy's
// a.argmax(axis=1)) against ArgMax row by row and, as the memory-bound
// floor, Sum of the same elements, for every available implementation.
func BenchmarkArgMaxRows(b *testing.B) {
	b.Run("f64", benchArgMaxRows[float64])
	b.Run("f32", benchArgMaxRows[float32])
}

func benchArgMaxRows[T Float](b *testing.B) {
	const rows, cols = 1000, 1000
	rng := rand.New(rand.NewPCG(1, 2))
	x := make([]T, rows*cols)
	for i := range x {
		x[i] = T(rng.NormFloat64())
	}
	dst := make([]int64, rows)
	for _, impl := range Available() {
		b.Run("n=1000x1000/impl="+impl+"/rows", func(b *testing.B) {
			hUseImpl(b, impl)
			b.SetBytes(int64(len(x)) * int64(unsafe.Sizeof(x[0])))
			for b.Loop() {
				ArgMaxRows(rows, cols, x, 0, cols, dst)
			}
		})
		b.Run("n=1000x1000/impl="+impl+"/each", func(b *testing.B) {
			hUseImpl(b, impl)
			b.SetBytes(int64(len(x)) * int64(unsafe.Sizeof(x[0])))
			for b.Loop() {
				for r := range rows {
					dst[r] = int64(ArgMax(x[r*cols : (r+1)*cols]))
				}
			}
		})
		b.Run("n=1000x1000/impl="+impl+"/sum", func(b *testing.B) {
			hUseImpl(b, impl)
			b.SetBytes(int64(len(x)) * int64(unsafe.Sizeof(x[0])))
			for b.Loop() {
				Sum(x)
			}
		})
	}
}
