package random

import "github.com/ndsimd/ndsimd/ndarray"

// zeros makes the output array of a draw; a negative dimension panics with
// NumPy's message for size, as *ndarray.ValueError.
func zeros[T ndarray.Elem](shape []int) *ndarray.Array[T] {
	for _, d := range shape {
		if d < 0 {
			panic(&ndarray.ValueError{Msg: "negative dimensions are not allowed"})
		}
	}
	return ndarray.Zeros[T](shape...)
}
