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
