package main

import (
	"fmt"
	"io"
	"time"

	"github.com/ndsimd/ndsimd/bench"
	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/random"
	"github.com/ndsimd/ndsimd/ufunc"
)

// vectorization is the notebook's part 2.1: the same four products written
// as plain Go loops and through the engine, with their times, first on the
// notebook's small vectors and then at a size where the difference shows.
func vectorization(w io.Writer, timed bool) {
	x1 := []float64{9, 2, 5, 0, 0, 7, 0, 0, 0}
	x2 := []float64{0, 2, 5, 0, 0, 7, 0, 0, 0}
	// NumPy's own stream (package random is np.random bit for bit), so W
	// and gdot print as a Python run of the notebook prints them.
	random.Seed(1)
	W := random.Rand(3, len(x1))
	fmt.Fprintf(w, "x1 = %v\nx2 = %v\nnp.random.seed(1); W = np.random.rand(3, %d)\nW = %v\n\n", ndarray.FromSlice(x1), ndarray.FromSlice(x2), len(x1), W)
	a, b := ndarray.FromSlice(x1), ndarray.FromSlice(x2)
	fmt.Fprintf(w, "dot = %g\n", loopDot(x1, x2))
	fmt.Fprintf(w, "outer = %v\n", loopOuter(x1, x2))
	fmt.Fprintf(w, "elementwise multiplication = %v\n", loopMul(x1, x2))
	fmt.Fprintf(w, "gdot = %v\n", loopGdot(W, x1))
	same := ufunc.Dot(a, b).Item() == loopDot(x1, x2) &&
		equal(ufunc.Outer(a, b), loopOuter(x1, x2)) &&
		equal(ufunc.Multiply(a, b), loopMul(x1, x2))
	fmt.Fprintf(w, "the engine (np.dot, np.outer, np.multiply, np.dot) gives the same results: %v\n", same)

	if !timed {
		fmt.Fprintf(w, "\n(timings skipped: -time=false)\n")
		return
	}
	fmt.Fprintf(w, "\nTimes per call, plain Go loop vs the engine (kernels: %s); they vary from run to run:\n", kernels.Active())
	timeBoth(w, "dot, n=9", func() { loopDot(x1, x2) }, func() { ufunc.Dot(a, b) })
	timeBoth(w, "outer, 9x9", func() { loopOuter(x1, x2) }, func() { ufunc.Outer(a, b) })
	timeBoth(w, "elementwise, n=9", func() { loopMul(x1, x2) }, func() { ufunc.Multiply(a, b) })
	timeBoth(w, "gdot, 3x9", func() { loopGdot(W, x1) }, func() { ufunc.Dot(W, a) })

	const n = 1 << 20
	r := ndarray.NewRand(2)
	big1, big2 := ndarray.RandNormal[float64](r, n), ndarray.RandNormal[float64](r, n)
	v1, v2 := ndarray.RandNormal[float64](r, 1000), ndarray.RandNormal[float64](r, 1000)
	bigW := ndarray.RandNormal[float64](r, 1000, 4096)
	xw := ndarray.RandNormal[float64](r, 4096)
	fmt.Fprintf(w, "\nAt a size where the difference shows:\n")
	timeBoth(w, "dot, n=1048576", func() { loopDot(big1.Data(), big2.Data()) }, func() { ufunc.Dot(big1, big2) })
	timeBoth(w, "outer, 1000x1000", func() { loopOuter(v1.Data(), v2.Data()) }, func() { ufunc.Outer(v1, v2) })
	timeBoth(w, "elementwise, n=1048576", func() { loopMul(big1.Data(), big2.Data()) }, func() { ufunc.Multiply(big1, big2) })
	timeBoth(w, "gdot, 1000x4096", func() { loopGdot(bigW, xw.Data()) }, func() { ufunc.Dot(bigW, xw) })
}

// timeBoth prints the time per call of the loop and of the engine.
func timeBoth(w io.Writer, what string, loop, engine func()) {
	t := bench.Timing{MinBatch: 20 * time.Millisecond, Repeats: 3}
	l, e := t.NsPerCall(loop), t.NsPerCall(engine)
	fmt.Fprintf(w, "  %-24s loop time = %-9s engine time = %-9s (%.1fx)\n", what, bench.FormatNs(l), bench.FormatNs(e), l/e)
}

func equal(a, b *ndarray.Array[float64]) bool {
	av, bv := a.Values(), b.Values()
	if len(av) != len(bv) {
		return false
	}
	for i := range av {
		if av[i] != bv[i] {
			return false
		}
	}
	return true
}

// The notebook's loop versions.

func loopDot(x1, x2 []float64) float64 {
	var dot float64
	for i := range x1 {
		dot += x1[i] * x2[i]
	}
	return dot
}

func loopOuter(x1, x2 []float64) *ndarray.Array[float64] {
	out := ndarray.Zeros[float64](len(x1), len(x2))
	data := out.Data()
	for i := range x1 {
		for j := range x2 {
			data[i*len(x2)+j] = x1[i] * x2[j]
		}
	}
	return out
}

func loopMul(x1, x2 []float64) *ndarray.Array[float64] {
	out := ndarray.Zeros[float64](len(x1))
	data := out.Data()
	for i := range x1 {
		data[i] = x1[i] * x2[i]
	}
	return out
}

func loopGdot(W *ndarray.Array[float64], x []float64) *ndarray.Array[float64] {
	rows, cols := W.Dim(0), W.Dim(1)
	out := ndarray.Zeros[float64](rows)
	data, wd := out.Data(), W.Data()
	for i := range rows {
		for j := range cols {
			data[i] += wd[i*cols+j] * x[j]
		}
	}
	return out
}
