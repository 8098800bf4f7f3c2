package linalg

import (
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
)

// LinAlgError is NumPy's numpy.linalg.LinAlgError: a factorisation failed
// on the data ("Singular matrix", "Matrix is not positive definite", "SVD
// did not converge", ...) or, as a panic, an array is not a stack of
// (square) matrices.
type LinAlgError struct {
	Msg string // NumPy's message
}

// Error returns NumPy's message.
func (e *LinAlgError) Error() string { return e.Msg }

var (
	errSingular     = &LinAlgError{Msg: "Singular matrix"}
	errNotPosDef    = &LinAlgError{Msg: "Matrix is not positive definite"}
	errSVDConverge  = &LinAlgError{Msg: "SVD did not converge"}
	errEigConverge  = &LinAlgError{Msg: "Eigenvalues did not converge"}
	errLstsqConverg = &LinAlgError{Msg: "SVD did not converge in Linear Least Squares"}
)

// assertStacked panics as NumPy's _assert_stacked_2d does.
func assertStacked[T ndarray.Float](a *ndarray.Array[T]) {
	if a.NDim() < 2 {
		panic(&LinAlgError{Msg: fmt.Sprintf("%d-dimensional array given. Array must be at least two-dimensional", a.NDim())})
	}
}

// assertSquare panics as NumPy's _assert_stacked_square does.
func assertSquare[T ndarray.Float](a *ndarray.Array[T]) {
	assertStacked(a)
	if a.Dim(-1) != a.Dim(-2) {
		panic(&LinAlgError{Msg: "Last 2 dimensions of the array must be square"})
	}
}

// assert2D panics as NumPy's _assert_2d does.
func assert2D[T ndarray.Float](a *ndarray.Array[T]) {
	if a.NDim() != 2 {
		panic(&LinAlgError{Msg: fmt.Sprintf("%d-dimensional array given. Array must be two-dimensional", a.NDim())})
	}
}
