package kernels_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/kernels"
)

// A 2×3 row-major A times a 3×2 row-major B into a 2×2 C.
func ExampleGemmF64() {
	a := []float64{1, 2, 3, 4, 5, 6}
	b := []float64{7, 8, 9, 10, 11, 12}
	c := make([]float64, 4)
	kernels.GemmF64(2, 2, 3, 1, a, 0, 3, 1, b, 0, 2, 1, 0, c, 0, 2, 1)
	fmt.Println(c)
	// Aᵀ·A without copying: Aᵀ is A with its strides swapped (row 1, column 3).
	ata := make([]float64, 9)
	kernels.GemmF64(3, 3, 2, 1, a, 0, 1, 3, a, 0, 3, 1, 0, ata, 0, 3, 1)
	fmt.Println(ata)
	// Output:
	// [58 64 139 154]
	// [17 22 27 22 29 36 27 36 45]
}

func ExampleGemmF32() {
	a := []float32{1, 2, 3, 4}
	c := []float32{1, 1, 1, 1}
	kernels.GemmF32(2, 2, 2, 2, a, 0, 2, 1, a, 0, 2, 1, -1, c, 0, 2, 1) // c = 2·A·A - c
	fmt.Println(c)
	// Output: [13 19 29 43]
}

func ExampleSetGemmThreads() {
	prev := kernels.SetGemmThreads(1) // single-threaded products from now on
	defer kernels.SetGemmThreads(prev)
	fmt.Println(prev)
	// Output: 0
}
