package broadcast_test

import (
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/ndsimd/ndsimd/broadcast"
)

func ExampleShapes() {
	s, err := broadcast.Shapes([]int{8, 1, 6, 1}, []int{7, 1, 5})
	fmt.Println(s, err)
	s, err = broadcast.Shapes([]int{0, 3}, []int{1, 3}) // 1 stretched to 0
	fmt.Println(s, err)
	s, err = broadcast.Shapes() // nothing: 0-d
	fmt.Println(s, err)
	// Output:
	// [8 7 6 5] <nil>
	// [0 3] <nil>
	// [] <nil>
}

func ExampleShapes_error() {
	_, err := broadcast.Shapes([]int{2, 3}, []int{4})
	fmt.Printf("%q\n", err)
	var be *broadcast.Error
	fmt.Println(errors.As(err, &be), be.Shapes)
	// Output:
	// "operands could not be broadcast together with shapes (2,3) (4,) "
	// true [[2 3] [4]]
}

func ExampleError() {
	err := &broadcast.Error{Shapes: [][]int{{}, {3}, {2, 4}}}
	fmt.Printf("%q\n", err.Error())
	// Output:
	// "operands could not be broadcast together with shapes () (3,) (2,4) "
}

func ExampleFormatShape() {
	fmt.Println(broadcast.FormatShape([]int{2, 3}), broadcast.FormatShape([]int{4}), broadcast.FormatShape(nil))
	// Output:
	// (2,3) (4,) ()
}

func ExampleStrides() {
	// A (3,1) column with strides (1,1) seen as (2,3,4): the new leading
	// axis and the stretched 1 get stride 0.
	s, err := broadcast.Strides([]int{3, 1}, []int{1, 1}, []int{2, 3, 4})
	fmt.Println(s, err)
	_, err = broadcast.Strides([]int{3}, []int{1}, []int{4})
	fmt.Println(err)
	// Output:
	// [0 1 0] <nil>
	// operands could not be broadcast together with shapes (3,) (4,)
}

func ExampleSize() {
	n, err := broadcast.Size([]int{2, 3, 4})
	fmt.Println(n, err)
	_, err = broadcast.Size([]int{2, -1})
	fmt.Println(err)
	_, err = broadcast.Size([]int{math.MaxInt, 2})
	fmt.Println(err == nil)
	// Output:
	// 24 <nil>
	// negative dimensions are not allowed
	// false
}

func ExampleContiguousStrides() {
	fmt.Println(broadcast.ContiguousStrides([]int{2, 3, 4}))
	fmt.Println(broadcast.ContiguousStrides([]int{2, 0, 3}))
	// Output:
	// [12 4 1]
	// [3 3 1]
}

func ExampleExplain() {
	text, ok := broadcast.Explain([]int{2, 3}, []int{2, 3})
	fmt.Print(text)
	fmt.Println("ok:", ok)
	// Output:
	// Broadcasting a (2,3) and b (2,3)
	//
	// Step 1. Right-align the shapes and pad missing leading axes with 1 (marked *):
	//
	//     axis         -2   -1
	//     a (2,3)       2    3
	//     b (2,3)       2    3
	//     result axis   0    1
	//
	// Step 2. Compare each axis from the right. The sizes must be equal, or 1;
	// a size 1 is stretched to match the others (its data is reused, not copied).
	//
	//     axis -1 (result axis 1): a 3, b 3 -> equal: 3
	//     axis -2 (result axis 0): a 2, b 2 -> equal: 2
	//
	// Step 3. Every axis is compatible. Result shape: (2,3)
	// ok: true
}

func ExampleExplain_stretched() {
	text, _ := broadcast.Explain([]int{3, 1}, []int{1, 4})
	fmt.Print(text)
	// Output:
	// Broadcasting a (3,1) and b (1,4)
	//
	// Step 1. Right-align the shapes and pad missing leading axes with 1 (marked *):
	//
	//     axis         -2   -1
	//     a (3,1)       3    1
	//     b (1,4)       1    4
	//     result axis   0    1
	//
	// Step 2. Compare each axis from the right. The sizes must be equal, or 1;
	// a size 1 is stretched to match the others (its data is reused, not copied).
	//
	//     axis -1 (result axis 1): a 1, b 4 -> a's 1 is stretched to 4
	//     axis -2 (result axis 0): a 3, b 1 -> b's 1 is stretched to 3
	//
	// Step 3. Every axis is compatible. Result shape: (3,4)
}

func ExampleExplain_padded() {
	text, _ := broadcast.Explain([]int{2, 3}, []int{3})
	fmt.Print(text)
	// Output:
	// Broadcasting a (2,3) and b (3,)
	//
	// Step 1. Right-align the shapes and pad missing leading axes with 1 (marked *):
	//
	//     axis         -2   -1
	//     a (2,3)       2    3
	//     b (3,)        1*   3
	//     result axis   0    1
	//
	// Step 2. Compare each axis from the right. The sizes must be equal, or 1;
	// a size 1 is stretched to match the others (its data is reused, not copied).
	//
	//     axis -1 (result axis 1): a 3, b 3 -> equal: 3
	//     axis -2 (result axis 0): a 2, b 1* -> b's 1 is stretched to 2
	//
	// Step 3. Every axis is compatible. Result shape: (2,3)
}

