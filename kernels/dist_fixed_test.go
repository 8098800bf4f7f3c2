package kernels

import (
	"math"
	"math/rand/v2"
	"testing"
)

// L1Dist and L2DistSq give the same bits under every implementation, for
// every length and alignment (nn.L1 and nn.L2 return them and the notebook
// prints them in full), and the same as the fixed order spelled out here.
func TestDistSameOnEveryImpl(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	x64 := make([]float64, 20003)
	y64 := make([]float64, 20003)
	x32 := make([]float32, 20003)
	y32 := make([]float32, 20003)
	for i := range x64 {
		x64[i], y64[i] = r.NormFloat64()*math.Exp2(float64(r.IntN(40)-20)), r.NormFloat64()
		x32[i], y32[i] = float32(x64[i]), float32(y64[i])
	}
	for _, impl := range Available() {
		restore, err := Use(impl)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, 1, 3, 5, 7, 8, 31, 33, 127, 128, 129, 511, 513, 1000, 4999, 8192, 8193, 20000} {
			for _, off := range []int{0, 1, 3} {
				a, b := x64[off:off+n], y64[off:off+n]
				if got, want := L1Dist(a, b), fixedDist(a, b, false); math.Float64bits(got) != math.Float64bits(want) {
					t.Errorf("%s: L1Dist f64 n=%d off=%d: %v, want %v", impl, n, off, got, want)
				}
				if got, want := L2DistSq(a, b), fixedDist(a, b, true); math.Float64bits(got) != math.Float64bits(want) {
					t.Errorf("%s: L2DistSq f64 n=%d off=%d: %v, want %v", impl, n, off, got, want)
				}
				c, d := x32[off:off+n], y32[off:off+n]
				if got, want := L1Dist(c, d), float32(fixedDist(c, d, false)); got != want {
					t.Errorf("%s: L1Dist f32 n=%d off=%d: %v, want %v", impl, n, off, got, want)
				}
				if got, want := L2DistSq(c, d), float32(fixedDist(c, d, true)); got != want {
					t.Errorf("%s: L2DistSq f32 n=%d off=%d: %v, want %v", impl, n, off, got, want)
				}
			}
		}
		// The notebook's values (NumPy prints 1.1 and 0.43).
		yhat, y := []float64{.9, 0.2, 0.1, .4, .9}, []float64{1, 0, 0, 1, 1}
		if got := L1Dist(y, yhat); got != 1.1 {
			t.Errorf("%s: notebook L1 = %v, want 1.1", impl, got)
		}
		if got := L2DistSq(y, yhat); got != 0.43 {
			t.Errorf("%s: notebook L2 = %v, want 0.43", impl, got)
		}
		restore()
	}
}

// fixedDist is NumPy's order, written out plainly (chunks of 8192 added
// in turn; pairwise_sum within a chunk).
func fixedDist[T Float](x, y []T, sq bool) float64 {
	terms := make([]float64, len(x))
	for i := range x {
		d := float64(x[i] - y[i])
		terms[i] = math.Abs(d)
		if sq {
			terms[i] = float64(d * d)
		}
	}
	var s float64
	for lo := 0; lo < len(terms); lo += 8192 {
		s += pairwiseSumNumPy(terms[lo:min(lo+8192, len(terms))])
	}
	return s
}

// pairwiseSumNumPy is numpy/core/src/umath/loops_utils.h.src's
// pairwise_sum for float64.
func pairwiseSumNumPy(a []float64) float64 {
	n := len(a)
	switch {
	case n < 8:
		var r float64
		for _, v := range a {
			r += v
		}
		return r
	case n <= 128:
		var r [8]float64
		copy(r[:], a[:8])
		i := 8
		for ; i < n-n%8; i += 8 {
			for j := range 8 {
				r[j] += a[i+j]
			}
		}
		res := ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
		for ; i < n; i++ {
			res += a[i]
		}
		return res
	}
	n2 := n / 2
	n2 -= n2 % 8
	return pairwiseSumNumPy(a[:n2]) + pairwiseSumNumPy(a[n2:])
}

// The float64 losses are NumPy's bit for bit: np.sum(np.abs(y - x)) and
// np.sum((y - x)**2) with i = np.arange(20000.), x = np.fmod(i*0.37, 1.7),
// y = np.fmod(i*0.11, 0.9) (NumPy 1.24), on every implementation.
func TestDistMatchesNumPy(t *testing.T) {
	x, y := make([]float64, 20000), make([]float64, 20000)
	for i := range x {
		x[i], y[i] = math.Mod(float64(i)*0.37, 1.7), math.Mod(float64(i)*0.11, 0.9)
	}
	for _, impl := range Available() {
		restore, _ := Use(impl)
		for _, c := range []struct {
			n      int
			l1, l2 float64
		}{{20000, 11155.800000000709, 9335.72800000113}, {777, 431.3200000000011, 359.93760000000157}} {
			if got := L1Dist(y[:c.n], x[:c.n]); got != c.l1 {
				t.Errorf("%s: L1Dist n=%d = %v, NumPy %v", impl, c.n, got, c.l1)
			}
			if got := L2DistSq(y[:c.n], x[:c.n]); got != c.l2 {
				t.Errorf("%s: L2DistSq n=%d = %v, NumPy %v", impl, c.n, got, c.l2)
			}
		}
		restore()
	}
}
