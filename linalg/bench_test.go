package linalg

import (
	"syscall"
	"testing"
	"time"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

func benchSquare[T ndarray.Float](k int) (a, s, rhs *ndarray.Array[T]) {
	r := ndarray.NewRand(7)
	a = ndarray.RandNormal[T](r, k, k)
	d := a.Data()
	for i := 0; i < k; i++ {
		d[i*k+i] += T(k)
	}
	return a, ufunc.Matmul(a, a.T()), ndarray.RandNormal[T](r, k)
}

func BenchmarkSolve1000(b *testing.B) {
	a, _, rhs := benchSquare[float64](1000)
	defer cpuMetric(b)()
	for b.Loop() {
		Solve(a, rhs)
	}
}

func BenchmarkSolve1000F32(b *testing.B) {
	a, _, rhs := benchSquare[float32](1000)
	defer cpuMetric(b)()
	for b.Loop() {
		Solve(a, rhs)
	}
}

func BenchmarkInv1000(b *testing.B) {
	a, _, _ := benchSquare[float64](1000)
	defer cpuMetric(b)()
	for b.Loop() {
		Inv(a)
	}
}

func BenchmarkCholesky1000(b *testing.B) {
	_, s, _ := benchSquare[float64](1000)
	defer cpuMetric(b)()
	for b.Loop() {
		Cholesky(s)
	}
}

func BenchmarkSolve256(b *testing.B) {
	a, _, rhs := benchSquare[float64](256)
	defer cpuMetric(b)()
	for b.Loop() {
		Solve(a, rhs)
	}
}

func BenchmarkQR(b *testing.B) {
	a := ndarray.RandNormal[float64](ndarray.NewRand(8), 500, 300)
	defer cpuMetric(b)()
	for b.Loop() {
		QR(a, Reduced)
	}
}

func BenchmarkSVD(b *testing.B) {
	a := ndarray.RandNormal[float64](ndarray.NewRand(8), 500, 300)
	defer cpuMetric(b)()
	for b.Loop() {
		SVD(a, false)
	}
}

func BenchmarkEigh(b *testing.B) {
	a := ndarray.RandNormal[float64](ndarray.NewRand(8), 500, 300)
	s := ufunc.Matmul(a.T(), a)
	defer cpuMetric(b)()
	for b.Loop() {
		Eigh(s)
	}
}

func BenchmarkLstsq(b *testing.B) {
	a := ndarray.RandNormal[float64](ndarray.NewRand(8), 500, 300)
	rhs := ndarray.RandNormal[float64](ndarray.NewRand(9), 500)
	defer cpuMetric(b)()
	for b.Loop() {
		Lstsq(a, rhs, DefaultRcond)
	}
}

// cpuMetric reports the process CPU time per op (the machine may be shared,
// so wall time overstates the cost).
func cpuMetric(b *testing.B) func() {
	start := cpuTime()
	return func() { b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op") }
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
