package kernels_test

import (
	"fmt"
	"slices"

	"github.com/ndsimd/ndsimd/kernels"
)

// The kernels work on flat slices: dst[i] = x[i] + y[i].
func ExampleAdd() {
	x := []float64{1, 2, 3, 4}
	y := []float64{10, 20, 30, 40}
	dst := make([]float64, len(x))
	kernels.Add(dst, x, y)
	fmt.Println(dst)
	// Output: [11 22 33 44]
}

// Use forces one implementation, here the pure-Go twins, until restore is
// called: benchmarks and tests compare implementations this way.
func ExampleUse() {
	restore, err := kernels.Use("generic")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer restore()
	fmt.Println(kernels.Active())
	// Output: generic
}

// Available lists the implementations this CPU can run, fastest first; the
// generic twins run everywhere.
func ExampleAvailable() {
	fmt.Println(slices.Contains(kernels.Available(), "generic"))
	// Output: true
}
