package ufunc

import (
	"syscall"
	"testing"
	"time"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// BenchmarkAbsSplit splits the cost of the allocating Abs (the bench
// workload) on 1M elements, one thread: the whole call (fresh result), the
// call into an existing result, the kernel alone and the streaming kernel
// alone.
func BenchmarkAbsSplit(b *testing.B) {
	benchAbsSplit[float64](b, "float64")
	benchAbsSplit[float32](b, "float32")
}

func benchAbsSplit[F ndarray.Float](b *testing.B, name string) {
	prev := SetThreads(1)
	defer SetThreads(prev)
	const n = 1 << 20
	x := ndarray.RandNormal[F](ndarray.NewRand(0), n)
	out := ndarray.Zeros[F](n)
	d := out.Data()
	b.Run("form=fresh/dtype="+name, func(b *testing.B) {
		loopCPU(b, func() { Abs(x) })
	})
	b.Run("form=into/dtype="+name, func(b *testing.B) {
		loopCPU(b, func() { AbsInto(out, x) })
	})
	b.Run("form=kernel/dtype="+name, func(b *testing.B) {
		loopCPU(b, func() { kernels.Abs(d, x.Data()) })
	})
	b.Run("form=stream/dtype="+name, func(b *testing.B) {
		loopCPU(b, func() { kernels.AbsStream(d, x.Data()) })
	})
}

// BenchmarkFreshPlain times allocating operations without streaming
// kernels on 1M elements (float64 unless named), one thread, beside their
// Into forms.
func BenchmarkFreshPlain(b *testing.B) {
	prev := SetThreads(1)
	defer SetThreads(prev)
	const n = 1 << 20
	r := ndarray.NewRand(0)
	x, y := ndarray.RandNormal[float64](r, n), ndarray.RandNormal[float64](r, n)
	out := ndarray.Zeros[float64](n)
	b.Run("op=exp/form=fresh", func(b *testing.B) {
		loopCPU(b, func() { Exp(x) })
	})
	b.Run("op=exp/form=into", func(b *testing.B) {
		loopCPU(b, func() { ExpInto(out, x) })
	})
	x32, y32 := ndarray.AsType[float32](x), ndarray.AsType[float32](y)
	mb := ndarray.Zeros[bool](n)
	b.Run("op=greater/form=fresh/dtype=float64", func(b *testing.B) { loopCPU(b, func() { Greater(x, y) }) })
	b.Run("op=greater/form=into/dtype=float64", func(b *testing.B) { loopCPU(b, func() { GreaterInto(mb, x, y) }) })
	b.Run("op=greater/form=fresh/dtype=float32", func(b *testing.B) { loopCPU(b, func() { Greater(x32, y32) }) })
	b.Run("op=greater/form=into/dtype=float32", func(b *testing.B) { loopCPU(b, func() { GreaterInto(mb, x32, y32) }) })
	b.Run("op=maximum/form=fresh", func(b *testing.B) {
		loopCPU(b, func() { Maximum(x, y) })
	})
	b.Run("op=maximum/form=into", func(b *testing.B) {
		loopCPU(b, func() { MaximumInto(out, x, y) })
	})
}

// cpuTime is the process's user and system time: on a loaded machine it
// measures an operation's own cost better than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loopCPU runs f in b.Loop and reports the CPU time per call as cpu-ns/op.
func loopCPU(b *testing.B, f func()) {
	start, n := cpuTime(), 0
	for b.Loop() {
		f()
		n++
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(max(n, 1)), "cpu-ns/op")
}
