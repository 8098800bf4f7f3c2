package kernels

import (
	"fmt"
	"math"
)

// maxStrideSpan bounds |stride*(count-1)| so that index arithmetic on checked
// arguments cannot overflow (an offset below a slice length plus two spans
// stays below math.MaxInt).
const maxStrideSpan = math.MaxInt >> 3

// checkSizes panics unless every size is non-negative.
func checkSizes(op string, sizes ...int) {
	for _, s := range sizes {
		if s < 0 {
			panic(&LengthError{fmt.Sprintf("%s: negative dimension %d", op, s)})
		}
	}
}

// span returns the smallest and largest values of i*stride for 0 <= i < count
// (count > 0), or ok == false if they could overflow.
func span(count, stride int) (lo, hi int, ok bool) {
	if count > 1 && (stride > maxStrideSpan/(count-1) || stride < -maxStrideSpan/(count-1)) {
		return 0, 0, false
	}
	v := (count - 1) * stride
	return min(0, v), max(0, v), true
}

// checkMatrix panics unless every element of a rows×cols matrix at off with
// strides rs and cs lies in a slice of length size. An empty matrix reaches
// nothing and always passes.
func checkMatrix(op, name string, rows, cols, size, off, rs, cs int) {
	if rows == 0 || cols == 0 {
		return
	}
	rlo, rhi, ok1 := span(rows, rs)
	clo, chi, ok2 := span(cols, cs)
	if !ok1 || !ok2 || off < 0 || off >= size || off+rlo+clo < 0 || off+rhi+chi >= size {
		panic(&LengthError{fmt.Sprintf("%s: %s of shape (%d,%d) at offset %d with strides (%d,%d) reaches outside a slice of length %d",
			op, name, rows, cols, off, rs, cs, size)})
	}
}

// checkVector panics unless the n elements off, off+inc, ... lie in a slice
// of length size.
func checkVector(op, name string, n, size, off, inc int) {
	if n == 0 {
		return
	}
	lo, hi, ok := span(n, inc)
	if !ok || off < 0 || off >= size || off+lo < 0 || off+hi >= size {
		panic(&LengthError{fmt.Sprintf("%s: %s of length %d at offset %d with increment %d reaches outside a slice of length %d",
			op, name, n, off, inc, size)})
	}
}
