package kernels

import (
	"math"
	"testing"
)

// TestSignedZeroTies checks the sign of ±0 ties in Maximum, Minimum, Max
// and Min in every implementation this CPU runs, against NumPy 1.24.2 on
// x86-64 (the expectations are NumPy's output, e.g.
// np.maximum([-0.], [0.]) -> [0.], np.max(np.array([-0., 0.])) -> 0.).
func TestSignedZeroTies(t *testing.T) {
	n0 := math.Copysign(0, -1)
	// Elementwise, each case repeated to 37 elements so the vector bodies
	// and the tails both run: maximum and minimum return y on a tie.
	binary := []struct {
		name       string
		x, y, want float64
		f          func(dst, x, y []float64)
	}{
		{"maximum(-0,0)", n0, 0, 0, MaximumF64},
		{"maximum(0,-0)", 0, n0, n0, MaximumF64},
		{"minimum(-0,0)", n0, 0, 0, MinimumF64},
		{"minimum(0,-0)", 0, n0, n0, MinimumF64},
	}
	// Reductions (np.max, np.min of float64 arrays): the last zero decides.
	reduce := []struct {
		name string
		x    []float64
		want float64
		f    func([]float64) float64
	}{
		{"max([-0,0])", []float64{n0, 0}, 0, MaxF64},
		{"max([0,-0])", []float64{0, n0}, n0, MaxF64},
		{"min([-0,0])", []float64{n0, 0}, 0, MinF64},
		{"min([0,-0])", []float64{0, n0}, n0, MinF64},
		{"max([-0,-1,0,-2])", []float64{n0, -1, 0, -2}, 0, MaxF64},
		{"max([0,-1,-0,-3,-4,-5,-6])", []float64{0, -1, n0, -3, -4, -5, -6}, n0, MaxF64},
		{"min([0,1,-0,2,0])", []float64{0, 1, n0, 2, 0}, 0, MinF64},
	}
	for _, impl := range Available() {
		restore, err := Use(impl)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range binary {
			x, y := make([]float64, 37), make([]float64, 37)
			for i := range x {
				x[i], y[i] = c.x, c.y
			}
			dst := make([]float64, 37)
			c.f(dst, x, y)
			for i, v := range dst {
				if math.Signbit(v) != math.Signbit(c.want) {
					t.Errorf("%s %s: element %d = %v, want %v", impl, c.name, i, v, c.want)
					break
				}
			}
			c.f(dst[:1], x[:1], y[:1])
			if math.Signbit(dst[0]) != math.Signbit(c.want) {
				t.Errorf("%s %s of one element = %v, want %v", impl, c.name, dst[0], c.want)
			}
		}
		for _, c := range reduce {
			if got := c.f(c.x); got != c.want || math.Signbit(got) != math.Signbit(c.want) {
				t.Errorf("%s %s = %v, want %v", impl, c.name, got, c.want)
			}
			// The same with float32.
			x32 := make([]float32, len(c.x))
			for i, v := range c.x {
				x32[i] = float32(v)
			}
			var got32 float32
			if c.name[:3] == "max" {
				got32 = MaxF32(x32)
			} else {
				got32 = MinF32(x32)
			}
			if math.Signbit(float64(got32)) != math.Signbit(c.want) {
				t.Errorf("%s %s (float32) = %v, want %v", impl, c.name, got32, c.want)
			}
		}
		restore()
	}
}
