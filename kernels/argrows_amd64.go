//go:build !purego

package kernels

// argRowsAsm returns the ArgMaxRows or ArgMinRows kernel made of an
// assembly kernel rowsKernel, which takes rows of at least lanes and at
// most maxCols columns and writes -1 for a row holding a NaN (or for every
// row of a group of rows holding one), and the implementation's one-row
// kernel one, which computes the rows rowsKernel does not (too short or too
// long, or holding a NaN).
func argRowsAsm[T Float](lanes, maxCols int, rowsKernel func(x []T, ldx, rows, cols int, dst []int64), one func(x []T) int) func(rows, cols int, x []T, xOff, ldx int, dst []int64) {
	return func(rows, cols int, x []T, xOff, ldx int, dst []int64) {
		if rows == 0 {
			return
		}
		if cols < lanes || cols > maxCols {
			argRowsEach(rows, cols, x, xOff, ldx, dst, one)
			return
		}
		rowsKernel(x[xOff:], ldx, rows, cols, dst[:rows])
		for r, k := range dst[:rows] {
			if k < 0 {
				p := xOff + r*ldx
				dst[r] = int64(one(x[p : p+cols]))
			}
		}
	}
}
