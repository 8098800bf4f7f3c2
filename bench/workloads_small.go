package bench

import (
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

// The per-call workloads of the NumPy script: what a program pays when it
// loops over rows or calls ufuncs on tiny arrays (16 elements, or the 100
// rows of a (100,8) array).
func init() {
	workloadFamilies = append(workloadFamilies, smallWorkloads[float64]("float64"), smallWorkloads[float32]("float32"))
}

func smallWorkloads[T ndarray.Float](dtype string) func() []Workload {
	return func() []Workload {
		small := func(op string, setup func(a, b, o *ndarray.Array[T]) (func(), func())) Workload {
			return Workload{Op: op, Shape: []int{16}, Dtype: dtype, Setup: func() (func(), func()) {
				r := ndarray.NewRand(0)
				a, b := ndarray.RandNormal[T](r, 16), ndarray.RandNormal[T](r, 16)
				return setup(a, b, ndarray.Zeros[T](16))
			}}
		}
		return []Workload{
			small("add_small_out", func(a, b, o *ndarray.Array[T]) (func(), func()) {
				ad, bd, od := a.Data(), b.Data(), o.Data()
				return func() { ufunc.AddInto(o, a, b) }, func() {
					for i := range od {
						od[i] = ad[i] + bd[i]
					}
				}
			}),
			small("exp_small", func(a, _, _ *ndarray.Array[T]) (func(), func()) {
				ad := a.Data()
				return func() { ufunc.Exp(a) }, func() {
					out := make([]T, len(ad))
					for i, v := range ad {
						out[i] = T(math.Exp(float64(v)))
					}
				}
			}),
			small("sum_small", func(a, _, _ *ndarray.Array[T]) (func(), func()) {
				ad := a.Data()
				return func() { ndarray.Sum(a) }, func() {
					var s T
					for _, v := range ad {
						s += v
					}
					_ = s
				}
			}),
			{Op: "row_add_inplace", Shape: []int{100, 8}, Dtype: dtype, Setup: func() (func(), func()) {
				r := ndarray.NewRand(1)
				rows := ndarray.RandNormal[T](r, 100, 8)
				v := rows.Index(0).Copy()
				data, vd := rows.Data(), v.Data()
				return func() {
						for i := range 100 {
							row := rows.Index(i)
							ufunc.AddInto(row, row, v)
						}
					}, func() {
						for i := range 100 {
							row := data[i*8 : i*8+8]
							for j := range row {
								row[j] += vd[j]
							}
						}
					}
			}},
		}
	}
}
