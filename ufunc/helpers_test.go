package ufunc

import (
	"math"
	"math/rand/v2"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// forEachIndex calls f with every index of shape, in C order (once, with an
// empty index, for a 0-d shape).
func forEachIndex(shape []int, f func(idx []int)) {
	for _, d := range shape {
		if d == 0 {
			return
		}
	}
	idx := make([]int, len(shape))
	for {
		f(idx)
		i := len(shape) - 1
		for ; i >= 0; i-- {
			idx[i]++
			if idx[i] < shape[i] {
				break
			}
			idx[i] = 0
		}
		if i < 0 {
			return
		}
	}
}

// bcastShape is the test's own statement of NumPy's broadcasting rule (for
// shapes that do broadcast).
func bcastShape(shapes ...[]int) []int {
	nd := 0
	for _, s := range shapes {
		nd = max(nd, len(s))
	}
	out := make([]int, nd)
	for i := range out {
		out[i] = 1
	}
	for _, s := range shapes {
		for i, d := range s {
			if d != 1 {
				out[nd-len(s)+i] = d
			}
		}
	}
	return out
}

// at reads a at the broadcast index idx (right-aligned, size-1 axes fixed
// at 0), with At.
func at[T ndarray.Elem](a *ndarray.Array[T], idx []int) T {
	s := a.Shape()
	sub := make([]int, len(s))
	for i, d := range s {
		if d != 1 {
			sub[i] = idx[len(idx)-len(s)+i]
		}
	}
	return a.At(sub...)
}

// refBinary computes f elementwise with At, the broadcasting reference.
func refBinary[T ndarray.Number](x, y *ndarray.Array[T], f func(a, b T) T) ([]int, []T) {
	shape := bcastShape(x.Shape(), y.Shape())
	var out []T
	forEachIndex(shape, func(idx []int) { out = append(out, f(at(x, idx), at(y, idx))) })
	return shape, out
}

func refUnary[T ndarray.Number](x *ndarray.Array[T], f func(a T) T) []T {
	var out []T
	forEachIndex(x.Shape(), func(idx []int) { out = append(out, f(x.At(idx...))) })
	return out
}

// same reports whether a and b are the same value: equal with the same
// sign for zeros, or both NaN.
func same[T ndarray.Number](a, b T) bool {
	fa, fb := float64(a), float64(b)
	if fa != fa || fb != fb {
		return fa != fa && fb != fb
	}
	return a == b && math.Signbit(fa) == math.Signbit(fb)
}

// checkArray reports the first difference between got and the expected
// shape and values.
func checkArray[T ndarray.Number](t *testing.T, name string, got *ndarray.Array[T], shape []int, want []T) {
	t.Helper()
	if !slices.Equal(got.Shape(), shape) {
		t.Errorf("%s: shape %v, want %v", name, got.Shape(), shape)
		return
	}
	g := got.Values()
	for i := range want {
		if !same(g[i], want[i]) {
			t.Errorf("%s: element %d (C order) is %v, want %v", name, i, g[i], want[i])
			return
		}
	}
}

// withSpecials overwrites a few elements of a fresh array with NaN, ±0 and
// ±Inf, so that max/min and the signs of zeros are exercised.
func withSpecials[T ndarray.Float](a *ndarray.Array[T], r *rand.Rand) *ndarray.Array[T] {
	d := a.Data()
	sp := []float64{math.NaN(), 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1)}
	for i := range d {
		if r.IntN(5) == 0 {
			d[i] = T(sp[r.IntN(len(sp))])
		}
	}
	return a
}

// countRuns returns the number of runs the engine hands to run functions
// while f runs (on one thread).
func countRuns(f func()) int64 {
	prev := SetThreads(1)
	defer SetThreads(prev)
	var c atomic.Int64
	runCounter.Store(&c)
	defer runCounter.Store(nil)
	f()
	return c.Load()
}

// mustPanic runs f and returns the recovered panic value (nil if none).
func mustPanic(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}
