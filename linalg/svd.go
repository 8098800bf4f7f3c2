package linalg

import (
	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// svdWork holds the buffers of one SVD of an m×n matrix with m >= n.
type svdWork[T ndarray.Float] struct {
	m, n                  int
	a, r                  []T // the matrix (m×n); R of its QR (n×n)
	tau, d, e, tauq, taup []T
	ur                    []T // U of the bidiagonal problem, n×n
	mc, wq                []T // a copy of the square (or tall) problem; M·V
	ar                    *arena[T]
}

func newSVDWork[T ndarray.Float](m, n int, ar *arena[T]) *svdWork[T] {
	w := &svdWork[T]{m: m, n: n,
		a: ar.take(m * n), tau: ar.take(n), d: ar.take(n), e: ar.take(n),
		tauq: ar.take(n), taup: ar.take(n)}
	if m > n {
		w.r = ar.take(n * n)
	}
	w.ar = ar
	return w
}

// run computes the SVD of w.a (column-major m×n, m >= n, destroyed): the
// singular values into s (descending) and, when u != nil, the left
// singular vectors into u (column-major m×ucols, ucols = n or m) and the
// right ones into the columns of v (column-major n×n). A tall matrix is
// first reduced by QR, then the square factor is bidiagonalised by
// Householder reflectors and diagonalised by implicit-shift QR.
func (w *svdWork[T]) run(s []T, u []T, ucols int, v []T) bool {
	m, n := w.m, w.n
	if !allFinite(w.a) {
		return false
	}
	b, bm := w.a, m
	if m > n {
		geqrf(m, n, colMajor(w.a, m), w.tau)
		clear(w.r)
		for j := 0; j < n; j++ {
			copy(w.r[j*n:j*n+j+1], w.a[j*m:j*m+j+1])
		}
		b, bm = w.r, n
	}
	bv := colMajor(b, bm)
	if u != nil {
		if len(w.mc) < bm*n {
			w.mc = w.ar.take(bm * n)
		}
		copy(w.mc, b[:bm*n])
	}
	gebd2(bm, n, bv, s, w.e, w.tauq, w.taup)
	if u == nil {
		return bdsqr(bm, n, s, w.e, mat[T]{}, mat[T]{}, false, false)
	}
	// V (n×n) by the rotations of the QR iteration; U of the square (or
	// tall) problem M as the orthonormalised M·V: M·v_i = σ_i·u_i + E·v_i
	// with ‖E‖ at rounding level, and Householder QR of M·V in descending σ
	// keeps each u_i within O(‖E‖/σ_i) of its own direction, so the
	// residual stays O(‖E‖) while the rotations on U are saved.
	vm := colMajor(v, n)
	clear(v[:n])
	if n > 0 {
		v[0] = 1
		for j := 1; j < n; j++ {
			v[j*n] = 0
		}
		orgqr(n-1, n-1, n-1, bv.sub(0, 1).t(), w.taup, vm.sub(1, 1))
	}
	if !bdsqr(bm, n, s, w.e, mat[T]{}, vm, false, true) {
		return false
	}
	var ub mat[T]
	if m > n {
		if len(w.ur) < n*n {
			w.ur = w.ar.take(n * n)
		}
		ub = colMajor(w.ur, n)
	} else {
		ub = colMajor(u, m)
	}
	if len(w.wq) < bm*n {
		w.wq = w.ar.take(bm * n)
	}
	wq := colMajor(w.wq, bm)
	gemm(bm, n, n, 1, colMajor(w.mc, bm), vm, 0, wq)
	geqrf(bm, n, wq, w.tauq)
	orgqr(bm, n, n, wq, w.tauq, ub)
	for j := 0; j < n; j++ {
		if w.wq[j+j*bm] < 0 {
			kernels.Scale(-1, ub.col(0, j, bm))
		}
	}
	if m > n {
		// U = Q·[[U_R, 0], [0, I]].
		um := colMajor(u, m)
		for j := 0; j < ucols; j++ {
			col := um.col(0, j, m)
			clear(col)
			if j < n {
				copy(col, w.ur[j*n:(j+1)*n])
			} else {
				col[j] = 1
			}
		}
		ormqr(false, m, ucols, n, colMajor(w.a, m), w.tau, um)
	} else if ucols > n {
		panic("linalg: full U of a square problem")
	}
	return true
}

// SVD returns the singular value decomposition a = u·diag(s)·vt of each
// matrix of a (shape (..., M, N)), NumPy's np.linalg.svd: s in descending
// order; with full false (full_matrices=False) u is (..., M, K) and vt is
// (..., K, N) with K = min(M, N), with full true u is (..., M, M) and vt is
// (..., N, N). It returns a *LinAlgError "SVD did not converge" when the
// iteration fails (for example when a holds NaN or Inf).
func SVD[T ndarray.Float](a *ndarray.Array[T], full bool) (u, s, vt *ndarray.Array[T], err error) {
	return svd(a, true, full)
}

// SVDValues returns the singular values of each matrix of a in descending
// order, NumPy's np.linalg.svd(a, compute_uv=False).
func SVDValues[T ndarray.Float](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	_, s, _, err := svd(a, false, false)
	return s, err
}

func svd[T ndarray.Float](a *ndarray.Array[T], wantuv, full bool) (u, s, vt *ndarray.Array[T], err error) {
	assertStacked(a)
	st := newStack(a)
	m, n := st.m, st.n
	k := min(m, n)
	lead := st.lead()
	wide := m < n
	ld := st // the tall problem: a, or aᵀ when a is wide
	if wide {
		ld.m, ld.n, ld.rs, ld.cs = n, m, st.cs, st.rs
	}
	tm, tn := ld.m, ld.n
	ar := getArena[T]()
	defer putArena(ar)
	w := newSVDWork(tm, tn, ar)
	sd := make([]T, count(lead)*k)
	var ud, vd, ub, vb []T
	uc, vr := k, k // columns of u, rows of vt
	if full {
		uc, vr = m, n
	}
	tcols := tn // columns of the tall problem's U
	if full {
		tcols = tm
	}
	if wantuv {
		ud = make([]T, count(lead)*m*uc)
		vd = make([]T, count(lead)*vr*n)
		ub = ar.take(tm * tcols)
		vb = ar.take(tn * tn)
	}
	for bi := range count(lead) {
		ld.load(ld.offset(lead, bi), w.a)
		var uu []T
		if wantuv {
			uu = ub
		}
		if !w.run(sd[bi*k:(bi+1)*k], uu, tcols, vb) {
			return nil, nil, nil, errSVDConverge
		}
		if !wantuv {
			continue
		}
		if wide { // a = V'·S·U'ᵀ
			store(ud[bi*m*uc:], m, uc, vb, tn)
			copy(vd[bi*vr*n:(bi+1)*vr*n], ub) // column-major U' is row-major U'ᵀ
		} else {
			store(ud[bi*m*uc:], m, uc, ub, tm)
			copy(vd[bi*vr*n:(bi+1)*vr*n], vb)
		}
	}
	s = ndarray.Wrap(sd, shapeWith(lead, k)...)
	if !wantuv {
		return nil, s, nil, nil
	}
	return ndarray.Wrap(ud, shapeWith(lead, m, uc)...), s, ndarray.Wrap(vd, shapeWith(lead, vr, n)...), nil
}
