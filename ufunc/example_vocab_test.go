package ufunc_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

// A > 0.5 as a bool array, and comparisons with a number on either side.
func ExampleGreater() {
	a := ndarray.FromSlice([]float64{0.2, 0.7, 0.5, 0.9})
	fmt.Println(ufunc.Greater(a, ndarray.FromSlice([]float64{0.1, 0.8, 0.5, 0.3})).Values())
	fmt.Println(ufunc.GreaterScalar(a, 0.5).Values())
	// Output:
	// [true false false true]
	// [false true false true]
}

// np.where(x > 0, x, 0.1*x): a leaky ReLU.
func ExampleWhere() {
	x := ndarray.FromSlice([]float64{-2, -1, 0, 1, 2})
	y := ufunc.Where(ufunc.GreaterScalar(x, 0), x, ufunc.MultiplyScalar(x, 0.1))
	fmt.Println(y.Values())
	// Output: [-0.2 -0.1 0 1 2]
}

// np.clip with both bounds, and with one (np.clip(x, 0, None)).
func ExampleClip() {
	x := ndarray.FromSlice([]float64{-3, -0.5, 0.25, 2})
	fmt.Println(ufunc.Clip(x, -1, 1).Values())
	fmt.Println(ufunc.ClipLower(x, 0).Values())
	// Output:
	// [-1 -0.5 0.25 1]
	// [0 0 0.25 2]
}
