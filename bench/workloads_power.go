package bench

import (
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

// The power workload of the NumPy script: np.power(|a|, b) on the 2**20
// standard-normal inputs of exp (positive bases: a negative base with a
// fractional exponent is NaN), and math.Pow in a loop for comparison.
func init() {
	workloadFamilies = append(workloadFamilies, powerWorkloads)
}

func powerWorkloads() []Workload {
	return []Workload{powerWorkload[float64]("float64"), powerWorkload[float32]("float32")}
}

func powerWorkload[T ndarray.Float](dtype string) Workload {
	return Workload{Op: "power", Shape: []int{n1d}, Dtype: dtype, Setup: func() (func(), func()) {
		r := ndarray.NewRand(0)
		A, B := ndarray.RandNormal[T](r, n1d), ndarray.RandNormal[T](r, n1d)
		X := ufunc.Abs(A)
		x, y := X.Data(), B.Data()
		return func() { ufunc.Power(X, B) }, func() {
			dst := make([]T, len(x))
			for i := range dst {
				dst[i] = T(math.Pow(float64(x[i]), float64(y[i])))
			}
		}
	}}
}
