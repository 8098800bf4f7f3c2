//go:build !purego

package kernels

// sumRowsAsm returns the SumRows kernel made of an assembly kernel
// columns, which takes at least one row and at least lanes columns, and
// the generic twin for the other shapes.
func sumRowsAsm[T Float](lanes int, columns func(x []T, ldx, rows, cols int, dst []T)) func(rows, cols int, x []T, xOff, ldx int, dst []T) {
	return func(rows, cols int, x []T, xOff, ldx int, dst []T) {
		if rows == 0 || cols < lanes {
			sumRowsGeneric(rows, cols, x, xOff, ldx, dst)
			return
		}
		columns(x[xOff:], ldx, rows, cols, dst[:cols])
	}
}
