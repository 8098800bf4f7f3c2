package kernels_test

import (
	"fmt"
	"math"

	"github.com/ndsimd/ndsimd/kernels"
)

func ExampleSort() {
	x := []float64{3, math.NaN(), -1, 2.5, math.Inf(-1), 0}
	kernels.Sort(x)
	fmt.Println(x)
	// Output: [-Inf -1 0 2.5 3 NaN]
}

func ExampleNthElement() {
	x := []float32{9, 4, 7, 1, 8}
	kernels.NthElement(x, 2) // the median
	fmt.Println(x[2])
	// Output: 7
}

func ExampleArgsortF64() {
	x := []float64{2, 1, 2, math.NaN(), 1}
	idx := make([]int64, len(x))
	kernels.ArgsortF64(idx, x)
	fmt.Println(idx)
	// Output: [1 4 0 2 3]
}

func ExampleSortKernel() {
	restore, err := kernels.Use("generic") // as NDSIMD_KERNELS=generic
	if err != nil {
		panic(err)
	}
	defer restore()
	fmt.Println(kernels.SortKernel("f64"), kernels.SortKernel("f32"), kernels.ArgsortKernel())
	// Output: generic generic generic
}
