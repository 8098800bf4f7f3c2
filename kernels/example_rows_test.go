package kernels_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/kernels"
)

// The index of each row's largest and smallest element, as NumPy's
// x.argmax(axis=1) and x.argmin(axis=1); ties give the first index.
func ExampleArgMaxRows() {
	x := []float64{
		3, 9, 9, 1,
		-2, -5, 0, -5,
		7, 7, 2, 8,
	}
	maxAt := make([]int64, 3)
	minAt := make([]int64, 3)
	kernels.ArgMaxRows(3, 4, x, 0, 4, maxAt)
	kernels.ArgMinRows(3, 4, x, 0, 4, minAt)
	fmt.Println(maxAt, minAt)
	// Output: [1 2 3] [3 1 2]
}

// The column sums of a matrix, as NumPy's x.sum(axis=0): the rows are
// added in order, and the sums overwrite dst.
func ExampleSumRows() {
	x := []float64{
		3, 9, 9, 1,
		-2, -5, 0, -5,
		7, 7, 2, 8,
	}
	sums := make([]float64, 4)
	kernels.SumRows(3, 4, x, 0, 4, sums)
	fmt.Println(sums)
	// Output: [8 11 11 4]
}
