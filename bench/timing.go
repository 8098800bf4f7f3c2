package bench

import (
	"math"
	"time"
)

// Timing says how long to measure: like Python's timeit, the call count
// grows until one batch takes at least MinBatch, then the best of Repeats
// batches gives the time per call.
type Timing struct {
	MinBatch time.Duration
	Repeats  int
}

// DefaultTiming matches the NumPy script's timeit.autorange (0.2 s batches)
// with 5 repeats.
var DefaultTiming = Timing{MinBatch: 200 * time.Millisecond, Repeats: 5}

// NsPerCall returns the best time per call of f, in nanoseconds.
func (t Timing) NsPerCall(f func()) float64 {
	f() // warm up: first-touch page faults, lazy set-up
	number := 1
	for {
		if d := batch(f, number); d >= t.MinBatch || number >= 1<<30 {
			break
		}
		number *= 2
	}
	best := math.Inf(1)
	for range max(t.Repeats, 1) {
		best = math.Min(best, float64(batch(f, number).Nanoseconds())/float64(number))
	}
	return best
}

func batch(f func(), n int) time.Duration {
	start := time.Now()
	for range n {
		f()
	}
	return time.Since(start)
}
