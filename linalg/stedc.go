package linalg

import (
	"math"
	"sort"
)

// dcBase is the order below which the divide-and-conquer eigensolver uses
// the implicit QL method.
const dcBase = 32

// stedc computes the eigenvalues (ascending, into d) and the eigenvectors
// (the columns of the column-major n×n q, leading dimension ldq) of the
// symmetric tridiagonal matrix with diagonal d and off-diagonal e[:n-1],
// by Cuppen's divide and conquer with the Gu–Eisenstat eigenvectors
// (LAPACK's xSTEDC): the matrix is torn in two by a rank-one correction,
// each half is solved recursively, and the merge solves the secular
// equation of diag(D) + ρ·z·zᵀ and multiplies the halves' eigenvectors by
// its eigenvectors with the GEMM. It reports false if the QL base case
// does not converge.
func stedc(n int, d, e []float64, q []float64, ldq int, ar *arena[float64]) bool {
	defer ar.release(ar.mark())
	qm := mat[float64]{d: q, rs: 1, cs: ldq}
	if n <= dcBase {
		for j := 0; j < n; j++ {
			c := qm.col(0, j, n)
			clear(c)
			c[j] = 1
		}
		ee := ar.take(n)
		copy(ee, e[:max(n-1, 0)])
		return tql2(n, d, ee, qm, true)
	}
	k := n / 2
	beta := e[k-1]
	rho := math.Abs(beta)
	sgn := 1.0
	if beta < 0 {
		sgn = -1
	}
	d[k-1] -= rho
	d[k] -= rho
	if !stedc(k, d[:k], e[:k-1], q, ldq, ar) || !stedc(n-k, d[k:n], e[k:n-1], q[k+k*ldq:], ldq, ar) {
		return false
	}
	// z = [last row of Q1; sgn·first row of Q2] / √2, ρ = 2|β|.
	z := ar.take(n)
	for j := 0; j < k; j++ {
		z[j] = q[(k-1)+j*ldq] / math.Sqrt2
	}
	for j := k; j < n; j++ {
		z[j] = sgn * q[k+j*ldq] / math.Sqrt2
	}
	// The off-diagonal blocks of Q are zero.
	for j := 0; j < k; j++ {
		clear(q[j*ldq+k : j*ldq+n])
	}
	for j := k; j < n; j++ {
		clear(q[j*ldq : j*ldq+k])
	}
	mergeRankOne(n, d, z, 2*rho, q, ldq, ar)
	return true
}

// mergeRankOne replaces d and the columns of q by the eigenvalues
// (ascending) and eigenvectors of Q·(diag(d) + rho·z·zᵀ)·Qᵀ, rho >= 0,
// ‖z‖ = 1 (LAPACK's xLAED1: deflation, secular equation, GEMM).
func mergeRankOne(n int, d, z []float64, rho float64, q []float64, ldq int, ar *arena[float64]) {
	defer ar.release(ar.mark())
	// Sort d ascending, with z and the columns of Q.
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return d[idx[a]] < d[idx[b]] })
	dd := ar.take(n)
	zz := ar.take(n)
	qp := ar.take(n * n)
	for i, p := range idx {
		dd[i], zz[i] = d[p], z[p]
		copy(qp[i*n:(i+1)*n], q[p*ldq:p*ldq+n])
	}
	qpm := colMajor(qp, n)
	eps := 0x1p-52
	dmax, zmax := 0.0, 0.0
	for i := range dd {
		dmax = math.Max(dmax, math.Abs(dd[i]))
		zmax = math.Max(zmax, math.Abs(zz[i]))
	}
	tol := 8 * eps * math.Max(dmax, rho*zmax)
	scratch := ar.take(n)
	// Deflation: negligible z entries, and pairs of close d whose z a
	// rotation can merge.
	var keep, defl []int
	pj := -1
	for i := 0; i < n; i++ {
		if rho*math.Abs(zz[i]) <= tol {
			defl = append(defl, i)
			continue
		}
		if pj >= 0 {
			s, c := zz[pj], zz[i]
			tau := math.Hypot(c, s)
			t := dd[i] - dd[pj]
			c /= tau
			s = -s / tau
			if math.Abs(t*c*s) <= tol {
				zz[i], zz[pj] = tau, 0
				rot(qpm.col(0, pj, n), qpm.col(0, i, n), scratch, c, s)
				t = dd[pj]*c*c + dd[i]*s*s
				dd[i] = dd[pj]*s*s + dd[i]*c*c
				dd[pj] = t
				defl = append(defl, pj)
				pj = i
				continue
			}
			keep = append(keep, pj)
		}
		pj = i
	}
	if pj >= 0 {
		keep = append(keep, pj)
	}
	sort.SliceStable(keep, func(a, b int) bool { return dd[keep[a]] < dd[keep[b]] })
	kk := len(keep)
	lam := ar.take(n) // eigenvalues in the order: keep, then defl
	vecs := ar.take(n * n)
	if kk > 0 {
		dk := ar.take(kk)
		zk := ar.take(kk)
		for i, p := range keep {
			dk[i], zk[i] = dd[p], zz[p]
		}
		// delta[i+j*kk] = dk[i] − λ_j, accurately.
		delta := ar.take(kk * kk)
		for j := 0; j < kk; j++ {
			lam[j] = secularRoot(j, dk, zk, rho, delta[j*kk:(j+1)*kk])
		}
		// Gu–Eisenstat: recompute z from the computed roots so that the
		// eigenvectors come out orthogonal.
		for i := 0; i < kk; i++ {
			w := -delta[i+i*kk] / rho
			for j := 0; j < kk; j++ {
				if j != i {
					w *= -delta[i+j*kk] / (dk[j] - dk[i])
				}
			}
			zk[i] = math.Copysign(math.Sqrt(math.Abs(w)), zk[i])
		}
		s := ar.take(kk * kk)
		for j := 0; j < kk; j++ {
			col := s[j*kk : (j+1)*kk]
			var nrm float64
			for i := range col {
				col[i] = zk[i] / delta[i+j*kk]
				nrm += col[i] * col[i]
			}
			nrm = 1 / math.Sqrt(nrm)
			for i := range col {
				col[i] *= nrm
			}
		}
		qk := ar.take(n * kk)
		for i, p := range keep {
			copy(qk[i*n:(i+1)*n], qp[p*n:(p+1)*n])
		}
		gemm(n, kk, kk, 1, colMajor(qk, n), colMajor(s, kk), 0, colMajor(vecs, n))
	}
	for i, p := range defl {
		lam[kk+i] = dd[p]
		copy(vecs[(kk+i)*n:(kk+i+1)*n], qp[p*n:(p+1)*n])
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return lam[order[a]] < lam[order[b]] })
	for j, p := range order {
		d[j] = lam[p]
		copy(q[j*ldq:j*ldq+n], vecs[p*n:(p+1)*n])
	}
}

