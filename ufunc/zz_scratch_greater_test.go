package ufunc

import (
	"testing"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

var scratchSink float64

func BenchmarkScratchGreater(b *testing.B) {
	n := 1 << 20
	r := ndarray.NewRand(0)
	A, B := ndarray.RandNormal[float64](r, n), ndarray.RandNormal[float64](r, n)
	a, bb := A.Data(), B.Data()
	dst := make([]bool, n)
	for _, impl := range []string{"avx2", "avx512", "avx512+avx2"} {
		restore, _ := kernels.Use(impl)
		b.Run("ufunc/impl="+impl, func(b *testing.B) {
			for b.Loop() {
				Greater(A, B)
			}
		})
		b.Run("kernel/impl="+impl, func(b *testing.B) {
			for b.Loop() {
				kernels.Greater(dst, a, bb)
			}
		})
		b.Run("sum2/impl="+impl, func(b *testing.B) {
			for b.Loop() {
				scratchSink = kernels.Sum(a) + kernels.Sum(bb)
			}
		})
		restore()
	}
	b.Run("alloc", func(b *testing.B) {
		for b.Loop() {
			d := make([]bool, n)
			d[0] = true
		}
	})
	A32, B32 := ndarray.RandNormal[float32](r, n), ndarray.RandNormal[float32](r, n)
	a32, b32 := A32.Data(), B32.Data()
	for _, impl := range []string{"avx2", "avx512"} {
		restore, _ := kernels.Use(impl)
		b.Run("f32ufunc/impl="+impl, func(b *testing.B) {
			for b.Loop() {
				Greater(A32, B32)
			}
		})
		b.Run("f32kernel/impl="+impl, func(b *testing.B) {
			for b.Loop() {
				kernels.Greater(dst, a32, b32)
			}
		})
		restore()
	}
}
