//go:build !purego && (amd64 || arm64) && unix

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// TestArgExtremaChunks checks ArgMax and ArgMin against the generic twins
// on slices of many chunks (the amd64 kernels merge per-chunk extremes and
// rescan one chunk): the extreme alone at every position, and tied with an
// equal element (or the other zero) before or after it in another chunk and
// another lane.
func TestArgExtremaChunks(t *testing.T) {
	for _, impl := range arImpls(t) {
		t.Run(impl+"/f64", func(t *testing.T) { argChunksCheck[float64](t, impl) })
		t.Run(impl+"/f32", func(t *testing.T) { argChunksCheck[float32](t, impl) })
	}
}

func argChunksCheck[T Float](t *testing.T, impl string) {
	restore, err := Use(impl)
	if err != nil {
		t.Fatal(err)
	}
	defer restore()
	g := genericOps[T]()
	rng := rand.New(rand.NewPCG(5, 6))
	negZero := T(math.Copysign(0, -1))
	inf := T(math.Inf(1))
	check := func(what string, x []T) {
		t.Helper()
		if a, b := ArgMax(x), g.ArgMax(x); a != b {
			t.Fatalf("%s: ArgMax = %d, want %d", what, a, b)
		}
		if a, b := ArgMin(x), g.ArgMin(x); a != b {
			t.Fatalf("%s: ArgMin = %d, want %d", what, a, b)
		}
	}
	cases := []struct {
		name string
		fill func() T // the other elements
		v, w T        // the extreme and its tie
	}{
		{"3", func() T { return T(rng.IntN(5) - 2) }, 3, 3},
		{"-3", func() T { return T(rng.IntN(5) - 2) }, -3, -3},
		{"+Inf", func() T { return T(rng.NormFloat64()) }, inf, inf},
		{"-Inf", func() T { return T(rng.NormFloat64()) }, -inf, -inf},
		{"-0 then 0", func() T { return -T(rng.IntN(4) + 1) }, negZero, 0},
		{"0 then -0", func() T { return -T(rng.IntN(4) + 1) }, 0, negZero},
	}
	for _, n := range []int{256, 257, 1000, 2051} {
		x := make([]T, n)
		for p := 0; p < n; p += 1 + rng.IntN(9) {
			for _, c := range cases {
				for i := range x {
					x[i] = c.fill()
				}
				x[p] = c.v
				check(fmt.Sprintf("n=%d x[%d]=%v", n, p, c.v), x)
				for _, q := range []int{p + 1 + rng.IntN(300), p - 1 - rng.IntN(300)} {
					if q < 0 || q >= n {
						continue
					}
					y := append([]T(nil), x...)
					y[q] = c.w
					check(fmt.Sprintf("n=%d x[%d]=%v x[%d]=%v (%s)", n, p, c.v, q, c.w, c.name), y)
				}
			}
		}
	}
}
