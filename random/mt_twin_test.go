package random

import (
	"slices"
	"testing"
)

// A RandomState stream (randn, whose polar scale is a kernel, and rand,
// over many twists) is the same under every kernel implementation.
func TestLegacyStreamsUnderEveryImplementation(t *testing.T) {
	draw := func() []float64 {
		rs := NewRandomState(12345)
		out := rs.Randn(3001).Data()
		out = append(out, rs.Rand(1777).Data()...)
		return out
	}
	var want []float64
	forEachKernels(t, func(t *testing.T) {
		got := draw()
		if want == nil {
			want = got
		}
		if !slices.Equal(got, want) {
			t.Fatal("randn/rand differ from the generic implementation's")
		}
	})
}
