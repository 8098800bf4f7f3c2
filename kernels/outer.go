package kernels

// OuterF64 writes the outer product dst = x·yᵀ of x (m elements
// x[xOff + i*xInc]) and y (n elements y[yOff + j*yInc]) into the m×n matrix
// dst[dOff + i*dRow + j*dCol], without reading dst:
//
//	for i < m, j < n { dst[i][j] = x[i] * y[j] }
//
// A row-contiguous dst (dCol == 1) runs one [MulScalar] kernel per row, a
// column-contiguous one one per column. dst must not overlap x or y. OuterF64
// panics with a *LengthError if a size is negative or an element it would
// reach lies outside its slice.
func OuterF64(m, n int, x []float64, xOff, xInc int, y []float64, yOff, yInc int, dst []float64, dOff, dRow, dCol int) {
	outer(m, n, x, xOff, xInc, y, yOff, yInc, dst, dOff, dRow, dCol)
}

// OuterF32 is [OuterF64] for float32.
func OuterF32(m, n int, x []float32, xOff, xInc int, y []float32, yOff, yInc int, dst []float32, dOff, dRow, dCol int) {
	outer(m, n, x, xOff, xInc, y, yOff, yInc, dst, dOff, dRow, dCol)
}

// GerF64 is the BLAS rank-1 update dger, A += alpha·x·yᵀ, with x of m
// elements, y of n elements and A m×n (strides as in [OuterF64]):
//
//	for i < m, j < n { A[i][j] += (alpha*x[i]) * y[j] }
//
// A row-contiguous A runs one [Axpy] kernel per row, a column-contiguous one
// one per column. A must not overlap x or y.
func GerF64(m, n int, alpha float64, x []float64, xOff, xInc int, y []float64, yOff, yInc int, a []float64, aOff, aRow, aCol int) {
	ger(m, n, alpha, x, xOff, xInc, y, yOff, yInc, a, aOff, aRow, aCol)
}

// GerF32 is [GerF64] for float32.
func GerF32(m, n int, alpha float32, x []float32, xOff, xInc int, y []float32, yOff, yInc int, a []float32, aOff, aRow, aCol int) {
	ger(m, n, alpha, x, xOff, xInc, y, yOff, yInc, a, aOff, aRow, aCol)
}

// checkRank1 checks the arguments of outer and ger and reports whether there
// is anything to do.
func checkRank1(op string, m, n, xLen, xOff, xInc, yLen, yOff, yInc, aLen, aOff, aRow, aCol int) bool {
	checkSizes(op, m, n)
	if m == 0 || n == 0 {
		return false
	}
	checkVector(op, "x", m, xLen, xOff, xInc)
	checkVector(op, "y", n, yLen, yOff, yInc)
	checkMatrix(op, "A", m, n, aLen, aOff, aRow, aCol)
	return true
}

func outer[T Float](m, n int, x []T, xOff, xInc int, y []T, yOff, yInc int, dst []T, dOff, dRow, dCol int) {
	if !checkRank1("outer", m, n, len(x), xOff, xInc, len(y), yOff, yInc, len(dst), dOff, dRow, dCol) {
		return
	}
	o := kernelsOf[T]()
	buf := getBuf[T]()
	defer putBuf(buf)
	switch {
	case dCol == 1:
		ys := contiguous(&buf.b, n, y, yOff, yInc)
		for i := range m {
			r := dOff + i*dRow
			o.MulScalar(dst[r:r+n], ys, x[xOff+i*xInc])
		}
	case dRow == 1:
		xs := contiguous(&buf.b, m, x, xOff, xInc)
		for j := range n {
			c := dOff + j*dCol
			o.MulScalar(dst[c:c+m], xs, y[yOff+j*yInc])
		}
	default:
		for i := range m {
			xi := x[xOff+i*xInc]
			for j := range n {
				dst[dOff+i*dRow+j*dCol] = xi * y[yOff+j*yInc]
			}
		}
	}
}

func ger[T Float](m, n int, alpha T, x []T, xOff, xInc int, y []T, yOff, yInc int, a []T, aOff, aRow, aCol int) {
	if !checkRank1("ger", m, n, len(x), xOff, xInc, len(y), yOff, yInc, len(a), aOff, aRow, aCol) || alpha == 0 {
		return
	}
	o := kernelsOf[T]()
	buf := getBuf[T]()
	defer putBuf(buf)
	switch {
	case aCol == 1:
		ys := contiguous(&buf.b, n, y, yOff, yInc)
		for i := range m {
			r := aOff + i*aRow
			o.Axpy(alpha*x[xOff+i*xInc], ys, a[r:r+n])
		}
	case aRow == 1:
		xs := contiguous(&buf.b, m, x, xOff, xInc)
		for j := range n {
			c := aOff + j*aCol
			o.Axpy(alpha*y[yOff+j*yInc], xs, a[c:c+m])
		}
	default:
		for i := range m {
			ax := alpha * x[xOff+i*xInc]
			for j := range n {
				a[aOff+i*aRow+j*aCol] += ax * y[yOff+j*yInc]
			}
		}
	}
}
