package kernels

// Benchmarks of one representative kernel per family, float64 and float32,
// for every available implementation and a plain Go loop (impl=loop), at
// n = 1<<10 (in L1), 1<<16 (in L2) and 1<<20 (in memory):
//
//	go test -run '^$' -bench 'Kernel' -benchtime 200ms ./kernels | tee new.txt
//	benchstat -col /impl new.txt
//
// SetBytes counts every byte read or written once (Add: x, y and dst), so
// MB/s compares with memory bandwidth. The names are BenchmarkKernel<Op><F64|F32>
// because asm_extra_test.go already has BenchmarkAddF64 and others.

import (
	"fmt"
	"testing"
	"unsafe"
)

// hBenchSizes are the lengths of every benchmark.
var hBenchSizes = []int{1 << 10, 1 << 16, 1 << 20}

var hSinkF float64

// hBenchData returns the inputs of a benchmark of length n: finite values
// of mixed signs (no NaN, so Max scans everything).
func hBenchData[T Float](n int) (dst, x, y []T, u []uint8) {
	dst, x, y, u = make([]T, n), make([]T, n), make([]T, n), make([]uint8, n)
	for i := range x {
		x[i] = T(i%97) - 48 + 0.25
		y[i] = T(i%13) + 0.5
		u[i] = uint8(i * 7)
	}
	return dst, x, y, u
}

// hBench runs op for every size and implementation, and loop (the same
// operation as a plain Go loop) as impl=loop. slices is the number of
// T-sized operands op reads or writes per element; extra counts other bytes
// per element (the uint8 input of FromUint8).
func hBench[T Float](b *testing.B, slices, extra int, op, loop func(dst, x, y []T, u []uint8)) {
	var z T
	for _, n := range hBenchSizes {
		dst, x, y, u := hBenchData[T](n)
		bytes := int64(n) * (int64(slices)*int64(unsafe.Sizeof(z)) + int64(extra))
		for _, impl := range append(Available(), "loop") {
			b.Run(fmt.Sprintf("n=%d/impl=%s", n, impl), func(b *testing.B) {
				f := loop
				if impl != "loop" {
					restore, err := Use(impl)
					if err != nil {
						b.Fatal(err)
					}
					defer restore()
					f = op
				}
				b.SetBytes(bytes)
				for b.Loop() {
					f(dst, x, y, u)
				}
			})
		}
	}
}

func BenchmarkKernelAddF64(b *testing.B) { hBenchAdd[float64](b) }
func BenchmarkKernelAddF32(b *testing.B) { hBenchAdd[float32](b) }

func hBenchAdd[T Float](b *testing.B) {
	hBench(b, 3, 0, func(dst, x, y []T, _ []uint8) { Add(dst, x, y) }, func(dst, x, y []T, _ []uint8) {
		for i := range dst {
			dst[i] = x[i] + y[i]
		}
	})
}

func BenchmarkKernelMulF64(b *testing.B) { hBenchMul[float64](b) }
func BenchmarkKernelMulF32(b *testing.B) { hBenchMul[float32](b) }

func hBenchMul[T Float](b *testing.B) {
	hBench(b, 3, 0, func(dst, x, y []T, _ []uint8) { Mul(dst, x, y) }, func(dst, x, y []T, _ []uint8) {
		for i := range dst {
			dst[i] = x[i] * y[i]
		}
	})
}

func BenchmarkKernelAbsF64(b *testing.B) { hBenchAbs[float64](b) }
func BenchmarkKernelAbsF32(b *testing.B) { hBenchAbs[float32](b) }

func hBenchAbs[T Float](b *testing.B) {
	hBench(b, 2, 0, func(dst, x, _ []T, _ []uint8) { Abs(dst, x) }, func(dst, x, _ []T, _ []uint8) {
		for i := range dst {
			v := x[i]
			if v < 0 {
				v = -v
			}
			dst[i] = v
		}
	})
}

func BenchmarkKernelSumF64(b *testing.B) { hBenchSum[float64](b) }
func BenchmarkKernelSumF32(b *testing.B) { hBenchSum[float32](b) }

func hBenchSum[T Float](b *testing.B) {
	hBench(b, 1, 0, func(_, x, _ []T, _ []uint8) { hSinkF = float64(Sum(x)) }, func(_, x, _ []T, _ []uint8) {
		var s T
		for _, v := range x {
			s += v
		}
		hSinkF = float64(s)
	})
}

func BenchmarkKernelDotF64(b *testing.B) { hBenchDot[float64](b) }
func BenchmarkKernelDotF32(b *testing.B) { hBenchDot[float32](b) }

func hBenchDot[T Float](b *testing.B) {
	hBench(b, 2, 0, func(_, x, y []T, _ []uint8) { hSinkF = float64(Dot(x, y)) }, func(_, x, y []T, _ []uint8) {
		var s T
		for i, v := range x {
			s += v * y[i]
		}
		hSinkF = float64(s)
	})
}

func BenchmarkKernelMaxF64(b *testing.B) { hBenchMax[float64](b) }
func BenchmarkKernelMaxF32(b *testing.B) { hBenchMax[float32](b) }

func hBenchMax[T Float](b *testing.B) {
	hBench(b, 1, 0, func(_, x, _ []T, _ []uint8) { hSinkF = float64(Max(x)) }, func(_, x, _ []T, _ []uint8) {
		m := x[0]
		for _, v := range x {
			if v > m || v != v {
				m = v
			}
		}
		hSinkF = float64(m)
	})
}

func BenchmarkKernelAxpyF64(b *testing.B) { hBenchAxpy[float64](b) }
func BenchmarkKernelAxpyF32(b *testing.B) { hBenchAxpy[float32](b) }

func hBenchAxpy[T Float](b *testing.B) {
	// y is read and written: three transfers per element. The values
	// drift but stay finite over any realistic number of iterations.
	const alpha = 1e-9
	hBench(b, 3, 0, func(_, x, y []T, _ []uint8) { Axpy(alpha, x, y) }, func(_, x, y []T, _ []uint8) {
		for i, v := range x {
			y[i] += alpha * v
		}
	})
}

func BenchmarkKernelFromUint8F64(b *testing.B) { hBenchFromUint8[float64](b) }
func BenchmarkKernelFromUint8F32(b *testing.B) { hBenchFromUint8[float32](b) }

func hBenchFromUint8[T Float](b *testing.B) {
	hBench(b, 1, 1, func(dst, _, _ []T, u []uint8) { FromUint8(dst, u) }, func(dst, _, _ []T, u []uint8) {
		for i, v := range u {
			dst[i] = T(v)
		}
	})
}
