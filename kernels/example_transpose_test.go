package kernels_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/kernels"
)

func ExampleTranspose() {
	// The 2x3 matrix [[1 2 3] [4 5 6]] (row stride 3) into a 3x2 one (row stride 2).
	x := []float64{1, 2, 3, 4, 5, 6}
	dst := make([]float64, 6)
	kernels.Transpose(2, 3, dst, 0, 2, x, 0, 3)
	fmt.Println(dst)
	// Output: [1 4 2 5 3 6]
}

func ExampleHasVectorArgsortF64() {
	idx := make([]int64, 4)
	kernels.ArgsortF64(idx, []float64{2, -1, 2, 0}) // vectorised or not, the same stable order
	fmt.Println(idx, kernels.HasVectorArgsortF64() || !kernels.HasVectorArgsortF64())
	// Output: [1 3 0 2] true
}
