package ndarray

import (
	"errors"
	"math"
	"runtime"
	"slices"
	"testing"
)

// The expectations in this file are NumPy 1.24.2's output (noted beside
// each), run on this machine with /usr/bin/python3.

// mustPanic runs f and returns the error it panics with.
func mustPanic(t *testing.T, f func()) (err error) {
	t.Helper()
	defer func() {
		p := recover()
		if p == nil {
			t.Fatal("no panic")
		}
		err = p.(error)
	}()
	f()
	return nil
}

func sameBits(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) && !(a[i] != a[i] && b[i] != b[i]) {
			return false
		}
	}
	return true
}

func TestReductionResultTypes(t *testing.T) {
	// img = (np.arange(480*640*3) % 251).astype(np.uint8).reshape(480, 640, 3)
	data := make([]uint8, 480*640*3)
	for i := range data {
		data[i] = uint8(i % 251)
	}
	img := Wrap(data, 480, 640, 3)
	if got := SumUint64(img).Item(); got != 115193556 { // np.sum(img) -> 115193556 (uint64)
		t.Errorf("SumUint64(img) = %d, want 115193556", got)
	}
	if got := SumUint64(img, Axis(0, 1)).Values(); !slices.Equal(got, []uint64{38397876, 38397852, 38397828}) {
		t.Errorf("SumUint64(img, axis=(0,1)) = %v", got)
	}
	if got := SumUint64(img.Slice(Step(-1), Step(3))).Item(); got != SumUint64(img.Slice(Step(-1), Step(3)).Copy()).Item() {
		t.Errorf("SumUint64 of a view = %d, its copy differs", got)
	}
	if got := SumAs[uint8](img).Item(); got != uint8(115193556%256) { // np.sum(img, dtype=np.uint8)
		t.Errorf("SumAs[uint8](img) = %d, want %d", got, 115193556%256)
	}
	i8 := FromSlice([]int8{-128, -128, -128}, 3)
	if got := SumInt64(i8).Item(); got != -384 { // np.sum(int8 [-128]*3) -> -384
		t.Errorf("SumInt64(int8) = %d, want -384", got)
	}
	if got := ProdInt64(FromSlice([]int16{100, 100, 100}, 3)).Item(); got != 1000000 {
		t.Errorf("ProdInt64(int16) = %d, want 1000000", got)
	}
	if got := ProdUint64(FromSlice([]uint8{200, 200, 200, 200}, 4)).Item(); got != 1600000000 {
		t.Errorf("ProdUint64(uint8) = %d, want 1600000000", got)
	}
	b := FromSlice([]bool{true, false, true, true}, 4)
	if got := SumInt64(b).Item(); got != 3 { // np.sum(bool) -> 3 (int64)
		t.Errorf("SumInt64(bool) = %d, want 3", got)
	}
	ints := FromSlice([]int64{1, 2, 3, 4, 5, 6}, 2, 3)
	if got := MeanFloat64(ints).Item(); got != 3.5 { // np.mean([[1,2,3],[4,5,6]]) -> 3.5
		t.Errorf("MeanFloat64 = %v, want 3.5", got)
	}
	if got := MeanFloat64(ints, Axis(1)).Values(); !slices.Equal(got, []float64{2, 5}) {
		t.Errorf("MeanFloat64 axis 1 = %v, want [2 5]", got)
	}
	if got := StdFloat64(Arange[int64](0, 10, 1), DDof(1)).Item(); got != 3.0276503540974917 {
		t.Errorf("StdFloat64(arange(10), ddof=1) = %v, want 3.0276503540974917", got)
	}
	if got := VarFloat64(Arange[uint8](0, 10, 1)).Item(); got != 8.25 {
		t.Errorf("VarFloat64(arange(10, uint8)) = %v, want 8.25", got)
	}
	if got := Sum(Arange[int64](0, 10, 1)).Item(); got != 45 {
		t.Errorf("Sum(int64) = %d", got)
	}
}

func TestReductionsOfBool(t *testing.T) {
	tf := FromSlice([]bool{true, false}, 2)
	if !Max(tf).Item() || Min(tf).Item() { // np.max([True, False]) -> True, np.min -> False
		t.Errorf("Max/Min of bool = %v %v", Max(tf).Item(), Min(tf).Item())
	}
	if got := ArgMax(FromSlice([]bool{false, true, true}, 3)).Item(); got != 1 {
		t.Errorf("ArgMax(bool) = %d, want 1", got)
	}
	if got := ArgMin(FromSlice([]bool{true, false, false}, 3)).Item(); got != 1 {
		t.Errorf("ArgMin(bool) = %d, want 1", got)
	}
	if got := ProdInt64(tf).Item(); got != 0 {
		t.Errorf("ProdInt64(bool) = %d, want 0", got)
	}
	tft := FromSlice([]bool{true, false, true}, 3)
	if got := MeanFloat64(tft).Item(); got != 0.6666666666666666 {
		t.Errorf("MeanFloat64(bool) = %v", got)
	}
	if got := VarFloat64(tft).Item(); got != 0.22222222222222224 {
		t.Errorf("VarFloat64(bool) = %v", got)
	}
	if got := NormFloat64(tft).Item(); got != 1.4142135623730951 {
		t.Errorf("NormFloat64(bool) = %v", got)
	}
}

