package kernels

// GemmF64 computes C = alpha*A*B + beta*C, the BLAS dgemm. A is m×k, B is
// k×n and C is m×n; each is given as a slice, an offset and a row and a
// column stride in elements, so that
//
//	A[i][p] = a[aOff + i*aRow + p*aCol]
//	B[p][j] = b[bOff + p*bRow + j*bCol]
//	C[i][j] = c[cOff + i*cRow + j*cCol]
//
// and transposed or strided views need no copy (a transposed row-major A is
// aRow=1, aCol=m). Strides may be negative or zero. The reference loop is
//
//	for i < m, j < n { s := 0; for p < k { s += A[i][p]*B[p][j] }; C[i][j] = alpha*s + beta*C[i][j] }
//
// except that beta == 0 means C is not read (NaNs in C are overwritten) and
// the sum is computed in blocks with fused multiply-adds. C must not overlap A
// or B. GemmF64 panics with a *LengthError if a size is negative or an
// element it would reach lies outside its slice. Large products run on
// several goroutines: see [SetGemmThreads].
func GemmF64(m, n, k int, alpha float64, a []float64, aOff, aRow, aCol int, b []float64, bOff, bRow, bCol int, beta float64, c []float64, cOff, cRow, cCol int) {
	gemm(m, n, k, alpha, a, aOff, aRow, aCol, b, bOff, bRow, bCol, beta, c, cOff, cRow, cCol)
}

// GemmF32 is [GemmF64] for float32 (sums are accumulated in float32).
func GemmF32(m, n, k int, alpha float32, a []float32, aOff, aRow, aCol int, b []float32, bOff, bRow, bCol int, beta float32, c []float32, cOff, cRow, cCol int) {
	gemm(m, n, k, alpha, a, aOff, aRow, aCol, b, bOff, bRow, bCol, beta, c, cOff, cRow, cCol)
}

// gemm checks the arguments and runs the blocked product.
func gemm[T Float](m, n, k int, alpha T, a []T, aOff, aRow, aCol int, b []T, bOff, bRow, bCol int, beta T, c []T, cOff, cRow, cCol int) {
	checkSizes("gemm", m, n, k)
	if m > 0 && n > 0 && k > 0 { // an empty C reaches neither A nor B
		checkMatrix("gemm", "A", m, k, len(a), aOff, aRow, aCol)
		checkMatrix("gemm", "B", k, n, len(b), bOff, bRow, bCol)
	}
	checkMatrix("gemm", "C", m, n, len(c), cOff, cRow, cCol)
	if m == 0 || n == 0 {
		return
	}
	if k == 0 || alpha == 0 {
		scaleMatrix(m, n, beta, c, cOff, cRow, cCol)
		return
	}
	// A C of one column (or one row) is a matrix-vector product: packing
	// panels for it costs more than the product (matvec 1000×1000 took
	// 1.4 ms through the blocked path, 10× the GEMV).
	if n == 1 {
		gemv(m, k, alpha, a, aOff, aRow, aCol, b, bOff, bRow, beta, c, cOff, cRow)
		return
	}
	if m == 1 { // Cᵀ = Bᵀ·Aᵀ: B transposed times the row of A
		gemv(n, k, alpha, b, bOff, bCol, bRow, a, aOff, aCol, beta, c, cOff, cCol)
		return
	}
	// A column-major C is the row-major C transposed: Cᵀ = Bᵀ·Aᵀ, so that
	// the micro-kernel can store rows of C directly.
	if cCol != 1 && cRow == 1 {
		m, n = n, m
		a, aOff, aRow, aCol, b, bOff, bRow, bCol = b, bOff, bCol, bRow, a, aOff, aCol, aRow
		cRow, cCol = cCol, cRow
	}
	p := gemmProblem[T]{
		m: m, n: n, k: k, alpha: alpha, beta: beta,
		a: a, aOff: aOff, aRow: aRow, aCol: aCol,
		b: b, bOff: bOff, bRow: bRow, bCol: bCol,
		c: c, cOff: cOff, cRow: cRow, cCol: cCol,
	}
	runGemm(&p, &kernelsOf[T]().gemm)
}

// scaleMatrix sets C = beta*C, or C = 0 without reading it when beta == 0.
func scaleMatrix[T Float](m, n int, beta T, c []T, cOff, cRow, cCol int) {
	if beta == 1 {
		return
	}
	for i := range m {
		o := cOff + i*cRow
		for j := range n {
			if beta == 0 {
				c[o+j*cCol] = 0
			} else {
				c[o+j*cCol] *= beta
			}
		}
	}
}
