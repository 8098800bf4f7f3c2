package kernels

// gemvRows is the number of rows of A one GEMV row kernel computes.
const gemvRows = 4

// gemvKernels is one implementation's GEMV kernels for element type T
// ([elemKernels].gemv). The row kernel computes, for i < 4,
//
//	y[i] = Σ_{j<n} a[i*lda+j] * x[j]
//
// with lda >= 0 (rows may overlap or coincide), a holding 3*lda+n, x n and
// y 4 elements. The column kernel computes, for i < n,
//
//	y[i] = (((y[i] + a[i]*x[0]) + a[lda+i]*x[1]) + a[2*lda+i]*x[2]) + a[3*lda+i]*x[3]
//
// with lda >= 0, a holding 3*lda+n, x 4 and y n elements; y must not
// overlap a or x.
type gemvKernels[T Float] struct {
	name     string // the implementation it belongs to, as in [Active]
	row, col func(n int, a []T, lda int, x, y []T)
}

// gemvKernelOf returns the active row kernel (or with trans the column
// kernel) for element type T and the name of its implementation.
func gemvKernelOf[T Float](trans bool) (func(n int, a []T, lda int, x, y []T), string) {
	g := &kernelsOf[T]().gemv
	if trans {
		return g.col, g.name
	}
	return g.row, g.name
}

// gemv4Generic is the generic GEMV row kernel: four rows at a time, one
// accumulator per row in the element type, so each product passes through
// at most n roundings (fewer where the compiler fuses the multiply-add).
// One accumulator per row measured fastest on amd64: 205 µs for 1000×1000
// float64, against 440 µs with two per row (Go's register allocator then
// spills accumulators) and 330 µs for a 4-accumulator dot per row.
func gemv4Generic[T Float](n int, a []T, lda int, x, y []T) {
	x = x[:n]
	a0 := a[:len(x)]
	a1 := a[lda:][:len(x)]
	a2 := a[2*lda:][:len(x)]
	a3 := a[3*lda:][:len(x)]
	var s0, s1, s2, s3 T
	for j, u := range x {
		s0 += a0[j] * u
		s1 += a1[j] * u
		s2 += a2[j] * u
		s3 += a3[j] * u
	}
	y = y[:gemvRows]
	y[0], y[1], y[2], y[3] = s0, s1, s2, s3
}

// gemvT4Generic is the generic GEMV column kernel: four axpys in one pass
// over y, added left to right.
func gemvT4Generic[T Float](n int, a []T, lda int, x, y []T) {
	y = y[:n]
	c0 := a[:len(y)]
	c1 := a[lda:][:len(y)]
	c2 := a[2*lda:][:len(y)]
	c3 := a[3*lda:][:len(y)]
	x = x[:gemvRows]
	x0, x1, x2, x3 := x[0], x[1], x[2], x[3]
	for i, v := range y {
		v += c0[i] * x0
		v += c1[i] * x1
		v += c2[i] * x2
		v += c3[i] * x3
		y[i] = v
	}
}

// gemvRowMajor is y = alpha*A*x + beta*y for an A with contiguous rows
// (A[i][j] = a[aOff + i*lda + j]) and a contiguous x of n > 0 elements,
// m >= 1. Four rows at a time go through the active row kernel; the last
// m mod 4 rows are the last four rows of A again, of which only the new
// ones are stored. Fewer than four rows take one [Dot] per row, and so do
// all rows when the active implementation has no row kernel of its own
// (neon: its vector Dot beats the scalar generic kernel).
func gemvRowMajor[T Float](m, n int, alpha T, a []T, aOff, lda int, x []T, beta T, y []T, yOff, yInc int) {
	kern, impl := gemvKernelOf[T](false)
	if m < gemvRows || impl != Active() {
		dot := kernelsOf[T]().Dot
		if KernelImpl("Dot", elemName[T]()) == "generic" {
			dot = dotUnrolled[T]
		}
		for i := range m {
			r := aOff + i*lda
			storeScaled(y, yOff+i*yInc, alpha*dot(a[r:r+n], x), beta)
		}
		return
	}
	var s [gemvRows]T
	for i := 0; i < m; i += gemvRows {
		first := min(i, m-gemvRows)
		// The kernel steps forward through memory: with lda < 0 the rows
		// are passed in reverse, from row first+3.
		base, step, rev := aOff+first*lda, lda, false
		if lda < 0 {
			base, step, rev = aOff+(first+gemvRows-1)*lda, -lda, true
		}
		kern(n, a[base:], step, x, s[:])
		for k := i - first; k < gemvRows; k++ {
			v := s[k]
			if rev {
				v = s[gemvRows-1-k]
			}
			storeScaled(y, yOff+(first+k)*yInc, alpha*v, beta)
		}
	}
}

// gemvColMajor is y = alpha*A*x + beta*y for an A with contiguous columns
// (A[i][j] = a[aOff + i + j*lda]) and a contiguous x of n > 0 elements,
// m >= 1: t = A*x is summed column after column into the scratch vector t,
// four columns per pass of the active column kernel, the last n mod 4 with
// one [Axpy] each (every column when the active implementation has no
// column kernel of its own), then y = alpha*t + beta*y.
func gemvColMajor[T Float](m, n int, alpha T, a []T, aOff, lda int, x []T, beta T, y []T, yOff, yInc int, t []T) {
	t = t[:m]
	clear(t)
	kern, impl := gemvKernelOf[T](true)
	j := 0
	for ; impl == Active() && j+gemvRows <= n; j += gemvRows {
		if lda >= 0 {
			kern(m, a[aOff+j*lda:], lda, x[j:j+gemvRows], t)
			continue
		}
		// The kernel steps forward through memory: pass the columns in
		// reverse, from column j+3.
		xr := [gemvRows]T{x[j+3], x[j+2], x[j+1], x[j]}
		kern(m, a[aOff+(j+gemvRows-1)*lda:], -lda, xr[:], t)
	}
	o := kernelsOf[T]()
	for ; j < n; j++ {
		c := aOff + j*lda
		o.Axpy(x[j], a[c:c+m], t)
	}
	for i, v := range t {
		storeScaled(y, yOff+i*yInc, alpha*v, beta)
	}
}

// GemvKernel reports which kernel GemvF64 ("f64") or GemvF32 ("f32") uses
// now for a matrix with contiguous rows: "avx512 4-row" (the active
// implementation's own four-row kernel) or, for an implementation without
// one (neon), "neon Dot per row".
func GemvKernel(elem string) string {
	var impl string
	if elem == "f32" {
		_, impl = gemvKernelOf[float32](false)
	} else {
		_, impl = gemvKernelOf[float64](false)
	}
	if impl != Active() {
		return KernelImpl("Dot", elem) + " Dot per row"
	}
	return impl + " 4-row"
}
