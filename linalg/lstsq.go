package linalg

import "github.com/ndsimd/ndsimd/ndarray"

// DefaultRcond asks Lstsq for NumPy's rcond=None: singular values below
// eps·max(M, N) times the largest are treated as zero, eps being the
// machine epsilon of the element type.
const DefaultRcond = -1.0

// DefaultPinvRcond is NumPy's default rcond of np.linalg.pinv.
const DefaultPinvRcond = 1e-15

// LstsqResult holds the results of Lstsq, as NumPy's tuple.
type LstsqResult[T ndarray.Float] struct {
	X         *ndarray.Array[T] // the solution, shape (N,) or (N, K)
	Residuals *ndarray.Array[T] // squared 2-norms of b − a·x per column, shape (K,) or (1,); empty unless rank == N < M
	Rank      int               // the effective rank of a
	S         *ndarray.Array[T] // the singular values of a, descending
}

// rowMajor views d as a row-major matrix with n columns.
func rowMajor[T ndarray.Float](d []T, n int) mat[T] { return mat[T]{d: d, rs: n, cs: 1} }

// Lstsq returns the least-squares solution x minimising ‖b − a·x‖₂ for the
// M×N matrix a and b of shape (M,) or (M, K), NumPy's np.linalg.lstsq,
// through the SVD of a: singular values at most rcond times the largest
// count as zero (rcond < 0, DefaultRcond, is NumPy's rcond=None). It
// returns a *LinAlgError when the SVD does not converge.
func Lstsq[T ndarray.Float](a, b *ndarray.Array[T], rcond float64) (LstsqResult[T], error) {
	vector := b.NDim() == 1
	bb := b
	if vector {
		bb = b.ExpandDims(-1)
	}
	assert2D(a)
	assert2D(bb)
	m, n := a.Dim(0), a.Dim(1)
	if bb.Dim(0) != m {
		panic(&LinAlgError{Msg: "Incompatible dimensions"})
	}
	k := bb.Dim(1)
	if rcond < 0 {
		rcond = epsOf[T]() * float64(max(m, n))
	}
	var res LstsqResult[T]
	if m >= n && n > 0 {
		if ok, err := lstsqQR(a, bb, rcond, &res); ok || err != nil {
			if vector && err == nil {
				res.X = res.X.Reshape(n)
			}
			return res, err
		}
	}
	u, s, vt, err := SVD(a, false)
	if err != nil {
		return res, errLstsqConverg
	}
	r := min(m, n)
	sv := s.Data()
	cut := 0.0
	if r > 0 {
		cut = rcond * float64(sv[0])
	}
	rank := 0
	for _, v := range sv {
		if float64(v) > cut {
			rank++
		}
	}
	// x = V·diag(1/s)·Uᵀ·b over the first rank singular triplets.
	bv := bb.Values()
	c := make([]T, rank*k)
	gemm(rank, k, m, 1, rowMajor(u.Data(), r).t(), rowMajor(bv, k), 0, rowMajor(c, k))
	for i := 0; i < rank; i++ {
		inv := 1 / sv[i]
		for j := 0; j < k; j++ {
			c[i*k+j] *= inv
		}
	}
	x := make([]T, n*k)
	gemm(n, k, rank, 1, rowMajor(vt.Data(), n).t(), rowMajor(c, k), 0, rowMajor(x, k))
	res.Rank = rank
	res.S = s
	if rank == n && m > n {
		// residuals: ‖b − a·x‖² per column.
		rr := make([]T, m*k)
		copy(rr, bv)
		ac := a.Values()
		gemm(m, k, n, -1, rowMajor(ac, n), rowMajor(x, k), 1, rowMajor(rr, k))
		out := make([]T, k)
		for j := 0; j < k; j++ {
			var sum float64
			for i := 0; i < m; i++ {
				v := float64(rr[i*k+j])
				sum += v * v
			}
			out[j] = T(sum)
		}
		res.Residuals = ndarray.Wrap(out, k)
	} else {
		res.Residuals = ndarray.Wrap([]T{}, 0)
	}
	if vector {
		res.X = ndarray.Wrap(x, n)
	} else {
		res.X = ndarray.Wrap(x, n, k)
	}
	return res, nil
}

// Pinv returns the Moore–Penrose pseudo-inverse of each matrix of a (shape
// (..., M, N), result (..., N, M)), NumPy's np.linalg.pinv: V·diag(1/s)·Uᵀ
// from the SVD, with singular values at most rcond times the largest
// (DefaultPinvRcond is NumPy's 1e-15) set to zero.
func Pinv[T ndarray.Float](a *ndarray.Array[T], rcond float64) (*ndarray.Array[T], error) {
	assertStacked(a)
	m, n := a.Dim(-2), a.Dim(-1)
	lead := a.Shape()[:a.NDim()-2]
	k := min(m, n)
	out := make([]T, count(lead)*n*m)
	if k > 0 {
		u, s, vt, err := SVD(a, false)
		if err != nil {
			return nil, err
		}
		ud, sd, vd := u.Data(), s.Data(), vt.Data()
		w := make([]T, k*m)
		for bi := range count(lead) {
			sv := sd[bi*k : (bi+1)*k]
			cut := rcond * float64(sv[0])
			ub := ud[bi*m*k:]
			// w = diag(1/s)·Uᵀ (k×m)
			for i := 0; i < k; i++ {
				inv := T(0)
				if float64(sv[i]) > cut {
					inv = 1 / sv[i]
				}
				for j := 0; j < m; j++ {
					w[i*m+j] = ub[j*k+i] * inv
				}
			}
			gemm(n, m, k, 1, rowMajor(vd[bi*k*n:], n).t(), rowMajor(w, m), 0, rowMajor(out[bi*n*m:], m))
		}
	}
	return ndarray.Wrap(out, shapeWith(lead, n, m)...), nil
}

