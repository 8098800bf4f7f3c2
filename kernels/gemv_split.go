package kernels

import "sync"

// gemvParallelMin is the smallest m·n of a GEMV worth splitting across
// goroutines: below it, starting a goroutine and waking an idle P costs
// more than the half of the product it takes over.
const gemvParallelMin = 1 << 17

// splitRows runs part(lo, hi) over row ranges that cover [0, m): one range
// on the calling goroutine when the m×n product is small or one thread is
// allowed (see [SetGemmThreads]), else one range per thread, each a
// multiple of gemvRows rows (so every row goes through the same kernel as
// in one range) with the last on the calling goroutine. The ranges are
// disjoint, so parts write disjoint elements of y.
func splitRows(m, n int, part func(lo, hi int)) {
	threads := gemmThreadCount()
	units := m / gemvRows
	parts := min(threads, units)
	if parts <= 1 || m*n < gemvParallelMin {
		part(0, m)
		return
	}
	var wg sync.WaitGroup
	lo := 0
	for t := range parts {
		hi := units * (t + 1) / parts * gemvRows
		if t == parts-1 {
			hi = m
			part(lo, hi)
			break
		}
		from := lo
		wg.Go(func() { part(from, hi) })
		lo = hi
	}
	wg.Wait()
}
