//go:build !purego

package kernels

// transposeAsm returns the Transpose kernel made of an assembly kernel
// blocks, which transposes a matrix whose sides are multiples of b (a power
// of two), and the generic twin for the edges.
func transposeAsm[T Float](b int, blocks func(dst []T, ldd int, x []T, ldx int, rows, cols int)) func(rows, cols int, dst []T, dOff, ldd int, x []T, xOff, ldx int) {
	return func(rows, cols int, dst []T, dOff, ldd int, x []T, xOff, ldx int) {
		rb, cb := rows&^(b-1), cols&^(b-1)
		if rb > 0 && cb > 0 {
			blocks(dst[dOff:], ldd, x[xOff:], ldx, rb, cb)
		}
		if cb < cols {
			transposeGeneric(rb, cols-cb, dst, dOff+cb*ldd, ldd, x, xOff+cb, ldx)
		}
		if rb < rows {
			transposeGeneric(rows-rb, cols, dst, dOff+rb, ldd, x, xOff+rb*ldx, ldx)
		}
	}
}
