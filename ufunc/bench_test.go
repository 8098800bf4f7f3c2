package ufunc

import (
	"fmt"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

func BenchmarkAdd(b *testing.B) {
	r := ndarray.NewRand(1)
	for _, n := range []int{16, 1024, 1 << 16, 1 << 20} {
		x, y := ndarray.RandNormal[float64](r, n), ndarray.RandNormal[float64](r, n)
		out := ndarray.Zeros[float64](n)
		b.Run(fmt.Sprintf("n=%d/new", n), func(b *testing.B) {
			b.SetBytes(int64(24 * n))
			for b.Loop() {
				Add(x, y)
			}
		})
		b.Run(fmt.Sprintf("n=%d/into", n), func(b *testing.B) {
			b.SetBytes(int64(24 * n))
			for b.Loop() {
				AddInto(out, x, y)
			}
		})
	}
}

func BenchmarkAddBcast(b *testing.B) {
	r := ndarray.NewRand(2)
	x := ndarray.RandNormal[float64](r, 1000, 1000)
	out := ndarray.Zeros[float64](1000, 1000)
	for _, c := range []struct {
		name string
		y    *ndarray.Array[float64]
	}{
		{"col/1000x1000", ndarray.RandNormal[float64](r, 1000, 1)},
		{"row/1000x1000", ndarray.RandNormal[float64](r, 1000)},
		{"transposed/1000x1000", ndarray.RandNormal[float64](r, 1000, 1000).T()},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				AddInto(out, x, c.y)
			}
		})
	}
}

func BenchmarkExp(b *testing.B) {
	r := ndarray.NewRand(3)
	for _, n := range []int{1024, 1 << 16, 1 << 20} {
		x := ndarray.RandNormal[float64](r, n)
		out := ndarray.Zeros[float64](n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				ExpInto(out, x)
			}
		})
	}
	x := ndarray.RandNormal[float64](r, 1000, 1000).T()
	out := ndarray.Zeros[float64](1000, 1000)
	b.Run("transposed/1000x1000", func(b *testing.B) {
		for b.Loop() {
			ExpInto(out, x)
		}
	})
}

// BenchmarkThreshold measures one and two goroutines around the threading
// thresholds: with the thresholds lowered to 1 element, compare threads=1
// with threads=2 at each size; the crossing is where the thresholds
// (parallelMinCheap, parallelMinCostly) belong.
func BenchmarkThreshold(b *testing.B) {
	r := ndarray.NewRand(4)
	for _, n := range []int{1 << 12, 1 << 13, 1 << 14, 1 << 15, 1 << 16, 1 << 17, 1 << 18} {
		x, y := ndarray.RandNormal[float64](r, n), ndarray.RandNormal[float64](r, n)
		out := ndarray.Zeros[float64](n)
		for _, th := range []int{1, 2} {
			b.Run(fmt.Sprintf("op=add/n=%d/threads=%d", n, th), func(b *testing.B) {
				prev := SetThreads(th)
				defer SetThreads(prev)
				for b.Loop() {
					forceParallel(func() { AddInto(out, x, y) })
				}
			})
			b.Run(fmt.Sprintf("op=exp/n=%d/threads=%d", n, th), func(b *testing.B) {
				prev := SetThreads(th)
				defer SetThreads(prev)
				for b.Loop() {
					forceParallel(func() { ExpInto(out, x) })
				}
			})
		}
	}
}

// forceParallel runs f with the threading thresholds at 1 element.
func forceParallel(f func()) {
	c, e := parallelMinCheap, parallelMinCostly
	parallelMinCheap, parallelMinCostly = 1, 1
	defer func() { parallelMinCheap, parallelMinCostly = c, e }()
	f()
}
