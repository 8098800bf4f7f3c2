package bench

import (
	"cmp"
	"runtime"
	"slices"

	"github.com/ndsimd/ndsimd/ndarray"
)

// The NumPy vocabulary II workloads of the script: sorting, median, scans,
// joining, argmax along rows, unique and bincount.

func init() {
	workloadFamilies = append(workloadFamilies, func() []Workload {
		ws := vocab2Float[float64]("float64")
		ws = append(ws, vocab2Float[float32]("float32")...)
		return append(ws, vocab2Int()...)
	})
}

func vocab2Float[T ndarray.Float](dtype string) []Workload {
	vec := func(op string, setup func(c []T, C *ndarray.Array[T]) (func(), func())) Workload {
		return Workload{Op: op, Shape: []int{n1d}, Dtype: dtype, Setup: func() (func(), func()) {
			C := ndarray.RandNormal[T](ndarray.NewRand(7), n1d)
			return setup(C.Data(), C)
		}}
	}
	mat := func(op string, setup func(m *ndarray.Array[T]) (func(), func())) Workload {
		return Workload{Op: op, Shape: []int{1000, 1000}, Dtype: dtype, Setup: func() (func(), func()) {
			return setup(ndarray.RandNormal[T](ndarray.NewRand(1), 1000, 1000))
		}}
	}
	return []Workload{
		vec("cumsum", func(c []T, C *ndarray.Array[T]) (func(), func()) {
			return func() { ndarray.Cumsum(C) }, func() { loopCumsum(c) }
		}),
		vec("sort", func(c []T, C *ndarray.Array[T]) (func(), func()) {
			return func() { ndarray.Sort(C, -1) }, func() { slices.Sort(slices.Clone(c)) }
		}),
		vec("argsort", func(c []T, C *ndarray.Array[T]) (func(), func()) {
			return func() { ndarray.Argsort(C, -1) }, func() { loopArgsort(c) }
		}),
		vec("median", func(c []T, C *ndarray.Array[T]) (func(), func()) {
			return func() { ndarray.Median(C) }, func() { loopMedian(c) }
		}),
		mat("concatenate_axis1", func(m *ndarray.Array[T]) (func(), func()) {
			left := m.Slice(ndarray.All(), ndarray.To(500))
			right := m.Slice(ndarray.All(), ndarray.From(500))
			return func() { ndarray.Concatenate([]*ndarray.Array[T]{left, right}, 1) }, func() { loopConcatHalves(m.Data(), 1000, 1000) }
		}),
		mat("argmax_axis1", func(m *ndarray.Array[T]) (func(), func()) {
			return func() { ndarray.ArgMax(m, ndarray.Axis(1)) }, func() { loopRowArgmax(m.Data(), 1000, 1000) }
		}),
	}
}

func vocab2Int() []Workload {
	ints := func() (*ndarray.Array[int64], []int64) {
		r := ndarray.NewRand(8)
		X := ndarray.Zeros[int64](n1d) // allocated as a user's array is (huge pages)
		x := X.Data()
		for i := range x {
			x[i] = r.Int64N(1000)
		}
		return X, x
	}
	return []Workload{
		{Op: "unique", Shape: []int{n1d}, Dtype: "int64", Setup: func() (func(), func()) {
			X, x := ints()
			return func() { ndarray.Unique(X) }, func() { loopUnique(x) }
		}},
		{Op: "bincount", Shape: []int{n1d}, Dtype: "int64", Setup: func() (func(), func()) {
			X, x := ints()
			return func() { ndarray.Bincount(X, 0) }, func() { loopBincount(x) }
		}},
	}
}

func loopCumsum[T ~float32 | ~float64](x []T) {
	out := make([]T, len(x))
	var s T
	for i, v := range x {
		s += v
		out[i] = s
	}
	runtime.KeepAlive(float64(out[len(out)-1]))
}

func loopArgsort[T ~float32 | ~float64](x []T) {
	idx := make([]int64, len(x))
	for i := range idx {
		idx[i] = int64(i)
	}
	slices.SortStableFunc(idx, func(a, b int64) int { return cmp.Compare(x[a], x[b]) })
}

func loopMedian[T ~float32 | ~float64](x []T) {
	s := slices.Clone(x)
	slices.Sort(s)
	n := len(s)
	runtime.KeepAlive(float64(s[(n-1)/2]+s[n/2]) / 2)
}

func loopConcatHalves[T any](m []T, rows, cols int) {
	out := make([]T, len(m))
	h := cols / 2
	for i := range rows {
		copy(out[i*cols:i*cols+h], m[i*cols:i*cols+h])
		copy(out[i*cols+h:(i+1)*cols], m[i*cols+h:(i+1)*cols])
	}
}

func loopRowArgmax[T ~float32 | ~float64](m []T, rows, cols int) {
	out := make([]int64, rows)
	for i := range rows {
		row := m[i*cols : (i+1)*cols]
		k := 0
		for j, v := range row {
			if v > row[k] {
				k = j
			}
		}
		out[i] = int64(k)
	}
	runtime.KeepAlive(float64(out[0]))
}

func loopUnique(x []int64) {
	s := slices.Clone(x)
	slices.Sort(s)
	runtime.KeepAlive(float64(len(slices.Compact(s))))
}

func loopBincount(x []int64) {
	m := slices.Max(x)
	out := make([]int64, m+1)
	for _, v := range x {
		out[v]++
	}
	runtime.KeepAlive(float64(out[0]))
}
