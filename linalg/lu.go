package linalg

import (
	"math"
	"strconv"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// luBase is the panel width below which LU factors column by column.
const luBase = 16

// getrf factors the column-major m×n matrix a (m >= n) in place as
// P·L·U with partial pivoting (LAPACK's xGETRF, recursively split: the left
// half is factored, the right half updated by a triangular solve and a
// GEMM, then factored). ipiv[i] is the row swapped with row i. It returns
// the index of the first exactly zero pivot, or -1.
func getrf[T ndarray.Float](m, n int, a mat[T], ipiv []int) int {
	return getrfRec(m, n, a, ipiv, true)
}

// getrfU is getrf for callers that read only U and ipiv (Det, Slogdet):
// the pivots of a right half are not applied to the L columns on its left
// where no later GEMM reads them (the nodes on the right edge of the
// recursion), two thirds of those row interchanges.
func getrfU[T ndarray.Float](m, n int, a mat[T], ipiv []int) int {
	return getrfRec(m, n, a, ipiv, false)
}

func getrfRec[T ndarray.Float](m, n int, a mat[T], ipiv []int, swapL bool) int {
	if n <= luBase {
		return getf2(m, n, a, ipiv)
	}
	n1 := split(n)
	n2 := n - n1
	info := getrfRec(m, n1, a, ipiv[:n1], true) // its L feeds the GEMM below
	laswp(n2, a.sub(0, n1), ipiv[:n1], 0)
	trsm(true, true, n1, n2, a, a.sub(0, n1))
	gemm(m-n1, n2, n1, -1, a.sub(n1, 0), a.sub(0, n1), 1, a.sub(n1, n1))
	info2 := getrfRec(m-n1, n2, a.sub(n1, n1), ipiv[n1:n], swapL)
	for i := n1; i < n; i++ {
		ipiv[i] += n1
	}
	if swapL {
		laswp(n1, a, ipiv[n1:n], n1)
	}
	if info < 0 && info2 >= 0 {
		info = info2 + n1
	}
	return info
}

// getf2 is the unblocked LU of a narrow panel.
func getf2[T ndarray.Float](m, n int, a mat[T], ipiv []int) int {
	info := -1
	for j := 0; j < n && j < m; j++ {
		c := a.col(0, j, m)
		p := j
		big := math.Abs(float64(c[j]))
		for i := j + 1; i < m; i++ {
			if v := math.Abs(float64(c[i])); v > big {
				p, big = i, v
			}
		}
		ipiv[j] = p
		if c[p] != 0 {
			if p != j {
				for k := 0; k < n; k++ {
					x, y := a.at(j, k), a.at(p, k)
					a.d[x], a.d[y] = a.d[y], a.d[x]
				}
			}
			kernels.Scale(1/c[j], c[j+1:])
		} else if info < 0 {
			info = j
		}
		for k := j + 1; k < n; k++ {
			ck := a.col(0, k, m)
			if f := ck[j]; f != 0 {
				kernels.Axpy(-f, c[j+1:], ck[j+1:])
			}
		}
	}
	return info
}

// laswp swaps, in the n columns of a, row first+i with row ipiv[i] for
// each i in order (ipiv holds absolute row numbers); reverse applies the
// swaps in the opposite order (the inverse permutation).
func laswp[T ndarray.Float](n int, a mat[T], ipiv []int, first int) {
	laswpDir(n, a, ipiv, first, false)
}

func laswpDir[T ndarray.Float](n int, a mat[T], ipiv []int, first int, reverse bool) {
	swap := func(r, p int) {
		if a.cs == 1 {
			x, y := a.d[a.at(r, 0):a.at(r, 0)+n], a.d[a.at(p, 0):a.at(p, 0)+n]
			for k := range x {
				x[k], y[k] = y[k], x[k]
			}
			return
		}
		for k := 0; k < n; k++ {
			x, y := a.at(r, k), a.at(p, k)
			a.d[x], a.d[y] = a.d[y], a.d[x]
		}
	}
	if a.cs == 1 || reverse {
		for q := range ipiv {
			i := q
			if reverse {
				i = len(ipiv) - 1 - q
			}
			if r := first + i; ipiv[i] != r {
				swap(r, ipiv[i])
			}
		}
		return
	}
	for k := 0; k < n; k++ { // column by column: each column is contiguous
		o := a.at(0, k)
		c := a.d[o:]
		for i, p := range ipiv {
			if r := first + i; p != r {
				c[r], c[p] = c[p], c[r]
			}
		}
	}
}

// getrsT solves Aᵀ·X = B given getrf's factors of A = P·L·U:
// Aᵀ = Uᵀ·Lᵀ·Pᵀ. The row-major matrices of NumPy are the column-major
// transposes, so Solve and Inv factor Aᵀ (a plain copy) and solve with
// getrsT, without transposing anything.
func getrsT[T ndarray.Float](n, nrhs int, lu mat[T], ipiv []int, b mat[T]) {
	trsm(true, false, n, nrhs, lu.t(), b)
	trsm(false, true, n, nrhs, lu.t(), b)
	laswpDir(nrhs, b, ipiv, 0, true)
}

// Solve returns the solution x of a·x = b, NumPy's np.linalg.solve. a has
// shape (..., M, M); b has shape (..., M) (a stack of vectors, when it has
// one axis fewer than a) or (..., M, K), and the leading axes broadcast. It
// returns a *LinAlgError "Singular matrix" when a matrix of a has an
// exactly zero pivot.
func Solve[T ndarray.Float](a, b *ndarray.Array[T]) (*ndarray.Array[T], error) {
	assertSquare(a)
	sa := newStack(a)
	n := sa.m
	vector := b.NDim() == a.NDim()-1
	var bb *ndarray.Array[T]
	if vector {
		bb = b.ExpandDims(-1)
	} else {
		bb = b
	}
	if bb.NDim() < 2 {
		panic(&ndarray.ValueError{Msg: "solve: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (m,m),(m,n)->(m,n) requires 1)"})
	}
	sb := newStack(bb)
	if sb.m != n {
		name, sig := "solve", "(m,m),(m,n)->(m,n)"
		if vector {
			name, sig = "solve1", "(m,m),(m)->(m)"
		}
		panic(&ndarray.ValueError{Msg: name + ": Input operand 1 has a mismatch in its core dimension 0, with gufunc signature " + sig + " (size " + strconv.Itoa(sb.m) + " is different from " + strconv.Itoa(n) + ")"})
	}
	lead := broadcastLead(sa.lead(), sb.lead())
	k := sb.n
	out := make([]T, count(lead)*n*k)
	work := getWork[T](n * n)
	defer putWork(work)
	lu := *work
	ipiv := make([]int, n)
	for bi := range count(lead) {
		sa.loadRows(sa.offset(lead, bi), lu) // column-major Aᵀ
		if getrf(n, n, colMajor(lu, n), ipiv) >= 0 {
			return nil, errSingular
		}
		x := out[bi*n*k : (bi+1)*n*k]
		sb.loadRows(sb.offset(lead, bi), x)
		getrsT(n, k, colMajor(lu, n), ipiv, rowMajor(x, k))
	}
	if vector {
		return ndarray.Wrap(out, shapeWith(lead, n)...), nil
	}
	return ndarray.Wrap(out, shapeWith(lead, n, k)...), nil
}

// Inv returns the inverse of each matrix of a (shape (..., M, M)), NumPy's
// np.linalg.inv: LU with partial pivoting, then two triangular solves
// against the identity. It returns a *LinAlgError "Singular matrix" when a
// matrix has an exactly zero pivot.
func Inv[T ndarray.Float](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	assertSquare(a)
	s := newStack(a)
	n := s.m
	lead := s.lead()
	out := make([]T, count(lead)*n*n)
	work := getWork[T](n * n)
	defer putWork(work)
	lu := *work
	ipiv := make([]int, n)
	for bi := range count(lead) {
		s.loadRows(s.offset(lead, bi), lu) // column-major Aᵀ = P·L·U
		if getrf(n, n, colMajor(lu, n), ipiv) >= 0 {
			return nil, errSingular
		}
		invT(n, colMajor(lu, n), ipiv, rowMajor(out[bi*n*n:(bi+1)*n*n], n))
	}
	return ndarray.Wrap(out, shapeWith(lead, n, n)...), nil
}

// invT writes into the zeroed x the inverse of A = (P·L·U)ᵀ = Uᵀ·Lᵀ·Pᵀ,
// given getrf's factors of Aᵀ: Y = (Uᵀ)⁻¹ is lower triangular, found a
// block of columns at a time from the diagonal down (a third of a full
// solve), then X = P·(Lᵀ)⁻¹·Y.
func invT[T ndarray.Float](n int, lu mat[T], ipiv []int, x mat[T]) {
	for i := 0; i < n; i++ {
		x.d[x.at(i, i)] = 1
	}
	const nb = 128
	for j := 0; j < n; j += nb {
		jb := min(nb, n-j)
		trsm(true, false, n-j, jb, lu.t().sub(j, j), x.sub(j, j))
	}
	trsm(false, true, n, n, lu.t(), x)
	laswpDir(n, x, ipiv, 0, true)
}

// Slogdet returns the sign and the natural logarithm of the absolute value
// of the determinant of each matrix of a, NumPy's np.linalg.slogdet. A
// singular matrix has sign 0 and logabsdet -Inf.
func Slogdet[T ndarray.Float](a *ndarray.Array[T]) (sign, logabsdet *ndarray.Array[T]) {
	assertSquare(a)
	s := newStack(a)
	n := s.m
	lead := s.lead()
	signs := make([]T, count(lead))
	logs := make([]T, count(lead))
	work := getWork[T](n * n)
	defer putWork(work)
	lu := *work
	ipiv := make([]int, n)
	for bi := range signs {
		s.loadRows(s.offset(lead, bi), lu) // Aᵀ: the same determinant
		sg, lg := slogdetLU(n, lu, ipiv)
		signs[bi], logs[bi] = T(sg), T(lg)
	}
	return ndarray.Wrap(signs, lead...), ndarray.Wrap(logs, lead...)
}

// slogdetLU factors the column-major n×n lu in place and returns the sign
// and log-magnitude of its determinant.
func slogdetLU[T ndarray.Float](n int, lu []T, ipiv []int) (sign, logdet float64) {
	if getrfU(n, n, colMajor(lu, n), ipiv) >= 0 {
		return 0, math.Inf(-1)
	}
	sign = 1
	for i := 0; i < n; i++ {
		if ipiv[i] != i {
			sign = -sign
		}
		d := float64(lu[i+i*n])
		if d < 0 {
			sign = -sign
		}
		logdet += math.Log(math.Abs(d))
	}
	return sign, logdet
}

// Det returns the determinant of each matrix of a, NumPy's np.linalg.det,
// computed as sign·exp(logabsdet) from the LU factors, as NumPy does.
func Det[T ndarray.Float](a *ndarray.Array[T]) *ndarray.Array[T] {
	assertSquare(a)
	s := newStack(a)
	n := s.m
	lead := s.lead()
	out := make([]T, count(lead))
	work := getWork[T](n * n)
	defer putWork(work)
	lu := *work
	ipiv := make([]int, n)
	for bi := range out {
		s.loadRows(s.offset(lead, bi), lu) // Aᵀ: the same determinant
		sg, lg := slogdetLU(n, lu, ipiv)
		out[bi] = T(sg * math.Exp(lg))
	}
	return ndarray.Wrap(out, lead...)
}
