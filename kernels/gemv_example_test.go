package kernels_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/kernels"
)

func ExampleGemvF64() {
	a := []float64{1, 2, 3, 4, 5, 6} // 2×3, row-major
	x := []float64{1, 0, -1}
	y := []float64{10, 20}
	kernels.GemvF64(2, 3, 1, a, 0, 3, 1, x, 0, 1, 1, y, 0, 1) // y = A·x + y
	fmt.Println(y)
	// Aᵀ·z: the transpose is the same data with strides (1, 3).
	z := []float64{1, 1}
	w := make([]float64, 3)
	kernels.GemvF64(3, 2, 1, a, 0, 1, 3, z, 0, 1, 0, w, 0, 1)
	fmt.Println(w)
	// Output:
	// [8 18]
	// [5 7 9]
}

func ExampleGemvF32() {
	a := []float32{1, 2, 3, 4}
	y := make([]float32, 2)
	kernels.GemvF32(2, 2, 0.5, a, 0, 2, 1, []float32{2, 2}, 0, 1, 0, y, 0, 1)
	fmt.Println(y)
	// Output: [3 7]
}

// GemvKernel names the matrix-vector kernel in use, for reports such as
// `ndsimd cpu`: "avx512 4-row" on an AVX-512 machine, "neon Dot per row" on
// arm64, "generic 4-row" with NDSIMD_KERNELS=generic.
func ExampleGemvKernel() {
	restore, _ := kernels.Use("generic")
	defer restore()
	fmt.Println(kernels.GemvKernel("f64"))
	// Output: generic 4-row
}
