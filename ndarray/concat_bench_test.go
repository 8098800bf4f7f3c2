package ndarray

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkConcatenateFresh is the bench workload concatenate_axis1 (the
// two halves of a (1000,1000) matrix joined along axis 1, a fresh result)
// for float64 and float32, reporting CPU time per call beside the wall
// clock (cpu-ns/op: steadier on a loaded machine). inputs=views joins the
// two views of the matrix, as the workload does (adjacent in memory, so
// one copy); inputs=copies joins contiguous copies of them (one block per
// row and input).
func BenchmarkConcatenateFresh(b *testing.B) {
	b.Run("dtype=float64", func(b *testing.B) { benchConcatHalves[float64](b) })
	b.Run("dtype=float32", func(b *testing.B) { benchConcatHalves[float32](b) })
}

func benchConcatHalves[T Float](b *testing.B) {
	m := RandNormal[T](NewRand(1), 1000, 1000)
	views := []*Array[T]{m.Slice(All(), To(500)), m.Slice(All(), From(500))}
	copies := []*Array[T]{views[0].Copy(), views[1].Copy()}
	for _, c := range []struct {
		name  string
		parts []*Array[T]
	}{{"views", views}, {"copies", copies}} {
		b.Run("inputs="+c.name, func(b *testing.B) {
			start, n := processCPU(), 0
			for b.Loop() {
				Concatenate(c.parts, 1)
				n++
			}
			b.ReportMetric(float64(processCPU()-start)/float64(max(n, 1)), "cpu-ns/op")
		})
	}
}

// processCPU is the process's user and system time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
