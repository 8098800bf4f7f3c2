package ndarray_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
)

func ExampleArray_Reshape() {
	a := ndarray.Arange[float64](0, 6, 1)
	b := a.Reshape(2, -1) // a view: it shares a's data
	b.Set(100, 1, 2)
	fmt.Println(b.Shape(), a.At(5))
	// Output: (2, 3) 100
}

func ExampleArray_Slice() {
	a := ndarray.Arange[int64](0, 10, 1)
	fmt.Println(a.Slice(ndarray.SS(8, 1, -3)).Values()) // a[8:1:-3]
	// Output: [8 5 2]
}

func ExampleArray_BroadcastTo() {
	row := ndarray.FromSlice([]float64{1, 2, 3})
	m := row.BroadcastTo(2, 3)
	fmt.Println(m.Shape(), m.Strides(), m.Values())
	// Output: (2, 3) [0 1] [1 2 3 1 2 3]
}

func ExampleSum() {
	x := ndarray.FromSlice([]float64{0, 3, 4, 1, 6, 4}, 2, 3)
	s := ndarray.Sum(x, ndarray.Axis(1), ndarray.KeepDims(true))
	fmt.Println(s.Shape(), s.Values())
	// Output: (2, 1) [7 11]
}

func ExampleNorm() {
	x := ndarray.FromSlice([]float64{0, 3, 4, 1, 6, 4}, 2, 3)
	n := ndarray.Norm(x, ndarray.Axis(1), ndarray.KeepDims(true)) // np.linalg.norm(x, axis=1, keepdims=True)
	fmt.Printf("%v %.6f\n", n.Shape(), n.Values())
	// Output: (2, 1) [5.000000 7.280110]
}

func ExampleArray_Transpose() {
	a := ndarray.Zeros[float32](2, 3, 4)
	fmt.Println(a.Transpose(1, 0, 2).Shape(), a.T().Shape())
	// Output: (3, 2, 4) (4, 3, 2)
}

func ExampleAsType() {
	f := ndarray.FromSlice([]float64{-1.7, 2.9})
	fmt.Println(ndarray.AsType[int32](f).Values())
	// Output: [-1 2]
}

func ExampleMayShareMemory() {
	a := ndarray.Arange[float64](0, 10, 1)
	evens, odds := a.Slice(ndarray.Step(2)), a.Slice(ndarray.SS(1, 10, 2))
	fmt.Println(ndarray.MayShareMemory(evens, odds), ndarray.MayShareMemory(a, a.Copy()))
	// Output: true false
}