func ExampleExplain_failure() {
	text, ok := broadcast.Explain([]int{2, 3}, []int{4})
	fmt.Println("ok:", ok)
	fmt.Print(text)
	// Output:
	// ok: false
	// Broadcasting a (2,3) and b (4,)
	//
	// Step 1. Right-align the shapes and pad missing leading axes with 1 (marked *):
	//
	//     axis         -2   -1
	//     a (2,3)       2    3
	//     b (4,)        1*   4
	//     result axis   0    1
	//
	// Step 2. Compare each axis from the right. The sizes must be equal, or 1;
	// a size 1 is stretched to match the others (its data is reused, not copied).
	//
	//     axis -1 (result axis 1): a 3, b 4 -> cannot broadcast: a has 3 and b has 4;
	//          they differ and neither is 1.
	//
	// The shapes do not broadcast, so NumPy stops here with the error:
	//
	//     ValueError: operands could not be broadcast together with shapes (2,3) (4,)
}

func ExampleExplain_threeOperands() {
	text, _ := broadcast.Explain([]int{2, 1, 4}, []int{3, 1}, []int{4})
	fmt.Print(text)
	// Output:
	// Broadcasting a (2,1,4), b (3,1) and c (4,)
	//
	// Step 1. Right-align the shapes and pad missing leading axes with 1 (marked *):
	//
	//     axis         -3   -2   -1
	//     a (2,1,4)     2    1    4
	//     b (3,1)       1*   3    1
	//     c (4,)        1*   1*   4
	//     result axis   0    1    2
	//
	// Step 2. Compare each axis from the right. The sizes must be equal, or 1;
	// a size 1 is stretched to match the others (its data is reused, not copied).
	//
	//     axis -1 (result axis 2): a 4, b 1, c 4 -> b's 1 is stretched to 4
	//     axis -2 (result axis 1): a 1, b 3, c 1* -> a's 1 and c's 1 are stretched to 3
	//     axis -3 (result axis 0): a 2, b 1*, c 1* -> b's 1 and c's 1 are stretched to 2
	//
	// Step 3. Every axis is compatible. Result shape: (2,3,4)
}

// Adding a (3,1) column to a (3,4) matrix: the iterator makes 3 runs of 4
// elements; the column's inner stride is 0.
func ExampleNewIter() {
	out := make([]float64, 12)
	x := []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	col := []float64{100, 200, 300}

	shape := []int{3, 4}
	colStrides, _ := broadcast.Strides([]int{3, 1}, []int{1, 1}, shape)
	it := broadcast.NewIter(shape, nil, []int{4, 1}, []int{4, 1}, colStrides)
	fmt.Println("coalesced shape", it.Shape(), "runs", it.Runs(), "len", it.Len(), "strides", it.Strides())
	st := it.Strides()
	for it.Next() {
		o := it.Offsets()
		for j := range it.Len() {
			out[o[0]+j*st[0]] = x[o[1]+j*st[1]] + col[o[2]+j*st[2]]
		}
	}
	fmt.Println(out)

	// Contiguous operands are a single run.
	it = broadcast.NewIter([]int{3, 4}, nil, []int{4, 1}, []int{4, 1})
	fmt.Println("coalesced shape", it.Shape(), "runs", it.Runs(), "len", it.Len())
	// Output:
	// coalesced shape [3 4] runs 3 len 4 strides [1 1 0]
	// [100 101 102 103 204 205 206 207 308 309 310 311]
	// coalesced shape [12] runs 1 len 12
}

// Split shares the runs out between goroutines.
func ExampleIter_Split() {
	shape := []int{6, 5}
	it := broadcast.NewIter(shape, nil, []int{5, 1}, []int{1, 0}) // (6,5) + (6,1)
	sums := make([]int, 3)
	var wg sync.WaitGroup
	for i, part := range it.Split(3) {
		lo, hi := part.Range()
		fmt.Printf("part %d: runs %d..%d\n", i, lo, hi)
		wg.Go(func() {
			for part.Next() {
				sums[i] += part.Len()
			}
		})
	}
	wg.Wait()
	fmt.Println(sums)
	// Output:
	// part 0: runs 0..2
	// part 1: runs 2..4
	// part 2: runs 4..6
	// [10 10 10]
}

func ExampleShape() {
	fmt.Println(broadcast.Shape{2, 400}, broadcast.Shape{5}, broadcast.Shape{})
	fmt.Println(broadcast.FormatShape([]int{2, 400}))
	// Output:
	// (2, 400) (5,) ()
	// (2,400)
}

// StridesInto writes the strides of a (3, 1) float64 array viewed at
// (2, 3, 4) into storage the caller owns, as np.broadcast_to(...).strides
// gives (0, 8, 0) in bytes.
func ExampleStridesInto() {
	dst := make([]int, 3)
	if err := broadcast.StridesInto(dst, []int{3, 1}, []int{1, 1}, []int{2, 3, 4}); err != nil {
		panic(err)
	}
	fmt.Println(dst)
	// Output: [0 1 0]
}

// NewIterCOrder walks a transposed (2, 3) view in C order of its shape:
// the runs follow the view's rows even though its columns are contiguous
// in memory. AxisStride describes the walk before the first Next.
func ExampleNewIterCOrder() {
	// The transpose of a C-contiguous (3, 2) array: shape (2, 3), strides (1, 2).
	it := broadcast.NewIterCOrder([]int{2, 3}, []int{0}, []int{1, 2})
	fmt.Println("shape", it.Shape(), "outer stride", it.AxisStride(0, 0))
	for it.Next() {
		fmt.Println("run at", it.Offsets()[0], "length", it.Len(), "stride", it.Strides()[0])
	}
	// Output:
	// shape [2 3] outer stride 1
	// run at 0 length 3 stride 2
	// run at 1 length 3 stride 2
}
