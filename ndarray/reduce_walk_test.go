package ndarray

import (
	"slices"
	"testing"
)

// TestArgExtremesOverViews checks ArgMax and ArgMin of views (reversed,
// transposed, stepped, broadcast) against a loop over the view's elements
// in C order: the walk may read memory in any order, the index may not.
func TestArgExtremesOverViews(t *testing.T) {
	base := RandNormal[float64](NewRand(3), 6, 5, 8)
	base.Set(base.At(0, 0, 0), 1, 2, 3) // a tie: the first one wins
	views := map[string]*Array[float64]{
		"transpose":      base.Transpose(2, 0, 1),
		"reversed":       base.Slice(Step(-1), Step(-1), Step(-1)),
		"step slice":     base.Slice(SS(0, 6, 2), All(), SS(7, 0, -3)),
		"broadcast":      base.Slice(S(0, 1)).BroadcastTo(3, 5, 8),
		"transpose, rev": base.T().Slice(Step(-1)),
	}
	for name, v := range views {
		for _, axis := range []int{-2, 0, 1, 2} { // -2: the flattened array
			shape := v.Shape()
			for _, isMax := range []bool{true, false} {
				var got *Array[int64]
				switch {
				case axis == -2 && isMax:
					got = ArgMax(v)
				case axis == -2:
					got = ArgMin(v)
				case isMax:
					got = ArgMax(v, Axis(axis))
				default:
					got = ArgMin(v, Axis(axis))
				}
				want := naiveArg(v.Values(), shape, axis, isMax)
				if !slices.Equal(got.Values(), want) {
					t.Errorf("%s, axis %d, max %v: got %v, want %v", name, axis, isMax, got.Values(), want)
				}
			}
		}
	}
}

// naiveArg is argmax/argmin of C-ordered values of shape along axis (the
// flattened array for axis -2): the first best index.
func naiveArg(vals []float64, shape []int, axis int, isMax bool) []int64 {
	if axis == -2 {
		shape, axis = []int{len(vals)}, 0
	}
	outer, n, inner := 1, shape[axis], 1
	for _, d := range shape[:axis] {
		outer *= d
	}
	for _, d := range shape[axis+1:] {
		inner *= d
	}
	var out []int64
	for o := range outer {
		for i := range inner {
			best := 0
			for j := range n {
				v, b := vals[(o*n+j)*inner+i], vals[(o*n+best)*inner+i]
				if (isMax && v > b) || (!isMax && v < b) {
					best = j
				}
			}
			out = append(out, int64(best))
		}
	}
	return out
}

// TestSmallSumAllocs checks the per-call cost of whole-array reductions of
// small contiguous arrays: the result is the only allocation.
func TestSmallSumAllocs(t *testing.T) {
	a64 := RandNormal[float64](NewRand(1), 16)
	a32 := RandNormal[float32](NewRand(1), 4, 4)
	for _, c := range []struct {
		name string
		f    func()
		max  float64
	}{
		{"Sum float64", func() { Sum(a64) }, 1},
		{"Sum float32 (4,4)", func() { Sum(a32) }, 1},
		{"Mean float64", func() { Mean(a64) }, 1},
	} {
		if n := testing.AllocsPerRun(100, c.f); n > c.max {
			t.Errorf("%s: %v allocations per call, want at most %v", c.name, n, c.max)
		}
	}
}
