package ndarray

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
)

// Take of float64/float32 with int64 indexes goes through the SIMD gather
// kernel (gatherKernels); these cases check it against a plain loop, with
// negative indexes and an out-of-range one at every position of a block.
func TestTakeKernelPath(t *testing.T) {
	t.Run("f64", testTakeKernelPath[float64])
	t.Run("f32", testTakeKernelPath[float32])
}

func testTakeKernelPath[T float64 | float32](t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2))
	for _, n := range []int{1, 3, 17, 100, 1000} {
		src := make([]T, n)
		for i := range src {
			src[i] = T(rng.NormFloat64())
		}
		for _, m := range []int{0, 1, 7, 8, 9, 63, 64, 65, 200} {
			idx := make([]int64, m)
			want := make([]T, m)
			for i := range idx {
				k := rng.IntN(n)
				want[i] = src[k]
				if rng.IntN(10) == 0 {
					k -= n // the same element, counted from the end
				}
				idx[i] = int64(k)
			}
			got := Take(FromSlice(src), FromSlice(idx)).Data()
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("n=%d m=%d: [%d] = %v, want %v (index %d)", n, m, i, got[i], want[i], idx[i])
				}
			}
			for _, bad := range []int64{int64(n), int64(-n - 1)} {
				if m == 0 {
					continue
				}
				p := rng.IntN(m)
				save := idx[p]
				idx[p] = bad
				err := recovered(func() { Take(FromSlice(src), FromSlice(idx)) })
				var ie *IndexError
				if !errors.As(err, &ie) || err.Error() != fmt.Sprintf("index %d is out of bounds for axis 0 with size %d", bad, n) {
					t.Errorf("n=%d m=%d bad index %d at %d: %v", n, m, bad, p, err)
				}
				idx[p] = save
			}
		}
	}
}
