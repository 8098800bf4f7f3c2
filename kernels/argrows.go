package kernels

// argMaxRowsGeneric is the generic twin of ArgMaxRows:
//
//	for r := range rows { dst[r] = argMaxGeneric(x[xOff+r*ldx : xOff+r*ldx+cols]) }
func argMaxRowsGeneric[T Float](rows, cols int, x []T, xOff, ldx int, dst []int64) {
	argRowsEach(rows, cols, x, xOff, ldx, dst, argMaxGeneric[T])
}

// argMinRowsGeneric is the generic twin of ArgMinRows:
//
//	for r := range rows { dst[r] = argMinGeneric(x[xOff+r*ldx : xOff+r*ldx+cols]) }
func argMinRowsGeneric[T Float](rows, cols int, x []T, xOff, ldx int, dst []int64) {
	argRowsEach(rows, cols, x, xOff, ldx, dst, argMinGeneric[T])
}

// argRowsEach sets dst[r] to arg of row r of the rows x cols matrix at
// x[xOff:] with row stride ldx.
func argRowsEach[T Float](rows, cols int, x []T, xOff, ldx int, dst []int64, arg func([]T) int) {
	for r := range rows {
		p := xOff + r*ldx
		dst[r] = int64(arg(x[p : p+cols]))
	}
}
