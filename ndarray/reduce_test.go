package ndarray

import (
	"math"
	"math/big"
	"math/bits"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/ndsimd/ndsimd/kernels"
)

// TestReductionsOverViewsEqualCopies checks that every reduction of a
// non-contiguous view equals the same reduction of its contiguous copy.
func TestReductionsOverViewsEqualCopies(t *testing.T) {
	base := RandNormal[float64](NewRand(1), 6, 5, 8)
	views := map[string]*Array[float64]{
		"transpose":      base.Transpose(2, 0, 1),
		"step slice":     base.Slice(SS(0, 6, 2), All(), SS(7, 0, -3)),
		"negative steps": base.Slice(Step(-1), Step(-2)),
		"broadcast":      base.Slice(S(0, 1)).BroadcastTo(3, 5, 8),
	}
	axesSets := [][]int{nil, {0}, {1}, {2}, {-1}, {0, 2}, {1, 2}, {0, 1, 2}}
	type red func(*Array[float64], ...ReduceOption) *Array[float64]
	reds := map[string]red{"Sum": Sum[float64], "Mean": Mean[float64], "Max": Max[float64], "Min": Min[float64],
		"Prod": Prod[float64], "Norm": Norm[float64], "Std": Std[float64], "Var": Var[float64]}
	for vname, v := range views {
		c := v.Copy()
		for rname, f := range reds {
			for _, axes := range axesSets {
				if rname == "Norm" && len(axes) > 2 {
					continue // NumPy's norm refuses three axes
				}
				for _, keep := range []bool{false, true} {
					opts := []ReduceOption{KeepDims(keep)}
					if axes != nil {
						opts = append(opts, Axis(axes...))
					}
					got, want := f(v, opts...), f(c, opts...)
					if !slices.Equal(got.Shape(), want.Shape()) {
						t.Errorf("%s of %s view, axes %v keepdims %v: shape %v, copy gives %v", rname, vname, axes, keep, got.Shape(), want.Shape())
					} else if diff := cmp.Diff(want.Values(), got.Values(), cmpopts.EquateApprox(1e-12, 1e-12), cmpopts.EquateNaNs()); diff != "" {
						t.Errorf("%s of %s view, axes %v keepdims %v (-copy +view):\n%s", rname, vname, axes, keep, diff)
					}
				}
			}
		}
	}
}

// exactSum is the correctly rounded sum of x, from math/big.
func exactSum(x []float64) float64 {
	s := new(big.Float).SetPrec(256)
	for _, v := range x {
		s.Add(s, new(big.Float).SetPrec(256).SetFloat64(v))
	}
	f, _ := s.Float64()
	return f
}

// TestSumAccuracy checks float sums along every layout against the exact
// sum: the error must stay within a pairwise bound (log2(n)·ε·Σ|x|), which a
// plain left-to-right loop exceeds on this input by about 1000× (measured:
// a naive loop is ~1e-6 off, the bound is 2.3e-10).
func TestSumAccuracy(t *testing.T) {
	const n = 1 << 20
	r := NewRand(7)
	data := make([]float64, n)
	for i := range data {
		data[i] = 0.1 + r.Float64()*1e-6 // same sign and size: naive rounding errors pile up
	}
	want := exactSum(data)
	bound := 21 * 0x1p-53 * 0.1 * float64(n)
	for _, impl := range kernels.Available() {
		restore, _ := kernels.Use(impl)
		for name, a := range map[string]*Array[float64]{
			"1-D":          FromSlice(data),
			"rows axis 0":  FromSlice(data).Reshape(n, 1),
			"column major": FromSlice(data).Reshape(1024, 1024).T(),
		} {
			got := Sum(a).Item()
			if math.Abs(got-want) > bound {
				t.Errorf("impl %s, %s: sum error %g exceeds the pairwise bound %g", impl, name, math.Abs(got-want), bound)
			}
		}
		// Axis 0 over many rows: pairwise over rows.
		col := Sum(FromSlice(data).Reshape(n/4, 4), Axis(0)).Values()
		for j := range 4 {
			var part []float64
			for i := j; i < n; i += 4 {
				part = append(part, data[i])
			}
			if e := math.Abs(col[j] - exactSum(part)); e > bound {
				t.Errorf("impl %s: sum over axis 0, column %d: error %g exceeds %g", impl, j, e, bound)
			}
		}
		restore()
	}
}

