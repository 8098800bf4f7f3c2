package bench

import (
	"github.com/ndsimd/ndsimd/linalg"
	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

// The script's linear-algebra workloads (np.linalg on LAPACK), on package
// linalg, for float64 and float32.
func init() {
	workloadFamilies = append(workloadFamilies, func() []Workload {
		return append(linalgWorkloads[float64]("float64"), linalgWorkloads[float32]("float32")...)
	})
}

func linalgWorkloads[T ndarray.Float](dtype string) []Workload {
	var ws []Workload
	// A = randn(k, k) + k·I (well conditioned), S = A·Aᵀ.
	square := func(k int) (a, s, rhs *ndarray.Array[T]) {
		r := ndarray.NewRand(7)
		a = ndarray.RandNormal[T](r, k, k)
		d := a.Data()
		for i := 0; i < k; i++ {
			d[i*k+i] += T(k)
		}
		rhs = ndarray.RandNormal[T](r, k)
		return a, ufunc.Matmul(a, a.T()), rhs
	}
	for _, k := range []int{256, 1000} {
		w := func(op string, run func(a, s, rhs *ndarray.Array[T])) Workload {
			return Workload{Op: op, Shape: []int{k, k}, Dtype: dtype, Setup: func() (func(), func()) {
				a, s, rhs := square(k)
				return func() { run(a, s, rhs) }, nil
			}}
		}
		ws = append(ws,
			w("solve", func(a, _, rhs *ndarray.Array[T]) { must(linalg.Solve(a, rhs)) }),
			w("inv", func(a, _, _ *ndarray.Array[T]) { must(linalg.Inv(a)) }),
			w("cholesky", func(_, s, _ *ndarray.Array[T]) { must(linalg.Cholesky(s)) }),
			w("det", func(a, _, _ *ndarray.Array[T]) { linalg.Det(a) }),
		)
	}
	tall := func(op string, shape []int, run func(a *ndarray.Array[T])) Workload {
		return Workload{Op: op, Shape: shape, Dtype: dtype, Setup: func() (func(), func()) {
			a := ndarray.RandNormal[T](ndarray.NewRand(8), 500, 300)
			if op == "eigh" {
				a = ufunc.Matmul(a.T(), a)
			}
			return func() { run(a) }, nil
		}}
	}
	rhs := ndarray.RandNormal[T](ndarray.NewRand(9), 500)
	ws = append(ws,
		tall("qr", []int{500, 300}, func(a *ndarray.Array[T]) { linalg.QR(a, linalg.Reduced) }),
		tall("svd", []int{500, 300}, func(a *ndarray.Array[T]) { must4(linalg.SVD(a, false)) }),
		tall("eigh", []int{300, 300}, func(a *ndarray.Array[T]) { must3(linalg.Eigh(a)) }),
		tall("lstsq", []int{500, 300}, func(a *ndarray.Array[T]) { must(linalg.Lstsq(a, rhs, linalg.DefaultRcond)) }),
	)
	return ws
}

func must[R any](_ R, err error) {
	if err != nil {
		panic(err)
	}
}

func must3[A, B any](_ A, _ B, err error) {
	if err != nil {
		panic(err)
	}
}

func must4[A, B, C any](_ A, _ B, _ C, err error) {
	if err != nil {
		panic(err)
	}
}
