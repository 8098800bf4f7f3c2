package kernels

// transposeTile is the side of the tiles the generic twin of Transpose
// works in, so that each source line it reads is used while in cache.
const transposeTile = 32

// transposeGeneric is the generic twin of Transpose: tile by tile, each
// tile row by row of x.
func transposeGeneric[T Float](rows, cols int, dst []T, dOff, ldd int, x []T, xOff, ldx int) {
	for ib := 0; ib < rows; ib += transposeTile {
		ie := min(ib+transposeTile, rows)
		for jb := 0; jb < cols; jb += transposeTile {
			je := min(jb+transposeTile, cols)
			for i := ib; i < ie; i++ {
				src := x[xOff+i*ldx+jb : xOff+i*ldx+je]
				d := dOff + jb*ldd + i
				for _, v := range src {
					dst[d] = v
					d += ldd
				}
			}
		}
	}
}

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
