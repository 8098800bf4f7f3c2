package bench

import (
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/nn"
	"github.com/ndsimd/ndsimd/ufunc"
)

// Workload is one line of the NumPy anchor script: an op on inputs of a
// shape and dtype. Setup makes the inputs (seeded) and returns the call to
// time through the engine and, if there is one, the plain Go loop that does
// the same work without it (nil otherwise). Plain op names allocate their
// result, as the NumPy call does; *_out ops write into a preallocated array.
type Workload struct {
	Op    string
	Shape []int
	Dtype string
	Setup func() (engine, loop func())
}

// Workloads returns every workload of the NumPy script, in its order.
func Workloads() []Workload {
	var ws []Workload
	ws = append(ws, floatWorkloads[float64]("float64")...)
	ws = append(ws, floatWorkloads[float32]("float32")...)
	ws = append(ws, Workload{Op: "img2vector", Shape: []int{450, 800, 3}, Dtype: "uint8", Setup: func() (func(), func()) {
		img := ndarray.AsType[uint8](ndarray.RandUniform[float64](ndarray.NewRand(5), 450, 800, 3))
		return func() { nn.Image2Vector(img) }, nil
	}})
	ws = append(ws, Workload{Op: "copy", Shape: []int{8 << 20}, Dtype: "float64", Setup: func() (func(), func()) {
		big := ndarray.RandNormal[float64](ndarray.NewRand(6), 8<<20)
		data := big.Data()
		return func() { big.Copy() }, func() { out := make([]float64, len(data)); copy(out, data) }
	}})
	for _, family := range workloadFamilies {
		ws = append(ws, family()...)
	}
	return ws
}

// workloadFamilies are the workloads of the script's later sections, one
// function a family (vocabulary, linear algebra, random streams, ...), each
// in a file of its own that adds itself here from init.
var workloadFamilies []func() []Workload

const n1d = 1 << 20

