package nn

import (
	"math"
	"sync"

	"github.com/ndsimd/ndsimd/internal/threads"
	"github.com/ndsimd/ndsimd/kernels"
)

// The fused fast paths for C-contiguous float32/float64 input. Each walks
// memory once or twice, with no temporary arrays: a row of a softmax or a
// normalisation is read, then written while it is still in cache.

// parallelMinElems is the size under which the fused paths stay on one
// goroutine: below it, starting goroutines costs more than it saves.
const parallelMinElems = 1 << 16

// forRows calls f(lo, hi) on ranges of the rows [0, rows), in parallel over
// the library's thread setting (ufunc.SetThreads, NDSIMD_THREADS) of
// goroutines when rows*cols is large enough.
func forRows(rows, cols int, f func(lo, hi int)) {
	workers := threads.N()
	if workers <= 1 || rows < 2 || rows*cols < parallelMinElems {
		f(0, rows)
		return
	}
	workers = min(workers, rows)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := rows*w/workers, rows*(w+1)/workers
		wg.Go(func() { f(lo, hi) })
	}
	wg.Wait()
}

// sigmoidFlat writes the sigmoid of x into dst, in parallel chunks.
func sigmoidFlat[T kernels.Float](dst, x []T, derivative bool) {
	const chunk = 1 << 14
	forRows((len(x)+chunk-1)/chunk, chunk, func(lo, hi int) {
		a, b := lo*chunk, min(hi*chunk, len(x))
		if derivative {
			kernels.SigmoidDerivative(dst[a:b], x[a:b])
		} else {
			kernels.Sigmoid(dst[a:b], x[a:b])
		}
	})
}

// softmaxRows writes the softmax of each row of x (rows of length cols)
// into dst: exp(x - max(x)) / sum(exp(x - max(x))), as NumPy computes it.
func softmaxRows[T kernels.Float](dst, x []T, rows, cols int) {
	forRows(rows, cols, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			in, out := x[r*cols:(r+1)*cols], dst[r*cols:(r+1)*cols]
			kernels.SubScalar(out, in, kernels.Max(in))
			kernels.Exp(out, out)
			kernels.DivScalar(out, out, kernels.Sum(out))
		}
	})
}

// normalizeRows writes each row of x divided by its 2-norm into dst.
func normalizeRows[T kernels.Float](dst, x []T, rows, cols int) {
	forRows(rows, cols, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			in, out := x[r*cols:(r+1)*cols], dst[r*cols:(r+1)*cols]
			norm := T(math.Sqrt(float64(kernels.SumSq(in))))
			kernels.DivScalar(out, in, norm)
		}
	})
}
