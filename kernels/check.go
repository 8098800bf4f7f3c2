package kernels

import "fmt"

// LengthError is the panic value of a kernel called with slices whose
// lengths do not fit (a programming error in the caller).
type LengthError struct {
	Msg string
}

// Error returns the error message.
func (e *LengthError) Error() string { return "kernels: " + e.Msg }

func checkLen2(a, b int) {
	if a != b {
		panic(&LengthError{fmt.Sprintf("slice lengths differ: %d and %d", a, b)})
	}
}

func checkLen3(a, b, c int) {
	if a != b || a != c {
		panic(&LengthError{fmt.Sprintf("slice lengths differ: %d, %d and %d", a, b, c)})
	}
}

// checkStrided panics unless off, off+inc, ..., off+(n-1)*inc are all
// indexes of a slice of length size.
func checkStrided(n, size, off, inc int) {
	if n < 0 {
		panic(&LengthError{fmt.Sprintf("negative count %d", n)})
	}
	if n == 0 {
		return
	}
	last := off + (n-1)*inc
	if off < 0 || off >= size || last < 0 || last >= size || (inc != 0 && (last-off)/inc != n-1) {
		panic(&LengthError{fmt.Sprintf("strided access of %d elements from %d by %d is outside a slice of length %d", n, off, inc, size)})
	}
}

// checkRowMajor panics unless the rows x cols matrix at off with row stride
// ld (at least cols; unused when rows <= 1) lies in a slice of length size.
func checkRowMajor(rows, cols, size, off, ld int) {
	if rows < 0 || cols < 0 {
		panic(&LengthError{fmt.Sprintf("negative matrix shape %dx%d", rows, cols)})
	}
	if rows == 0 || cols == 0 {
		return
	}
	if off < 0 || (rows > 1 && ld < cols) || off+(rows-1)*ld+cols > size {
		panic(&LengthError{fmt.Sprintf("matrix %dx%d from %d with row stride %d is outside a slice of length %d", rows, cols, off, ld, size)})
	}
}
