package bench

import (
	"math"
	"runtime"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

// The vocabulary workloads of the script ("everyday vocabulary past the
// notebook"): comparisons, where, masks, clip, sin, log1p, tanh and take on
// 1M elements, as the script sets them up (mask = a > b, log1p of |a|, take
// with 1M random indexes).

func init() { workloadFamilies = append(workloadFamilies, vocabWorkloads) }

func vocabWorkloads() []Workload {
	return append(vocabFloat[float64]("float64"), vocabFloat[float32]("float32")...)
}

func vocabFloat[T ndarray.Float](dtype string) []Workload {
	vec := func(op string, setup func(A, B *ndarray.Array[T], mask *ndarray.Array[bool]) (func(), func())) Workload {
		return Workload{Op: op, Shape: []int{n1d}, Dtype: dtype, Setup: func() (func(), func()) {
			r := ndarray.NewRand(0)
			A, B := ndarray.RandNormal[T](r, n1d), ndarray.RandNormal[T](r, n1d)
			return setup(A, B, ufunc.Greater(A, B))
		}}
	}
	return []Workload{
		vec("greater", func(A, B *ndarray.Array[T], _ *ndarray.Array[bool]) (func(), func()) {
			a, b := A.Data(), B.Data()
			return func() { ufunc.Greater(A, B) }, func() {
				d := make([]bool, len(a))
				for i := range d {
					d[i] = a[i] > b[i]
				}
			}
		}),
		vec("where", func(A, B *ndarray.Array[T], M *ndarray.Array[bool]) (func(), func()) {
			a, b, m := A.Data(), B.Data(), M.Data()
			return func() { ufunc.Where(M, A, B) }, func() {
				d := make([]T, len(a))
				for i := range d {
					if m[i] {
						d[i] = a[i]
					} else {
						d[i] = b[i]
					}
				}
			}
		}),
		vec("mask_select", func(A, _ *ndarray.Array[T], M *ndarray.Array[bool]) (func(), func()) {
			a, m := A.Data(), M.Data()
			return func() { ndarray.MaskSelect(A, M) }, func() {
				var d []T
				for i, v := range a {
					if m[i] {
						d = append(d, v)
					}
				}
				runtime.KeepAlive(d)
			}
		}),
		vec("clip", func(A, _ *ndarray.Array[T], _ *ndarray.Array[bool]) (func(), func()) {
			a := A.Data()
			return func() { ufunc.Clip(A, -1, 1) }, func() {
				d := make([]T, len(a))
				for i, v := range a {
					d[i] = min(max(v, -1), 1)
				}
			}
		}),
		vec("sin", func(A, _ *ndarray.Array[T], _ *ndarray.Array[bool]) (func(), func()) {
			a := A.Data()
			return func() { ufunc.Sin(A) }, func() { loopUnary(make([]T, len(a)), a, math.Sin) }
		}),
		vec("log1p", func(A, _ *ndarray.Array[T], _ *ndarray.Array[bool]) (func(), func()) {
			a := A.Data()
			return func() { ufunc.Log1p(ufunc.Abs(A)) }, func() {
				loopUnary(make([]T, len(a)), a, func(x float64) float64 { return math.Log1p(math.Abs(x)) })
			}
		}),
		vec("tanh", func(A, _ *ndarray.Array[T], _ *ndarray.Array[bool]) (func(), func()) {
			a := A.Data()
			return func() { ufunc.Tanh(A) }, func() { loopUnary(make([]T, len(a)), a, math.Tanh) }
		}),
		vec("take", func(A, _ *ndarray.Array[T], _ *ndarray.Array[bool]) (func(), func()) {
			r := ndarray.NewRand(7)
			I := ndarray.Zeros[int64](n1d) // allocated as a user's array is (huge pages)
			idx := I.Data()
			for i := range idx {
				idx[i] = int64(r.IntN(n1d))
			}
			a := A.Data()
			return func() { ndarray.Take(A, I) }, func() {
				d := make([]T, len(idx))
				for i, j := range idx {
					d[i] = a[j]
				}
			}
		}),
	}
}
