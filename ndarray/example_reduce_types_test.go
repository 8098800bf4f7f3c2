package ndarray_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
)

// NumPy's sum of a uint8 array is uint64: SumUint64 gives it, where a sum
// in uint8 would wrap (SumAs asks for that explicitly).
func ExampleSumUint64() {
	img := ndarray.Full[uint8](255, 2, 2, 3)
	fmt.Println(ndarray.SumUint64(img), ndarray.SumAs[uint8](img))
	fmt.Println(ndarray.SumInt64(ndarray.FromSlice([]bool{true, false, true}, 3)))
	// Output:
	// 3060 244
	// 2
}

// The mean of an integer array is float64, as NumPy's.
func ExampleMeanFloat64() {
	x := ndarray.FromSlice([]int64{1, 2, 3, 4, 5, 6}, 2, 3)
	fmt.Println(ndarray.MeanFloat64(x), ndarray.VarFloat64(x, ndarray.Axis(1), ndarray.DDof(1)))
	// Output:
	// 3.5 [1. 1.]
}

func ExampleArray_RavelOrder() {
	x := ndarray.Arange[int64](0, 6, 1).Reshape(2, 3)
	fmt.Println(x.RavelOrder(ndarray.OrderF), x.ReshapeOrder(ndarray.OrderF, 3, 2))
	// Output:
	// [0 3 1 4 2 5] [[0 4]
	//  [3 2]
	//  [1 5]]
}
