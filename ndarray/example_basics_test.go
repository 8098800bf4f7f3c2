package ndarray_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
)

// np.array([[0., 3, 4], [1, 6, 4]])
func ExampleFromSlice() {
	x := ndarray.FromSlice([]float64{0, 3, 4, 1, 6, 4}, 2, 3)
	fmt.Println(x.Shape(), x.Dtype())
	fmt.Println(x)
	// Output:
	// (2, 3) float64
	// [[0. 3. 4.]
	//  [1. 6. 4.]]
}

// np.arange(0, 10, 2) and np.arange(0., 1., 0.25)
func ExampleArange() {
	fmt.Println(ndarray.Arange[int64](0, 10, 2))
	fmt.Println(ndarray.Arange(0.0, 1.0, 0.25))
	// Output:
	// [0 2 4 6 8]
	// [0.   0.25 0.5  0.75]
}

// x.mean(axis=0) and x.mean()
func ExampleMean() {
	x := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3)
	fmt.Println(ndarray.Mean(x, ndarray.Axis(0)))
	fmt.Println(ndarray.Mean(x))
	// Output:
	// [2.5 3.5 4.5]
	// 3.5
}

// x.argmax(axis=1) and x.argmax()
func ExampleArgMax() {
	x := ndarray.FromSlice([]float64{1, 9, 3, 7, 5, 6}, 2, 3)
	fmt.Println(ndarray.ArgMax(x, ndarray.Axis(1)))
	fmt.Println(ndarray.ArgMax(x))
	// Output:
	// [1 0]
	// 1
}

func ExampleArray_Shape() {
	a := ndarray.Zeros[float64](2, 400)
	fmt.Println(a.Shape(), ndarray.Arange(0.0, 5, 1).Shape(), ndarray.Scalar(1.0).Shape())
	fmt.Println(a.Shape()[1])
	// Output:
	// (2, 400) (5,) ()
	// 400
}

// np.shape(a) == np.shape(b), for arrays of any element types.
func ExampleSameShape() {
	a := ndarray.Zeros[float64](2, 3)
	b := ndarray.Zeros[bool](2, 3)
	c := ndarray.Zeros[float64](3, 2)
	fmt.Println(ndarray.SameShape(a, b), ndarray.SameShape(a, c))
	// Output: true false
}
