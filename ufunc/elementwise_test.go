package ufunc

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

type layout[T ndarray.Float] struct {
	name string
	a    *ndarray.Array[T]
}

// layouts returns operands that broadcast to (3,4), stored in many ways.
func layouts[T ndarray.Float](r *rand.Rand) []layout[T] {
	rn := func(shape ...int) *ndarray.Array[T] { return withSpecials(ndarray.RandNormal[T](r, shape...), r) }
	return []layout[T]{
		{"contiguous", rn(3, 4)},
		{"transposed", rn(4, 3).T()},
		{"step-sliced", rn(7, 9).Slice(ndarray.SS(0, 6, 2), ndarray.SS(1, 9, 2))},
		{"negative-stride", rn(3, 4).Slice(ndarray.Step(-1), ndarray.Step(-1))},
		{"broadcast-view", rn(1, 4).BroadcastTo(3, 4)},
		{"column", rn(3, 1)},
		{"row", rn(4)},
		{"row-reversed", rn(8).Slice(ndarray.SS(7, 0, -2))},
		{"scalar", ndarray.Scalar(T(r.NormFloat64()))},
		{"3d-bcast", rn(1, 3, 1)},
	}
}

type floatBinCase[T ndarray.Float] struct {
	name string
	f    func(x, y *ndarray.Array[T]) *ndarray.Array[T]
	into func(out, x, y *ndarray.Array[T]) *ndarray.Array[T]
	ref  func(a, b T) T
}

func floatBinCases[T ndarray.Float]() []floatBinCase[T] {
	return []floatBinCase[T]{
		{"add", Add[T], AddInto[T], func(a, b T) T { return a + b }},
		{"subtract", Subtract[T], SubtractInto[T], func(a, b T) T { return a - b }},
		{"multiply", Multiply[T], MultiplyInto[T], func(a, b T) T { return a * b }},
		{"divide", Divide[T], DivideInto[T], func(a, b T) T { return a / b }},
		// NumPy 1.24.2 (x86-64): maximum([-0.], [0.]) -> [0.], maximum([0.], [-0.]) -> [-0.]
		{"maximum", Maximum[T], MaximumInto[T], func(a, b T) T {
			if a > b || a != a {
				return a
			}
			return b
		}},
		{"minimum", Minimum[T], MinimumInto[T], func(a, b T) T {
			if a < b || a != a {
				return a
			}
			return b
		}},
		{"power", Power[T], PowerInto[T], func(a, b T) T { return T(kernels.Pow(float64(a), float64(b))) }}, // Pow is checked against math/big in kernels
	}
}

// TestBinaryLayouts compares every binary op on every pair of operand
// layouts with the element-by-element reference, for new outputs and for
// outputs given as a C-ordered and a transposed array.
func TestBinaryLayouts(t *testing.T) {
	t.Run("float64", testBinaryLayouts[float64])
	t.Run("float32", testBinaryLayouts[float32])
}

func testBinaryLayouts[T ndarray.Float](t *testing.T) {
	r := ndarray.NewRand(1)
	ls := layouts[T](r)
	for _, op := range floatBinCases[T]() {
		for _, x := range ls {
			for _, y := range ls {
				name := op.name + "/" + x.name + "+" + y.name
				shape, want := refBinary(x.a, y.a, op.ref)
				checkArray(t, name, op.f(x.a, y.a), shape, want)
				if len(shape) == 2 {
					out := ndarray.Zeros[T](shape[1], shape[0]).T()
					got := op.into(out, x.a, y.a)
					if got != out {
						t.Errorf("%s: Into did not return out", name)
					}
					checkArray(t, name+"/out-transposed", out, shape, want)
				}
			}
		}
	}
}

type floatUnCase[T ndarray.Float] struct {
	name string
	f    func(x *ndarray.Array[T]) *ndarray.Array[T]
	into func(out, x *ndarray.Array[T]) *ndarray.Array[T]
}

func floatUnCases[T ndarray.Float]() []floatUnCase[T] {
	return []floatUnCase[T]{
		{"exp", Exp[T], ExpInto[T]}, {"log", Log[T], LogInto[T]}, {"tanh", Tanh[T], TanhInto[T]},
		{"sqrt", Sqrt[T], SqrtInto[T]}, {"sigmoid", Sigmoid[T], SigmoidInto[T]},
		{"abs", Abs[T], AbsInto[T]}, {"negative", Negative[T], NegativeInto[T]},
		{"square", Square[T], SquareInto[T]},
	}
}

