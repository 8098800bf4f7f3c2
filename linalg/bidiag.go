package linalg

import (
	"math"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// gebd2 reduces the column-major m×n matrix a (m >= n) to upper
// bidiagonal form Qᵀ·A·P = B with diagonal d and superdiagonal e (LAPACK's
// xGEBD2): the left reflectors are left below the diagonal of a, the right
// ones to the right of the superdiagonal, with scalars tauq and taup.
func gebd2[T ndarray.Float](m, n int, a mat[T], d, e, tauq, taup []T) {
	row := make([]T, n)
	w := make([]T, max(m, n))
	for i := 0; i < n; i++ {
		c := a.col(i, i, m-i)
		beta, tq := larfg(c[0], c[1:])
		d[i], tauq[i] = beta, tq
		if tq != 0 && i < n-1 {
			// H·A[i:, i+1:] = A − tq·c·(Aᵀc)ᵀ: the products by one GEMV
			// (four columns per pass over c), then one Axpy per column.
			c[0] = 1
			nq := n - i - 1
			f := w[:nq]
			gemv(nq, m-i, 1, a.sub(i, i+1).t(), c, 0, f)
			for q, fq := range f {
				if fq != 0 {
					kernels.Axpy(-tq*fq, c, a.col(i, i+1+q, m-i))
				}
			}
			c[0] = beta
		}
		if i >= n-1 {
			taup[i] = 0
			continue
		}
		nn := n - i - 1
		r := row[:nn]
		for j := range r {
			r[j] = a.d[a.at(i, i+1+j)]
		}
		beta, tp := larfg(r[0], r[1:])
		e[i], taup[i] = beta, tp
		r[0] = 1
		if tp != 0 && i+1 < m {
			mm := m - i - 1
			ww := w[:mm]
			gemv(mm, nn, 1, a.sub(i+1, i+1), r, 0, ww)
			for j, u := range r {
				if u != 0 {
					kernels.Axpy(-tp*u, ww, a.col(i+1, i+1+j, mm))
				}
			}
		}
		r[0] = beta
		for j := range r {
			a.d[a.at(i, i+1+j)] = r[j]
		}
	}
}

// bdsqr computes the singular values of the upper bidiagonal n×n matrix
// with diagonal s and superdiagonal e[:n-1] by implicit-shift QR (the
// Golub–Kahan–Reinsch iteration of LINPACK's xSVDC) and
// applies the rotations to the columns of u (m×n, when wantu) and v (n×n,
// when wantv), so that
// U·B·Vᵀ stays equal to the original matrix. The singular values are left
// in s, non-negative, in descending order. It reports false when the
// iteration does not converge.
func bdsqr[T ndarray.Float](m, n int, s, e []T, u, v mat[T], wantu, wantv bool) bool {
	if n == 0 {
		return true
	}
	e[n-1] = 0
	eps := T(epsOf[T]())
	tiny := T(0x1p-966)
	if eps > 0x1p-30 {
		tiny = T(0x1p-120)
	}
	p := n
	pp := p - 1
	budget := 6*n*n + 100
	scratch := make([]T, max(m, n))
	for p > 0 {
		if budget--; budget < 0 {
			return false
		}
		var k, kase int
		for k = p - 2; k >= -1; k-- {
			if k == -1 {
				break
			}
			if abs(e[k]) <= tiny+eps*(abs(s[k])+abs(s[k+1])) {
				e[k] = 0
				break
			}
		}
		if k == p-2 {
			kase = 4
		} else {
			var ks int
			for ks = p - 1; ks >= k; ks-- {
				if ks == k {
					break
				}
				var t T
				if ks != p {
					t += abs(e[ks])
				}
				if ks != k+1 {
					t += abs(e[ks-1])
				}
				if abs(s[ks]) <= tiny+eps*t {
					s[ks] = 0
					break
				}
			}
			switch {
			case ks == k:
				kase = 3
			case ks == p-1:
				kase = 1
			default:
				kase = 2
				k = ks
			}
		}
		k++
		switch kase {
		case 1: // deflate negligible s[p-1]
			f := e[p-2]
			e[p-2] = 0
			for j := p - 2; j >= k; j-- {
				t := hypot(s[j], f)
				cs, sn := s[j]/t, f/t
				s[j] = t
				if j != k {
					f = -sn * e[j-1]
					e[j-1] = cs * e[j-1]
				}
				if wantv {
					rot(v.col(0, j, n), v.col(0, p-1, n), scratch, cs, sn)
				}
			}
		case 2: // split at negligible s[k-1]
			f := e[k-1]
			e[k-1] = 0
			for j := k; j < p; j++ {
				t := hypot(s[j], f)
				cs, sn := s[j]/t, f/t
				s[j] = t
				f = -sn * e[j]
				e[j] = cs * e[j]
				if wantu {
					rot(u.col(0, j, m), u.col(0, k-1, m), scratch, cs, sn)
				}
			}
		case 3: // one QR step
			scale := max(abs(s[p-1]), abs(s[p-2]), abs(e[p-2]), abs(s[k]), abs(e[k]))
			sp := s[p-1] / scale
			spm1 := s[p-2] / scale
			epm1 := e[p-2] / scale
			sk := s[k] / scale
			ek := e[k] / scale
			b := ((spm1+sp)*(spm1-sp) + epm1*epm1) / 2
			c := (sp * epm1) * (sp * epm1)
			var shift T
			if b != 0 || c != 0 {
				shift = T(math.Sqrt(float64(b*b + c)))
				if b < 0 {
					shift = -shift
				}
				shift = c / (b + shift)
			}
			f := (sk+sp)*(sk-sp) + shift
			g := sk * ek
			for j := k; j < p-1; j++ {
				t := hypot(f, g)
				cs, sn := f/t, g/t
				if j != k {
					e[j-1] = t
				}
				f = cs*s[j] + sn*e[j]
				e[j] = cs*e[j] - sn*s[j]
				g = sn * s[j+1]
				s[j+1] = cs * s[j+1]
				if wantv {
					rot(v.col(0, j, n), v.col(0, j+1, n), scratch, cs, sn)
				}
				t = hypot(f, g)
				cs, sn = f/t, g/t
				s[j] = t
				f = cs*e[j] + sn*s[j+1]
				s[j+1] = -sn*e[j] + cs*s[j+1]
				g = sn * e[j+1]
				e[j+1] = cs * e[j+1]
				if wantu && j < m-1 {
					rot(u.col(0, j, m), u.col(0, j+1, m), scratch, cs, sn)
				}
			}
			e[p-2] = f
		case 4: // convergence
			if s[k] <= 0 {
				if s[k] < 0 {
					s[k] = -s[k]
				} else {
					s[k] = 0
				}
				if wantv {
					kernels.Scale(-1, v.col(0, k, n))
				}
			}
			for k < pp && s[k] < s[k+1] {
				s[k], s[k+1] = s[k+1], s[k]
				if wantv {
					swapCols(v.col(0, k, n), v.col(0, k+1, n))
				}
				if wantu {
					swapCols(u.col(0, k, m), u.col(0, k+1, m))
				}
				k++
			}
			p--
		}
	}
	return true
}

func swapCols[T ndarray.Float](x, y []T) {
	y = y[:len(x)]
	for i := range x {
		x[i], y[i] = y[i], x[i]
	}
}
