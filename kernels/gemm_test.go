package kernels

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// gemmCase is one product to check against the reference loop.
type gemmCase struct {
	m, n, k     int
	la, lb, lc  layout
	alpha, beta float64
}

// gemmCases are every size from 1 to 17 (row-major), a random sample of
// sizes up to 40 with every layout and scalar, and a few larger products
// that cross the cache blocks.
func gemmCases() []gemmCase {
	var cs []gemmCase
	for m := 1; m <= 17; m++ {
		for n := 1; n <= 17; n++ {
			for k := 1; k <= 17; k++ {
				cs = append(cs, gemmCase{m, n, k, rowMajor, rowMajor, rowMajor, 1, 0})
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphas := []float64{1, -0.5, 2.25}
	betas := []float64{0, 1, -0.75}
	for range 150 {
		cs = append(cs, gemmCase{
			1 + rng.IntN(40), 1 + rng.IntN(40), 1 + rng.IntN(40),
			layout(rng.IntN(int(nLayouts))), layout(rng.IntN(int(nLayouts))), layout(rng.IntN(int(nLayouts))),
			alphas[rng.IntN(3)], betas[rng.IntN(3)],
		})
	}
	cs = append(cs,
		gemmCase{100, 130, 70, rowMajor, rowMajor, rowMajor, 1, 0},
		gemmCase{100, 130, 70, colMajor, rowMajor, colMajor, 0.5, 1},
		gemmCase{70, 90, 600, rowMajor, colMajor, padded, -1, 0.25},
		gemmCase{203, 33, 300, padded, strided, rowMajor, 1, 1},
	)
	return cs
}

// checkGemm runs one case with C in guarded memory and compares every
// element with a float64 reference within a bound of (k+2)·4·eps·|terms|.
func checkGemm[T Float](t *testing.T, rng *rand.Rand, tc gemmCase) {
	t.Helper()
	a := newMat[T](rng, tc.m, tc.k, tc.la, makeSlice[T])
	b := newMat[T](rng, tc.k, tc.n, tc.lb, makeSlice[T])
	c := newMat(rng, tc.m, tc.n, tc.lc, func(n int) []T { return guarded[T](t, n) })
	if tc.beta == 0 { // C must not be read: fill it with NaN
		for i := range tc.m {
			for j := range tc.n {
				c.s[c.off+i*c.rs+j*c.cs] = T(math.NaN())
			}
		}
	}
	c0 := append([]T(nil), c.s...)
	withFaults(t, func() {
		gemm(tc.m, tc.n, tc.k, T(tc.alpha), a.s, a.off, a.rs, a.cs, b.s, b.off, b.rs, b.cs, T(tc.beta), c.s, c.off, c.rs, c.cs)
	})
	eps := epsOf[T]()
	for i := range tc.m {
		for j := range tc.n {
			var s, mag float64
			for p := range tc.k {
				s += a.at(i, p) * b.at(p, j)
				mag += math.Abs(a.at(i, p) * b.at(p, j))
			}
			want := tc.alpha * s
			mag = math.Abs(tc.alpha) * mag
			if tc.beta != 0 {
				cij := float64(c0[c.off+i*c.rs+j*c.cs])
				want += tc.beta * cij
				mag += math.Abs(tc.beta * cij)
			}
			got := c.at(i, j)
			if !(math.Abs(got-want) <= 4*float64(tc.k+2)*eps*mag+1e-300) {
				t.Fatalf("%s: C[%d][%d] = %v, want %v", fmtCase(tc.m, tc.n, tc.k, tc.la, tc.lb, tc.lc, tc.alpha, tc.beta), i, j, got, want)
			}
		}
	}
	checkUntouched(t, fmtCase(tc.m, tc.n, tc.k, tc.la, tc.lb, tc.lc, tc.alpha, tc.beta), c)
}

func TestGemm(t *testing.T) {
	cases := gemmCases()
	if testing.Short() {
		cases = cases[len(cases)-160:]
	}
	forEachImpl(t, func(t *testing.T) {
		t.Run("f64", func(t *testing.T) {
			rng := rand.New(rand.NewPCG(3, 4))
			for _, tc := range cases {
				checkGemm[float64](t, rng, tc)
			}
		})
		t.Run("f32", func(t *testing.T) {
			rng := rand.New(rand.NewPCG(5, 6))
			for _, tc := range cases {
				checkGemm[float32](t, rng, tc)
			}
		})
	})
}

// TestGemmTinyBlocks runs every loop of the blocked algorithm (several jc,
// pc and ic blocks, edge tiles in each) on small matrices.
func TestGemmTinyBlocks(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		k := kernelsOf[float64]().gemm
		k32 := kernelsOf[float32]().gemm
		for _, tc := range []gemmCase{
			{41, 53, 23, rowMajor, rowMajor, rowMajor, 1, 0},
			{41, 53, 23, colMajor, strided, padded, -2, 0.5},
			{2*k.mr + 1, 3*k.nr - 1, 17, reversed, rowMajor, rowMajor, 1, 1},
		} {
			forceGemmBlocks(t, &gemmBlocks{mc: 2 * k.mr, kc: 5, nc: 2 * k.nr})
			checkGemm[float64](t, rand.New(rand.NewPCG(7, 8)), tc)
			forceGemmBlocks(t, &gemmBlocks{mc: 2 * k32.mr, kc: 7, nc: 3 * k32.nr})
			checkGemm[float32](t, rand.New(rand.NewPCG(7, 8)), tc)
			forceGemmBlocks(t, nil)
		}
	})
}

// TestGemmThreads splits products by rows and by columns across goroutines.
func TestGemmThreads(t *testing.T) {
	prev := SetGemmThreads(3)
	defer SetGemmThreads(prev)
	forEachImpl(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(9, 10))
		for _, tc := range []gemmCase{
			{130, 100, 90, rowMajor, rowMajor, rowMajor, 1, 0},
			{97, 131, 90, padded, colMajor, rowMajor, 1, -1},
			{90, 97, 131, rowMajor, rowMajor, colMajor, 0.5, 0},
		} {
			checkGemm[float64](t, rng, tc)
			checkGemm[float32](t, rng, tc)
		}
	})
}

