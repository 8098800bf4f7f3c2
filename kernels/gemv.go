package kernels

// GemvF64 computes y = alpha*A*x + beta*y, the BLAS dgemv. A is m×n with
// A[i][j] = a[aOff + i*aRow + j*aCol]; x has n elements x[xOff + j*xInc] and
// y has m elements y[yOff + i*yInc]. The reference loop is
//
//	for i < m { s := 0; for j < n { s += A[i][j]*x[j] }; y[i] = alpha*s + beta*y[i] }
//
// except that beta == 0 means y is not read. A row-contiguous A (aCol == 1)
// runs a kernel that computes four rows at a time (SIMD with avx2 and
// avx512, in Go otherwise); a column-contiguous A (aRow == 1) adds four
// columns at a time into a scratch vector (four axpys in one pass). Sums
// are accumulated in the element type (float32 in float32, as BLAS sgemv
// does), so each product passes through at most n+2 roundings and
//
//	|error of y[i]| <= γ(n+2)·(|alpha|·Σ_j |A[i][j]·x[j]| + |beta·y[i]|),  γ(k) = k·u/(1-k·u)
//
// with u the unit roundoff; the SIMD row kernels split each row into 8 to
// 64 partial sums, which lowers the bound to about γ(n/L + 16) for L partial
// sums. y must not overlap A or x.
// GemvF64 panics with a *LengthError if a size is negative or an element it
// would reach lies outside its slice.
func GemvF64(m, n int, alpha float64, a []float64, aOff, aRow, aCol int, x []float64, xOff, xInc int, beta float64, y []float64, yOff, yInc int) {
	gemv(m, n, alpha, a, aOff, aRow, aCol, x, xOff, xInc, beta, y, yOff, yInc)
}

// GemvF32 is [GemvF64] for float32.
func GemvF32(m, n int, alpha float32, a []float32, aOff, aRow, aCol int, x []float32, xOff, xInc int, beta float32, y []float32, yOff, yInc int) {
	gemv(m, n, alpha, a, aOff, aRow, aCol, x, xOff, xInc, beta, y, yOff, yInc)
}

func gemv[T Float](m, n int, alpha T, a []T, aOff, aRow, aCol int, x []T, xOff, xInc int, beta T, y []T, yOff, yInc int) {
	checkSizes("gemv", m, n)
	if m > 0 && n > 0 {
		checkMatrix("gemv", "A", m, n, len(a), aOff, aRow, aCol)
		checkVector("gemv", "x", n, len(x), xOff, xInc)
	}
	checkVector("gemv", "y", m, len(y), yOff, yInc)
	if m == 0 {
		return
	}
	if n == 0 || alpha == 0 {
		scaleMatrix(m, 1, beta, y, yOff, yInc, 0)
		return
	}
	buf := getBuf[T]()
	defer putBuf(buf)
	xs := contiguous(&buf.b, n, x, xOff, xInc)
	switch {
	case aCol == 1:
		splitRows(m, n, func(lo, hi int) {
			gemvRowMajor(hi-lo, n, alpha, a, aOff+lo*aRow, aRow, xs, beta, y, yOff+lo*yInc, yInc)
		})
	case aRow == 1:
		buf.a = grow(buf.a, m)
		t := buf.a
		splitRows(m, n, func(lo, hi int) {
			gemvColMajor(hi-lo, n, alpha, a, aOff+lo, aCol, xs, beta, y, yOff+lo*yInc, yInc, t[lo:hi])
		})
	default:
		for i := range m {
			var s T
			for j, v := range xs {
				s += a[aOff+i*aRow+j*aCol] * v
			}
			storeScaled(y, yOff+i*yInc, alpha*s, beta)
		}
	}
}

// storeScaled sets y[i] = v + beta*y[i], or v without reading y[i] when
// beta == 0.
func storeScaled[T Float](y []T, i int, v, beta T) {
	if beta == 0 {
		y[i] = v
		return
	}
	y[i] = v + beta*y[i]
}

// contiguous returns the n elements x[off + j*inc] as one slice: a subslice
// of x when inc == 1, else a copy in *scratch (grown as needed).
func contiguous[T Float](scratch *[]T, n int, x []T, off, inc int) []T {
	if inc == 1 {
		return x[off : off+n]
	}
	s := grow(*scratch, n)
	*scratch = s
	for j := range s {
		s[j] = x[off+j*inc]
	}
	return s
}

// dotUnrolled is Σ x[i]*y[i] with four accumulators, the row kernel of the
// generic GEMV (faster than the pairwise generic Dot; GEMV sums need no
// pairwise accuracy guarantee).
func dotUnrolled[T Float](x, y []T) T {
	y = y[:len(x)]
	var s0, s1, s2, s3 T
	i := 0
	for ; i+4 <= len(x); i += 4 {
		s0 += x[i] * y[i]
		s1 += x[i+1] * y[i+1]
		s2 += x[i+2] * y[i+2]
		s3 += x[i+3] * y[i+3]
	}
	for ; i < len(x); i++ {
		s0 += x[i] * y[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// elemName is "f64" or "f32", the element names of [KernelImpl].
func elemName[T Float]() string {
	var zero T
	if _, ok := any(zero).(float64); ok {
		return "f64"
	}
	return "f32"
}
