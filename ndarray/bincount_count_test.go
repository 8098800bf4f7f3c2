package ndarray

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestCountInto checks the four-table counting of Bincount against one
// plain loop, across the sizes where it switches between them.
func TestCountInto(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for _, tc := range []struct{ n, size int }{{0, 1}, {3, 5}, {4, 1}, {17, 4}, {1001, 10}, {100_003, 1000}, {50_000, 1 << 14}, {50_000, 1<<14 + 1}} {
		vals := make([]int64, tc.n)
		for i := range vals {
			vals[i] = int64(rng.IntN(tc.size))
		}
		want := make([]int64, tc.size)
		for _, v := range vals {
			want[v]++
		}
		if got := countInto(vals, tc.size); !slices.Equal(got, want) {
			t.Fatalf("n=%d size=%d: counts differ", tc.n, tc.size)
		}
	}
}
