package ufunc

import (
	"math"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// Power with a subnormal base is NumPy's (it used Go's math.Pow, 34x off on
// amd64), contiguous and strided; PowerScalar's fast exponents agree with
// the exact values.
func TestPowerSubnormalAndFastPaths(t *testing.T) {
	x := ndarray.FromSlice([]float64{5e-324, 5e-324})
	if got := Power(x, ndarray.Scalar(0.1)).Values(); got[0] != 4.6706622762338734e-33 || got[1] != got[0] {
		t.Errorf("Power(5e-324, 0.1) = %v, NumPy 4.6706622762338734e-33", got)
	}
	if got := Power(x.Slice(ndarray.Step(-1)), ndarray.FromSlice([]float64{0.1, 0.1})).At(0); got != 4.6706622762338734e-33 {
		t.Errorf("strided Power(5e-324, 0.1) = %v", got)
	}
	a := ndarray.FromSlice([]float64{-2, 0, 0.25, 3, math.Inf(1), math.NaN()})
	for _, s := range []float64{2, 0.5, -1, 1, 0, 3, 1.5} {
		got := PowerScalar(a, s).Values()
		for i, v := range a.Values() {
			want := math.Pow(v, s) // exact for these inputs and exponents
			if !(got[i] == want || got[i] != got[i] && want != want) {
				t.Errorf("PowerScalar(%v, %v) = %v, want %v", v, s, got[i], want)
			}
		}
	}
}
