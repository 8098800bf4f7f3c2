package ufunc

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// refCompare computes a comparison elementwise with At, broadcasting.
func refCompare[T ndarray.Number](x, y *ndarray.Array[T], f func(a, b T) bool) ([]int, []bool) {
	shape := bcastShape(x.Shape(), y.Shape())
	var out []bool
	forEachIndex(shape, func(idx []int) { out = append(out, f(at(x, idx), at(y, idx))) })
	return shape, out
}

func checkBools(t *testing.T, name string, got *ndarray.Array[bool], shape []int, want []bool) {
	t.Helper()
	if !slices.Equal(got.Shape(), shape) {
		t.Fatalf("%s: shape %v, want %v", name, got.Shape(), shape)
	}
	if g := got.Values(); !slices.Equal(g, want) {
		t.Fatalf("%s: %v, want %v", name, g, want)
	}
}

// The six comparisons against Go's operators (which are IEEE's and NumPy's
// for NaN), over broadcast shapes with NaN, ±0 and ±Inf, contiguous,
// scalar and strided runs, and the Into and Scalar forms.
func TestComparisons(t *testing.T) {
	type cmp struct {
		name string
		op   func(x, y *ndarray.Array[float64]) *ndarray.Array[bool]
		ref  func(a, b float64) bool
	}
	cmps := []cmp{
		{"equal", Equal[float64], func(a, b float64) bool { return a == b }},
		{"not_equal", NotEqual[float64], func(a, b float64) bool { return a != b }},
		{"less", Less[float64], func(a, b float64) bool { return a < b }},
		{"less_equal", LessEqual[float64], func(a, b float64) bool { return a <= b }},
		{"greater", Greater[float64], func(a, b float64) bool { return a > b }},
		{"greater_equal", GreaterEqual[float64], func(a, b float64) bool { return a >= b }},
	}
	r := rand.New(rand.NewPCG(3, 4))
	shapes := [][2][]int{{{7, 5}, {7, 5}}, {{7, 5}, {5}}, {{7, 1}, {1, 5}}, {{7, 5}, {}}, {{}, {7, 5}}, {{600, 3}, {600, 3}}}
	for _, c := range cmps {
		for _, sh := range shapes {
			x := withSpecials(ndarray.RandNormal[float64](ndarray.NewRand(r.Uint64()), sh[0]...), r)
			y := withSpecials(ndarray.RandNormal[float64](ndarray.NewRand(r.Uint64()), sh[1]...), r)
			shape, want := refCompare(x, y, c.ref)
			checkBools(t, c.name, c.op(x, y), shape, want)
			if len(shape) == 2 {
				// Transposed views: strided runs.
				xt, yt := x, y
				if x.NDim() == 2 {
					xt = x.Copy().T().Copy().T()
				}
				checkBools(t, c.name+" strided", c.op(xt, yt), shape, want)
			}
		}
		// NaN against itself.
		n := ndarray.FromSlice([]float64{math.NaN()})
		checkBools(t, c.name+" NaN", c.op(n, n), []int{1}, []bool{c.ref(math.NaN(), math.NaN())})
	}
	x := ndarray.FromSlice([]int32{1, 5, 3})
	checkBools(t, "GreaterScalar", GreaterScalar(x, 2), []int{3}, []bool{false, true, true})
	checkBools(t, "ScalarGreater", ScalarGreater(2, x), []int{3}, []bool{true, false, false})
	checkBools(t, "LessEqualScalar", LessEqualScalar(x, 3), []int{3}, []bool{true, false, true})
	checkBools(t, "ScalarLessEqual", ScalarLessEqual(3, x), []int{3}, []bool{false, true, true})
	checkBools(t, "LessScalar", LessScalar(x, 3), []int{3}, []bool{true, false, false})
	checkBools(t, "ScalarLess", ScalarLess(3, x), []int{3}, []bool{false, true, false})
	checkBools(t, "GreaterEqualScalar", GreaterEqualScalar(x, 3), []int{3}, []bool{false, true, true})
	checkBools(t, "ScalarGreaterEqual", ScalarGreaterEqual(3, x), []int{3}, []bool{true, false, true})
	checkBools(t, "EqualScalar", EqualScalar(x, 5), []int{3}, []bool{false, true, false})
	checkBools(t, "NotEqualScalar", NotEqualScalar(x, 5), []int{3}, []bool{true, false, true})
	checkBools(t, "Equal bool", Equal(ndarray.FromSlice([]bool{true, false}), ndarray.Scalar(true)), []int{2}, []bool{true, false})
	out := ndarray.Zeros[bool](2, 3)
	GreaterInto(out, ndarray.FromSlice([]uint8{1, 2, 3}), ndarray.FromSlice([]uint8{2, 0}, 2, 1))
	checkBools(t, "GreaterInto", out, []int{2, 3}, []bool{false, false, true, true, true, true})
	if p := mustPanic(func() { Less(ndarray.Zeros[float64](2), ndarray.Zeros[float64](3)) }); p == nil {
		t.Fatal("Less of (2,) and (3,) did not panic")
	}
}

