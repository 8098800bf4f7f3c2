package broadcast_test

import (
	"bytes"
	"fmt"

	"github.com/ndsimd/ndsimd/broadcast"
)

func ExampleExplainSVG() {
	svg, err := broadcast.ExplainSVG([]int{3, 1}, []int{4})
	fmt.Println(bytes.HasPrefix(svg, []byte("<svg ")), err)

	// Shapes that do not broadcast still give a picture, and NumPy's error.
	svg, err = broadcast.ExplainSVG([]int{2, 3}, []int{4})
	fmt.Println(bytes.Contains(svg, []byte(err.Error())))
	fmt.Println(err)
	// Output:
	// true <nil>
	// true
	// operands could not be broadcast together with shapes (2,3) (4,)
}

func ExampleExplainSVGValues() {
	// a = [[0], [10], [20]] and b = [1, 2, 3, 4]: the cells hold these
	// values and the result cells their sums (21 is 20 + 1).
	svg, err := broadcast.ExplainSVGValues([][]float64{{0, 10, 20}, {1, 2, 3, 4}}, []int{3, 1}, []int{4})
	fmt.Println(err, bytes.Contains(svg, []byte(">21</text>")))
	// Output:
	// <nil> true
}
