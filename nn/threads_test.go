package nn

import (
	"sync/atomic"
	"testing"

	"github.com/ndsimd/ndsimd/internal/threads"
)

// The fused paths split their rows between as many goroutines as the
// library's one thread setting allows (ufunc.SetThreads, NDSIMD_THREADS),
// not GOMAXPROCS.
func TestForRowsFollowsThreadSetting(t *testing.T) {
	for _, n := range []int{1, 3, 5} {
		prev := threads.Set(n)
		var calls atomic.Int64
		forRows(64, parallelMinElems, func(lo, hi int) { calls.Add(1) })
		threads.Set(prev)
		if got := int(calls.Load()); got != n {
			t.Errorf("threads %d: forRows made %d parts, want %d", n, got, n)
		}
	}
}
