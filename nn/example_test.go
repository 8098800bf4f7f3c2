package nn_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/nn"
)

func ExampleBasicSigmoid() {
	fmt.Println(nn.BasicSigmoid(3))
	// Output: 0.9525741268224334
}

func ExampleSigmoid() {
	x := ndarray.FromSlice([]float64{1, 2, 3})
	fmt.Printf("%.8f\n", nn.Sigmoid(x).Values())
	// Output: [0.73105858 0.88079708 0.95257413]
}

func ExampleSigmoidDerivative() {
	x := ndarray.FromSlice([]float64{1, 2, 3})
	fmt.Printf("%.8f\n", nn.SigmoidDerivative(x).Values())
	// Output: [0.19661193 0.10499359 0.04517666]
}

func ExampleImage2Vector() {
	image := ndarray.Zeros[uint8](3, 3, 2)
	fmt.Println(nn.Image2Vector(image).Shape())
	// Output: (18, 1)
}

func ExampleNormalizeRows() {
	x := ndarray.FromSlice([]float64{0, 3, 4, 1, 6, 4}, 2, 3)
	fmt.Printf("%.8f\n", nn.NormalizeRows(x).Values())
	// Output: [0.00000000 0.60000000 0.80000000 0.13736056 0.82416338 0.54944226]
}

func ExampleSoftmax() {
	x := ndarray.FromSlice([]float64{9, 2, 5, 0, 0, 7, 5, 0, 0, 0}, 2, 5) // the notebook's [[9,2,5,0,0],[7,5,0,0,0]]
	fmt.Printf("%.8f\n", nn.Softmax(x).Values())
	// Output: [0.98089766 0.00089446 0.01796577 0.00012105 0.00012105 0.87867986 0.11891639 0.00080125 0.00080125 0.00080125]
}

func ExampleL1() {
	yhat := ndarray.FromSlice([]float64{.9, .2, .1, .4, .9})
	y := ndarray.FromSlice([]float64{1, 0, 0, 1, 1})
	fmt.Printf("%.2f\n", nn.L1(yhat, y))
	// Output: 1.10
}

func ExampleL2() {
	yhat := ndarray.FromSlice([]float64{.9, .2, .1, .4, .9})
	y := ndarray.FromSlice([]float64{1, 0, 0, 1, 1})
	fmt.Printf("%.2f\n", nn.L2(yhat, y))
	// Output: 0.43
}
