package linalg

import (
	"math"
	"sync"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// mat is a strided view of a matrix in a slice: element (i, j) is
// d[o+i*rs+j*cs]. The factorisations keep their work matrices column-major
// (rs = 1) as LAPACK does; a transposed view only swaps the strides.
type mat[T ndarray.Float] struct {
	d         []T
	o, rs, cs int
}

// colMajor views d as a column-major matrix with leading dimension ld.
func colMajor[T ndarray.Float](d []T, ld int) mat[T] { return mat[T]{d: d, rs: 1, cs: ld} }

func (a mat[T]) at(i, j int) int { return a.o + i*a.rs + j*a.cs }

// sub returns the view starting at element (i, j).
func (a mat[T]) sub(i, j int) mat[T] {
	a.o = a.at(i, j)
	return a
}

// t returns the transposed view.
func (a mat[T]) t() mat[T] {
	a.rs, a.cs = a.cs, a.rs
	return a
}

// col returns n elements of column j from row i on, for rs == 1.
func (a mat[T]) col(i, j, n int) []T {
	o := a.at(i, j)
	return a.d[o : o+n : o+n]
}

// gemm sets C = alpha*A*B + beta*C for A m×k, B k×n, C m×n, through the
// SIMD GEMM of package kernels.
func gemm[T ndarray.Float](m, n, k int, alpha T, a, b mat[T], beta T, c mat[T]) {
	if m == 0 || n == 0 {
		return
	}
	switch cd := any(c.d).(type) {
	case []float64:
		kernels.GemmF64(m, n, k, float64(alpha), any(a.d).([]float64), a.o, a.rs, a.cs,
			any(b.d).([]float64), b.o, b.rs, b.cs, float64(beta), cd, c.o, c.rs, c.cs)
	case []float32:
		kernels.GemmF32(m, n, k, float32(alpha), any(a.d).([]float32), a.o, a.rs, a.cs,
			any(b.d).([]float32), b.o, b.rs, b.cs, float32(beta), cd, c.o, c.rs, c.cs)
	}
}

// trsmBase is the order below which triangular solves substitute directly.
const trsmBase = 16

// trsm solves op·X = B in place of the m×n matrix B, where a is the m×m
// triangular matrix op (lower or upper as the view says, with a unit
// diagonal when unit). Large solves split recursively so that almost all
// the work is GEMM.
func trsm[T ndarray.Float](lower, unit bool, m, n int, a, b mat[T]) {
	if m == 0 || n == 0 {
		return
	}
	if m <= trsmBase {
		trsmSmall(lower, unit, m, n, a, b)
		return
	}
	m1 := split(m)
	m2 := m - m1
	if lower {
		trsm(lower, unit, m1, n, a, b)
		gemm(m2, n, m1, -1, a.sub(m1, 0), b, 1, b.sub(m1, 0))
		trsm(lower, unit, m2, n, a.sub(m1, m1), b.sub(m1, 0))
		return
	}
	trsm(lower, unit, m2, n, a.sub(m1, m1), b.sub(m1, 0))
	gemm(m1, n, m2, -1, a.sub(0, m1), b.sub(m1, 0), 1, b)
	trsm(lower, unit, m1, n, a, b)
}

// split returns the size of the first half of a recursive split of n,
// rounded to a multiple of 8 when n is large so that the GEMM blocks stay
// aligned with the micro-kernel.
func split(n int) int {
	h := n / 2
	if n >= 32 {
		h = (h + 7) &^ 7
	}
	return h
}

// trsmSmall is the substitution of trsm (m <= trsmBase). It works on rows
// of B with the Axpy kernel, transposing a column-major B through scratch.
func trsmSmall[T ndarray.Float](lower, unit bool, m, n int, a, b mat[T]) {
	var ta [trsmBase * trsmBase]T
	for i := 0; i < m; i++ {
		for p := 0; p < m; p++ {
			if (lower && p <= i) || (!lower && p >= i) {
				ta[i*trsmBase+p] = a.d[a.at(i, p)]
			}
		}
	}
	if n >= trsmInvMin {
		trsmSmallInv(lower, unit, m, n, &ta, b)
		return
	}
	if b.cs != 1 && b.rs == 1 {
		trsmSmallCols(lower, unit, m, n, &ta, b)
		return
	}
	rows := b
	var tmp []T
	if b.cs != 1 {
		tmp = make([]T, m*n)
		rows = rowMajor(tmp, n)
		for j := 0; j < n; j++ {
			for i := 0; i < m; i++ {
				tmp[i*n+j] = b.d[b.at(i, j)]
			}
		}
	}
	row := func(i int) []T { o := rows.at(i, 0); return rows.d[o : o+n : o+n] }
	solveRow := func(i int, ps []int) {
		ri := row(i)
		for _, p := range ps {
			if f := ta[i*trsmBase+p]; f != 0 {
				kernels.Axpy(-f, row(p), ri)
			}
		}
		if !unit {
			kernels.Scale(1/ta[i*trsmBase+i], ri)
		}
	}
	var idx [trsmBase]int
	for k := range idx {
		idx[k] = k
	}
	if lower {
		for i := 0; i < m; i++ {
			solveRow(i, idx[:i])
		}
	} else {
		for i := m - 1; i >= 0; i-- {
			solveRow(i, idx[i+1:m])
		}
	}
	if tmp != nil {
		for j := 0; j < n; j++ {
			for i := 0; i < m; i++ {
				b.d[b.at(i, j)] = tmp[i*n+j]
			}
		}
	}
}

// trsmInvMin is the number of right-hand sides from which trsmSmall
// multiplies by the inverse of the triangle through the GEMM (16×500 took
// 10× less time than the substitution).
const trsmInvMin = 48

var trsmPools = map[string]*sync.Pool{"float64": {}, "float32": {}}

// trsmSmallInv is trsmSmall as B = T⁻¹·B: the inverse of the small
// triangle ta by substitution, then one GEMM on a copy of B. The inverse
// of a diagonal block is how blocked TRSMs on GEMMs work (its error is that
// of the substitution times the block's condition, which pivoting and
// positive definiteness keep small).
func trsmSmallInv[T ndarray.Float](lower, unit bool, m, n int, ta *[trsmBase * trsmBase]T, b mat[T]) {
	var inv [trsmBase * trsmBase]T // row-major, stride trsmBase
	for j := 0; j < m; j++ {
		if lower {
			for i := j; i < m; i++ {
				var s T
				if i == j {
					s = 1
				}
				for p := j; p < i; p++ {
					s -= ta[i*trsmBase+p] * inv[p*trsmBase+j]
				}
				if !unit {
					s /= ta[i*trsmBase+i]
				}
				inv[i*trsmBase+j] = s
			}
			continue
		}
		for i := j; i >= 0; i-- {
			var s T
			if i == j {
				s = 1
			}
			for p := i + 1; p <= j; p++ {
				s -= ta[i*trsmBase+p] * inv[p*trsmBase+j]
			}
			if !unit {
				s /= ta[i*trsmBase+i]
			}
			inv[i*trsmBase+j] = s
		}
	}
	pool := trsmPools[ndarray.DtypeOf[T]()]
	tp, _ := pool.Get().(*[]T)
	if tp == nil || cap(*tp) < m*n {
		s := make([]T, m*n)
		tp = &s
	}
	tmp := (*tp)[:m*n]
	tm := colMajor(tmp, m)
	if b.rs == 1 {
		for j := 0; j < n; j++ {
			copy(tmp[j*m:(j+1)*m], b.col(0, j, m))
		}
	} else {
		tm = rowMajor(tmp, n)
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				tmp[i*n+j] = b.d[b.at(i, j)]
			}
		}
	}
	gemm(m, n, m, 1, rowMajor(inv[:], trsmBase), tm, 0, b)
	pool.Put(tp)
}

