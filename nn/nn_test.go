package nn

import (
	"math"
	"testing"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// reference computes each notebook function in float64 math, row by row.
func refSigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func refSoftmax(row []float64) []float64 {
	m := math.Inf(-1)
	for _, v := range row {
		m = math.Max(m, v)
	}
	out := make([]float64, len(row))
	var s float64
	for i, v := range row {
		out[i] = math.Exp(v - m)
		s += out[i]
	}
	for i := range out {
		out[i] /= s
	}
	return out
}

func refNormalize(row []float64) []float64 {
	var ss float64
	for _, v := range row {
		ss += v * v
	}
	out := make([]float64, len(row))
	for i, v := range row {
		out[i] = v / math.Sqrt(ss)
	}
	return out
}

func near(got, want, rel float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	return math.Abs(got-want) <= rel*math.Max(math.Abs(want), 1e-300)
}

// layouts returns x as contiguous (fused path) and as a transposed copy
// transposed back (same values, non-contiguous: the ufunc path).
func layouts(x *ndarray.Array[float64]) map[string]*ndarray.Array[float64] {
	return map[string]*ndarray.Array[float64]{
		"contiguous":     x,
		"non-contiguous": x.T().Copy().T(),
	}
}

func TestRowFunctionsAgainstReference(t *testing.T) {
	x := ndarray.RandNormal[float64](ndarray.NewRand(3), 37, 129)
	ndarray.Wrap(x.Data(), x.Size()).Slice(ndarray.S(0, 5)).Assign(ndarray.Full(1000.0, 5)) // large values: softmax must not overflow
	for _, impl := range kernels.Available() {
		restore, _ := kernels.Use(impl)
		for name, in := range layouts(x) {
			sm, nr := Softmax(in), NormalizeRows(in)
			for r := range 37 {
				row := x.Index(r).Values()
				wantS, wantN := refSoftmax(row), refNormalize(row)
				for c := range row {
					if g := sm.At(r, c); !near(g, wantS[c], 1e-14) {
						t.Fatalf("impl %s, %s: Softmax[%d,%d] = %v, want %v", impl, name, r, c, g, wantS[c])
					}
					if g := nr.At(r, c); !near(g, wantN[c], 1e-14) {
						t.Fatalf("impl %s, %s: NormalizeRows[%d,%d] = %v, want %v", impl, name, r, c, g, wantN[c])
					}
				}
			}
			sg, sd := Sigmoid(in), SigmoidDerivative(in)
			for r := range 37 {
				for c := range 129 {
					s := refSigmoid(x.At(r, c))
					if g := sg.At(r, c); !near(g, s, 1e-15) {
						t.Fatalf("impl %s, %s: Sigmoid = %v, want %v", impl, name, g, s)
					}
					if g := sd.At(r, c); !near(g, s*(1-s), 1e-13) {
						t.Fatalf("impl %s, %s: SigmoidDerivative = %v, want %v", impl, name, g, s*(1-s))
					}
				}
			}
		}
		restore()
	}
}

func TestSoftmaxAxis0AndStability(t *testing.T) {
	x := ndarray.FromSlice([]float64{1000, 1, 1000, 2}, 2, 2)
	got := Softmax(x, 0).Values() // columns: [1000,1000] -> 0.5 each; [1,2]
	e := math.Exp(-1.0)
	want := []float64{0.5, e / (1 + e), 0.5, 1 / (1 + e)}
	for i := range want {
		if !near(got[i], want[i], 1e-15) {
			t.Fatalf("Softmax axis 0 = %v, want %v", got, want)
		}
	}
}

func TestLosses(t *testing.T) {
	yhat := ndarray.FromSlice([]float64{.9, .2, .1, .4, .9})
	y := ndarray.FromSlice([]float64{1, 0, 0, 1, 1})
	for name, f := range map[string]func(a, b *ndarray.Array[float64]) float64{"L1": L1[float64], "L2": L2[float64]} {
		want := map[string]float64{"L1": 1.1, "L2": 0.43}[name]
		if got := f(yhat, y); !near(got, want, 1e-15) {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
		// A broadcast operand takes the ufunc path and gives the same value.
		if got := f(yhat.ExpandDims(0), y); !near(got, want, 1e-15) {
			t.Errorf("%s with a (1,5) operand = %v, want %v", name, got, want)
		}
	}
}

func TestImage2VectorIsAView(t *testing.T) {
	img := ndarray.Arange[uint8](0, 24, 1).Reshape(2, 4, 3)
	v := Image2Vector(img)
	if got := v.Shape(); got[0] != 24 || got[1] != 1 {
		t.Fatalf("shape %v, want [24 1]", got)
	}
	v.Set(99, 5, 0)
	if img.At(0, 1, 2) != 99 {
		t.Error("Image2Vector of a contiguous image is not a view")
	}
}
