package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// Benchmarks of the transcendental kernels, out-of-place into a reused
// output (NumPy's out=), inputs standard normal as in the NumPy anchor
// script. impl=loop is a plain loop calling Go's math function.
//
//	go test ./kernels -run '^$' -bench 'ExpF64/n=1048576' -benchtime 200ms

var mathBenchSizes = []int{1024, 65536, 1048576}

func benchUnary[T Float](b *testing.B, kernel func(dst, x []T), loop func(float64) float64) {
	for _, n := range mathBenchSizes {
		r := rand.New(rand.NewPCG(1, 1))
		x := make([]T, n)
		for i := range x {
			x[i] = T(r.NormFloat64())
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
		if loop != nil {
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
}

func sizeOf[T Float]() int {
	var z T
	if _, ok := any(z).(float32); ok {
		return 4
	}
	return 8
}

func sigmoidLoop(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func BenchmarkExpF64(b *testing.B)     { benchUnary(b, Exp[float64], math.Exp) }
func BenchmarkExpF32(b *testing.B)     { benchUnary(b, Exp[float32], math.Exp) }
func BenchmarkLogF64(b *testing.B)     { benchUnary(b, Log[float64], math.Log) }
func BenchmarkLogF32(b *testing.B)     { benchUnary(b, Log[float32], math.Log) }
func BenchmarkTanhF64(b *testing.B)    { benchUnary(b, Tanh[float64], math.Tanh) }
func BenchmarkTanhF32(b *testing.B)    { benchUnary(b, Tanh[float32], math.Tanh) }
func BenchmarkSigmoidF64(b *testing.B) { benchUnary(b, Sigmoid[float64], sigmoidLoop) }
func BenchmarkSigmoidF32(b *testing.B) { benchUnary(b, Sigmoid[float32], sigmoidLoop) }
func BenchmarkSigmoidDerivativeF64(b *testing.B) {
	benchUnary(b, SigmoidDerivative[float64], nil)
}
func BenchmarkSigmoidDerivativeF32(b *testing.B) {
	benchUnary(b, SigmoidDerivative[float32], nil)
}
