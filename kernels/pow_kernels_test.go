package kernels

import (
	"math"
	"math/rand/v2"
	"testing"
)

// powK is one SIMD power kernel, called directly (without the fix-up).
type powK[T Float] struct {
	name string
	f    func(dst, x, y []T) int
}

// powSIMDKernels lists the SIMD power kernels (powerSIMD) of the
// implementations this CPU runs, named by implementation.
func powSIMDKernels[T Float](t *testing.T) []powK[T] {
	var ks []powK[T]
	for _, name := range Available() {
		restore, err := Use(name)
		if err != nil {
			t.Fatal(err)
		}
		if f := kernelsOf[T]().powerSIMD; f != nil {
			ks = append(ks, powK[T]{name, f})
		}
		restore()
	}
	return ks
}

// The SIMD power kernels on their own (without the fix-up): on ordinary
// inputs they report nothing to redo and equal pow64 bit for bit (lengths
// 0..40 cover the masked and buffered tails); with one special input among
// them they report it.
func TestPowKernels(t *testing.T) {
	ks64, ks32 := powSIMDKernels[float64](t), powSIMDKernels[float32](t)
	if len(ks64) == 0 {
		t.Skip("no SIMD power kernel runs on this CPU")
	}
	r := rand.New(rand.NewPCG(7, 8))
	for _, k := range ks64 {
		for n := range 41 {
			x, y, got := make([]float64, n), make([]float64, n), make([]float64, n)
			for i := range x {
				x[i] = math.Ldexp(1+r.Float64(), r.IntN(200)-100)
				y[i] = (r.Float64() - 0.5) * 600 / math.Abs(math.Log(x[i])+1e-300)
			}
			if k.f(got, x, y) != 0 {
				t.Errorf("%s n=%d: reports an element to redo on ordinary inputs", k.name, n)
			}
			for i := range got {
				if w := pow64(x[i], y[i]); got[i] != w {
					t.Errorf("%s: %v ** %v = %v, pow64 %v", k.name, x[i], y[i], got[i], w)
				}
			}
			if n > 0 {
				for _, bad := range [][2]float64{{-2, 2}, {0, 1}, {math.NaN(), 1}, {2, math.Inf(1)}, {1e-310, 2}, {10, 400}, {10, -400}} {
					i := r.IntN(n)
					x[i], y[i] = bad[0], bad[1]
					if k.f(got, x, y) == 0 {
						t.Errorf("%s n=%d: %v ** %v not reported", k.name, n, bad[0], bad[1])
					}
					x[i], y[i] = 2, 0.5
				}
			}
		}
	}
	for _, k := range ks32 {
		for n := range 41 {
			x, y, got := make([]float32, n), make([]float32, n), make([]float32, n)
			for i := range x {
				x[i] = float32(math.Ldexp(1+r.Float64(), r.IntN(40)-20))
				y[i] = float32((r.Float64() - 0.5) * 80 / math.Abs(math.Log(float64(x[i]))+1e-30))
			}
			if k.f(got, x, y) != 0 {
				t.Errorf("%s n=%d: reports an element to redo on ordinary inputs", k.name, n)
			}
			for i := range got {
				if w := float32(pow64(float64(x[i]), float64(y[i]))); got[i] != w {
					t.Errorf("%s: %v ** %v = %v, pow64 %v", k.name, x[i], y[i], got[i], w)
				}
			}
		}
	}
}
