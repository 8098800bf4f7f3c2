package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"testing"
	"time"
)

// Benchmarks of Sin, Cos, Tan, Log1p and Expm1 on NumPy's benchmark inputs:
// standard normal data (|x| for Log1p, as np.log1p(np.abs(a))), into a
// reused output. impl=loop is a plain loop calling Go's math function.
//
//	go test ./kernels -run '^$' -bench 'SinF64/n=1048576' -benchtime 20x

func benchTrig[T Float](b *testing.B, kernel func(dst, x []T), loop func(float64) float64, abs bool) {
	for _, n := range mathBenchSizes {
		r := rand.New(rand.NewPCG(1, 1))
		x := make([]T, n)
		for i := range x {
			v := r.NormFloat64()
			if abs {
				v = math.Abs(v)
			}
			x[i] = T(v)
		}
		dst := make([]T, n)
		size := int64(n) * int64(sizeOf[T]())
		for _, name := range Available() {
			b.Run(fmt.Sprintf("n=%d/impl=%s", n, name), func(b *testing.B) {
				restore, err := Use(name)
				if err != nil {
					b.Fatal(err)
				}
				defer restore()
				b.SetBytes(size)
				for b.Loop() {
					kernel(dst, x)
				}
			})
		}
		b.Run(fmt.Sprintf("n=%d/impl=loop", n), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for i, v := range x {
					dst[i] = T(loop(float64(v)))
				}
			}
		})
	}
}

func BenchmarkSinF64(b *testing.B)   { benchTrig(b, Sin[float64], math.Sin, false) }
func BenchmarkSinF32(b *testing.B)   { benchTrig(b, Sin[float32], math.Sin, false) }
func BenchmarkCosF64(b *testing.B)   { benchTrig(b, Cos[float64], math.Cos, false) }
func BenchmarkCosF32(b *testing.B)   { benchTrig(b, Cos[float32], math.Cos, false) }
func BenchmarkTanF64(b *testing.B)   { benchTrig(b, Tan[float64], math.Tan, false) }
func BenchmarkTanF32(b *testing.B)   { benchTrig(b, Tan[float32], math.Tan, false) }
func BenchmarkLog1pF64(b *testing.B) { benchTrig(b, Log1p[float64], math.Log1p, true) }
func BenchmarkLog1pF32(b *testing.B) { benchTrig(b, Log1p[float32], math.Log1p, true) }
func BenchmarkExpm1F64(b *testing.B) { benchTrig(b, Expm1[float64], math.Expm1, false) }
func BenchmarkExpm1F32(b *testing.B) { benchTrig(b, Expm1[float32], math.Expm1, false) }

// TestTrigTiming prints, with NDSIMD_TRIG_TIMING=1, the best of 40 runs of
// each kernel on 2^20 elements per implementation: on a loaded machine the
// minimum is steadier than the benchmarks' mean.
func TestTrigTiming(t *testing.T) {
	if os.Getenv("NDSIMD_TRIG_TIMING") == "" {
		t.Skip("set NDSIMD_TRIG_TIMING=1")
	}
	trigTiming[float64](t, "F64")
	trigTiming[float32](t, "F32")
}

func trigTiming[T Float](t *testing.T, suffix string) {
	const n = 1 << 20
	r := rand.New(rand.NewPCG(1, 1))
	x := make([]T, n)
	ax := make([]T, n)
	for i := range x {
		v := r.NormFloat64()
		x[i], ax[i] = T(v), T(math.Abs(v))
	}
	dst := make([]T, n)
	for _, k := range []struct {
		name string
		f    func(dst, x []T)
		in   []T
	}{{"Sin", Sin[T], x}, {"Cos", Cos[T], x}, {"Tan", Tan[T], x}, {"Log1p", Log1p[T], ax}, {"Expm1", Expm1[T], x}, {"Exp", Exp[T], x}, {"Tanh", Tanh[T], x}, {"Abs", Abs[T], x}} {
		line := k.name + suffix
		for _, name := range Available() {
			if name == "generic" {
				continue
			}
			restore, _ := Use(name)
			best := time.Duration(math.MaxInt64)
			for range 40 {
				t0 := time.Now()
				k.f(dst, k.in)
				best = min(best, time.Since(t0))
			}
			restore()
			line += fmt.Sprintf("  %s %.3f ms", name, best.Seconds()*1e3)
		}
		fmt.Println(line)
	}
}
