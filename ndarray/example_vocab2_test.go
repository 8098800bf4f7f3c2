package ndarray_test

import (
	"fmt"
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
)

func ExampleConcatenate() {
	a := ndarray.FromSlice([]float64{1, 2, 3, 4}, 2, 2)
	b := ndarray.FromSlice([]float64{5, 6}, 2, 1)
	fmt.Println(ndarray.Concatenate([]*ndarray.Array[float64]{a, b}, 1))
	// Output:
	// [[1. 2. 5.]
	//  [3. 4. 6.]]
}

func ExampleSort() {
	a := ndarray.FromSlice([]float64{3, math.NaN(), -1, 2})
	fmt.Println(ndarray.Sort(a, -1))
	// Output: [-1.  2.  3. nan]
}

func ExampleArgsort() {
	a := ndarray.FromSlice([]int64{30, 10, 30, 20})
	fmt.Println(ndarray.Argsort(a, -1))
	// Output: [1 3 0 2]
}

func ExampleUnique() {
	a := ndarray.FromSlice([]int64{3, 1, 3, 2, 1, 3})
	values, counts := ndarray.UniqueCounts(a)
	fmt.Println(ndarray.Unique(a), values, counts)
	// Output: [1 2 3] [1 2 3] [2 1 3]
}

func ExampleMedian() {
	a := ndarray.FromSlice([]float64{1, 9, 2, 8, 3, 7}, 2, 3)
	fmt.Println(ndarray.Median(a))
	fmt.Println(ndarray.Median(a, ndarray.Axis(1)))
	// Output:
	// 5.0
	// [2. 7.]
}

func ExampleCumsum() {
	a := ndarray.FromSlice([]int32{1, 2, 3, 4}, 2, 2)
	fmt.Println(ndarray.CumsumInt64(a))
	fmt.Println(ndarray.Cumsum(a, ndarray.Axis(0)))
	// Output:
	// [ 1  3  6 10]
	// [[1 2]
	//  [4 6]]
}