func TestVarianceAsNumPy(t *testing.T) {
	if got := Var(Eye[float64](3)).Item(); got != 0.2222222222222222 { // np.var(np.eye(3))
		t.Errorf("Var(eye(3)) = %v, want 0.2222222222222222", got)
	}
	if got := Std(Eye[float64](3)).Item(); got != 0.4714045207910317 {
		t.Errorf("Std(eye(3)) = %v, want 0.4714045207910317", got)
	}
	// x = ((np.arange(24) * 7 % 11) / 4.).reshape(2, 3, 4), exact inputs
	x := Arange[float64](0, 24, 1).Reshape(2, 3, 4)
	for i, v := range x.data {
		x.data[i] = float64(int(v)*7%11) / 4
	}
	cases := []struct {
		name string
		got  *Array[float64]
		want []float64
	}{
		{"var axis 1", Var(x, Axis(1)), []float64{0.4305555555555556, 0.4305555555555555, 0.4305555555555556, 1.0416666666666667,
			0.4305555555555555, 0.4305555555555556, 1.0416666666666667, 0.4305555555555555}},
		{"var axis (0,2) ddof 1", Var(x, Axis(0, 2), DDof(1)), []float64{0.78125, 0.5970982142857143, 0.7321428571428571}},
		{"std axis 2 ddof 2", Std(x, Axis(2), DDof(2)), []float64{1.346291201783626, 0.8838834764831844, 1.100426053853688,
			0.8838834764831844, 1.100426053853688, 1.100426053853688}},
		{"var([1,2,3,4], ddof=1)", VarFloat64(FromSlice([]int64{1, 2, 3, 4}, 4), DDof(1)), []float64{1.6666666666666667}},
		{"var([1.], ddof=1)", Var(FromSlice([]float64{1}, 1), DDof(1)), []float64{math.NaN()}},
		{"var([1.,2.], ddof=3)", Var(FromSlice([]float64{1, 2}, 2), DDof(3)), []float64{math.Inf(1)}},
	}
	for _, c := range cases {
		if !sameBits(c.got.Values(), c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got.Values(), c.want)
		}
	}
	if got := Var(FromSlice([]float32{1, 2, 3, 4.5}, 4)).Item(); got != 1.671875 { // float32 result
		t.Errorf("Var(float32) = %v, want 1.671875", got)
	}
}

func TestEmptyAndZeroDimReductions(t *testing.T) {
	// np.max(np.zeros((0, 0)), axis=1): ValueError even though the result is empty.
	err := mustPanic(t, func() { Max(Zeros[float64](0, 0), Axis(1)) })
	var ve *ValueError
	if !errors.As(err, &ve) || ve.Msg != "zero-size array to reduction operation maximum which has no identity" {
		t.Errorf("Max of (0,0) over axis 1: %v", err)
	}
	err = mustPanic(t, func() { ArgMax(Zeros[float64](0, 0), Axis(1)) })
	if !errors.As(err, &ve) || ve.Msg != "attempt to get argmax of an empty sequence" {
		t.Errorf("ArgMax of (0,0) over axis 1: %v", err)
	}
	// np.max(np.zeros((0, 3)), axis=1) -> array([], dtype=float64)
	if got := Max(Zeros[float64](0, 3), Axis(1)); !slices.Equal(got.Shape(), []int{0}) {
		t.Errorf("Max of (0,3) over axis 1 has shape %v", got.Shape())
	}
	if got := ArgMin(Zeros[float64](3, 0), Axis(0)); !slices.Equal(got.Shape(), []int{0}) {
		t.Errorf("ArgMin of (3,0) over axis 0 has shape %v", got.Shape())
	}
	if got := MeanFloat64(Zeros[int64](0)).Item(); !math.IsNaN(got) { // np.mean of empty -> nan
		t.Errorf("MeanFloat64(empty) = %v, want NaN", got)
	}
	// 0-d arrays take axis 0 and -1: np.sum(np.array(3.), axis=0) -> 3.0.
	for _, ax := range []int{0, -1} {
		got := Sum(Scalar(3.0), Axis(ax))
		if got.NDim() != 0 || got.Item() != 3 {
			t.Errorf("Sum(0-d, axis %d) = %v", ax, got)
		}
	}
	if got := ArgMax(Scalar(3.0), Axis(0)).Item(); got != 0 {
		t.Errorf("ArgMax(0-d, axis 0) = %d", got)
	}
	err = mustPanic(t, func() { Sum(Scalar(3.0), Axis(1)) })
	var ae *AxisError
	if !errors.As(err, &ae) || ae.Msg != "axis 1 is out of bounds for array of dimension 0" {
		t.Errorf("Sum(0-d, axis 1): %v", err)
	}
}