// MatrixRank returns the rank of each matrix of a, NumPy's
// np.linalg.matrix_rank with its default tolerance: the number of singular
// values above max(s)·max(M, N)·eps. An array of fewer than two axes has
// rank 1 unless it is all zeros.
func MatrixRank[T ndarray.Float](a *ndarray.Array[T]) (*ndarray.Array[int64], error) {
	if a.NDim() < 2 {
		r := int64(0)
		for _, v := range a.Values() {
			if v != 0 {
				r = 1
				break
			}
		}
		return ndarray.Wrap([]int64{r}), nil
	}
	m, n := a.Dim(-2), a.Dim(-1)
	lead := a.Shape()[:a.NDim()-2]
	k := min(m, n)
	out := make([]int64, count(lead))
	if k > 0 {
		s, err := SVDValues(a)
		if err != nil {
			return nil, err
		}
		sd := s.Data()
		for bi := range out {
			sv := sd[bi*k : (bi+1)*k]
			tol := float64(sv[0]) * float64(max(m, n)) * epsOf[T]()
			for _, v := range sv {
				if float64(v) > tol {
					out[bi]++
				}
			}
		}
	}
	return ndarray.Wrap(out, lead...), nil
}

// MatrixPower returns each square matrix of a raised to the integer power
// p, NumPy's np.linalg.matrix_power: by repeated squaring, the identity for
// p = 0, and powers of the inverse for p < 0 (which may return the
// *LinAlgError of Inv).
func MatrixPower[T ndarray.Float](a *ndarray.Array[T], p int) (*ndarray.Array[T], error) {
	assertSquare(a)
	n := a.Dim(-1)
	lead := a.Shape()[:a.NDim()-2]
	if p == 0 {
		out := make([]T, count(lead)*n*n)
		for bi := range count(lead) {
			for i := 0; i < n; i++ {
				out[bi*n*n+i*n+i] = 1
			}
		}
		return ndarray.Wrap(out, a.Shape()...), nil
	}
	z := a.Copy()
	if p < 0 {
		inv, err := Inv(a)
		if err != nil {
			return nil, err
		}
		z = inv
		p = -p
	}
	var result *ndarray.Array[T]
	for {
		if p&1 != 0 {
			if result == nil {
				result = z
			} else {
				result = matmulStack(result, z)
			}
		}
		p >>= 1
		if p == 0 {
			return result, nil
		}
		z = matmulStack(z, z)
	}
}

// matmulStack multiplies two contiguous stacks of n×n matrices.
func matmulStack[T ndarray.Float](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	n := a.Dim(-1)
	ad, bd := a.Values(), b.Values()
	out := make([]T, len(ad))
	for o := 0; o < len(ad); o += n * n {
		gemm(n, n, n, 1, rowMajor(ad[o:], n), rowMajor(bd[o:], n), 0, rowMajor(out[o:], n))
	}
	return ndarray.Wrap(out, a.Shape()...)
}

// lstsqQR solves a full-rank tall least-squares problem by Householder QR:
// x = R⁻¹·(Qᵀb)[:N], the residuals are ‖(Qᵀb)[N:]‖² per column (as LAPACK's
// xGELSD reports them), and the singular values, which decide the rank, are
// those of R. It reports false, leaving res alone, when the rank is below
// N, for the SVD path to handle.
func lstsqQR[T ndarray.Float](a, b *ndarray.Array[T], rcond float64, res *LstsqResult[T]) (bool, error) {
	sa, sb := newStack(a), newStack(b)
	m, n, k := sa.m, sa.n, sb.n
	ar := getArena[T]()
	defer putArena(ar)
	w := ar.take(m * n)
	sa.load(sa.off, w)
	tau := ar.take(n)
	geqrf(m, n, colMajor(w, m), tau)
	sw := newSVDWork(n, n, ar)
	for j := 0; j < n; j++ {
		copy(sw.a[j*n:j*n+j+1], w[j*m:j*m+j+1])
	}
	sv := make([]T, n)
	if !sw.run(sv, nil, 0, nil) {
		return false, errLstsqConverg
	}
	cut := rcond * float64(sv[0])
	for _, v := range sv {
		if !(float64(v) > cut) {
			return false, nil
		}
	}
	c := ar.take(m * k)
	sb.load(sb.off, c)
	cm := colMajor(c, m)
	ormqr(true, m, k, n, colMajor(w, m), tau, cm)
	trsm(false, false, n, k, colMajor(w, m), cm)
	x := make([]T, n*k)
	store(x, n, k, c, m)
	res.X = ndarray.Wrap(x, n, k)
	res.Rank = n
	res.S = ndarray.Wrap(sv, n)
	if m > n {
		r := make([]T, k)
		for j := range r {
			var sum float64
			for _, v := range c[j*m+n : (j+1)*m] {
				sum += float64(v) * float64(v)
			}
			r[j] = T(sum)
		}
		res.Residuals = ndarray.Wrap(r, k)
	} else {
		res.Residuals = ndarray.Wrap([]T{}, 0)
	}
	return true, nil
}
