package linalg

import (
	"math"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// sytd2 reduces the symmetric column-major n×n matrix a (its lower
// triangle) to tridiagonal form Qᵀ·A·Q = tridiag(e, d, e) (LAPACK's
// xSYTD2 with uplo = L): the reflectors are left below the subdiagonal of
// a, their scalars in tau.
func sytd2[T ndarray.Float](n int, a mat[T], d, e, tau []T) {
	y := make([]T, n)
	for i := 0; i < n-1; i++ {
		nn := n - i - 1
		c := a.col(i+1, i, nn)
		beta, ti := larfg(c[0], c[1:])
		e[i] = beta
		tau[i] = ti
		if ti != 0 {
			c[0] = 1
			a22 := a.sub(i+1, i+1)
			yy := y[:nn]
			symvLower(nn, ti, a22, c, yy)
			alpha := -0.5 * ti * kernels.Dot(yy, c)
			kernels.Axpy(alpha, c, yy)
			for j := 0; j < nn; j++ {
				col := a22.col(j, j, nn-j)
				if c[j] != 0 {
					kernels.Axpy(-c[j], yy[j:], col)
				}
				if yy[j] != 0 {
					kernels.Axpy(-yy[j], c[j:], col)
				}
			}
			c[0] = beta
		}
		d[i] = a.d[a.at(i, i)]
	}
	if n > 0 {
		d[n-1] = a.d[a.at(n-1, n-1)]
	}
}

// symvLower sets y = alpha·A·x for the symmetric n×n A given by its lower
// triangle.
func symvLower[T ndarray.Float](n int, alpha T, a mat[T], x, y []T) {
	clear(y)
	for j := 0; j < n; j++ {
		col := a.col(j, j, n-j)
		y[j] += col[0]*x[j] + kernels.Dot(col[1:], x[j+1:])
		if x[j] != 0 {
			kernels.Axpy(x[j], col[1:], y[j+1:])
		}
	}
	kernels.Scale(alpha, y)
}

// tql2 computes the eigenvalues of the symmetric tridiagonal matrix with
// diagonal d and subdiagonal e[:n-1] by the implicit QL method, leaving
// them in d in ascending order; with z (column-major n×n, holding the
// transformation that reduced the matrix to tridiagonal form) it also
// accumulates the eigenvectors into z's columns. It reports false if an
// eigenvalue needs more than 30·n iterations in all.
func tql2[T ndarray.Float](n int, d, e []T, z mat[T], wantz bool) bool {
	if n == 0 {
		return true
	}
	e[n-1] = 0
	eps := T(epsOf[T]())
	var f, tst1 T
	budget := 30 * n
	var scratch []T
	if wantz {
		scratch = make([]T, n)
	}
	for l := 0; l < n; l++ {
		tst1 = max(tst1, abs(d[l])+abs(e[l]))
		m := l
		for m < n-1 && !(abs(e[m]) <= eps*tst1) {
			m++
		}
		if m > l {
			for {
				if budget--; budget < 0 {
					return false
				}
				g := d[l]
				p := (d[l+1] - g) / (2 * e[l])
				r := hypot(p, 1)
				if p < 0 {
					r = -r
				}
				d[l] = e[l] / (p + r)
				d[l+1] = e[l] * (p + r)
				dl1 := d[l+1]
				h := g - d[l]
				for i := l + 2; i < n; i++ {
					d[i] -= h
				}
				f += h
				p = d[m]
				c, c2, c3 := T(1), T(1), T(1)
				el1 := e[l+1]
				var s, s2 T
				for i := m - 1; i >= l; i-- {
					c3 = c2
					c2 = c
					s2 = s
					g = c * e[i]
					h = c * p
					r = hypot(p, e[i])
					e[i+1] = s * r
					s = e[i] / r
					c = p / r
					p = c*d[i] - s*g
					d[i+1] = h + s*(c*g+s*d[i])
					if wantz {
						// columns (i, i+1) <- (c·zi − s·zi1, s·zi + c·zi1)
						rot(z.col(0, i+1, n), z.col(0, i, n), scratch, c, s)
					}
				}
				p = -s * s2 * c3 * el1 * e[l] / dl1
				e[l] = s * p
				d[l] = c * p
				if !(abs(e[l]) > eps*tst1) {
					break
				}
			}
		}
		d[l] += f
		e[l] = 0
	}
	// Sort ascending, with the vectors.
	for i := 0; i < n-1; i++ {
		k := i
		p := d[i]
		for j := i + 1; j < n; j++ {
			if d[j] < p {
				k, p = j, d[j]
			}
		}
		if k != i {
			d[k], d[i] = d[i], p
			if wantz {
				x, y := z.col(0, i, n), z.col(0, k, n)
				for r := range x {
					x[r], y[r] = y[r], x[r]
				}
			}
		}
	}
	return true
}

func abs[T ndarray.Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

// hypot returns sqrt(x²+y²) without undue overflow or underflow.
func hypot[T ndarray.Float](x, y T) T {
	fx, fy := float64(x), float64(y)
	if t := fx*fx + fy*fy; t > 0x1p-900 && t < 0x1p900 {
		return T(math.Sqrt(t))
	}
	return T(math.Hypot(fx, fy))
}

// eighOne computes the eigenvalues w (ascending) of the symmetric
// column-major n×n matrix a (its lower triangle, destroyed) and, with z,
// the eigenvectors into z's columns.
func eighOne[T ndarray.Float](n int, a []T, w, e, tau []T, z []T) bool {
	am := colMajor(a, n)
	sytd2(n, am, w, e, tau)
	if z == nil {
		return tql2(n, w, e, mat[T]{}, false)
	}
	// Eigenvectors of the tridiagonal matrix by divide and conquer (in
	// float64), then back through the Householder reflectors.
	ar := getArena[float64]()
	defer putArena(ar)
	d64 := ar.take(n)
	e64 := ar.take(n)
	for i := 0; i < n; i++ {
		d64[i], e64[i] = float64(w[i]), float64(e[i])
	}
	q64 := ar.take(n * n)
	if !stedc(n, d64, e64, q64, n, ar) {
		return false
	}
	for i := range w {
		w[i] = T(d64[i])
	}
	for i, v := range q64 {
		z[i] = T(v)
	}
	if n > 1 {
		ormqr(false, n-1, n, n-1, am.sub(1, 0), tau, colMajor(z, n).sub(1, 0))
	}
	return true
}

// lowerFinite reports whether the lower triangle of the column-major n×n
// a is finite.
func lowerFinite[T ndarray.Float](n int, a []T) bool {
	for j := 0; j < n; j++ {
		if !allFinite(a[j*n+j : (j+1)*n]) {
			return false
		}
	}
	return true
}

func fillNaN[T ndarray.Float](x []T) {
	for i := range x {
		x[i] = T(math.NaN())
	}
}

// Eigh returns the eigenvalues w (ascending) and the orthonormal
// eigenvectors v (in the columns) of each symmetric matrix of a, NumPy's
// np.linalg.eigh with UPLO="L": only the lower triangle of a is read. The
// matrix is reduced to tridiagonal form by Householder reflectors; the
// eigenvectors of the tridiagonal matrix come from divide and conquer (the
// eigenvalues alone from the implicit QL method). A matrix with NaN or Inf in its
// lower triangle gets NaN eigenvalues and vectors, as in NumPy. It returns
// a *LinAlgError "Eigenvalues did not converge" when the iteration fails.
func Eigh[T ndarray.Float](a *ndarray.Array[T]) (w, v *ndarray.Array[T], err error) {
	return eigh(a, true)
}

// Eigvalsh returns the eigenvalues of each symmetric matrix of a in
// ascending order, NumPy's np.linalg.eigvalsh (lower triangle).
func Eigvalsh[T ndarray.Float](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	w, _, err := eigh(a, false)
	return w, err
}

func eigh[T ndarray.Float](a *ndarray.Array[T], wantv bool) (w, v *ndarray.Array[T], err error) {
	assertSquare(a)
	s := newStack(a)
	n := s.m
	lead := s.lead()
	wd := make([]T, count(lead)*n)
	var vd, z []T
	ar := getArena[T]()
	defer putArena(ar)
	if wantv {
		vd = make([]T, count(lead)*n*n)
		z = ar.take(n * n)
	}
	work := ar.take(n * n)
	e := ar.take(n)
	tau := ar.take(n)
	for bi := range count(lead) {
		s.load(s.offset(lead, bi), work)
		if !lowerFinite(n, work) { // NumPy (LAPACK) answers NaN
			fillNaN(wd[bi*n : (bi+1)*n])
			if wantv {
				fillNaN(vd[bi*n*n : (bi+1)*n*n])
			}
			continue
		}
		if !eighOne(n, work, wd[bi*n:(bi+1)*n], e, tau, z) {
			return nil, nil, errEigConverge
		}
		if wantv {
			store(vd[bi*n*n:], n, n, z, n)
		}
	}
	w = ndarray.Wrap(wd, shapeWith(lead, n)...)
	if wantv {
		v = ndarray.Wrap(vd, shapeWith(lead, n, n)...)
	}
	return w, v, nil
}