func TestReductionSemantics(t *testing.T) {
	nan := math.NaN()
	a := FromSlice([]float64{3, nan, 1, 5, 2, 4}, 2, 3)
	if got := Max(a, Axis(1)).Values(); !math.IsNaN(got[0]) || got[1] != 5 {
		t.Errorf("Max with NaN = %v, want [NaN 5]", got)
	}
	if got := Min(a, Axis(0)).Values(); got[0] != 3 || !math.IsNaN(got[1]) || got[2] != 1 {
		t.Errorf("Min axis 0 = %v, want [3 NaN 1]", got)
	}
	if got := ArgMax(a, Axis(1)).Values(); !slices.Equal(got, []int64{1, 0}) {
		t.Errorf("ArgMax axis 1 = %v, want [1 0] (first NaN wins)", got)
	}
	empty := Zeros[float64](0, 3)
	if got := Sum(empty).Item(); got != 0 {
		t.Errorf("sum of empty = %v", got)
	}
	if got := Prod(empty, Axis(0)).Values(); !slices.Equal(got, []float64{1, 1, 1}) {
		t.Errorf("prod of empty axis = %v", got)
	}
	if _, ok := catch(func() { Max(empty) }).(*ValueError); !ok {
		t.Error("Max of empty did not panic with *ValueError")
	}
	if _, ok := catch(func() { Sum(a, Axis(0, 0)) }).(*ValueError); !ok {
		t.Error("repeated axis did not panic with *ValueError")
	}
	if _, ok := catch(func() { Sum(a, Axis(2)) }).(*AxisError); !ok {
		t.Error("axis 2 of a 2-D array did not panic with *AxisError")
	}
	ints := FromSlice([]int8{100, 100, 100})
	if got := SumInt64(ints).Item(); got != 300 {
		t.Errorf("SumInt64 of int8 = %d, want 300 (64-bit accumulation)", got)
	}
	if got := Var(FromSlice([]float64{1, 2, 3, 4})).Item(); got != 1.25 {
		t.Errorf("Var = %v, want 1.25", got)
	}
	if got := Norm(FromSlice([]float32{3, 4}, 2, 1), Axis(0), KeepDims(true)); !slices.Equal(got.Shape(), []int{1, 1}) || got.Item() != 5 {
		t.Errorf("Norm keepdims = %v %v", got.Shape(), got.Values())
	}
}

// TestSumAxis0RowCounts checks the pairwise sum over rows for row counts
// around the leaf size and the binary counter's carries, against exact sums.
func TestSumAxis0RowCounts(t *testing.T) {
	r := NewRand(11)
	for _, rows := range []int{1, 2, 7, 8, 9, 15, 16, 17, 23, 24, 25, 57, 63, 64, 65, 127, 129, 1000, 4097} {
		x := RandNormal[float64](r, rows, 3)
		got := Sum(x, Axis(0)).Values()
		for j := range 3 {
			col := x.Slice(All(), S(j, j+1)).Values()
			want := exactSum(col)
			var abs float64
			for _, v := range col {
				abs += math.Abs(v)
			}
			if bound := 4 * 0x1p-53 * float64(bits.Len(uint(rows))+8) * abs; math.Abs(got[j]-want) > bound {
				t.Errorf("%d rows, column %d: sum %v, exact %v (bound %g)", rows, j, got[j], want, bound)
			}
		}
	}
}
