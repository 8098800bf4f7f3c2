package kernels

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// argsortRef is the stable order of x built independently of ArgsortF64:
// indexes sorted by (value with NaN last and -0 == +0, index).
func argsortRef(x []float64) []int64 {
	idx := make([]int64, len(x))
	for i := range idx {
		idx[i] = int64(i)
	}
	slices.SortFunc(idx, func(a, b int64) int {
		if c := cmpNaNLast(x[a], x[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return idx
}

func TestArgsortEveryImpl(t *testing.T) {
	lengths := make([]int, 0, 310)
	for n := 0; n <= 300; n++ {
		lengths = append(lengths, n)
	}
	lengths = append(lengths, 1000, 4099, 100_003)
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			rng := rand.New(rand.NewPCG(9, 10))
			for _, n := range lengths {
				for name, x := range sortInputs[float64](n, rng) {
					orig := slices.Clone(x)
					got := make([]int64, n)
					ArgsortF64(got, x)
					if want := argsortRef(x); !slices.Equal(got, want) {
						t.Fatalf("%s n=%d: ArgsortF64 is not the stable order", name, n)
					}
					if !sameSorted(x, orig) || !slices.EqualFunc(x, orig, func(a, b float64) bool { return a == b || (a != a && b != b) }) {
						t.Fatalf("%s n=%d: ArgsortF64 changed x", name, n)
					}
				}
			}
		})
	}
}
