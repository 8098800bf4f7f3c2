package kernels_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/kernels"
)

// AddStream adds like Add but writes dst with non-temporal stores, for a
// large fresh result whose memory is not in cache (ufunc uses it for
// results of 1 MiB or more); the values are Add's, bit for bit.
func ExampleAddStream() {
	x := []float64{1, 2, 3, 4, 5}
	y := []float64{10, 20, 30, 40, 50}
	dst := make([]float64, len(x))
	kernels.AddStream(dst, x, y)
	fmt.Println(dst)
	// Output: [11 22 33 44 55]
}
