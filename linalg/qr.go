package linalg

import "github.com/ndsimd/ndsimd/ndarray"

// QRMode chooses the factors QR returns, as NumPy's mode argument.
type QRMode int

const (
	// Reduced returns Q of shape (..., M, K) and R of shape (..., K, N)
	// with K = min(M, N), NumPy's mode="reduced" (the default).
	Reduced QRMode = iota
	// Complete returns Q of shape (..., M, M) and R of shape (..., M, N),
	// NumPy's mode="complete".
	Complete
	// ROnly returns only R, of shape (..., K, N) (q is nil), NumPy's
	// mode="r".
	ROnly
)

// QR returns the QR factorisation a = q·r of each matrix of a, NumPy's
// np.linalg.qr: q has orthonormal columns and r is upper triangular. The
// factorisation is blocked Householder QR; the signs are LAPACK's (the
// diagonal of r may be negative).
func QR[T ndarray.Float](a *ndarray.Array[T], mode QRMode) (q, r *ndarray.Array[T]) {
	assertStacked(a)
	s := newStack(a)
	m, n := s.m, s.n
	k := min(m, n)
	lead := s.lead()
	qc, rr := k, k
	if mode == Complete {
		qc, rr = m, m
	}
	ar := getArena[T]()
	defer putArena(ar)
	w := ar.take(m * n)
	tau := ar.take(k)
	var qd, qw []T
	if mode != ROnly {
		qd = make([]T, count(lead)*m*qc)
		qw = ar.take(m * qc)
	}
	rd := make([]T, count(lead)*rr*n)
	for bi := range count(lead) {
		s.load(s.offset(lead, bi), w)
		geqrf(m, n, colMajor(w, m), tau)
		ro := rd[bi*rr*n:]
		for i := 0; i < k; i++ {
			for j := i; j < n; j++ {
				ro[i*n+j] = w[i+j*m]
			}
		}
		if mode != ROnly {
			orgqr(m, qc, k, colMajor(w, m), tau, colMajor(qw, m))
			store(qd[bi*m*qc:], m, qc, qw, m)
		}
	}
	r = ndarray.Wrap(rd, shapeWith(lead, rr, n)...)
	if mode == ROnly {
		return nil, r
	}
	return ndarray.Wrap(qd, shapeWith(lead, m, qc)...), r
}