// trsmSmallCols is trsmSmall for a column-major B: substitution down each
// column in a local array, column-oriented (each step an independent
// update of the remaining entries, which pipelines).
func trsmSmallCols[T ndarray.Float](lower, unit bool, m, n int, ta *[trsmBase * trsmBase]T, b mat[T]) {
	var tc [trsmBase * trsmBase]T // the triangle by columns
	var diag [trsmBase]T
	for i := 0; i < m; i++ {
		for p := 0; p < m; p++ {
			tc[p*trsmBase+i] = ta[i*trsmBase+p]
		}
		diag[i] = 1
		if !unit {
			diag[i] = 1 / ta[i*trsmBase+i]
		}
	}
	j := 0
	// Four columns at a time: four independent updates per loaded entry.
	var x0, x1, x2, x3 [trsmBase]T
	for ; j+4 <= n; j += 4 {
		c0 := b.d[b.at(0, j) : b.at(0, j)+m]
		c1 := b.d[b.at(0, j+1) : b.at(0, j+1)+m]
		c2 := b.d[b.at(0, j+2) : b.at(0, j+2)+m]
		c3 := b.d[b.at(0, j+3) : b.at(0, j+3)+m]
		copy(x0[:m], c0)
		copy(x1[:m], c1)
		copy(x2[:m], c2)
		copy(x3[:m], c3)
		if lower {
			for p := 0; p < m; p++ {
				dp := diag[p]
				v0, v1, v2, v3 := x0[p]*dp, x1[p]*dp, x2[p]*dp, x3[p]*dp
				x0[p], x1[p], x2[p], x3[p] = v0, v1, v2, v3
				for i := p + 1; i < m; i++ {
					a := tc[p*trsmBase+i]
					x0[i] -= a * v0
					x1[i] -= a * v1
					x2[i] -= a * v2
					x3[i] -= a * v3
				}
			}
		} else {
			for p := m - 1; p >= 0; p-- {
				dp := diag[p]
				v0, v1, v2, v3 := x0[p]*dp, x1[p]*dp, x2[p]*dp, x3[p]*dp
				x0[p], x1[p], x2[p], x3[p] = v0, v1, v2, v3
				for i := 0; i < p; i++ {
					a := tc[p*trsmBase+i]
					x0[i] -= a * v0
					x1[i] -= a * v1
					x2[i] -= a * v2
					x3[i] -= a * v3
				}
			}
		}
		copy(c0, x0[:m])
		copy(c1, x1[:m])
		copy(c2, x2[:m])
		copy(c3, x3[:m])
	}
	var x [trsmBase]T
	for ; j < n; j++ {
		o := b.at(0, j)
		col := b.d[o : o+m : o+m]
		copy(x[:m], col)
		if lower {
			for p := 0; p < m; p++ {
				xp := x[p] * diag[p]
				x[p] = xp
				c := tc[p*trsmBase+p+1 : p*trsmBase+m]
				r := x[p+1 : m]
				for i, a := range c {
					r[i] -= a * xp
				}
			}
		} else {
			for p := m - 1; p >= 0; p-- {
				xp := x[p] * diag[p]
				x[p] = xp
				c := tc[p*trsmBase : p*trsmBase+p]
				r := x[:p]
				for i, a := range c {
					r[i] -= a * xp
				}
			}
		}
		copy(col, x[:m])
	}
}

