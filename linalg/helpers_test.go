package linalg

import (
	"math"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// dense is a float64 reference copy of a 2-D array, row-major.
type dense struct {
	m, n int
	d    []float64
}

func toDense[T ndarray.Float](a *ndarray.Array[T]) dense {
	if a.NDim() == 1 {
		a = a.ExpandDims(-1)
	}
	v := a.Values()
	d := make([]float64, len(v))
	for i, x := range v {
		d[i] = float64(x)
	}
	return dense{a.Dim(0), a.Dim(1), d}
}

func (a dense) at(i, j int) float64 { return a.d[i*a.n+j] }

func (a dense) t() dense {
	out := dense{a.n, a.m, make([]float64, len(a.d))}
	for i := 0; i < a.m; i++ {
		for j := 0; j < a.n; j++ {
			out.d[j*a.m+i] = a.at(i, j)
		}
	}
	return out
}

// mul is the naive product a·b.
func mul(a, b dense) dense {
	if a.n != b.m {
		panic("mul: shapes")
	}
	out := dense{a.m, b.n, make([]float64, a.m*b.n)}
	for i := 0; i < a.m; i++ {
		for p := 0; p < a.n; p++ {
			f := a.at(i, p)
			for j := 0; j < b.n; j++ {
				out.d[i*b.n+j] += f * b.at(p, j)
			}
		}
	}
	return out
}

func sub(a, b dense) dense {
	out := dense{a.m, a.n, make([]float64, len(a.d))}
	for i := range a.d {
		out.d[i] = a.d[i] - b.d[i]
	}
	return out
}

func eye(n int) dense {
	out := dense{n, n, make([]float64, n*n)}
	for i := 0; i < n; i++ {
		out.d[i*n+i] = 1
	}
	return out
}

func (a dense) fro() float64 {
	var s float64
	for _, v := range a.d {
		s += v * v
	}
	return math.Sqrt(s)
}

func (a dense) scaleCols(s []float64) dense {
	out := dense{a.m, a.n, append([]float64(nil), a.d...)}
	for i := 0; i < a.m; i++ {
		for j := 0; j < a.n; j++ {
			out.d[i*a.n+j] *= s[j]
		}
	}
	return out
}

func fromDense[T ndarray.Float](a dense) *ndarray.Array[T] {
	d := make([]T, len(a.d))
	for i, v := range a.d {
		d[i] = T(v)
	}
	return ndarray.Wrap(d, a.m, a.n)
}

// matrixKind makes the test matrices: random, ill-conditioned and
// structured.
type matrixKind struct {
	name string
	make func(m, n int, seed uint64) dense
}

func randomDense(m, n int, seed uint64) dense {
	return toDense(ndarray.RandNormal[float64](ndarray.NewRand(seed), m, n))
}

var matrixKinds = []matrixKind{
	{"random", randomDense},
	{"graded", func(m, n int, seed uint64) dense { // columns scaled over 6 orders of magnitude
		a := randomDense(m, n, seed)
		s := make([]float64, n)
		for j := range s {
			s[j] = math.Pow(10, -6*float64(j)/float64(max(n-1, 1)))
		}
		return a.scaleCols(s)
	}},
	{"hilbert", func(m, n int, _ uint64) dense {
		a := dense{m, n, make([]float64, m*n)}
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				a.d[i*n+j] = 1 / float64(i+j+1)
			}
		}
		return a
	}},
	{"pivoting", func(m, n int, seed uint64) dense { // zero leading diagonal: needs row exchanges
		a := randomDense(m, n, seed)
		for i := 0; i < min(m, n); i++ {
			a.d[i*n+i] = 0
		}
		return a
	}},
	{"upper-triangular", func(m, n int, seed uint64) dense {
		a := randomDense(m, n, seed)
		for i := 0; i < m; i++ {
			for j := 0; j < min(i, n); j++ {
				a.d[i*n+j] = 0
			}
			if i < n {
				a.d[i*n+i] += 4
			}
		}
		return a
	}},
}

// tol is the backward-error bound c·n·eps used by the residual tests.
func tol[T ndarray.Float](n int) float64 { return 20 * float64(max(n, 1)) * epsOf[T]() }

func checkBound(t *testing.T, what string, got, bound float64) {
	t.Helper()
	if !(got <= bound) {
		t.Errorf("%s = %.3g, want <= %.3g", what, got, bound)
	}
}

// symmetric returns a symmetric matrix with the given eigenvalue spread.
func symmetric(n int, seed uint64, posdef bool) dense {
	a := randomDense(n, n, seed)
	s := mul(a, a.t())
	if !posdef {
		for i := 0; i < n; i++ {
			s.d[i*n+i] -= float64(n)
		}
	}
	return s
}
