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

// CopyStream copies with non-temporal stores and does not fence them:
// after the last streaming copy into a block, StreamFence makes the stores
// visible before the result is read.
func ExampleCopyStream() {
	x := []float32{1.5, -2, 3.25, 0}
	dst := make([]float32, len(x))
	kernels.CopyStream(dst, x)
	kernels.StreamFence()
	fmt.Println(dst)
	// Output: [1.5 -2 3.25 0]
}

// CopyStreamElems copies any pointer-free element type, here bools.
func ExampleCopyStreamElems() {
	src := []bool{true, false, true}
	dst := make([]bool, len(src))
	kernels.CopyStreamElems(dst, src)
	kernels.StreamFence()
	fmt.Println(dst)
	// Output: [true false true]
}
