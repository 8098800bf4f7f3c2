package ndarray

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkConcatenateFresh is the bench workload concatenate_axis1 (the
// two halves of a (1000,1000) matrix joined along axis 1, a fresh result)
// for float64 and float32, reporting CPU time per call beside the wall
// clock (cpu-ns/op: steadier on a loaded machine).
func BenchmarkConcatenateFresh(b *testing.B) {
	b.Run("dtype=float64", func(b *testing.B) { benchConcatHalves[float64](b) })
	b.Run("dtype=float32", func(b *testing.B) { benchConcatHalves[float32](b) })
}

func benchConcatHalves[T Float](b *testing.B) {
	m := RandNormal[T](NewRand(1), 1000, 1000)
	parts := []*Array[T]{m.Slice(All(), To(500)), m.Slice(All(), From(500))}
	start, n := processCPU(), 0
	for b.Loop() {
		Concatenate(parts, 1)
		n++
	}
	b.ReportMetric(float64(processCPU()-start)/float64(max(n, 1)), "cpu-ns/op")
}

// processCPU is the process's user and system time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