// floatWorkloads are the workloads the script runs for each float dtype.
func floatWorkloads[T ndarray.Float](dtype string) []Workload {
	vec := func(op string, setup func(a, b, o []T, A, B, O *ndarray.Array[T]) (func(), func())) Workload {
		return Workload{Op: op, Shape: []int{n1d}, Dtype: dtype, Setup: func() (func(), func()) {
			r := ndarray.NewRand(0)
			A, B := ndarray.RandNormal[T](r, n1d), ndarray.RandNormal[T](r, n1d)
			O := ndarray.Zeros[T](n1d)
			return setup(A.Data(), B.Data(), O.Data(), A, B, O)
		}}
	}
	mat := func(op string, setup func(m, col, row *ndarray.Array[T]) (func(), func())) Workload {
		return Workload{Op: op, Shape: []int{1000, 1000}, Dtype: dtype, Setup: func() (func(), func()) {
			r := ndarray.NewRand(1)
			return setup(ndarray.RandNormal[T](r, 1000, 1000), ndarray.RandNormal[T](r, 1000, 1), ndarray.RandNormal[T](r, 1, 1000))
		}}
	}
	keep := []ndarray.ReduceOption{ndarray.Axis(1), ndarray.KeepDims(true)}
	ws := []Workload{
		vec("exp", func(a, _, _ []T, A, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.Exp(A) }, func() { loopUnary(make([]T, len(a)), a, math.Exp) }
		}),
		vec("abs", func(a, _, _ []T, A, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.Abs(A) }, func() { loopUnary(make([]T, len(a)), a, math.Abs) }
		}),
		vec("add", func(a, b, _ []T, A, B, _ *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.Add(A, B) }, func() { loopAdd(make([]T, len(a)), a, b) }
		}),
		vec("mul", func(a, b, _ []T, A, B, _ *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.Multiply(A, B) }, func() { loopMul(make([]T, len(a)), a, b) }
		}),
		vec("sigmoid", func(a, _, _ []T, A, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { nn.Sigmoid(A) }, func() { loopUnary(make([]T, len(a)), a, nn.BasicSigmoid) }
		}),
		vec("sigmoid_derivative", func(a, _, _ []T, A, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { nn.SigmoidDerivative(A) }, func() {
				loopUnary(make([]T, len(a)), a, func(x float64) float64 { s := nn.BasicSigmoid(x); return s * (1 - s) })
			}
		}),
		vec("exp_out", func(a, _, o []T, A, _, O *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.ExpInto(O, A) }, func() { loopUnary(o, a, math.Exp) }
		}),
		vec("abs_out", func(a, _, o []T, A, _, O *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.AbsInto(O, A) }, func() { loopUnary(o, a, math.Abs) }
		}),
		vec("add_out", func(a, b, o []T, A, B, O *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.AddInto(O, A, B) }, func() { loopAdd(o, a, b) }
		}),
		vec("mul_out", func(a, b, o []T, A, B, O *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.MultiplyInto(O, A, B) }, func() { loopMul(o, a, b) }
		}),
		vec("sigmoid_out", func(a, _, o []T, A, _, O *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.SigmoidInto(O, A) }, func() { loopUnary(o, a, nn.BasicSigmoid) }
		}),
		vec("sum", func(a, _, _ []T, A, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { ndarray.Sum(A) }, func() { loopSum(a) }
		}),
		vec("dot1d", func(a, b, _ []T, A, B, _ *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.Dot(A, B) }, func() { loopDot(a, b) }
		}),
		vec("l1", func(a, b, _ []T, A, B, _ *ndarray.Array[T]) (func(), func()) {
			return func() { nn.L1(A, B) }, func() { loopL1(a, b) }
		}),
		vec("l2", func(a, b, _ []T, A, B, _ *ndarray.Array[T]) (func(), func()) {
			return func() { nn.L2(A, B) }, func() { loopL2(a, b) }
		}),
		mat("add_bcast_col", func(m, col, _ *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.Add(m, col) }, func() { loopAddCol(m.Data(), col.Data(), 1000, 1000) }
		}),
		mat("add_bcast_row", func(m, _, row *ndarray.Array[T]) (func(), func()) {
			return func() { ufunc.Add(m, row) }, func() { loopAddRow(m.Data(), row.Data(), 1000, 1000) }
		}),
		mat("sum_axis1_keepdims", func(m, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { ndarray.Sum(m, keep...) }, func() { loopRowSums(m.Data(), 1000, 1000) }
		}),
		mat("sum_axis0_keepdims", func(m, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { ndarray.Sum(m, ndarray.Axis(0), ndarray.KeepDims(true)) }, func() { loopColSums(m.Data(), 1000, 1000) }
		}),
		mat("max_axis1_keepdims", func(m, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { ndarray.Max(m, keep...) }, func() { loopRowMax(m.Data(), 1000, 1000) }
		}),
		mat("norm_axis1_keepdims", func(m, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { ndarray.Norm(m, keep...) }, func() { loopRowNorms(m.Data(), 1000, 1000) }
		}),
		mat("normalize_rows", func(m, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { nn.NormalizeRows(m) }, func() { loopNormalizeRows(m.Data(), 1000, 1000) }
		}),
		mat("softmax_rows", func(m, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { nn.Softmax(m) }, func() { loopSoftmax(m.Data(), 1000, 1000, true) }
		}),
		mat("softmax_rows_notebook", func(m, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() {
					e := ufunc.Exp(m)
					ufunc.Divide(e, ndarray.Sum(e, keep...))
				}, func() {
					loopSoftmax(m.Data(), 1000, 1000, false)
				}
		}),
		mat("transpose_copy", func(m, _, _ *ndarray.Array[T]) (func(), func()) {
			return func() { m.T().Copy() }, func() { loopTranspose(m.Data(), 1000, 1000) }
		}),
		{Op: "outer", Shape: []int{1000, 1000}, Dtype: dtype, Setup: func() (func(), func()) {
			r := ndarray.NewRand(2)
			v1, v2 := ndarray.RandNormal[T](r, 1000), ndarray.RandNormal[T](r, 1000)
			return func() { ufunc.Outer(v1, v2) }, func() { loopOuter(v1.Data(), v2.Data()) }
		}},
	}
	for _, k := range []int{256, 512, 1024} {
		ws = append(ws, Workload{Op: "matmul", Shape: []int{k, k}, Dtype: dtype, Setup: func() (func(), func()) {
			r := ndarray.NewRand(3)
			A, B := ndarray.RandNormal[T](r, k, k), ndarray.RandNormal[T](r, k, k)
			return func() { ufunc.Matmul(A, B) }, func() { loopMatmul(A.Data(), B.Data(), k) }
		}})
	}
	ws = append(ws, Workload{Op: "matvec", Shape: []int{1000, 1000}, Dtype: dtype, Setup: func() (func(), func()) {
		r := ndarray.NewRand(4)
		W, x := ndarray.RandNormal[T](r, 1000, 1000), ndarray.RandNormal[T](r, 1000)
		return func() { ufunc.Matmul(W, x) }, func() { loopMatvec(W.Data(), x.Data(), 1000) }
	}})
	return ws
}
