package ndarray_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
)

// X[labels == 1]: the rows of X whose label is 1 (the mask covers the
// leading axis), and a[mask] over every element.
func ExampleMaskSelect() {
	X := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 3, 2)
	rows := ndarray.FromSlice([]bool{true, false, true})
	fmt.Println(ndarray.MaskSelect(X, rows))
	mask := ndarray.FromSlice([]bool{false, true, true, false, false, true}, 3, 2)
	fmt.Println(ndarray.MaskSelect(X, mask))
	ndarray.MaskAssign(X, mask, 0)
	fmt.Println(X.Values())
	// Output:
	// [[1. 2.]
	//  [5. 6.]]
	// [2. 3. 6.]
	// [1 0 0 4 5 0]
}

// np.take with and without an axis; negative indexes count from the end.
func ExampleTake() {
	a := ndarray.FromSlice([]float64{10, 20, 30, 40, 50, 60}, 2, 3)
	fmt.Println(ndarray.Take(a, ndarray.FromSlice([]int64{0, -1, 2})))
	fmt.Println(ndarray.TakeAxis(a, ndarray.FromSlice([]int64{2, 0}), 1))
	defer func() { fmt.Println(recover()) }()
	ndarray.TakeAxis(a, ndarray.FromSlice([]int64{5}), 0)
	// Output:
	// [10. 60. 30.]
	// [[30. 10.]
	//  [60. 40.]]
	// index 5 is out of bounds for axis 0 with size 2
}
