package ndarray

import (
	"runtime"
	"testing"
)

// TestFreshResultReuseKeepsViews keeps only a view, or only a Data slice,
// of fresh results (whose blocks internal/uninit reuses once unreachable),
// makes and overwrites many results of the same size across collections,
// and checks that the kept elements never change.
func TestFreshResultReuseKeepsViews(t *testing.T) {
	const rows, cols = 300, 500 // 1.2 MB of float64
	src := Arange[float64](0, rows*cols, 1).Reshape(rows, cols)
	fresh := func() *Array[float64] { return src.T().Copy() } // a fresh (cols, rows) result
	for _, c := range []struct {
		name string
		keep func(*Array[float64]) func(int) float64 // what stays reachable: reads element i of it
	}{
		{"view", func(a *Array[float64]) func(int) float64 {
			v := a.Reshape(-1).Slice(S(1000, 1010))
			return func(i int) float64 { return v.At(i) }
		}},
		{"Data", func(a *Array[float64]) func(int) float64 {
			d := a.Data()[1000:1010]
			return func(i int) float64 { return d[i] }
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			read := c.keep(fresh())
			want := make([]float64, 10)
			for i := range want {
				want[i] = read(i)
			}
			for round := range 10 {
				runtime.GC()
				runtime.Gosched()
				for range 3 {
					r := fresh().Reshape(-1)
					r.Fill(-1)
				}
				for i, w := range want {
					if got := read(i); got != w {
						t.Fatalf("round %d: kept element %d = %v, want %v", round, i, got, w)
					}
				}
			}
		})
	}
}