// secularRoot returns the j-th root λ (ascending) of
// f(λ) = 1 + rho·Σ z_i²/(d_i − λ), rho > 0, d ascending and distinct, and
// fills delta[i] = d_i − λ computed from the nearer pole so that the
// differences keep their relative accuracy. It brackets the root and takes
// steps of a two-pole rational model of f (quadratic convergence), falling
// back to bisection when a step leaves the bracket.
func secularRoot(j int, d, z []float64, rho float64, delta []float64) float64 {
	k := len(d)
	last := j == k-1
	var zz float64
	for _, v := range z {
		zz += v * v
	}
	// The interval (relative to d_j): (0, d_{j+1} − d_j) or (0, rho·‖z‖²).
	var width float64
	if last {
		width = rho * zz
	} else {
		width = d[j+1] - d[j]
	}
	// Choose the origin: the pole nearer the root.
	origin := j
	if !last {
		mid := width / 2
		f := 1.0
		for i := range d {
			f += rho * z[i] * z[i] / ((d[i] - d[j]) - mid)
		}
		if f < 0 {
			origin = j + 1
		}
	}
	o := d[origin]
	// tau is λ − d[origin]; the bracket (lo, hi) for tau.
	var lo, hi float64
	if origin == j {
		lo, hi = 0, width
		if !last {
			hi = width / 2
		}
	} else {
		lo, hi = -width/2, 0
	}
	eval := func(tau float64) (f, psi, dpsi, phi, dphi float64) {
		for i := range d {
			del := (d[i] - o) - tau
			t := z[i] / del
			if i <= j {
				psi += rho * z[i] * t
				dpsi += rho * t * t
			} else {
				phi += rho * z[i] * t
				dphi += rho * t * t
			}
		}
		return 1 + psi + phi, psi, dpsi, phi, dphi
	}
	tau := (lo + hi) / 2
	eps := 0x1p-52
	for it := 0; it < 200; it++ {
		f, psi, dpsi, phi, dphi := eval(tau)
		if f == 0 {
			break
		}
		if f > 0 {
			hi = tau
		} else {
			lo = tau
		}
		if hi-lo <= 2*eps*math.Max(math.Abs(lo), math.Abs(hi)) || math.Abs(f) <= 8*eps*float64(k)*(1+math.Abs(psi)+math.Abs(phi)) {
			break
		}
		// Two-pole model f(tau+η) ≈ c + A/(da − η) + B/(db − η).
		da := (d[j] - o) - tau
		a := dpsi * da * da
		next := math.NaN()
		if last {
			c := f - a/da
			if c != 0 {
				next = tau + da + a/c
			}
		} else {
			db := (d[j+1] - o) - tau
			b := dphi * db * db
			c := f - a/da - b/db
			// c·η² − (c(da+db) + A + B)·η + (c·da·db + A·db + B·da) = 0
			qa := c
			qb := -(c*(da+db) + a + b)
			qc := c*da*db + a*db + b*da
			if qa == 0 {
				if qb != 0 {
					next = tau - qc/qb
				}
			} else {
				disc := qb*qb - 4*qa*qc
				if disc >= 0 {
					sq := math.Sqrt(disc)
					// The root between the poles: stable formulas.
					var r1, r2 float64
					if qb <= 0 {
						r1 = (-qb + sq) / (2 * qa)
						r2 = 2 * qc / (-qb + sq)
					} else {
						r1 = 2 * qc / (-qb - sq)
						r2 = (-qb - sq) / (2 * qa)
					}
					for _, r := range []float64{r1, r2} {
						if t := tau + r; t > lo && t < hi {
							next = t
							break
						}
					}
				}
			}
		}
		if !(next > lo && next < hi) {
			next = (lo + hi) / 2
		}
		if next == tau {
			break
		}
		tau = next
	}
	for i := range d {
		delta[i] = (d[i] - o) - tau
	}
	return o + tau
}
