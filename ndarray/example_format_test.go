package ndarray_test

import (
	"fmt"
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
)

func ExampleArray_String() {
	a := ndarray.FromSlice([]float64{1, 2.5, -3, 0.125}, 2, 2)
	fmt.Println(a) // fmt uses String: NumPy's str(a)
	fmt.Println(ndarray.FromSlice([]float64{1e-5, 1, math.NaN()}))
	fmt.Println(ndarray.FromSlice([]bool{true, false}))
	fmt.Println(ndarray.Arange[int64](0, 24, 1).Reshape(2, 3, 4))
	fmt.Println(ndarray.Scalar(1.5)) // a 0-d array prints as its scalar
	// Output:
	// [[ 1.     2.5  ]
	//  [-3.     0.125]]
	// [1.e-05 1.e+00    nan]
	// [ True False]
	// [[[ 0  1  2  3]
	//   [ 4  5  6  7]
	//   [ 8  9 10 11]]
	//
	//  [[12 13 14 15]
	//   [16 17 18 19]
	//   [20 21 22 23]]]
	// 1.5
}

func ExampleArray_Repr() {
	a := ndarray.FromSlice([]float32{1, 2.5, -3, 0.125}, 2, 2)
	fmt.Println(a.Repr())
	fmt.Printf("%#v\n", ndarray.FromSlice([]uint8{1, 2, 3})) // %#v uses GoString: Repr
	fmt.Println(ndarray.Arange[float64](0, 2000, 1).Repr())
	fmt.Println(ndarray.Scalar(1.5).Repr())
	// Output:
	// array([[ 1.   ,  2.5  ],
	//        [-3.   ,  0.125]], dtype=float32)
	// array([1, 2, 3], dtype=uint8)
	// array([0.000e+00, 1.000e+00, 2.000e+00, ..., 1.997e+03, 1.998e+03,
	//        1.999e+03])
	// array(1.5)
}

func ExampleArray_Format() {
	opts := ndarray.DefaultPrintOptions()
	opts.Precision = 3
	opts.Sign = '+'
	fmt.Println(ndarray.FromSlice([]float64{math.Pi, -math.E}).Format(opts))
	// Output: [+3.142 -2.718]
}

func ExampleArray_ReprWith() {
	opts := ndarray.DefaultPrintOptions()
	opts.Threshold = 5
	opts.EdgeItems = 2
	fmt.Println(ndarray.Arange[int64](0, 10, 1).ReprWith(opts))
	// Output: array([0, 1, ..., 8, 9])
}

func ExampleDefaultPrintOptions() {
	opts := ndarray.DefaultPrintOptions()
	fmt.Println(opts.Precision, opts.Threshold, opts.EdgeItems, opts.LineWidth, opts.FloatMode)
	// Output: 8 1000 3 75 maxprec
}
