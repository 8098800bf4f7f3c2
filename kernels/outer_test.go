package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

type rank1Case struct {
	m, n       int
	la         layout
	xInc, yInc int
	alpha      float64
}

func rank1Cases() []rank1Case {
	var cs []rank1Case
	for m := 0; m <= 17; m++ {
		for n := 0; n <= 17; n++ {
			cs = append(cs, rank1Case{m, n, layout((m * n) % int(nLayouts)), 1, 1, 1})
		}
	}
	rng := rand.New(rand.NewPCG(15, 16))
	incs := []int{1, 2, -1, 3}
	for range 120 {
		cs = append(cs, rank1Case{1 + rng.IntN(40), 1 + rng.IntN(40), layout(rng.IntN(int(nLayouts))),
			incs[rng.IntN(4)], incs[rng.IntN(4)], []float64{1, -0.5, 2}[rng.IntN(3)]})
	}
	return append(cs, rank1Case{100, 130, rowMajor, 1, 1, 1}, rank1Case{130, 100, colMajor, 2, -1, 0.5})
}

// checkRank1Op runs OuterF64-style (ger == false, dst filled with NaN first,
// so it must not be read) or GerF64-style (A += alpha x yᵀ) on guarded
// memory and compares with the reference loop.
func checkRank1Op[T Float](t *testing.T, rng *rand.Rand, tc rank1Case, isGer bool) {
	t.Helper()
	name := fmt.Sprintf("ger=%v m=%d n=%d A=%v xInc=%d yInc=%d alpha=%v", isGer, tc.m, tc.n, tc.la, tc.xInc, tc.yInc, tc.alpha)
	x := newVec[T](rng, tc.m, tc.xInc, makeSlice[T])
	y := newVec[T](rng, tc.n, tc.yInc, makeSlice[T])
	a := newMat(rng, tc.m, tc.n, tc.la, func(n int) []T { return guarded[T](t, n) })
	if !isGer {
		for i := range tc.m {
			for j := range tc.n {
				a.s[a.off+i*a.rs+j*a.cs] = T(math.NaN())
			}
		}
	}
	a0 := append([]T(nil), a.s...)
	withFaults(t, func() {
		if isGer {
			ger(tc.m, tc.n, T(tc.alpha), x.s, x.off, x.inc, y.s, y.off, y.inc, a.s, a.off, a.rs, a.cs)
		} else {
			outer(tc.m, tc.n, x.s, x.off, x.inc, y.s, y.off, y.inc, a.s, a.off, a.rs, a.cs)
		}
	})
	eps := epsOf[T]()
	for i := range tc.m {
		for j := range tc.n {
			want, mag := x.at(i)*y.at(j), math.Abs(x.at(i)*y.at(j))
			if isGer {
				aij := float64(a0[a.off+i*a.rs+j*a.cs])
				want, mag = tc.alpha*want+aij, math.Abs(tc.alpha)*mag+math.Abs(aij)
			}
			if got := a.at(i, j); !(math.Abs(got-want) <= 4*eps*mag+1e-300) {
				t.Fatalf("%s: A[%d][%d] = %v, want %v", name, i, j, got, want)
			}
		}
	}
	checkUntouched(t, name, a)
}

func TestOuter(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(17, 18))
		for _, tc := range rank1Cases() {
			checkRank1Op[float64](t, rng, tc, false)
			checkRank1Op[float32](t, rng, tc, false)
		}
	})
}

func TestOuterGer(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(19, 20))
		for _, tc := range rank1Cases() {
			checkRank1Op[float64](t, rng, tc, true)
			checkRank1Op[float32](t, rng, tc, true)
		}
	})
}

func TestOuterMisuse(t *testing.T) {
	x, y, a := make([]float64, 2), make([]float64, 3), make([]float64, 6)
	for _, tc := range []struct {
		name string
		f    func()
	}{
		{"negative m", func() { OuterF64(-2, 3, x, 0, 1, y, 0, 1, a, 0, 3, 1) }},
		{"short x", func() { OuterF64(3, 3, x, 0, 1, y, 0, 1, a, 0, 3, 1) }},
		{"short dst", func() { OuterF64(2, 3, x, 0, 1, y, 0, 1, a[:5], 0, 3, 1) }},
		{"ger y offset", func() { GerF64(2, 3, 1, x, 0, 1, y, 1, 1, a, 0, 3, 1) }},
		{"ger f32 stride", func() {
			GerF32(2, 3, 1, make([]float32, 2), 0, 1, make([]float32, 3), 0, 1, make([]float32, 6), 0, 3, 2)
		}},
	} {
		mustPanicLength(t, tc.name, tc.f)
	}
}
