package nn

import (
	"math"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// The result of SigmoidDerivative must not depend on the input's layout:
// a strided view gives the contiguous result, bit for bit.
func TestSigmoidDerivativeLayout(t *testing.T) {
	x := ndarray.FromSlice([]float64{40, -3, 40, 0.5, 40, 700}, 6)
	strided := x.Slice(ndarray.Step(2)) // 40, 40, 40
	contig := ndarray.FromSlice([]float64{40, 40, 40}, 3)
	got, want := SigmoidDerivative(strided).Values(), SigmoidDerivative(contig).Values()
	for i := range want {
		if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
			t.Fatalf("strided %v, contiguous %v", got, want)
		}
	}
	if want[0] == 0 || math.Abs(want[0]-4.248354255291589e-18) > 1e-30 {
		t.Errorf("SigmoidDerivative(40) = %v, want e^-40/(1+e^-40)^2 = 4.248354255291589e-18", want[0])
	}
}

// Softmax of a 0-d array is 1, or NaN for NaN and ±Inf, as NumPy's stable
// softmax exp(x - max)/sum gives.
func TestSoftmaxZeroD(t *testing.T) {
	for _, tt := range []struct{ x, want float64 }{{3, 1}, {math.NaN(), math.NaN()}, {math.Inf(1), math.NaN()}, {math.Inf(-1), math.NaN()}} {
		got := Softmax(ndarray.Scalar(tt.x)).At()
		if !(got == tt.want || math.IsNaN(got) && math.IsNaN(tt.want)) {
			t.Errorf("Softmax(%v) = %v, want %v", tt.x, got, tt.want)
		}
	}
}
