package ndarray

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPartitionMultiKth checks Partition with several kth (selected one
// after another, not by a full sort) against a sort of the same run: every
// kth position holds the sorted element, nothing on the wrong side of it.
func TestPartitionMultiKth(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	lt := func(a, b float64) bool { return a < b || (a == a && b != b) }
	for _, n := range []int{1, 2, 7, 64, 300, 1000, 50_000} {
		for _, nanEvery := range []int{0, 3} {
			x := make([]float64, n)
			for i := range x {
				x[i] = float64(rng.IntN(n/2 + 1))
				if nanEvery > 0 && rng.IntN(nanEvery) == 0 {
					x[i] = math.NaN()
				}
			}
			want := Sort(FromSlice(slices.Clone(x)), 0).Values()
			for _, kth := range [][]int{{0, n - 1}, {n / 2, n / 3, -1}, {n / 4, n / 4, n / 2, 3 * n / 4}, {rng.IntN(n), rng.IntN(n), rng.IntN(n), rng.IntN(n), rng.IntN(n)}} {
				got := Partition(FromSlice(slices.Clone(x)), kth, 0).Values()
				for _, k := range kth {
					if k < 0 {
						k += n
					}
					g, w := got[k], want[k]
					if g != w && (g == g || w == w) {
						t.Fatalf("n=%d kth=%v: [%d]=%v, want %v", n, kth, k, g, w)
					}
					for i, v := range got {
						if (i < k && lt(g, v)) || (i > k && lt(v, g)) {
							t.Fatalf("n=%d kth=%v: [%d]=%v on the wrong side of [%d]=%v", n, kth, i, v, k, g)
						}
					}
				}
			}
		}
	}
}
