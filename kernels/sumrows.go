package kernels

// sumRowsGeneric is the generic twin of SumRows:
//
//	for j := range cols { s := x[xOff+j]; for t := 1; t < rows; t++ { s += x[xOff+t*ldx+j] }; dst[j] = s }
//
// computed row by row into dst (the same additions in the same order).
func sumRowsGeneric[T Float](rows, cols int, x []T, xOff, ldx int, dst []T) {
	if rows == 0 {
		clear(dst[:cols])
		return
	}
	copy(dst[:cols], x[xOff:xOff+cols])
	for t := 1; t < rows; t++ {
		row := x[xOff+t*ldx : xOff+t*ldx+cols]
		for j, v := range row {
			dst[j] += v
		}
	}
}
