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

// gemvLayout extends the GEMM test layouts with broadcast matrices, whose
// rows (rowsBcast: row stride 0) or columns (colsBcast: column stride 0,
// rows contiguous down a column) are all the same memory, and flipped ones:
// contiguous rows in reverse order (rowsFlipped, NumPy's A[::-1, :]) or
// contiguous columns in reverse order (colsFlipped, a column-major
// A[:, ::-1]).
type gemvLayout int

const (
	rowsBcast gemvLayout = gemvLayout(nLayouts) + iota
	colsBcast
	rowsFlipped
	colsFlipped
	nGemvLayouts
)

func (l gemvLayout) String() string {
	if l >= gemvLayout(nLayouts) {
		return [...]string{"rows-bcast", "cols-bcast", "rows-flipped", "cols-flipped"}[l-gemvLayout(nLayouts)]
	}
	return layout(l).String()
}

// newGemvMat is newMat for the GEMM layouts and the broadcast ones.
func newGemvMat[T Float](rng *rand.Rand, r, c int, l gemvLayout, alloc func(int) []T) *testMat[T] {
	if l < gemvLayout(nLayouts) || r == 0 || c == 0 {
		return newMat[T](rng, r, c, layout(l%gemvLayout(nLayouts)), alloc)
	}
	m := &testMat[T]{rows: r, cols: c}
	switch l {
	case rowsBcast:
		m.s, m.rs, m.cs = alloc(c), 0, 1
	case colsBcast:
		m.s, m.rs, m.cs = alloc(r), 1, 0
	case rowsFlipped:
		m.s, m.off, m.rs, m.cs = alloc(r*c), (r-1)*c, -c, 1
	default: // colsFlipped
		m.s, m.off, m.rs, m.cs = alloc(r*c), (c-1)*r, 1, -r
	}
	for i := range m.s {
		m.s[i] = T(2*rng.Float64() - 1)
	}
	return m
}

type gemvCase struct {
	m, n        int
	la          gemvLayout
	xInc, yInc  int
	alpha, beta float64
}

func (tc gemvCase) String() string {
	return fmt.Sprintf("m=%d n=%d A=%v xInc=%d yInc=%d alpha=%v beta=%v", tc.m, tc.n, tc.la, tc.xInc, tc.yInc, tc.alpha, tc.beta)
}

// gemvCases covers every m, n <= 40 (the kernels' tails: 4-row blocks and
// their overlapping last block, lanes, unrolled vectors) across layouts,
// increments and scalars, then sizes past the caches' and kernels' steps.
func gemvCases() []gemvCase {
	var cs []gemvCase
	incs := []int{1, 1, 2, -1, 3}
	alphas := []float64{1, -0.5, 2}
	betas := []float64{0, 1, 0.75}
	k := 0
	for m := 0; m <= 40; m++ {
		for n := 0; n <= 40; n++ {
			k++
			cs = append(cs, gemvCase{m, n, gemvLayout(k % int(nGemvLayouts)),
				incs[k%5], incs[k/5%5], alphas[k/3%3], betas[k/7%3]})
		}
	}
	for i, mn := range [][2]int{{1023, 1023}, {4097, 5}, {5, 4097}, {3, 4097}, {4097, 3}, {63, 4097}} {
		la, lb := gemvLayout(rowMajor), gemvLayout(colMajor)
		if i%2 == 1 {
			la, lb = rowsFlipped, colsFlipped
		}
		cs = append(cs, gemvCase{mn[0], mn[1], la, 1, 1, 1, 0},
			gemvCase{mn[0], mn[1], lb, incs[i%5], incs[(i+2)%5], alphas[i%3], betas[i%3]})
	}
	return cs
}

// gemvArena holds one guarded slice per operand (a guard page right after
// its last element), reused by every case: each operand is a tail of its
// slice, so that a read or write past the end of y, of x or of A's last
// row or column faults.
type gemvArena[T Float] struct{ a, x, y []T }

func newGemvArena[T Float](t *testing.T) *gemvArena[T] {
	return &gemvArena[T]{guarded[T](t, 1<<21), guarded[T](t, 1<<14), guarded[T](t, 1<<14)}
}

func tailOf[T Float](s []T) func(int) []T {
	return func(n int) []T { return s[len(s)-n:] }
}

// gemvOperands makes A, x and y of a case at the ends of the arena's
// slices, with every element of those tails outside the operands NaN. y's
// elements are NaN when beta == 0, which must not read them.
func gemvOperands[T Float](rng *rand.Rand, ar *gemvArena[T], tc gemvCase) (*testMat[T], *testVec[T], *testVec[T]) {
	a := newGemvMat(rng, tc.m, tc.n, tc.la, tailOf(ar.a))
	x := newVec(rng, tc.n, tc.xInc, tailOf(ar.x))
	y := newVec(rng, tc.m, tc.yInc, tailOf(ar.y))
	if tc.beta == 0 {
		for i := range tc.m {
			y.s[y.off+i*y.inc] = T(math.NaN())
		}
	}
	return a, x, y
}

func runGemv[T Float](t *testing.T, tc gemvCase, a *testMat[T], x, y *testVec[T]) {
	t.Helper()
	withFaults(t, func() {
		gemv(tc.m, tc.n, T(tc.alpha), a.s, a.off, a.rs, a.cs, x.s, x.off, x.inc, T(tc.beta), y.s, y.off, y.inc)
	})
}