// TestGemmThreadsTinyBlocks runs the shared-B loop nest on three
// goroutines through many jc and pc blocks, so that every part packs its
// slice of B and waits for the others many times (a part with no rows of
// its own as well: 13 rows are fewer tiles than three parts of mr rows for
// the larger tiles).
func TestGemmThreadsTinyBlocks(t *testing.T) {
	prev := SetGemmThreads(3)
	defer SetGemmThreads(prev)
	forEachImpl(t, func(t *testing.T) {
		k := kernelsOf[float64]().gemm
		k32 := kernelsOf[float32]().gemm
		for _, tc := range []gemmCase{
			{130, 100, 90, rowMajor, rowMajor, rowMajor, 1, 0},
			{121, 97, 103, colMajor, strided, padded, -2, 0.5},
			{13, 12, 6000, rowMajor, rowMajor, rowMajor, 1, 1},
		} {
			forceGemmBlocks(t, &gemmBlocks{mc: 2 * k.mr, kc: 9, nc: 2 * k.nr})
			checkGemm[float64](t, rand.New(rand.NewPCG(11, 12)), tc)
			forceGemmBlocks(t, &gemmBlocks{mc: 2 * k32.mr, kc: 7, nc: 3 * k32.nr})
			checkGemm[float32](t, rand.New(rand.NewPCG(11, 12)), tc)
			forceGemmBlocks(t, nil)
		}
	})
}

// TestGemmDegenerate covers k == 0 and alpha == 0 (C = beta*C, not read
// when beta == 0) and empty C.
func TestGemmDegenerate(t *testing.T) {
	nan := math.NaN()
	c := []float64{nan, nan, nan, nan}
	GemmF64(2, 2, 0, 1, nil, 0, 0, 0, nil, 0, 0, 0, 0, c, 0, 2, 1)
	for i, v := range c {
		if v != 0 {
			t.Fatalf("k=0 beta=0: c[%d] = %v, want 0", i, v)
		}
	}
	c = []float64{1, 2, 3, 4}
	GemmF64(2, 2, 3, 0, make([]float64, 6), 0, 3, 1, make([]float64, 6), 0, 2, 1, 2, c, 0, 2, 1)
	if c[0] != 2 || c[3] != 8 {
		t.Fatalf("alpha=0 beta=2: c = %v, want [2 4 6 8]", c)
	}
	GemmF32(0, 5, 5, 1, nil, 0, 0, 0, nil, 0, 0, 0, 0, nil, 0, 0, 0)
}

func TestGemmMisuse(t *testing.T) {
	a := make([]float64, 6)
	b := make([]float64, 6)
	c := make([]float64, 4)
	for _, tc := range []struct {
		name string
		f    func()
	}{
		{"negative m", func() { GemmF64(-1, 2, 3, 1, a, 0, 3, 1, b, 0, 2, 1, 0, c, 0, 2, 1) }},
		{"short A", func() { GemmF64(2, 2, 3, 1, a[:5], 0, 3, 1, b, 0, 2, 1, 0, c, 0, 2, 1) }},
		{"A offset", func() { GemmF64(2, 2, 3, 1, a, 1, 3, 1, b, 0, 2, 1, 0, c, 0, 2, 1) }},
		{"B stride", func() { GemmF64(2, 2, 3, 1, a, 0, 3, 1, b, 0, 2, 2, 0, c, 0, 2, 1) }},
		{"C negative", func() { GemmF64(2, 2, 3, 1, a, 0, 3, 1, b, 0, 2, 1, 0, c, 0, -2, 1) }},
		{"C huge stride", func() { GemmF64(2, 2, 3, 1, a, 0, 3, 1, b, 0, 2, 1, 0, c, 0, math.MaxInt/2, 1) }},
		{"f32 short C", func() {
			GemmF32(2, 2, 3, 1, make([]float32, 6), 0, 3, 1, make([]float32, 6), 0, 2, 1, 0, make([]float32, 3), 0, 2, 1)
		}},
	} {
		mustPanicLength(t, tc.name, tc.f)
	}
	var le *LengthError
	func() {
		defer func() { e, _ := recover().(error); errors.As(e, &le) }()
		GemmF64(2, 2, 3, 1, a[:5], 0, 3, 1, b, 0, 2, 1, 0, c, 0, 2, 1)
	}()
	if le == nil || le.Error() != "kernels: gemm: A of shape (2,3) at offset 0 with strides (3,1) reaches outside a slice of length 5" {
		t.Errorf("message = %v", le)
	}
}

// TestGemmFollowsActive checks that every implementation brings GEMM
// micro-kernels of its own (every assembly implementation has them) and
// that Use selects them.
func TestGemmFollowsActive(t *testing.T) {
	for _, name := range Available() {
		restore, err := Use(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := kernelsOf[float64]().gemm.name; got != name {
			t.Errorf("Use(%s): float64 GEMM micro-kernel %s", name, got)
		}
		if got := kernelsOf[float32]().gemm.name; got != name {
			t.Errorf("Use(%s): float32 GEMM micro-kernel %s", name, got)
		}
		restore()
	}
}
