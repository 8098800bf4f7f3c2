package ndarray

import (
	"slices"
	"testing"
)

// Benchmarks of the sort kernels against slices.Sort, 1M elements.

func benchData[T Float](n int) []T {
	return RandNormal[T](NewRand(7), n).Data()
}

func BenchmarkSortRunFloat64(b *testing.B) { benchSortRun[float64](b) }
func BenchmarkSortRunFloat32(b *testing.B) { benchSortRun[float32](b) }

func benchSortRun[T Float](b *testing.B) {
	x := benchData[T](1 << 20)
	buf := make([]T, len(x))
	for b.Loop() {
		copy(buf, x)
		sortRun(buf)
	}
}

func BenchmarkSlicesSortFloat64(b *testing.B) {
	x := benchData[float64](1 << 20)
	buf := make([]float64, len(x))
	for b.Loop() {
		copy(buf, x)
		slices.Sort(buf)
	}
}

func BenchmarkArgsortRunFloat64(b *testing.B) {
	x := benchData[float64](1 << 20)
	idx := make([]int64, len(x))
	for b.Loop() {
		argsortRun(idx, x)
	}
}

func BenchmarkMedianFloat64(b *testing.B) {
	a := Wrap(benchData[float64](1<<20), 1<<20)
	for b.Loop() {
		Median(a)
	}
}

func BenchmarkCumsumFloat64(b *testing.B) {
	a := Wrap(benchData[float64](1<<20), 1<<20)
	for b.Loop() {
		Cumsum(a)
	}
}

func BenchmarkConcatenateAxis1(b *testing.B) {
	m := Wrap(benchData[float64](1 << 20)[:1000000], 1000, 1000)
	parts := []*Array[float64]{m.Slice(All(), To(500)), m.Slice(All(), From(500))}
	for b.Loop() {
		Concatenate(parts, 1)
	}
}
