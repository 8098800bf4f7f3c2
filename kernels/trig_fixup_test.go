package kernels

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestTrigFixup puts inputs outside the assembly kernels' vector paths
// (huge, infinite, NaN, below -1 for Log1p, above 709 for Expm1) at every
// position of short slices and a few places of long ones, and checks, for
// every implementation, that each element is the generic twin's (within 1
// ULP: the vector path rounds differently at places) and that the in-place
// call (dst = x) gives the same bits as the out-of-place one.
func TestTrigFixup(t *testing.T) {
	t.Run("f64", trigFixup[float64])
	t.Run("f32", trigFixup[float32])
}

func trigFixup[T Float](t *testing.T) {
	g := genericOps[T]()
	kernels := []struct {
		name     string
		api, gen func(dst, x []T)
		outside  []float64
	}{
		{"Sin", Sin[T], g.Sin, []float64{1e22, -0x1p20, math.Inf(1), math.NaN(), 3e38}},
		{"Cos", Cos[T], g.Cos, []float64{1e22, 0x1p20, math.Inf(-1), math.NaN(), -3e38}},
		{"Tan", Tan[T], g.Tan, []float64{1e22, 0x1p21, math.Inf(1), math.NaN()}},
		{"Log1p", Log1p[T], g.Log1p, []float64{-1, -2, math.Inf(1), math.NaN(), math.Inf(-1)}},
		{"Expm1", Expm1[T], g.Expm1, []float64{709, 1e10, math.Inf(1), math.NaN()}},
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, name := range Available() {
		restore, err := Use(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range kernels {
			for _, n := range []int{1, 2, 3, 5, 8, 9, 15, 16, 17, 23, 31, 32, 33, 40, 100, 1000} {
				for trial := 0; trial < 3; trial++ {
					x := make([]T, n)
					for i := range x {
						x[i] = T(r.NormFloat64())
					}
					for range 1 + trial {
						x[r.IntN(n)] = T(k.outside[r.IntN(len(k.outside))])
					}
					if n <= 40 && trial == 0 {
						x[n-1] = T(k.outside[0]) // in the tail
					}
					want := make([]T, n)
					k.gen(want, x)
					got := make([]T, n)
					k.api(got, x)
					in := append([]T(nil), x...)
					k.api(in, in)
					for i := range want {
						if !hSame(got[i], in[i]) {
							t.Fatalf("%s %s n=%d: in place element %d = %v, out of place %v (x=%v)", name, k.name, n, i, in[i], got[i], x[i])
						}
						if hSame(got[i], want[i]) {
							continue
						}
						if got[i] != got[i] || want[i] != want[i] || hULPDist(got[i], want[i]) > 1 {
							t.Fatalf("%s %s n=%d: element %d = %v, twin %v (x=%v)", name, k.name, n, i, got[i], want[i], x[i])
						}
					}
				}
			}
		}
		restore()
	}
}
