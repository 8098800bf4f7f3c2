package ufunc

import (
	"testing"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// Benchmarks of the vocabulary's hot loops on 1M elements into existing
// outputs (one thread), as the bench workloads set them up.

func BenchmarkVocab(b *testing.B) {
	prev := SetThreads(1)
	defer SetThreads(prev)
	const n = 1 << 20
	r := ndarray.NewRand(0)
	x, y := ndarray.RandNormal[float64](r, n), ndarray.RandNormal[float64](r, n)
	m := Greater(x, y)
	mb := ndarray.Zeros[bool](n)
	out := ndarray.Zeros[float64](n)
	x32, y32 := ndarray.AsType[float32](x), ndarray.AsType[float32](y)
	out32 := ndarray.Zeros[float32](n)
	b.Run("greater/f64", func(b *testing.B) {
		for b.Loop() {
			GreaterInto(mb, x, y)
		}
	})
	b.Run("greater/f32", func(b *testing.B) {
		for b.Loop() {
			GreaterInto(mb, x32, y32)
		}
	})
	b.Run("where/f64", func(b *testing.B) {
		for b.Loop() {
			WhereInto(out, m, x, y)
		}
	})
	b.Run("clip/f64", func(b *testing.B) {
		for b.Loop() {
			ClipInto(out, x, -1, 1)
		}
	})
	b.Run("clip/f32", func(b *testing.B) {
		for b.Loop() {
			ClipInto(out32, x32, -1, 1)
		}
	})
}

// BenchmarkGreaterSplit splits the cost of the allocating Greater (the
// bench workload) on 1M float64 and float32 elements, one thread: the whole
// call (fresh result), the call into an existing result, and the kernel
// alone. The kernel runs at the speed of reading its inputs; the difference
// between fresh and into is the fresh 1 MB result.
func BenchmarkGreaterSplit(b *testing.B) {
	prev := SetThreads(1)
	defer SetThreads(prev)
	const n = 1 << 20
	r := ndarray.NewRand(0)
	x, y := ndarray.RandNormal[float64](r, n), ndarray.RandNormal[float64](r, n)
	x32, y32 := ndarray.AsType[float32](x), ndarray.AsType[float32](y)
	mb := ndarray.Zeros[bool](n)
	d := mb.Data()
	b.Run("fresh/f64", func(b *testing.B) {
		for b.Loop() {
			Greater(x, y)
		}
	})
	b.Run("into/f64", func(b *testing.B) {
		for b.Loop() {
			GreaterInto(mb, x, y)
		}
	})
	b.Run("kernel/f64", func(b *testing.B) {
		for b.Loop() {
			kernels.Greater(d, x.Data(), y.Data())
		}
	})
	b.Run("fresh/f32", func(b *testing.B) {
		for b.Loop() {
			Greater(x32, y32)
		}
	})
	b.Run("into/f32", func(b *testing.B) {
		for b.Loop() {
			GreaterInto(mb, x32, y32)
		}
	})
	b.Run("kernel/f32", func(b *testing.B) {
		for b.Loop() {
			kernels.Greater(d, x32.Data(), y32.Data())
		}
	})
}
