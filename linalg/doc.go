// Package linalg is NumPy's np.linalg for ndsimd arrays of float64 and
// float32: Solve, Inv, Det, Slogdet, Cholesky, QR, Eigh, Eigvalsh, SVD,
// Lstsq, Pinv, MatrixRank, MatrixPower and Norm.
//
// Every function that takes matrices accepts stacks of them, arrays of
// shape (..., M, N), and works on each matrix of the stack like NumPy's
// gufuncs; Solve broadcasts the leading axes of its two operands.
//
// The factorisations are LAPACK's blocked algorithms written in Go on top of
// ndsimd's GEMM (kernels.GemmF64 and kernels.GemmF32): recursive LU with
// partial pivoting, recursive Cholesky, blocked Householder QR in compact WY
// form, Householder tridiagonalisation with implicit QL for Eigh, and
// Golub–Kahan bidiagonalisation with implicit-shift QR for SVD. Their
// trailing updates and triangular solves run through the GEMM, so they use
// its SIMD micro-kernels and its goroutines. float32 arrays are computed in
// float32.
//
// Failures that depend on the data (a singular matrix, a matrix that is not
// positive definite, an iteration that does not converge) are returned as a
// *LinAlgError carrying NumPy's message. Misuse of shapes panics, as
// elsewhere in ndsimd: with a *LinAlgError where NumPy raises LinAlgError
// ("Last 2 dimensions of the array must be square") and with the ndarray
// typed errors where NumPy raises ValueError.
package linalg