// syrkLower sets the lower triangle of the n×n matrix C to
// alpha*A*Aᵀ + beta*C for A n×k (entries above the diagonal of the blocks
// on the diagonal may be overwritten too).
func syrkLower[T ndarray.Float](n, k int, alpha T, a mat[T], beta T, c mat[T]) {
	if n <= 64 {
		gemm(n, n, k, alpha, a, a.t(), beta, c)
		return
	}
	n1 := split(n)
	syrkLower(n1, k, alpha, a, beta, c)
	gemm(n-n1, n1, k, alpha, a.sub(n1, 0), a.t(), beta, c.sub(n1, 0))
	syrkLower(n-n1, k, alpha, a.sub(n1, 0), beta, c.sub(n1, n1))
}

// nrm2 returns the 2-norm of x without overflow.
func nrm2[T ndarray.Float](x []T) T {
	var big float64
	for _, v := range x {
		if a := math.Abs(float64(v)); a > big || a != a {
			big = a
		}
	}
	if big == 0 || math.IsInf(big, 0) || big != big {
		return T(big)
	}
	var s float64
	if big > 1e150 || big < 1e-150 {
		for _, v := range x {
			r := float64(v) / big
			s += r * r
		}
		return T(big * math.Sqrt(s))
	}
	if _, ok := any(x).([]float32); ok {
		for _, v := range x {
			s += float64(v) * float64(v)
		}
		return T(math.Sqrt(s))
	}
	return T(math.Sqrt(float64(kernels.Dot(x, x))))
}

// larfg generates the Householder reflector H = I - tau*v*vᵀ with v[0] = 1
// that maps (alpha, x) to (beta, 0); it overwrites x with v[1:] and returns
// beta and tau (LAPACK's xLARFG).
func larfg[T ndarray.Float](alpha T, x []T) (beta, tau T) {
	xnorm := nrm2(x)
	if xnorm == 0 {
		return alpha, 0
	}
	b := math.Hypot(float64(alpha), float64(xnorm))
	if alpha >= 0 {
		b = -b
	}
	beta = T(b)
	tau = (beta - alpha) / beta
	kernels.Scale(1/(alpha-beta), x)
	return beta, tau
}

// rot applies the plane rotation (x, y) <- (c*x + s*y, c*y - s*x); t is
// scratch of len(x). Long vectors go through the SIMD Scale and Axpy
// kernels (four passes over data in L1 beat one scalar pass).
func rot[T ndarray.Float](x, y, t []T, c, s T) {
	n := len(x)
	y = y[:n]
	if n >= 32 {
		t = t[:n]
		copy(t, x)
		kernels.Scale(c, x)
		kernels.Axpy(s, y, x)
		kernels.Scale(c, y)
		kernels.Axpy(-s, t, y)
		return
	}
	for i, xv := range x {
		yv := y[i]
		x[i] = c*xv + s*yv
		y[i] = c*yv - s*xv
	}
}

// epsOf returns the machine epsilon of T (NumPy's finfo(T).eps).
func epsOf[T ndarray.Float]() float64 {
	var z T
	if _, ok := any(z).(float32); ok {
		return 0x1p-23
	}
	return 0x1p-52
}

// isFinite reports whether every element of x is finite.
func allFinite[T ndarray.Float](x []T) bool {
	for _, v := range x {
		if math.IsInf(float64(v), 0) || v != v {
			return false
		}
	}
	return true
}
