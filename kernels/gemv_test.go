package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// testVec is a vector of n elements at off with increment inc inside a
// slice whose other elements are NaN; the last slice element is in the
// vector, so a guard page after the slice catches overruns.
type testVec[T Float] struct {
	s        []T
	off, inc int
	n        int
}

func (v *testVec[T]) at(j int) float64 { return float64(v.s[v.off+j*v.inc]) }

func newVec[T Float](rng *rand.Rand, n, inc int, alloc func(int) []T) *testVec[T] {
	size, off := 0, 0
	if n > 0 {
		size = (n-1)*max(inc, -inc) + 1
		if inc < 0 {
			off = size - 1
		}
	}
	v := &testVec[T]{s: alloc(size), off: off, inc: inc, n: n}
	for i := range v.s {
		v.s[i] = T(math.NaN())
	}
	for j := range n {
		v.s[off+j*inc] = T(2*rng.Float64() - 1)
	}
	return v
}

// forEachImpl runs f once per dispatcher implementation this CPU can run.
func forEachImpl(t *testing.T, f func(t *testing.T)) {
	for _, name := range Available() {
		t.Run("impl="+name, func(t *testing.T) {
			restore, err := Use(name)
			if err != nil {
				t.Fatal(err)
			}
			defer restore()
			f(t)
		})
	}
}

type gemvCase struct {
	m, n        int
	la          layout
	xInc, yInc  int
	alpha, beta float64
}

func gemvCases() []gemvCase {
	var cs []gemvCase
	for m := 0; m <= 17; m++ {
		for n := 0; n <= 17; n++ {
			cs = append(cs, gemvCase{m, n, layout((m + n) % int(nLayouts)), 1, 1, 1, 0})
		}
	}
	rng := rand.New(rand.NewPCG(11, 12))
	incs := []int{1, 2, -1, 3}
	for range 120 {
		cs = append(cs, gemvCase{1 + rng.IntN(40), 1 + rng.IntN(40), layout(rng.IntN(int(nLayouts))),
			incs[rng.IntN(4)], incs[rng.IntN(4)], []float64{1, -0.5, 2}[rng.IntN(3)], []float64{0, 1, 0.75}[rng.IntN(3)]})
	}
	return append(cs, gemvCase{100, 130, rowMajor, 1, 1, 1, 0}, gemvCase{130, 100, colMajor, 2, 1, -1, 1})
}

func checkGemv[T Float](t *testing.T, rng *rand.Rand, tc gemvCase) {
	t.Helper()
	name := fmt.Sprintf("m=%d n=%d A=%v xInc=%d yInc=%d alpha=%v beta=%v", tc.m, tc.n, tc.la, tc.xInc, tc.yInc, tc.alpha, tc.beta)
	a := newMat[T](rng, tc.m, tc.n, tc.la, makeSlice[T])
	x := newVec[T](rng, tc.n, tc.xInc, makeSlice[T])
	y := newVec(rng, tc.m, tc.yInc, func(n int) []T { return guarded[T](t, n) })
	if tc.beta == 0 {
		for i := range tc.m {
			y.s[y.off+i*y.inc] = T(math.NaN())
		}
	}
	y0 := append([]T(nil), y.s...)
	withFaults(t, func() {
		gemv(tc.m, tc.n, T(tc.alpha), a.s, a.off, a.rs, a.cs, x.s, x.off, x.inc, T(tc.beta), y.s, y.off, y.inc)
	})
	eps := epsOf[T]()
	for i := range tc.m {
		var s, mag float64
		for j := range tc.n {
			s += a.at(i, j) * x.at(j)
			mag += math.Abs(a.at(i, j) * x.at(j))
		}
		want, mag := tc.alpha*s, math.Abs(tc.alpha)*mag
		if tc.beta != 0 {
			yi := float64(y0[y.off+i*y.inc])
			want += tc.beta * yi
			mag += math.Abs(tc.beta * yi)
		}
		if got := y.at(i); !(math.Abs(got-want) <= 4*float64(tc.n+2)*eps*mag+1e-300) {
			t.Fatalf("%s: y[%d] = %v, want %v", name, i, got, want)
		}
	}
	for i, v := range y.s {
		if (i-y.off)%y.inc != 0 && !math.IsNaN(float64(v)) {
			t.Fatalf("%s: y slice element %d outside the vector was written", name, i)
		}
	}
}

func TestGemv(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(13, 14))
		for _, tc := range gemvCases() {
			checkGemv[float64](t, rng, tc)
			checkGemv[float32](t, rng, tc)
		}
	})
}

func TestGemvMisuse(t *testing.T) {
	a, x, y := make([]float64, 6), make([]float64, 3), make([]float64, 2)
	for _, tc := range []struct {
		name string
		f    func()
	}{
		{"negative n", func() { GemvF64(2, -3, 1, a, 0, 3, 1, x, 0, 1, 0, y, 0, 1) }},
		{"short A", func() { GemvF64(2, 3, 1, a[:5], 0, 3, 1, x, 0, 1, 0, y, 0, 1) }},
		{"short x", func() { GemvF64(2, 3, 1, a, 0, 3, 1, x[:2], 0, 1, 0, y, 0, 1) }},
		{"x increment", func() { GemvF64(2, 3, 1, a, 0, 3, 1, x, 0, 2, 0, y, 0, 1) }},
		{"y negative increment", func() { GemvF64(2, 3, 1, a, 0, 3, 1, x, 0, 1, 0, y, 0, -1) }},
		{"f32 short y", func() {
			GemvF32(2, 3, 1, make([]float32, 6), 0, 3, 1, make([]float32, 3), 0, 1, 0, make([]float32, 1), 0, 1)
		}},
	} {
		mustPanicLength(t, tc.name, tc.f)
	}
}