func TestLogicalAndClassification(t *testing.T) {
	a := ndarray.FromSlice([]bool{true, true, false, false})
	b := ndarray.FromSlice([]bool{true, false, true, false})
	checkBools(t, "and", LogicalAnd(a, b), []int{4}, []bool{true, false, false, false})
	checkBools(t, "or", LogicalOr(a, b), []int{4}, []bool{true, true, true, false})
	checkBools(t, "xor", LogicalXor(a, b), []int{4}, []bool{false, true, true, false})
	checkBools(t, "not", LogicalNot(a), []int{4}, []bool{false, false, true, true})
	checkBools(t, "and broadcast", LogicalAnd(a.Reshape(4, 1), ndarray.FromSlice([]bool{true, false})), []int{4, 2},
		[]bool{true, false, true, false, false, false, false, false})
	LogicalNotInto(a, a) // in place
	checkBools(t, "not in place", a, []int{4}, []bool{false, false, true, true})
	x := ndarray.FromSlice([]float64{1, nan, inf, -inf, 0, -1e308})
	checkBools(t, "isnan", IsNaN(x), []int{6}, []bool{false, true, false, false, false, false})
	checkBools(t, "isinf", IsInf(x), []int{6}, []bool{false, false, true, true, false, false})
	checkBools(t, "isfinite", IsFinite(x), []int{6}, []bool{true, false, false, false, true, true})
	x32 := ndarray.AsType[float32](x)
	checkBools(t, "isfinite float32", IsFinite(x32), []int{6}, []bool{true, false, false, false, true, false}) // -1e308 is -Inf in float32
	checkBools(t, "isinf float32 strided", IsInf(x32.Slice(ndarray.Step(2))), []int{3}, []bool{false, true, false})
}

// NumPy's np.isclose with the default tolerances (from /usr/bin/python3).
func TestIsCloseNumPy(t *testing.T) {
	x := ndarray.FromSlice([]float64{1, 1, inf, inf, nan, 1e-9, 100})
	y := ndarray.FromSlice([]float64{1.00001, 1.0001, inf, -inf, nan, 0, 100.0009})
	checkBools(t, "isclose", IsClose(x, y), []int{7}, []bool{true, false, true, false, false, true, true})
	checkBools(t, "isclose equal_nan", IsClose(x, y, EqualNaN(true)), []int{7}, []bool{true, false, true, false, true, true, true})
	checkBools(t, "isclose rtol 0 atol 0", IsClose(x, y, RTol(0), ATol(0)), []int{7}, []bool{false, false, true, false, false, false, false})
	if AllClose(x, y) || !AllClose(x.Slice(ndarray.To(1)), y.Slice(ndarray.To(1))) {
		t.Fatal("AllClose")
	}
	if !ArrayEqual(x.Slice(ndarray.To(4)), x.Slice(ndarray.To(4)).Copy()) || ArrayEqual(x, x) ||
		ArrayEqual(ndarray.Zeros[float64](2), ndarray.Zeros[float64](2, 1)) {
		t.Fatal("ArrayEqual: NaN is unequal, shapes must match exactly")
	}
}
