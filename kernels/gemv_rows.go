package kernels

// gemvRows is the number of rows of A one GEMV row kernel computes.
const gemvRows = 4

// gemvImpl is one implementation's GEMV row kernels. Each computes, for
// i < 4,
//
//	y[i] = Σ_{j<n} a[i*lda+j] * x[j]
//
// with lda >= 0 (rows may overlap or coincide), a holding 3*lda+n, x n and
// y 4 elements.
type gemvImpl struct {
	name string // the implementation it belongs to, as in [Active]
	f64  func(n int, a []float64, lda int, x, y []float64)
	f32  func(n int, a []float32, lda int, x, y []float32)
}

// gemvImpls lists the GEMV row kernels compiled into this binary, generic
// first; the architecture files add theirs in init. An implementation
// without its own (neon) uses the generic one.
var gemvImpls = []gemvImpl{{"generic", gemv4Generic[float64], gemv4Generic[float32]}}

// gemvImplOf returns the row kernels of the active implementation ([Active]),
// or the generic ones if it has none of its own.
func gemvImplOf() *gemvImpl {
	name := Active()
	for i := range gemvImpls {
		if gemvImpls[i].name == name {
			return &gemvImpls[i]
		}
	}
	return &gemvImpls[0]
}

// gemvKernelOf returns the active row kernel for element type T and the
// name of its implementation.
func gemvKernelOf[T Float]() (func(n int, a []T, lda int, x, y []T), string) {
	g := gemvImplOf()
	var k any = g.f32
	if elemName[T]() == "f64" {
		k = g.f64
	}
	return k.(func(n int, a []T, lda int, x, y []T)), g.name
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

// gemvRowMajor is y = alpha*A*x + beta*y for an A with contiguous rows
// (A[i][j] = a[aOff + i*lda + j]) and a contiguous x of n > 0 elements,
// m >= 1. Four rows at a time go through the active row kernel; the last
// m mod 4 rows are the last four rows of A again, of which only the new
// ones are stored. Fewer than four rows take one [Dot] per row.
func gemvRowMajor[T Float](m, n int, alpha T, a []T, aOff, lda int, x []T, beta T, y []T, yOff, yInc int) {
	if m < gemvRows {
		dot := opsOf[T]().Dot
		if KernelImpl("Dot", elemName[T]()) == "generic" {
			dot = dotUnrolled[T]
		}
		for i := range m {
			r := aOff + i*lda
			storeScaled(y, yOff+i*yInc, alpha*dot(a[r:r+n], x), beta)
		}
		return
	}
	kern, _ := gemvKernelOf[T]()
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
