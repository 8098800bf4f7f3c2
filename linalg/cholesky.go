package linalg

import (
	"math"

	"github.com/ndsimd/ndsimd/internal/uninit"
	"github.com/ndsimd/ndsimd/ndarray"
)

// cholBase is the order below which Cholesky factors column by column.
const cholBase = 32

// potrf factors the column-major symmetric positive definite n×n matrix a
// (its lower triangle) in place as L·Lᵀ (LAPACK's xPOTRF, recursively
// split: L11, then L21 = A21·L11⁻ᵀ by a triangular solve, then
// A22 − L21·L21ᵀ by a recursive SYRK on the GEMM). It returns the index of
// the first column whose pivot is not positive, or -1.
func potrf[T ndarray.Float](n int, a mat[T]) int {
	if n <= cholBase {
		return potf2(n, a)
	}
	n1 := split(n)
	n2 := n - n1
	if r := potrf(n1, a); r >= 0 {
		return r
	}
	trsm(true, false, n1, n2, a, a.sub(n1, 0).t())
	syrkLower(n2, n1, -1, a.sub(n1, 0), 1, a.sub(n1, n1))
	if r := potrf(n2, a.sub(n1, n1)); r >= 0 {
		return r + n1
	}
	return -1
}

// potf2 is the unblocked Cholesky factorisation.
func potf2[T ndarray.Float](n int, a mat[T]) int {
	for j := 0; j < n; j++ {
		d := a.d[a.at(j, j)]
		for p := 0; p < j; p++ {
			v := a.d[a.at(j, p)]
			d -= v * v
		}
		if !(d > 0) || math.IsInf(float64(d), 0) {
			return j
		}
		d = T(math.Sqrt(float64(d)))
		a.d[a.at(j, j)] = d
		for i := j + 1; i < n; i++ {
			s := a.d[a.at(i, j)]
			for p := 0; p < j; p++ {
				s -= a.d[a.at(i, p)] * a.d[a.at(j, p)]
			}
			a.d[a.at(i, j)] = s / d
		}
	}
	return -1
}

// Cholesky returns the lower-triangular L with L·Lᵀ = a for each matrix
// of a (shape (..., M, M)), NumPy's np.linalg.cholesky; only the lower
// triangle of a is read. It returns a *LinAlgError "Matrix is not positive
// definite" when a pivot is not positive.
func Cholesky[T ndarray.Float](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	assertSquare(a)
	s := newStack(a)
	n := s.m
	lead := s.lead()
	// Every element of out is written: the lower triangle by loadLower
	// and potrf (which reads nothing above the diagonal), the rest cleared.
	out := uninit.Make[T](count(lead) * n * n)
	for bi := range count(lead) {
		o := out[bi*n*n : (bi+1)*n*n]
		s.loadLower(s.offset(lead, bi), o)
		if potrf(n, rowMajor(o, n)) >= 0 {
			return nil, errNotPosDef
		}
		for i := 0; i < n; i++ {
			clear(o[i*n+i+1 : (i+1)*n])
		}
	}
	return ndarray.Wrap(out, shapeWith(lead, n, n)...), nil
}
