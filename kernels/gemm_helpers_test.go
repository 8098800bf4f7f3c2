package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime/debug"
	"testing"
)

// layout is how a test matrix is laid out in its slice.
type layout int

const (
	rowMajor layout = iota
	colMajor
	padded   // row-major with a longer row stride and an offset
	strided  // both strides > 1, rows closer than columns
	reversed // negative strides: the last element first
	nLayouts
)

func (l layout) String() string {
	return [...]string{"row", "col", "padded", "strided", "reversed"}[l]
}

// testMat is a matrix inside a slice whose other elements are NaN.
type testMat[T Float] struct {
	s           []T
	off, rs, cs int
	rows, cols  int
}

func (m *testMat[T]) at(i, j int) float64 { return float64(m.s[m.off+i*m.rs+j*m.cs]) }

// strides returns the offset, strides and slice length of an r×c matrix.
func (l layout) strides(r, c int) (off, rs, cs, n int) {
	if r == 0 || c == 0 {
		return 0, max(c, 1), 1, 0
	}
	switch l {
	case rowMajor:
		return 0, c, 1, r * c
	case colMajor:
		return 0, 1, r, r * c
	case padded:
		return 2, c + 3, 1, 2 + (r-1)*(c+3) + c
	case strided:
		return 1, 2, 2*r + 1, 1 + (r-1)*2 + (c-1)*(2*r+1) + 1
	default: // reversed
		return r*c - 1, -c, -1, r * c
	}
}

// newMat makes an r×c matrix of random values in [-1, 1) laid out as l, in
// a slice from alloc whose other elements are NaN.
func newMat[T Float](rng *rand.Rand, r, c int, l layout, alloc func(int) []T) *testMat[T] {
	off, rs, cs, n := l.strides(r, c)
	m := &testMat[T]{s: alloc(n), off: off, rs: rs, cs: cs, rows: r, cols: c}
	for i := range m.s {
		m.s[i] = T(math.NaN())
	}
	for i := range r {
		for j := range c {
			m.s[off+i*rs+j*cs] = T(2*rng.Float64() - 1)
		}
	}
	return m
}

func makeSlice[T Float](n int) []T { return make([]T, n) }

// epsOf is the unit roundoff of T.
func epsOf[T Float]() float64 {
	var z T
	if _, ok := any(z).(float32); ok {
		return 0x1p-24
	}
	return 0x1p-53
}

// withFaults runs f with faults turned into panics and reports a fault (an
// access past a guard page) as a test failure.
func withFaults(t *testing.T, f func()) {
	t.Helper()
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("fault or panic: %v", r)
		}
	}()
	f()
}

// checkUntouched fails if an element of m's slice outside the matrix is not
// NaN any more.
func checkUntouched[T Float](t *testing.T, name string, m *testMat[T]) {
	t.Helper()
	in := make(map[int]bool, m.rows*m.cols)
	for i := range m.rows {
		for j := range m.cols {
			in[m.off+i*m.rs+j*m.cs] = true
		}
	}
	for i, v := range m.s {
		if !in[i] && !math.IsNaN(float64(v)) {
			t.Fatalf("%s: element %d outside the matrix was written: %v", name, i, v)
		}
	}
}

func mustPanicLength(t *testing.T, name string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if _, ok := r.(*LengthError); !ok {
			t.Errorf("%s: panic value %v (%T), want *LengthError", name, r, r)
		}
	}()
	f()
}

func fmtCase(m, n, k int, la, lb, lc layout, alpha, beta float64) string {
	return fmt.Sprintf("m=%d n=%d k=%d A=%v B=%v C=%v alpha=%v beta=%v", m, n, k, la, lb, lc, alpha, beta)
}