// unaryRef is the reference of the unary ops: the exactly rounded ones
// from their definition, the transcendental ones from the same function
// applied to one element at a time (a 0-d array), so that the strided,
// gathered and chunked paths must give what the contiguous kernel gives.
func unaryRef[T ndarray.Float](name string, f func(x *ndarray.Array[T]) *ndarray.Array[T]) func(a T) T {
	switch name {
	case "sqrt":
		return func(a T) T { return T(math.Sqrt(float64(a))) }
	case "abs":
		return func(a T) T { return T(math.Abs(float64(a))) }
	case "negative":
		return func(a T) T { return -a }
	case "square":
		return func(a T) T { return a * a }
	}
	return func(a T) T { return f(ndarray.Scalar(a)).Item() }
}

// TestUnaryLayouts checks every unary op on strided inputs and outputs,
// including runs longer than the gather buffer.
func TestUnaryLayouts(t *testing.T) {
	t.Run("float64", testUnaryLayouts[float64])
	t.Run("float32", testUnaryLayouts[float32])
}

func testUnaryLayouts[T ndarray.Float](t *testing.T) {
	r := ndarray.NewRand(2)
	rn := func(shape ...int) *ndarray.Array[T] { return withSpecials(ndarray.RandNormal[T](r, shape...), r) }
	ins := append(layouts[T](r),
		layout[T]{"long-transposed", rn(chunk*2+37, 3).T()},
		layout[T]{"long-reversed", rn(3, chunk+5).Slice(ndarray.All(), ndarray.Step(-1))},
		layout[T]{"long-broadcast", rn(1).BroadcastTo(chunk + 9)},
	)
	for _, op := range floatUnCases[T]() {
		ref := unaryRef(op.name, op.f)
		for _, x := range ins {
			name := op.name + "/" + x.name
			want := refUnary(x.a, ref)
			checkArray(t, name, op.f(x.a), x.a.Shape(), want)
			if s := x.a.Shape(); len(s) == 2 {
				out := ndarray.Zeros[T](s[1], s[0]).T() // strided output
				op.into(out, x.a)
				checkArray(t, name+"/out-transposed", out, s, want)
			}
			if s := x.a.Shape(); len(s) == 1 {
				out := ndarray.Zeros[T](2 * s[0]).Slice(ndarray.Step(2))
				op.into(out, x.a)
				checkArray(t, name+"/out-step2", out, s, want)
			}
		}
	}
}

// TestThreeD covers 3-D permuted and broadcast operands.
func TestThreeD(t *testing.T) {
	r := ndarray.NewRand(3)
	x := ndarray.RandNormal[float64](r, 4, 2, 3).Transpose(1, 2, 0) // (2,3,4)
	y := ndarray.RandNormal[float64](r, 3, 1).Slice(ndarray.Step(-1))
	z := ndarray.RandNormal[float64](r, 2, 1, 4)
	for _, c := range []struct {
		name string
		x, y *ndarray.Array[float64]
	}{{"perm+col", x, y}, {"perm+z", x, z}, {"z+col", z, y}, {"col+perm", y, x}} {
		shape, want := refBinary(c.x, c.y, func(a, b float64) float64 { return a - b })
		checkArray(t, c.name, Subtract(c.x, c.y), shape, want)
	}
}

func TestScalarHelpers(t *testing.T) {
	x := ndarray.FromSlice([]float64{1, 2, 4})
	for _, c := range []struct {
		name string
		got  *ndarray.Array[float64]
		want []float64
	}{
		{"AddScalar", AddScalar(x, 2), []float64{3, 4, 6}},
		{"SubtractScalar", SubtractScalar(x, 2), []float64{-1, 0, 2}},
		{"MultiplyScalar", MultiplyScalar(x, 2), []float64{2, 4, 8}},
		{"DivideScalar", DivideScalar(x, 2), []float64{0.5, 1, 2}},
		{"PowerScalar", PowerScalar(x, 2), []float64{1, 4, 16}},
		{"scalar-x", Subtract(ndarray.Scalar(1.0), x), []float64{0, -1, -3}},
		{"scalar-x/", Divide(ndarray.Scalar(1.0), x), []float64{1, 0.5, 0.25}},
	} {
		checkArray(t, c.name, c.got, []int{3}, c.want)
	}
	s := Add(ndarray.Scalar(1.5), ndarray.Scalar(2.0))
	checkArray(t, "0-d+0-d", s, []int{}, []float64{3.5})
}

// TestEmpty checks zero-size operands.
func TestEmpty(t *testing.T) {
	x := ndarray.Zeros[float64](0, 3)
	got := Add(x, ndarray.Ones[float64](3))
	checkArray(t, "empty", got, []int{0, 3}, nil)
	checkArray(t, "empty-exp", Exp(x), []int{0, 3}, nil)
	checkArray(t, "empty-int", Add(ndarray.Zeros[int8](2, 0), ndarray.Zeros[int8](1, 0)), []int{2, 0}, nil)
}
