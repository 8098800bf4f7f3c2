package ndarray

import (
	"math"
	"slices"
	"testing"
)

// refQuantile is the linear quantile of x by a full sort, NumPy's formula
// written out directly (not through orderStats).
func refQuantile(x []float64, q float64) float64 {
	s := slices.Clone(x)
	slices.SortFunc(s, nanCompare)
	if math.IsNaN(s[len(s)-1]) {
		return math.NaN()
	}
	n := len(s)
	v := float64(float64(n-1) * q) // each operation rounded, as NumPy (no fused multiply-add)
	prev := math.Floor(v)
	pi, ni := int(prev), int(prev)+1
	if v >= float64(n-1) {
		pi, ni, prev = n-1, n-1, -1
	}
	g := v - prev
	d := s[ni] - s[pi]
	if g >= 0.5 {
		return s[ni] - float64(d*(1-g))
	}
	return s[pi] + float64(d*g)
}

func TestMedianQuantileAgainstSort(t *testing.T) {
	for _, n := range []int{1, 2, 3, 4, 7, 100, 101, radixSelectMin - 1, radixSelectMin, 10_000, 100_001} {
		for name, x := range sortInputs[float64](n, uint64(7*n)) {
			s := slices.Clone(x)
			slices.SortFunc(s, nanCompare)
			want := (s[(n-1)/2] + s[n/2]) / 2
			if math.IsNaN(s[n-1]) {
				want = math.NaN()
			}
			got := Median(Wrap(slices.Clone(x), n)).Item()
			if !(got == want || math.IsNaN(got) && math.IsNaN(want)) {
				t.Errorf("median %s n=%d: %v, want %v", name, n, got, want)
			}
			for _, q := range []float64{0, 0.1, 0.25, 0.5, 0.9, 0.999, 1} {
				got, want := Quantile(Wrap(x, n), q).Item(), refQuantile(x, q)
				if !(got == want || math.IsNaN(got) && math.IsNaN(want)) {
					t.Errorf("quantile %v %s n=%d: %v, want %v", q, name, n, got, want)
				}
			}
		}
	}
	// float32 through the radix path agrees with the float64 reference.
	x := RandNormal[float32](NewRand(2), 9999)
	s := slices.Clone(x.Values())
	slices.Sort(s)
	if got := Median(x).Item(); got != s[4999] {
		t.Errorf("float32 median %v, want %v", got, s[4999])
	}
}

func TestStatsNumPy(t *testing.T) {
	// Expected values are NumPy 1.24's.
	m := FromSlice([]float64{1, 2, 3, 4, 5, 6, 7, nan}, 2, 4)
	checkArray(t, "percentile 40 axis 1", Percentile(m, 40, Axis(1)), []int{2}, []float64{2.2, nan})
	checkArray(t, "median keepdims", Median(m, Axis(1), KeepDims(true)), []int{2, 1}, []float64{2.5, nan})
	n := FromSlice([]float64{nan, 1, nan, nan}, 2, 2)
	checkArray(t, "nanmax", NanMax(n, Axis(1)), []int{2}, []float64{1, nan})
	checkArray(t, "nanmin", NanMin(n), []int{}, []float64{1})
	checkArray(t, "nansum", NanSum(n, Axis(0)), []int{2}, []float64{0, 1})
	checkArray(t, "nanmean", NanMean(n, Axis(1)), []int{2}, []float64{1, nan})
	checkArray(t, "nanargmin", NanArgMin(FromSlice([]float64{nan, 1, 0.5, 2, nan, -1}, 2, 3), Axis(1)), []int{2}, []float64{2, 2})
	checkArray(t, "nanargmax flat", NanArgMax(FromSlice([]float64{nan, 1, 0.5, 2, nan, -1}, 2, 3)), []int{}, []float64{3})
	checkPanic[*ValueError](t, "nanargmax all NaN", "All-NaN slice encountered", func() { NanArgMax(FromSlice([]float64{nan})) })
	checkPanic[*ValueError](t, "quantile range", "Quantiles must be in the range [0, 1]", func() { Quantile(m, 1.5) })
	checkPanic[*AxisError](t, "median axis", "axis 2 is out of bounds for array of dimension 2", func() { Median(m, Axis(2)) })

	checkArray(t, "bincount", Bincount(FromSlice([]int64{0, 1, 1, 3}), 0), []int{4}, []float64{1, 2, 0, 1})
	checkArray(t, "bincount weights", BincountWeights(FromSlice([]int64{0, 1, 1, 3}), FromSlice([]float64{0.5, 1, 2, 4}), 6), []int{6}, []float64{0.5, 3, 0, 4, 0, 0})
	checkArray(t, "bincount empty", Bincount(FromSlice([]int64{}), 3), []int{3}, []float64{0, 0, 0})
	checkPanic[*ValueError](t, "bincount negative", "'list' argument must have no negative elements", func() { Bincount(FromSlice([]int64{1, -1}), 0) })
	checkPanic[*ValueError](t, "bincount minlength", "'minlength' must not be negative", func() { Bincount(FromSlice([]int64{1}), -1) })

	c, e := Histogram(FromSlice([]float64{0, 0.5, 1, 1.5, 2, 2, 3}), 3)
	checkArray(t, "histogram counts", c, []int{3}, []float64{2, 2, 3})
	checkArray(t, "histogram edges", e, []int{4}, []float64{0, 1, 2, 3})
	c, e = HistogramRange(FromSlice([]float64{1, 2, 3, 10}), 4, 0, 4)
	checkArray(t, "histogram range counts", c, []int{4}, []float64{0, 1, 1, 1})
	checkArray(t, "histogram range edges", e, []int{5}, []float64{0, 1, 2, 3, 4})
	c, e = Histogram(FromSlice([]float64{5, 5}), 2)
	checkArray(t, "histogram equal counts", c, []int{2}, []float64{0, 2})
	checkArray(t, "histogram equal edges", e, []int{3}, []float64{4.5, 5, 5.5})
}

func TestScansNumPy(t *testing.T) {
	checkArray(t, "cumsum uint8 widened", CumsumUint64(FromSlice([]uint8{200, 100, 50})), []int{3}, []float64{200, 300, 350})
	checkArray(t, "cumprod int32 axis 0", CumprodInt64(FromSlice([]int32{1, 2, 3, 4}, 2, 2), Axis(0)), []int{2, 2}, []float64{1, 2, 3, 8})
	checkArray(t, "cumsum axis 1", Cumsum(FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3), Axis(1)), []int{2, 3}, []float64{1, 3, 6, 4, 9, 15})
	checkArray(t, "cumsum flattened transposed", Cumsum(FromSlice([]float64{1, 2, 3, 4}, 2, 2).T()), []int{4}, []float64{1, 4, 6, 10})
	checkArray(t, "diff n=2 axis 1", Diff(FromSlice([]float64{1, 4, 9, 16, 2, 3, 5, 8}, 2, 4), 2, 1), []int{2, 2}, []float64{2, 2, 1, 1})
	checkArray(t, "diff past the length", Diff(FromSlice([]float64{1, 2}), 5, 0), []int{0}, nil)
	checkPanic[*ValueError](t, "diff order", "order must be non-negative but got -1", func() { Diff(FromSlice([]float64{1}), -1, 0) })
	// Left-to-right summation order, bit for bit.
	x := RandNormal[float32](NewRand(5), 10_000).Values()
	got := Cumsum(Wrap(x, len(x))).Values()
	var s float32
	for i, v := range x {
		s += v
		if got[i] != s {
			t.Fatalf("cumsum element %d = %v, want %v", i, got[i], s)
		}
	}
}
