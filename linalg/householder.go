package linalg

import (
	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// qrBlock is the number of Householder reflectors applied together in
// compact WY form.
const qrBlock = 32

// geqr2 is the unblocked Householder QR of the column-major m×n panel a:
// R on and above the diagonal, the reflectors' vectors below it (unit
// first entries implied), their scalars in tau (LAPACK's xGEQR2).
func geqr2[T ndarray.Float](m, n int, a mat[T], tau []T) {
	k := min(m, n)
	for j := 0; j < k; j++ {
		c := a.col(j, j, m-j)
		beta, t := larfg(c[0], c[1:])
		c[0] = beta
		tau[j] = t
		if t == 0 {
			continue
		}
		v := c[1:]
		for q := j + 1; q < n; q++ {
			cq := a.col(j, q, m-j)
			w := cq[0] + kernels.Dot(v, cq[1:])
			if w == 0 {
				continue
			}
			cq[0] -= t * w
			kernels.Axpy(-t*w, v, cq[1:])
		}
	}
}

// reflectors holds k Householder vectors explicitly (unit diagonal, zeros
// above it) as a column-major m×k matrix, with their triangular factor T of
// the compact WY form H1·H2···Hk = I − V·T·Vᵀ.
type reflectors[T ndarray.Float] struct {
	m, k int
	v    []T // m×k
	t    []T // k×k, upper triangular
	w    []T // work for the products, k×n
	w2   []T
}

// load copies k reflectors stored below the diagonal of the m×k view a
// and forms T (LAPACK's xLARFT, forward and columnwise).
func (r *reflectors[T]) load(m, k int, a mat[T], tau []T) {
	r.m, r.k = m, k
	r.v = grow(r.v, m*k)
	r.t = grow(r.t, k*k)
	for j := 0; j < k; j++ {
		col := r.v[j*m : (j+1)*m]
		clear(col[:min(j, m)])
		if j < m {
			col[j] = 1
			for i := j + 1; i < m; i++ {
				col[i] = a.d[a.at(i, j)]
			}
		}
	}
	clear(r.t)
	for i := 0; i < k; i++ {
		ti := tau[i]
		r.t[i+i*k] = ti
		if i == 0 || ti == 0 {
			continue
		}
		// t = −tau_i · V[:, :i]ᵀ·v_i, then T[:i, i] = T[:i, :i]·t.
		vi := r.v[i*m+i : (i+1)*m]
		tmp := r.t[i*k : i*k+i]
		for p := 0; p < i; p++ {
			tmp[p] = -ti * kernels.Dot(r.v[p*m+i:(p+1)*m], vi)
		}
		for p := 0; p < i; p++ { // in place: row p uses tmp[p:] only
			s := T(0)
			for q := p; q < i; q++ {
				s += r.t[p+q*k] * tmp[q]
			}
			tmp[p] = s
		}
	}
}

// apply sets C = (I − V·op(T)·Vᵀ)·C for the m×n matrix C, with op(T) = Tᵀ
// when trans (the product Hkᵀ···H1ᵀ = Qᵀ) or T (the product H1···Hk = Q).
func (r *reflectors[T]) apply(trans bool, n int, c mat[T]) {
	if n == 0 || r.k == 0 {
		return
	}
	m, k := r.m, r.k
	r.w = grow(r.w, k*n)
	r.w2 = grow(r.w2, k*n)
	v := colMajor(r.v, m)
	w := colMajor(r.w, k)
	w2 := colMajor(r.w2, k)
	tt := colMajor(r.t, k)
	if trans {
		tt = tt.t()
	}
	gemm(k, n, m, 1, v.t(), c, 0, w)
	gemm(k, n, k, 1, tt, w, 0, w2)
	gemm(m, n, k, -1, v, w2, 1, c)
}

// grow returns s resized to n elements, reusing its storage when it can.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// geqrf is the blocked Householder QR of the column-major m×n matrix a
// (LAPACK's xGEQRF): each panel of qrBlock columns is factored unblocked,
// and its reflectors are applied to the rest of the matrix in compact WY
// form, three GEMMs.
func geqrf[T ndarray.Float](m, n int, a mat[T], tau []T) {
	k := min(m, n)
	var r reflectors[T]
	for j := 0; j < k; j += qrBlock {
		jb := min(qrBlock, k-j)
		geqr2(m-j, jb, a.sub(j, j), tau[j:j+jb])
		if j+jb < n {
			r.load(m-j, jb, a.sub(j, j), tau[j:j+jb])
			r.apply(true, n-j-jb, a.sub(j, j+jb))
		}
	}
}

// ormqr applies Qᵀ (trans) or Q, the product of the k reflectors stored
// below the diagonal of the m×k view v, to the m×n matrix c.
func ormqr[T ndarray.Float](trans bool, m, n, k int, v mat[T], tau []T, c mat[T]) {
	var r reflectors[T]
	if trans {
		for j := 0; j < k; j += qrBlock {
			jb := min(qrBlock, k-j)
			r.load(m-j, jb, v.sub(j, j), tau[j:j+jb])
			r.apply(true, n, c.sub(j, 0))
		}
		return
	}
	for j := (k - 1) / qrBlock * qrBlock; j >= 0; j -= qrBlock {
		jb := min(qrBlock, k-j)
		r.load(m-j, jb, v.sub(j, j), tau[j:j+jb])
		r.apply(false, n, c.sub(j, 0))
	}
}

// orgqr writes into the column-major m×ncols q the first ncols columns of
// Q = H1···Hk, the product of the k reflectors stored below the diagonal of
// the m×k view v (LAPACK's xORGQR, blocked, backwards from the identity).
func orgqr[T ndarray.Float](m, ncols, k int, v mat[T], tau []T, q mat[T]) {
	for j := 0; j < ncols; j++ {
		c := q.col(0, j, m)
		clear(c)
		if j < m {
			c[j] = 1
		}
	}
	if k == 0 {
		return
	}
	var r reflectors[T]
	for j := (k - 1) / qrBlock * qrBlock; j >= 0; j -= qrBlock {
		jb := min(qrBlock, k-j)
		r.load(m-j, jb, v.sub(j, j), tau[j:j+jb])
		r.apply(false, ncols-j, q.sub(j, j))
	}
}
