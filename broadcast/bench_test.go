package broadcast

import (
	"testing"
)

var benchCases = []struct {
	name    string
	shape   []int
	strides [][]int
}{
	// out = x + col: (1000,1000) + (1000,1), 1000 runs of 1000.
	{"case=col/shape=1000x1000", []int{1000, 1000}, [][]int{{1000, 1}, {1000, 1}, {1, 0}}},
	// out = x + row: (1000,1000) + (1,1000), 1000 runs of 1000.
	{"case=row/shape=1000x1000", []int{1000, 1000}, [][]int{{1000, 1}, {1000, 1}, {0, 1}}},
	// out = x + y, transposed y: 1000 runs of 1000.
	{"case=transposed/shape=1000x1000", []int{1000, 1000}, [][]int{{1000, 1}, {1000, 1}, {1, 1000}}},
	// 3-d with short runs: 10000 runs of 10, the odometer carries often.
	{"case=col3d/shape=100x100x10", []int{100, 100, 10}, [][]int{{1000, 10, 1}, {1000, 10, 1}, {10, 1, 0}}},
	// contiguous: a single run.
	{"case=contiguous/shape=1000x1000", []int{1000, 1000}, [][]int{{1000, 1}, {1000, 1}, {1000, 1}}},
}

// BenchmarkIterRuns measures walking every run (no element work): the
// iterator's own overhead per kernel call.
func BenchmarkIterRuns(b *testing.B) {
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			it := NewIter(c.shape, nil, c.strides...)
			b.ReportAllocs()
			sum := 0
			for b.Loop() {
				it.Reset()
				for it.Next() {
					sum += it.Offsets()[2]
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*it.Runs()), "ns/run")
			sink = sum
		})
	}
}

// BenchmarkNewIter measures construction, paid once per operation.
func BenchmarkNewIter(b *testing.B) {
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkIter = NewIter(c.shape, nil, c.strides...)
			}
		})
	}
}

// BenchmarkShapes measures the broadcast shape of two operands.
func BenchmarkShapes(b *testing.B) {
	x, y := []int{8, 1, 6, 1}, []int{7, 1, 5}
	b.ReportAllocs()
	for b.Loop() {
		sinkShape, _ = Shapes(x, y)
	}
}

var (
	sink      int
	sinkIter  *Iter
	sinkShape []int
)