// checkGemv compares y = alpha*A*x + beta*y with the reference loop summed
// in float64. Any order of summing n products with fused or unfused
// multiply-adds, then scaling by alpha and adding beta*y, is within
// γ(n+2)·(|alpha|·Σ_j |A[i][j]·x[j]| + |beta·y[i]|), γ(k) = k·u/(1-k·u):
// float32 results are held to that bound (it scales with n), float64 ones to
// twice it, as the float64 reference is itself rounded.
func checkGemv[T Float](t *testing.T, rng *rand.Rand, ar *gemvArena[T], tc gemvCase) {
	t.Helper()
	a, x, y := gemvOperands(rng, ar, tc)
	y0 := append([]T(nil), y.s...)
	runGemv(t, tc, a, x, y)
	u := epsOf[T]()
	k := float64(tc.n + 2)
	gamma := k * u / (1 - k*u)
	if u < 0x1p-30 {
		gamma *= 2
	}
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
		if got := y.at(i); !(math.Abs(got-want) <= gamma*mag) {
			t.Fatalf("%v: y[%d] = %v, want %v (error %.3g > bound %.3g)", tc, i, got, want, math.Abs(got-want), gamma*mag)
		}
	}
	for i, v := range y.s {
		if (i-y.off)%y.inc != 0 && !math.IsNaN(float64(v)) {
			t.Fatalf("%v: y slice element %d outside the vector was written", tc, i)
		}
	}
}

func TestGemv(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(13, 14))
		ar64, ar32 := newGemvArena[float64](t), newGemvArena[float32](t)
		for _, tc := range gemvCases() {
			checkGemv(t, rng, ar64, tc)
			checkGemv(t, rng, ar32, tc)
		}
	})
}

// checkGemvExact runs a case whose A, x and y hold small integers, so that
// every partial sum, in any order, is exact in T (|sums| < 2^24) and y must
// equal the reference exactly: a skipped, repeated or misplaced element
// shows however small the rounding bound.
func checkGemvExact[T Float](t *testing.T, rng *rand.Rand, ar *gemvArena[T], tc gemvCase) {
	t.Helper()
	a, x, y := gemvOperands(rng, ar, tc)
	ints := func(s []T) {
		for i, v := range s {
			if !math.IsNaN(float64(v)) {
				s[i] = T(rng.IntN(9) - 4)
			}
		}
	}
	ints(a.s)
	ints(x.s)
	ints(y.s)
	y0 := append([]T(nil), y.s...)
	runGemv(t, tc, a, x, y)
	for i := range tc.m {
		var s float64
		for j := range tc.n {
			s += a.at(i, j) * x.at(j)
		}
		want := tc.alpha * s
		if tc.beta != 0 {
			want += tc.beta * float64(y0[y.off+i*y.inc])
		}
		if got := y.at(i); got != want {
			t.Fatalf("%v (integers): y[%d] = %v, want exactly %v", tc, i, got, want)
		}
	}
}

func TestGemvExact(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(15, 16))
		ar64, ar32 := newGemvArena[float64](t), newGemvArena[float32](t)
		for _, tc := range gemvCases() {
			if tc.alpha == -0.5 {
				tc.alpha = 0.5 // keep alpha*s exact: s is an integer below 2^20
			}
			checkGemvExact(t, rng, ar64, tc)
			checkGemvExact(t, rng, ar32, tc)
		}
	})
}

// TestGemvKernels calls each implementation's row and column kernels
// directly, with overlapping (lda < n) and coinciding (lda = 0) rows, and
// checks which kernel gemv picks under Use.
func TestGemvKernels(t *testing.T) {
	for _, im := range impls {
		g, g32 := im.f64.gemv, im.f32.gemv
		if !im.available || g.name != im.name || g32.name != im.name {
			continue
		}
		t.Run("impl="+g.name, func(t *testing.T) {
			restore, err := Use(g.name)
			if err != nil {
				t.Fatal(err)
			}
			defer restore()
			if _, name := gemvKernelOf[float32](false); name != g.name {
				t.Errorf("Use(%s): gemv runs the %s row kernel", g.name, name)
			}
			if _, name := gemvKernelOf[float64](true); name != g.name {
				t.Errorf("Use(%s): gemv runs the %s column kernel", g.name, name)
			}
			rng := rand.New(rand.NewPCG(17, 18))
			for n := 0; n <= 70; n++ {
				for _, lda := range []int{0, 1, n / 2, n, n + 5} {
					checkRowKernel(t, rng, g.row, n, lda)
					checkRowKernel(t, rng, g32.row, n, lda)
					checkColKernel(t, rng, g.col, n, lda)
					checkColKernel(t, rng, g32.col, n, lda)
				}
			}
		})
	}
}

func randInts[T Float](rng *rand.Rand, n int) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = T(rng.IntN(9) - 4)
	}
	return s
}

func checkRowKernel[T Float](t *testing.T, rng *rand.Rand, kern func(int, []T, int, []T, []T), n, lda int) {
	t.Helper()
	a, x := randInts[T](rng, 3*lda+n), randInts[T](rng, n)
	y := []T{9, 9, 9, 9}
	kern(n, a, lda, x, y)
	for i := range 4 {
		var s T
		for j := range n {
			s += a[i*lda+j] * x[j]
		}
		if y[i] != s {
			t.Fatalf("row kernel n=%d lda=%d: y[%d] = %v, want %v", n, lda, i, y[i], s)
		}
	}
}

func checkColKernel[T Float](t *testing.T, rng *rand.Rand, kern func(int, []T, int, []T, []T), n, lda int) {
	t.Helper()
	a, x, y := randInts[T](rng, 3*lda+n), randInts[T](rng, 4), randInts[T](rng, n)
	want := append([]T(nil), y...)
	for i := range want {
		for k := range 4 {
			want[i] += a[k*lda+i] * x[k]
		}
	}
	kern(n, a, lda, x, y)
	for i := range y {
		if y[i] != want[i] {
			t.Fatalf("column kernel n=%d lda=%d: y[%d] = %v, want %v", n, lda, i, y[i], want[i])
		}
	}
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