func TestNormAsNumPy(t *testing.T) {
	ones := Ones[float64](2, 2, 2)
	for _, c := range []struct {
		axes []int
		msg  string
	}{
		{[]int{0, 1, 2}, "Improper number of dimensions to norm."},
		{[]int{0, 0}, "Duplicate axes given."},
		{[]int{0, -3}, "Duplicate axes given."},
	} {
		err := mustPanic(t, func() { Norm(ones, Axis(c.axes...)) })
		var ve *ValueError
		if !errors.As(err, &ve) || ve.Msg != c.msg {
			t.Errorf("Norm over %v: %v, want %q", c.axes, err, c.msg)
		}
	}
	// np.linalg.norm(np.arange(6).reshape(2, 3)) -> 7.416198487095663
	if got := NormFloat64(Arange[int64](0, 6, 1).Reshape(2, 3)).Item(); got != 7.416198487095663 {
		t.Errorf("NormFloat64(arange(6)) = %v", got)
	}
	got := NormFloat64(Arange[int8](0, 6, 1).Reshape(2, 3), Axis(1)).Values()
	if !slices.Equal(got, []float64{2.23606797749979, 7.0710678118654755}) {
		t.Errorf("NormFloat64(int8, axis 1) = %v", got)
	}
}

func TestSignedZeroReductions(t *testing.T) {
	n0 := math.Copysign(0, -1)
	cases := []struct {
		name      string
		got, want []float64
	}{
		{"max([-0., 0.])", Max(FromSlice([]float64{n0, 0}, 2)).Values(), []float64{0}},
		{"max([0., -0.])", Max(FromSlice([]float64{0, n0}, 2)).Values(), []float64{n0}},
		{"max(axis 0)", Max(FromSlice([]float64{n0, 0, 0, n0}, 2, 2), Axis(0)).Values(), []float64{0, n0}},
		{"max(axis 1)", Max(FromSlice([]float64{n0, 0, 0, n0}, 2, 2), Axis(1)).Values(), []float64{0, n0}},
		{"min(axis 0)", Min(FromSlice([]float64{0, n0, n0, 0}, 2, 2), Axis(0)).Values(), []float64{n0, 0}},
		{"min(axis 1)", Min(FromSlice([]float64{0, n0, n0, 0}, 2, 2), Axis(1)).Values(), []float64{n0, 0}},
		// Views keep C order for ties, as NumPy: the last zero of the view.
		{"max([0., -0.][::-1])", Max(FromSlice([]float64{0, n0}, 2).Slice(Step(-1))).Values(), []float64{0}},
		{"min([-0., 0.][::-1])", Min(FromSlice([]float64{n0, 0}, 2).Slice(Step(-1))).Values(), []float64{n0}},
		{"max(b[::-1], axis 0)", Max(FromSlice([]float64{0, 1, n0, 2}, 2, 2).Slice(Step(-1)), Axis(0)).Values(), []float64{0, 2}},
		{"max(b.T, axis 1)", Max(FromSlice([]float64{0, 1, n0, 2}, 2, 2).T(), Axis(1)).Values(), []float64{n0, 2}},
		{"max(b.T[::-1], axis 1)", Max(FromSlice([]float64{0, 1, n0, 2}, 2, 2).T().Slice(Step(-1)), Axis(1)).Values(), []float64{2, n0}},
	}
	for _, c := range cases {
		if !sameBits(c.got, c.want) {
			t.Errorf("%s = %v, want %v (NumPy)", c.name, c.got, c.want)
		}
	}
}

// TestReductionOfBroadcastReadsInPlace checks that reducing a broadcast
// view allocates about the result, not the view's 512 MiB.
func TestReductionOfBroadcastReadsInPlace(t *testing.T) {
	v := Scalar(1.0).BroadcastTo(8192, 8192)
	for _, c := range []struct {
		name string
		f    func() float64
		want float64
	}{
		{"Sum axis 0", func() float64 { return Sum(v, Axis(0)).At(5) }, 8192},
		{"Sum", func() float64 { return Sum(v).Item() }, 8192 * 8192},
		{"Max axis 1", func() float64 { return Max(v, Axis(1)).At(0) }, 1},
		{"Var axis 0", func() float64 { return Var(v, Axis(0)).At(0) }, 0},
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		got := c.f()
		runtime.ReadMemStats(&after)
		if got != c.want {
			t.Errorf("%s = %v, want %v", c.name, got, c.want)
		}
		if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
			t.Errorf("%s allocated %d bytes, want at most 1 MiB", c.name, n)
		}
	}
}
