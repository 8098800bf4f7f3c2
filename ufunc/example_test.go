package ufunc_test

import (
	"errors"
	"fmt"

	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

// Broadcasting a (2,3) matrix with a (3,) row and a (2,1) column.
func ExampleAdd() {
	m := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3)
	row := ndarray.FromSlice([]float64{10, 20, 30})
	col := ndarray.FromSlice([]float64{100, 200}, 2, 1)
	fmt.Println(ufunc.Add(m, row).Values())
	s := ufunc.Add(row, col)
	fmt.Println(s.Shape(), s.Values())
	// Output:
	// [11 22 33 14 25 36]
	// (2, 3) [110 120 130 210 220 230]
}

// Writing into an existing array, in place.
func ExampleAddInto() {
	x := ndarray.FromSlice([]float64{1, 2, 3})
	ufunc.AddInto(x, x, ndarray.Scalar(0.5))
	fmt.Println(x.Values())
	// Output: [1.5 2.5 3.5]
}

// A view overlapping the input gives NumPy's result, as if the input had
// been copied first.
func ExampleAddInto_overlap() {
	x := ndarray.FromSlice([]float64{1, 2, 3, 4})
	ufunc.AddInto(x.Slice(ndarray.From(1)), x.Slice(ndarray.To(3)), ndarray.Scalar(10.0))
	fmt.Println(x.Values())
	// Output: [1 11 12 13]
}

func ExampleAddScalar() {
	x := ndarray.FromSlice([]int64{1, 2, 3})
	fmt.Println(ufunc.AddScalar(x, 2).Values())
	// Output: [3 4 5]
}

func ExampleSubtract() {
	x := ndarray.FromSlice([]float32{1, 2, 3})
	fmt.Println(ufunc.Subtract(ndarray.Scalar[float32](1), x).Values())
	// Output: [0 -1 -2]
}

func ExampleMultiply() {
	x := ndarray.FromSlice([]int32{1, 2, 3, 4}, 2, 2)
	fmt.Println(ufunc.Multiply(x, x.T()).Values())
	// Output: [1 6 6 16]
}

func ExampleDivide() {
	x := ndarray.FromSlice([]float64{1, -1, 0})
	fmt.Println(ufunc.Divide(x, ndarray.Scalar(0.0)).Values())
	// Output: [+Inf -Inf NaN]
}

func ExampleMaximum() {
	x := ndarray.FromSlice([]float64{1, 5, 3})
	y := ndarray.FromSlice([]float64{4, 2, 0}).Slice(ndarray.Step(-1))
	fmt.Println(ufunc.Maximum(x, y).Values())
	// Output: [1 5 4]
}

func ExamplePower() {
	x := ndarray.FromSlice([]float64{1, 2, 3})
	fmt.Println(ufunc.PowerScalar(x, 2).Values())
	// Output: [1 4 9]
}

func ExampleExp() {
	x := ndarray.FromSlice([]float64{0, 1})
	fmt.Printf("%.6f\n", ufunc.Exp(x).Values())
	// Output: [1.000000 2.718282]
}

func ExampleSqrt() {
	x := ndarray.FromSlice([]float64{4, 9, 16, 25}, 2, 2)
	fmt.Println(ufunc.Sqrt(x.T()).Values())
	// Output: [2 4 3 5]
}

func ExampleNegative() {
	x := ndarray.FromSlice([]uint8{0, 1, 255})
	fmt.Println(ufunc.Negative(x).Values())
	// Output: [0 255 1]
}

func ExampleDot() {
	a := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3)
	v := ndarray.FromSlice([]float64{1, 0, -1})
	fmt.Println(ufunc.Dot(a, v).Values())
	fmt.Println(ufunc.Dot(v, v).Item())
	// Output:
	// [-2 -2]
	// 2
}

func ExampleMatmul() {
	a := ndarray.FromSlice([]float64{1, 2, 3, 4}, 2, 2)
	batch := ndarray.FromSlice([]float64{1, 0, 0, 1, 0, 1, 1, 0}, 2, 2, 2) // identity, swap
	r := ufunc.Matmul(a, batch)
	fmt.Println(r.Shape(), r.Values())
	// Output: (2, 2, 2) [1 2 3 4 2 1 4 3]
}

func ExampleOuter() {
	a := ndarray.FromSlice([]float64{1, 2})
	b := ndarray.FromSlice([]float64{1, 10, 100})
	r := ufunc.Outer(a, b)
	fmt.Println(r.Shape(), r.Values())
	// Output: (2, 3) [1 10 100 2 20 200]
}

// Shapes that do not broadcast panic with a *broadcast.Error.
func Example_broadcastError() {
	defer func() {
		err, _ := recover().(error)
		var be *broadcast.Error
		fmt.Println(errors.As(err, &be), err)
	}()
	ufunc.Add(ndarray.Zeros[float64](2, 3), ndarray.Zeros[float64](4))
	// Output: true operands could not be broadcast together with shapes (2,3) (4,)
}

func ExampleSetThreads() {
	prev := ufunc.SetThreads(1) // one goroutine, e.g. for a benchmark baseline
	defer ufunc.SetThreads(prev)
	fmt.Println(ufunc.Threads())
	// Output: 1
}

func ExampleMatmulInto() {
	a := ndarray.FromSlice([]float64{1, 2, 3, 4}, 2, 2)
	out := ndarray.Zeros[float64](2, 2)
	ufunc.MatmulInto(out, a, a) // np.matmul(a, a, out=out), no allocation
	fmt.Println(out.Values())
	// Output: [7 10 15 22]
}
