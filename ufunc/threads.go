package ufunc

import (
	"sync"

	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/internal/threads"
)

// SetThreads sets how many goroutines one large operation may use and
// returns the previous setting: elementwise operations, products (GEMM,
// GEMV) and nn's fused paths read it (reductions run on one goroutine).
// n <= 0 restores the default, runtime.GOMAXPROCS(0) at the time of each
// call; SetThreads(1) runs everything on the calling goroutine. The
// environment variable NDSIMD_THREADS=n sets the initial value (a bad
// value is reported on stderr, as a bad NDSIMD_KERNELS is). It is the
// library's one thread setting, kept in internal/threads, and is safe for
// concurrent use.
func SetThreads(n int) (previous int) { return threads.Set(n) }

// Threads returns the number of goroutines a large operation uses now.
func Threads() int { return threads.N() }

// Operations with at least this many elements are split between goroutines.
// Measured on a 2-core AMD EPYC (AVX-512) VM: for add into an existing
// array (go test -bench, quiet machine, 2026-11-23) two goroutines cost 36%
// more at 65536 elements (19.7 µs vs 26.8 µs), break even at 262144 (97 vs
// 95 µs) and win from 1048576 (532 vs 359 µs). exp gained from about 16K
// (16384: 19 µs on one, 11 µs on two; 8192: 4 µs on one, 17 µs on two;
// measured under load). They are variables only so that benchmarks can
// lower them.
var (
	parallelMinCheap  = 1 << 18 // add, multiply, abs, ...: memory-bound
	parallelMinCostly = 1 << 14 // exp, log, tanh, sigmoid, power
)

// part processes the runs of it, restricted to the elements [jlo, jhi) of
// each run.
type part func(it *broadcast.Iter, jlo, jhi int)

// parallel runs do over every run of it, on one goroutine when size is
// below minSize or one thread is allowed, otherwise on Threads()
// goroutines: by whole runs when there are many, otherwise by splitting
// every run into pieces.
func parallel(it *broadcast.Iter, size, minSize int, do part) {
	k := Threads()
	if k > 1 {
		k = min(k, size/max(minSize/2, 1))
	}
	n := it.Len()
	if k <= 1 || size < minSize || n == 0 {
		do(it, 0, n)
		return
	}
	var wg sync.WaitGroup
	if it.Runs() >= 4*k {
		for _, sub := range it.Split(k) {
			wg.Go(func() { do(sub, 0, n) })
		}
	} else {
		k = min(k, n)
		for i := range k {
			sub := it.Split(1)[0]
			wg.Go(func() { do(sub, i*n/k, (i+1)*n/k) })
		}
	}
	wg.Wait()
}
