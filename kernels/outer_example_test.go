package kernels_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/kernels"
)

func ExampleOuterF64() {
	x := []float64{1, 2}
	y := []float64{3, 4, 5}
	dst := make([]float64, 6) // 2×3, row-major
	kernels.OuterF64(2, 3, x, 0, 1, y, 0, 1, dst, 0, 3, 1)
	fmt.Println(dst)
	// Output: [3 4 5 6 8 10]
}

func ExampleOuterF32() {
	dst := make([]float32, 4)
	kernels.OuterF32(2, 2, []float32{1, -1}, 0, 1, []float32{2, 3}, 0, 1, dst, 0, 1, 2) // column-major dst
	fmt.Println(dst)
	// Output: [2 -2 3 -3]
}

func ExampleGerF64() {
	a := []float64{1, 1, 1, 1}                                                        // 2×2
	kernels.GerF64(2, 2, 2, []float64{1, 2}, 0, 1, []float64{3, 4}, 0, 1, a, 0, 2, 1) // A += 2·x·yᵀ
	fmt.Println(a)
	// Output: [7 9 13 17]
}

func ExampleGerF32() {
	a := make([]float32, 2)
	kernels.GerF32(1, 2, 1, []float32{3}, 0, 1, []float32{1, 2}, 0, 1, a, 0, 2, 1)
	fmt.Println(a)
	// Output: [3 6]
}
