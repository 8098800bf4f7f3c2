package kernels

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// less orders as Sort does: NaN after everything.
func sortLess[T Float](a, b T) bool { return a < b || (a == a && b != b) }

func TestNthElementEveryImpl(t *testing.T) {
	t.Run("f64", testNthElementEveryImpl[float64])
	t.Run("f32", testNthElementEveryImpl[float32])
}

func testNthElementEveryImpl[T Float](t *testing.T) {
	lengths := make([]int, 0, 310)
	for n := 1; n <= 300; n++ {
		lengths = append(lengths, n)
	}
	lengths = append(lengths, 1000, 4099, 20_011)
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			rng := rand.New(rand.NewPCG(7, 8))
			for _, n := range lengths {
				for name, x := range sortInputs[T](n, rng) {
					want := sortRef(x)
					for _, k := range []int{0, n / 2, n - 1, rng.IntN(n)} {
						got := slices.Clone(x)
						NthElement(got, k)
						if g, w := got[k], want[k]; g != w && (g == g || w == w) {
							t.Fatalf("%s n=%d k=%d: x[k]=%v, want %v", name, n, k, g, w)
						}
						for i, v := range got {
							if (i < k && sortLess(got[k], v)) || (i > k && sortLess(v, got[k])) {
								t.Fatalf("%s n=%d k=%d: x[%d]=%v on the wrong side of %v", name, n, k, i, v, got[k])
							}
						}
						slices.SortFunc(got, func(a, b T) int {
							if sortLess(a, b) {
								return -1
							}
							if sortLess(b, a) {
								return 1
							}
							return 0
						})
						if !sameSorted(got, want) {
							t.Fatalf("%s n=%d k=%d: not a permutation of x", name, n, k)
						}
					}
				}
			}
		})
	}
}
