package ndarray

import (
	"math"
	"slices"
	"testing"
)

// sortInputs returns the test inputs of length n: random, sorted,
// reversed, many equal, NaN-heavy (floats) and values around zero.
func sortInputs[T Number](n int, seed uint64) map[string][]T {
	r := NewRand(seed)
	rnd := make([]T, n)
	for i := range rnd {
		if isFloat[T]() {
			rnd[i] = T(r.NormFloat64() * 100)
		} else {
			rnd[i] = T(r.Uint64())
		}
	}
	sorted := slices.Clone(rnd)
	slices.SortFunc(sorted, nanCompare)
	reversed := slices.Clone(sorted)
	slices.Reverse(reversed)
	few := make([]T, n)
	for i := range few {
		few[i] = T(r.IntN(4))
	}
	in := map[string][]T{"random": rnd, "sorted": sorted, "reversed": reversed, "few distinct": few}
	if isFloat[T]() {
		nans := make([]T, n)
		for i := range nans {
			switch r.IntN(3) {
			case 0:
				nans[i] = T(math.NaN())
			case 1:
				nans[i] = T(math.Inf(2*r.IntN(2) - 1))
			default:
				nans[i] = T(r.NormFloat64())
			}
		}
		in["NaN and Inf heavy"] = nans
		tiny := make([]T, n)
		for i := range tiny {
			tiny[i] = T(r.NormFloat64() * 1e-300)
		}
		in["denormals and zeros"] = tiny
	}
	return in
}

// nanCompare orders numbers with NaN last, as NumPy's sort.
func nanCompare[T Number](a, b T) int {
	switch {
	case nanLess(a, b):
		return -1
	case nanLess(b, a):
		return 1
	}
	return 0
}

func testSortRun[T Number](t *testing.T) {
	lengths := []int{}
	for n := range 301 {
		lengths = append(lengths, n)
	}
	lengths = append(lengths, radixMin, 1000, 4099, 100_000)
	for _, n := range lengths {
		for name, x := range sortInputs[T](n, uint64(n)) {
			want := slices.Clone(x)
			slices.SortStableFunc(want, nanCompare) // the reference
			got := slices.Clone(x)
			sortRun(got)
			for i := range got {
				if nanCompare(got[i], want[i]) != 0 {
					t.Fatalf("%s sortRun %s n=%d: element %d = %v, want %v", DtypeOf[T](), name, n, i, got[i], want[i])
				}
			}
			idx := make([]int64, n)
			argsortRun(idx, x)
			wantIdx := make([]int64, n)
			for i := range wantIdx {
				wantIdx[i] = int64(i)
			}
			slices.SortStableFunc(wantIdx, func(a, b int64) int { return nanCompare(x[a], x[b]) })
			if !slices.Equal(idx, wantIdx) {
				t.Fatalf("%s argsortRun %s n=%d: not the stable order", DtypeOf[T](), name, n)
			}
		}
	}
}

func TestSortRun(t *testing.T) {
	t.Run("float64", testSortRun[float64])
	t.Run("float32", testSortRun[float32])
	t.Run("int64", testSortRun[int64])
	t.Run("uint64", testSortRun[uint64])
	t.Run("int32", testSortRun[int32])
	t.Run("int16", testSortRun[int16])
	t.Run("uint8", testSortRun[uint8])
}

// TestSortSignedZerosAsNumPy checks that runs holding both -0.0 and +0.0
// come out with the zeros in NumPy 1.24's order (its scalar quicksort).
func TestSortSignedZerosAsNumPy(t *testing.T) {
	cases := []struct {
		n     int
		signs string // np.signbit of the zeros of np.sort(x), in order
	}{
		{24, "10"},
		{40, "1100"},
		{100, "000101110"},
		{1000, "0010001000011010011011111110001111001100011110000001011001001111010101001011001000101011101"},
	}
	for _, c := range cases {
		x := make([]float64, c.n)
		for i := range x {
			x[i] = float64((i*37)%11 - 5)
			if x[i] == 0 && i%2 == 1 {
				x[i] = math.Copysign(0, -1)
			}
		}
		got := Sort(Wrap(x, c.n), 0).Values()
		signs := ""
		for _, v := range got {
			if v == 0 {
				if math.Signbit(v) {
					signs += "1"
				} else {
					signs += "0"
				}
			}
		}
		if signs != c.signs {
			t.Errorf("n=%d: zero signs %s, want NumPy's %s", c.n, signs, c.signs)
		}
		if !slices.IsSortedFunc(got, nanCompare) {
			t.Errorf("n=%d: not sorted", c.n)
		}
	}
}

