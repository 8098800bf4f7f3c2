package ufunc

import (
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// BenchmarkSmallCalls times the per-call workloads on 16 elements: the
// allocating forms against the Into forms.
func BenchmarkSmallCalls(b *testing.B) {
	a := ndarray.RandNormal[float64](ndarray.NewRand(0), 16)
	c := ndarray.RandNormal[float64](ndarray.NewRand(1), 16)
	o := ndarray.Zeros[float64](16)
	b.Run("Exp", func(b *testing.B) {
		for range b.N {
			Exp(a)
		}
	})
	b.Run("ExpInto", func(b *testing.B) {
		for range b.N {
			ExpInto(o, a)
		}
	})
	b.Run("Add", func(b *testing.B) {
		for range b.N {
			Add(a, c)
		}
	})
	b.Run("AddInto", func(b *testing.B) {
		for range b.N {
			AddInto(o, a, c)
		}
	})
}

// BenchmarkSmallExpF32 is exp_small's float32 form, allocating and Into.
func BenchmarkSmallExpF32(b *testing.B) {
	a := ndarray.RandNormal[float32](ndarray.NewRand(0), 16)
	o := ndarray.Zeros[float32](16)
	b.Run("Exp", func(b *testing.B) {
		for range b.N {
			Exp(a)
		}
	})
	b.Run("ExpInto", func(b *testing.B) {
		for range b.N {
			ExpInto(o, a)
		}
	})
}
