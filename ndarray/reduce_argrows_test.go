package ndarray

import (
	"math"
	"slices"
	"testing"
)

// TestArgExtremesAlongRows checks ArgMax and ArgMin along the last axis of
// float arrays whose rows the kernels' ArgMaxRows/ArgMinRows take in one
// call (C arrays, column slices with a row stride, every other row, a
// single row), with ties, signed zeros and NaNs, against a loop over each
// row: the first extreme, or the first NaN, as NumPy.
func TestArgExtremesAlongRows(t *testing.T) {
	t.Run("f64", testArgExtremesAlongRows[float64])
	t.Run("f32", testArgExtremesAlongRows[float32])
}

func testArgExtremesAlongRows[T Float](t *testing.T) {
	base := RandNormal[T](NewRand(5), 9, 70)
	for i := range 9 {
		base.Set(base.At(i, 3), i, 40+i) // a tie with an earlier element
	}
	base.Set(T(math.NaN()), 2, 50)
	base.Set(T(math.NaN()), 2, 60)
	base.Set(T(math.NaN()), 7, 1)
	base.Set(T(math.Copysign(0, -1)), 4, 5)
	base.Set(0, 4, 6)
	views := map[string]*Array[T]{
		"C":              base,
		"columns 3:67":   base.Slice(All(), S(3, 67)),
		"every other":    base.Slice(SS(0, 9, 2), All()),
		"one row":        base.Slice(S(4, 5), All()),
		"columns 1:9":    base.Slice(All(), S(1, 9)),
		"columns 0:2":    base.Slice(All(), S(0, 2)),
		"reversed rows":  base.Slice(Step(-1), All()),
		"columns 10:60:": base.Slice(S(1, 8), S(10, 60)),
	}
	for name, v := range views {
		for _, isMax := range []bool{true, false} {
			var got *Array[int64]
			if isMax {
				got = ArgMax(v, Axis(-1))
			} else {
				got = ArgMin(v, Axis(-1))
			}
			var want []int64
			shape := v.Shape()
			vals := v.Values()
			for r := range shape[0] {
				row := vals[r*shape[1] : (r+1)*shape[1]]
				k := 0
				for j, x := range row {
					if x != x {
						k = j
						break
					}
					if (isMax && x > row[k]) || (!isMax && x < row[k]) {
						k = j
					}
				}
				want = append(want, int64(k))
			}
			if !slices.Equal(got.Values(), want) {
				t.Errorf("%s, max %v: got %v, want %v", name, isMax, got.Values(), want)
			}
		}
	}
}