func TestNpyHeapsort(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 17, 100, 1001} {
		for name, x := range sortInputs[float64](n, 9) {
			got := slices.Clone(x)
			npyHeapsort(got)
			if !slices.IsSortedFunc(got, nanCompare) {
				t.Errorf("heapsort %s n=%d: not sorted", name, n)
			}
		}
	}
}

func TestSortAlongAxes(t *testing.T) {
	a := FromSlice([]float64{3, 1, nan, 2, 0, 5, math.Inf(1), -1, 4, nan, 7, 6}, 2, 2, 3)
	cases := []struct {
		axis int
		want []float64
	}{ // NumPy 1.24: np.sort(a, axis)
		{-1, []float64{1, 3, nan, 0, 2, 5, -1, 4, math.Inf(1), 6, 7, nan}},
		{0, []float64{3, -1, 4, 2, 0, 5, math.Inf(1), 1, nan, nan, 7, 6}},
		{1, []float64{2, 0, 5, 3, 1, nan, math.Inf(1), -1, 4, nan, 7, 6}},
	}
	for _, c := range cases {
		checkArray(t, "sort axis "+itoa(c.axis), Sort(a, c.axis), []int{2, 2, 3}, c.want)
	}
	idx := Argsort(FromSlice([]int64{3, 1, 3, 1, 2}), 0)
	checkArray(t, "argsort stable", idx, []int{5}, []float64{1, 3, 4, 0, 2})
	zeros := Argsort(FromSlice([]float64{0, math.Copysign(0, -1), 0, -1}), 0)
	checkArray(t, "argsort signed zeros tie", zeros, []int{4}, []float64{3, 0, 1, 2})
	part := Partition(FromSlice([]float64{5, 1, 4, 2, 3}), []int{2}, 0).Values()
	if part[2] != 3 || slices.Max(part[:2]) > 3 || slices.Min(part[3:]) < 3 {
		t.Errorf("partition kth=2: %v", part)
	}
	ap := Argpartition(FromSlice([]float64{5, 1, 4, 2, 3}), []int{-1}, 0).Values()
	if ap[4] != 0 {
		t.Errorf("argpartition kth=-1: %v, want index 0 last", ap)
	}
	checkPanic[*ValueError](t, "kth", "kth(=5) out of bounds (5)", func() { Partition(FromSlice([]float64{5, 1, 4, 2, 3}), []int{5}, 0) })
}

func TestSelectRun(t *testing.T) {
	for _, n := range []int{1, 2, 3, 10, 31, 100, 1000, 5000} {
		for name, x := range sortInputs[float64](n, uint64(3*n)) {
			want := slices.Clone(x)
			slices.SortFunc(want, nanCompare)
			for _, k := range []int{0, n / 3, n / 2, n - 1} {
				got := slices.Clone(x)
				selectRun(got, k)
				if nanCompare(got[k], want[k]) != 0 {
					t.Fatalf("%s n=%d k=%d: %v, want %v", name, n, k, got[k], want[k])
				}
			}
		}
	}
}

func TestSearchSortedUnique(t *testing.T) {
	a := FromSlice([]float64{1, 2, 2, 3, nan})
	v := FromSlice([]float64{2, nan, 0, 5})
	checkArray(t, "searchsorted left", SearchSorted(a, v, SearchLeft), []int{4}, []float64{1, 4, 0, 4})
	checkArray(t, "searchsorted right", SearchSorted(a, v, SearchRight), []int{4}, []float64{3, 5, 0, 4})
	u := UniqueAll(FromSlice([]float64{3, 1, nan, 1, 3, nan, 2}))
	checkArray(t, "unique values", u.Values, []int{4}, []float64{1, 2, 3, nan})
	checkArray(t, "unique indices", u.Indices, []int{4}, []float64{1, 6, 0, 2})
	checkArray(t, "unique inverse", u.Inverse, []int{7}, []float64{2, 0, 3, 0, 2, 3, 1})
	checkArray(t, "unique counts", u.Counts, []int{4}, []float64{2, 1, 2, 2})
	// Dense integer counting and the sort path must agree with a reference.
	r := NewRand(4)
	for _, span := range []int64{5, 1000, 1 << 40} {
		x := make([]int64, 5000)
		for i := range x {
			x[i] = r.Int64N(span) - span/2
		}
		ref := slices.Clone(x)
		slices.Sort(ref)
		var vals, counts []float64
		for i := 0; i < len(ref); {
			j := i
			for j < len(ref) && ref[j] == ref[i] {
				j++
			}
			vals = append(vals, float64(ref[i]))
			counts = append(counts, float64(j-i))
			i = j
		}
		gv, gc := UniqueCounts(Wrap(x, len(x)))
		checkArray(t, "unique values span "+itoa(int(span)), gv, []int{len(vals)}, vals)
		checkArray(t, "unique counts span "+itoa(int(span)), gc, []int{len(vals)}, counts)
	}
}
