package random

import (
	"slices"
	"testing"
)

// The 16- and 8-bit buffers live within one call, but PCG64's pending 32-bit
// half word carries over between calls: a sequence of calls of mixed dtypes
// on one Generator must match NumPy's (values printed by NumPy 1.24 for
// default_rng(5) and these calls, in this order).
func TestMixedDtypeCallsShareTheStreamAsNumPy(t *testing.T) {
	g := DefaultRNG(5)
	sameAs(t, "integers(0, 1000, 3, int16)", IntegersOf[int16](g, 0, 1000, false, 3).Data(), []int16{897, 670, 671})
	sameAs(t, "random(3, float32)", g.RandomF32(3).Data(), []float32{0.022653162479400635, 0.8079407811164856, 0.46885186433792114})
	sameAs(t, "integers(0, 200, 5, uint8)", IntegersOf[uint8](g, 0, 200, false, 5).Data(), []uint8{49, 184, 102, 67, 125})
	sameAs(t, "integers(-5, 70000, 3, int32)", IntegersOf[int32](g, -5, 70000, false, 3).Data(), []int32{20002, 68566, 3770})
	sameAs(t, "random(2)", g.Random(2).Data(), []float64{0.38336888078551823, 0.40847320541999865})
	sameAs(t, "integers(0, 7, 3)", g.Integers(0, 7, 3).Data(), []int64{0, 0, 0})
	sameAs(t, "choice(5, 3, p)", g.ChoiceP(5, []float64{.1, .2, .3, .2, .2}, true, 3).Data(), []int64{4, 3, 1})
	sameAs(t, "integers(0, 7, 1, uint32)", IntegersOf[uint32](g, 0, 7, false, 1).Data(), []uint32{0})
	sameAs(t, "random(1, float32)", g.RandomF32(1).Data(), []float32{0.28223735094070435})
}

func sameAs[T comparable](t *testing.T, name string, got, want []T) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s = %v, NumPy %v", name, got, want)
	}
}
