package ndarray

import "testing"

// Expected values below are NumPy 1.24's outputs for the same calls.

func TestJoinSplitNumPy(t *testing.T) {
	a := Arange(0.0, 6, 1).Reshape(2, 3)
	cases := []struct {
		name  string
		got   func() *Array[float64]
		shape []int
		data  []float64
	}{
		{"hstack 1-D", func() *Array[float64] {
			return HStack([]*Array[float64]{FromSlice([]float64{1, 2}), FromSlice([]float64{3})})
		}, []int{3}, []float64{1, 2, 3}},
		{"hstack 2-D", func() *Array[float64] { return HStack([]*Array[float64]{a, a.Slice(All(), To(1))}) }, []int{2, 4}, []float64{0, 1, 2, 0, 3, 4, 5, 3}},
		{"vstack", func() *Array[float64] { return VStack([]*Array[float64]{FromSlice([]float64{1, 2, 3}), a}) }, []int{3, 3}, []float64{1, 2, 3, 0, 1, 2, 3, 4, 5}},
		{"stack axis 1", func() *Array[float64] {
			return Stack([]*Array[float64]{a, Full(10.0, 2, 3)}, 1)
		}, []int{2, 2, 3}, []float64{0, 1, 2, 10, 10, 10, 3, 4, 5, 10, 10, 10}},
		{"concatenate axis None", func() *Array[float64] { return ConcatenateFlat([]*Array[float64]{a, FromSlice([]float64{7, 8})}) }, []int{8}, []float64{0, 1, 2, 3, 4, 5, 7, 8}},
		{"concatenate axis -1 of a transposed view", func() *Array[float64] { return Concatenate([]*Array[float64]{a.T(), a.T()}, -1) }, []int{3, 4}, []float64{0, 3, 0, 3, 1, 4, 1, 4, 2, 5, 2, 5}},
		{"tile 1-D by (2, 2)", func() *Array[float64] { return Tile(FromSlice([]float64{1, 2}), 2, 2) }, []int{2, 4}, []float64{1, 2, 1, 2, 1, 2, 1, 2}},
		{"tile 2-D by 2", func() *Array[float64] { return Tile(a, 2) }, []int{2, 6}, []float64{0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5}},
		{"repeat counts axis 1", func() *Array[float64] { return Repeat(a, []int{1, 0, 2}, Axis(1)) }, []int{2, 3}, []float64{0, 2, 2, 3, 5, 5}},
		{"repeat flat", func() *Array[float64] { return Repeat(a, []int{2}) }, []int{12}, []float64{0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5}},
		{"pad edge", func() *Array[float64] { return Pad(a, [][2]int{{1, 0}, {2, 1}}, PadEdge()) }, []int{3, 6}, []float64{0, 0, 0, 1, 2, 2, 0, 0, 0, 1, 2, 2, 3, 3, 3, 4, 5, 5}},
		{"pad reflect", func() *Array[float64] { return Pad(a, [][2]int{{1, 1}, {2, 3}}, PadReflect()) }, []int{4, 8},
			[]float64{5, 4, 3, 4, 5, 4, 3, 4, 2, 1, 0, 1, 2, 1, 0, 1, 5, 4, 3, 4, 5, 4, 3, 4, 2, 1, 0, 1, 2, 1, 0, 1}},
		{"pad reflect wider than the array", func() *Array[float64] { return Pad(FromSlice([]float64{1, 2, 3}), [][2]int{{5, 5}}, PadReflect()) }, []int{13},
			[]float64{2, 1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 2}},
		{"pad constant", func() *Array[float64] { return Pad(FromSlice([]float64{1, 2}), [][2]int{{1, 2}}, PadConstant(-1)) }, []int{5}, []float64{-1, 1, 2, -1, -1}},
		{"flip all axes", func() *Array[float64] { return Flip(a) }, []int{2, 3}, []float64{5, 4, 3, 2, 1, 0}},
		{"roll flat", func() *Array[float64] { return Roll(a, 2) }, []int{2, 3}, []float64{4, 5, 0, 1, 2, 3}},
		{"roll two axes", func() *Array[float64] { return Roll(a, -1, Axis(0, 1)) }, []int{2, 3}, []float64{4, 5, 3, 1, 2, 0}},
		{"diag build k=1", func() *Array[float64] { return Diag(FromSlice([]float64{1, 2}), 1) }, []int{3, 3}, []float64{0, 1, 0, 0, 0, 2, 0, 0, 0}},
		{"diag extract k=-1", func() *Array[float64] { return Diag(a, -1) }, []int{1}, []float64{3}},
		{"tril of 1-D", func() *Array[float64] { return Tril(FromSlice([]float64{1, 2, 3}), 0) }, []int{3, 3}, []float64{1, 0, 0, 1, 2, 0, 1, 2, 3}},
		{"triu k=1", func() *Array[float64] { return Triu(Arange(0.0, 12, 1).Reshape(3, 4), 1) }, []int{3, 4}, []float64{0, 1, 2, 3, 0, 0, 6, 7, 0, 0, 0, 11}},
		{"meshgrid xy 0", func() *Array[float64] { return Meshgrid(FromSlice([]float64{1, 2, 3}), FromSlice([]float64{4, 5}))[0] }, []int{2, 3}, []float64{1, 2, 3, 1, 2, 3}},
		{"meshgrid xy 1", func() *Array[float64] { return Meshgrid(FromSlice([]float64{1, 2, 3}), FromSlice([]float64{4, 5}))[1] }, []int{2, 3}, []float64{4, 4, 4, 5, 5, 5}},
		{"meshgrid ij 0", func() *Array[float64] {
			return MeshgridIJ(FromSlice([]float64{1, 2, 3}), FromSlice([]float64{4, 5}))[0]
		}, []int{3, 2}, []float64{1, 1, 2, 2, 3, 3}},
		{"meshgrid ij 1", func() *Array[float64] {
			return MeshgridIJ(FromSlice([]float64{1, 2, 3}), FromSlice([]float64{4, 5}))[1]
		}, []int{3, 2}, []float64{4, 5, 4, 5, 4, 5}},
	}
	for _, c := range cases {
		checkArray(t, c.name, c.got(), c.shape, c.data)
	}
	if got := Trace(Arange(0.0, 12, 1).Reshape(3, 4), 1); got != 18 {
		t.Errorf("trace k=1 = %v, want 18", got)
	}
}

func TestSplitParts(t *testing.T) {
	a := Arange(0.0, 10, 1).Reshape(2, 5)
	type part struct {
		shape []int
		data  []float64
	}
	cases := []struct {
		name  string
		parts []*Array[float64]
		want  []part
	}{
		{"array_split 3 of 5", ArraySplit(a, 3, 1), []part{{[]int{2, 2}, []float64{0, 1, 5, 6}}, {[]int{2, 2}, []float64{2, 3, 7, 8}}, {[]int{2, 1}, []float64{4, 9}}}},
		{"split 2 axis 0", Split(a, 2, 0), []part{{[]int{1, 5}, []float64{0, 1, 2, 3, 4}}, {[]int{1, 5}, []float64{5, 6, 7, 8, 9}}}},
		{"split at [1, -1, 9]", SplitAt(a, []int{1, -1, 9}, 1), []part{{[]int{2, 1}, []float64{0, 5}}, {[]int{2, 3}, []float64{1, 2, 3, 6, 7, 8}}, {[]int{2, 1}, []float64{4, 9}}, {[]int{2, 0}, nil}}},
	}
	for _, c := range cases {
		if len(c.parts) != len(c.want) {
			t.Errorf("%s: %d parts, want %d", c.name, len(c.parts), len(c.want))
			continue
		}
		for i, p := range c.parts {
			checkArray(t, c.name, p, c.want[i].shape, c.want[i].data)
		}
	}
}

func TestJoinErrors(t *testing.T) {
	a := Zeros[float64](2, 3)
	checkPanic[*ShapeError](t, "concatenate dims", "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 2",
		func() { Concatenate([]*Array[float64]{a, Zeros[float64](2, 2)}, 0) })
	checkPanic[*ShapeError](t, "concatenate ndim", "all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1 dimension(s)",
		func() { Concatenate([]*Array[float64]{a, Zeros[float64](3)}, 0) })
	checkPanic[*AxisError](t, "concatenate axis", "axis 2 is out of bounds for array of dimension 2", func() { Concatenate([]*Array[float64]{a}, 2) })
	checkPanic[*ValueError](t, "concatenate 0-d", "zero-dimensional arrays cannot be concatenated", func() { Concatenate([]*Array[float64]{Scalar(1.0)}, 0) })
	checkPanic[*ValueError](t, "stack shapes", "all input arrays must have the same shape", func() { Stack([]*Array[float64]{a, Zeros[float64](3)}, 0) })
	checkPanic[*ValueError](t, "split unequal", "array split does not result in an equal division", func() { Split(Zeros[float64](5), 2, 0) })
	checkPanic[*ValueError](t, "repeat counts", "operands could not be broadcast together with shape (3,) (2,)", func() { Repeat(a, []int{1, 2}, Axis(1)) })
	checkPanic[*ValueError](t, "repeat negative", "repeats may not contain negative values.", func() { Repeat(a, []int{-1}) })
	checkPanic[*ValueError](t, "pad negative", "index can't contain negative values", func() { Pad(a, [][2]int{{-1, 0}}, PadConstant(0)) })
	checkPanic[*ValueError](t, "diag 3-D", "Input must be 1- or 2-d.", func() { Diag(Zeros[float64](2, 2, 2), 0) })
}

func TestConcatenateMatchesLoop(t *testing.T) {
	r := NewRand(3)
	m := RandNormal[float32](r, 7, 9)
	got := Concatenate([]*Array[float32]{m.Slice(All(), To(4)), m.Slice(All(), From(4))}, 1)
	checkArray(t, "halves rejoined", got, []int{7, 9}, widenF(m.Values()))
	three := Concatenate([]*Array[float32]{m, m.Slice(To(2)), m.Slice(From(5))}, 0)
	want := append(append(widenF(m.Values()), widenF(m.Values()[:18])...), widenF(m.Values()[45:])...)
	checkArray(t, "rows", three, []int{11, 9}, want)
}

func widenF[T Number](x []T) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}

func TestConcatenateBlocks3D(t *testing.T) {
	x := Arange(0.0, 24, 1).Reshape(2, 3, 4)
	want := x.Values()
	for axis := range 3 {
		n := x.Dim(axis)
		got := Concatenate([]*Array[float64]{axisSlice(x, axis, 0, 1), axisSlice(x, axis, 1, n)}, axis)
		checkArray(t, "rejoined along axis "+itoa(axis), got, []int{2, 3, 4}, want)
	}
	// Views whose blocks are not contiguous take the strided path.
	rev := Flip(x, Axis(2))
	got := Concatenate([]*Array[float64]{rev, rev}, 0)
	checkArray(t, "flipped views", got, []int{4, 3, 4}, append(rev.Values(), rev.Values()...))
	sub := x.Slice(All(), SS(0, 3, 2))
	got = Concatenate([]*Array[float64]{sub, x.Slice(All(), To(1))}, 1)
	checkArray(t, "stepped rows", got, []int{2, 3, 4}, []float64{0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 12, 13, 14, 15, 20, 21, 22, 23, 12, 13, 14, 15})
}

// TestConcatenateLarge checks results of at least uninit.StreamMinBytes,
// whose blocks of streamMinBlockBytes or more are copied with streaming
// stores when every array is copied block by block, against
// element-by-element references: float64 parts of matrices along each
// axis, with short and long rows at odd offsets (not aligned to the vector
// width), bytes (bool, int8) and a flipped view that takes the strided
// path beside blocks. Fresh allocations are poisoned in this package's
// tests, so an element left unwritten fails.
func TestConcatenateLarge(t *testing.T) {
	r := NewRand(5)
	m := RandNormal[float64](r, 700, 301)
	checkConcat(t, "float64 halves axis 1", []*Array[float64]{m.Slice(All(), To(150)), m.Slice(All(), From(150))}, 1)
	checkConcat(t, "float64 halves axis 0", []*Array[float64]{m.Slice(To(333)), m.Slice(From(333))}, 0)
	w := RandNormal[float64](r, 300, 1001)
	checkConcat(t, "float64 wide rows axis 1", []*Array[float64]{w.Slice(All(), To(450)), w.Slice(All(), From(450))}, 1)
	checkConcat(t, "float64 wide rows, an odd offset", []*Array[float64]{w.Slice(All(), SS(1, 1001, 1)), w.Slice(All(), To(3))}, 1)
	checkConcat(t, "float64 with a flipped view", []*Array[float64]{m, Flip(m, Axis(1))}, 0)
	f := AsType[float32](m)
	checkConcat(t, "float32 three parts axis 1", []*Array[float32]{f, f.Slice(All(), SS(0, 301, 3)), f.Slice(All(), To(7))}, 1)
	bits := make([]bool, 1100*999)
	bytes := make([]int8, 1100*999)
	for i := range bits {
		bits[i] = r.IntN(2) == 1
		bytes[i] = int8(r.IntN(256) - 128)
	}
	b := Wrap(bits, 1100, 999)
	checkConcat(t, "bool axis 1", []*Array[bool]{b.Slice(All(), To(1)), b, b.Slice(All(), From(3))}, 1)
	checkConcat(t, "bool axis 0", []*Array[bool]{b.Slice(From(7)), b}, 0)
	i8 := Wrap(bytes, 1100, 999)
	checkConcat(t, "int8 axis 0", []*Array[int8]{i8.Slice(From(1)), i8}, 0)
}

func checkConcat[T Elem](t *testing.T, name string, arrays []*Array[T], axis int) {
	t.Helper()
	got := Concatenate(arrays, axis)
	shape := arrays[0].Shape()
	for _, a := range arrays[1:] {
		shape[axis] += a.Dim(axis)
	}
	if !equalShapes(got.Shape(), shape) {
		t.Fatalf("%s: shape %v, want %v", name, got.Shape(), shape)
	}
	var z T
	if !streamsInto(got) {
		t.Fatalf("%s: %d bytes of %T is below the streaming size", name, got.Size(), z)
	}
	checkJoined(t, name, got, arrays, axis)
}

// checkJoined compares every element of got, the arrays joined along
// axis, with the element of the array it comes from.
func checkJoined[T Elem](t *testing.T, name string, got *Array[T], arrays []*Array[T], axis int) {
	t.Helper()
	shape := got.Shape()
	idx := make([]int, len(shape))
	for i := range got.Size() {
		rest := i
		for d := len(shape) - 1; d >= 0; d-- {
			idx[d] = rest % shape[d]
			rest /= shape[d]
		}
		src, at := 0, idx[axis]
		for at >= arrays[src].Dim(axis) {
			at -= arrays[src].Dim(axis)
			src++
		}
		j := append([]int(nil), idx...)
		j[axis] = at
		if g, w := got.At(idx...), arrays[src].At(j...); g != w {
			t.Fatalf("%s: element %v is %v, want %v", name, idx, g, w)
		}
	}
}

// TestConcatenateAdjacentViews joins views that continue one another in
// memory (merged into one block, or one copy of the whole result) and views
// that only look adjacent (same data, another step or order), small and
// large, against element-by-element references.
func TestConcatenateAdjacentViews(t *testing.T) {
	x := Arange(0.0, 48, 1).Reshape(4, 12)
	flat := x.Reshape(-1)
	// y shares x's data from element 3 on, with rows of 3: its first block
	// starts where x[:, :3]'s first ends, but its step is 3, not 12.
	y := flat.Slice(S(3, 15)).Reshape(4, 3)
	big := RandNormal[float32](NewRand(9), 600, 1000)
	// short holds the first 10 elements of buf and no more (its capacity
	// ends there); long is the view of buf from element 10 on.
	buf := Arange(0.0, 20, 1).Data()
	short := Wrap(buf[:10:10], 10)
	long := Wrap(buf, 20).Slice(From(10))
	cases := []struct {
		name   string
		arrays []*Array[float64]
		axis   int
	}{
		{"halves axis 1", []*Array[float64]{x.Slice(All(), To(5)), x.Slice(All(), From(5))}, 1},
		{"three parts axis 1", []*Array[float64]{x.Slice(All(), To(2)), x.Slice(All(), S(2, 7)), x.Slice(All(), From(7))}, 1},
		{"halves axis 0", []*Array[float64]{x.Slice(To(1)), x.Slice(From(1))}, 0},
		{"adjacent then another array", []*Array[float64]{x.Slice(All(), To(3)), x.Slice(All(), S(3, 6)), x.Slice(All(), To(2))}, 1},
		{"swapped halves", []*Array[float64]{x.Slice(All(), From(6)), x.Slice(All(), To(6))}, 1},
		{"a gap between the views", []*Array[float64]{x.Slice(All(), To(3)), x.Slice(All(), From(4))}, 1},
		{"same data, another step", []*Array[float64]{x.Slice(All(), To(3)), y}, 1},
		{"adjacent around a strided view", []*Array[float64]{x.Slice(All(), To(3)), Flip(x, Axis(1)), x.Slice(All(), From(3))}, 1},
		{"one array", []*Array[float64]{x}, 1},
		{"one row, adjacent", []*Array[float64]{x.Slice(S(1, 2), To(4)), x.Slice(S(1, 2), From(4))}, 1},
		{"a short data slice, then a view of a longer one", []*Array[float64]{short, long}, 0},
		{"3-D middle axis", []*Array[float64]{x.Reshape(2, 4, 6).Slice(All(), To(1)), x.Reshape(2, 4, 6).Slice(All(), From(1))}, 1},
	}
	for _, c := range cases {
		checkJoined(t, c.name, Concatenate(c.arrays, c.axis), c.arrays, c.axis)
	}
	bigCases := []struct {
		name   string
		arrays []*Array[float32]
		axis   int
	}{
		{"large halves axis 1", []*Array[float32]{big.Slice(All(), To(500)), big.Slice(All(), From(500))}, 1},
		{"large halves at an odd column", []*Array[float32]{big.Slice(All(), To(333)), big.Slice(All(), From(333))}, 1},
		{"large swapped halves", []*Array[float32]{big.Slice(All(), From(500)), big.Slice(All(), To(500))}, 1},
		{"large rows axis 0", []*Array[float32]{big.Slice(To(7)), big.Slice(S(7, 8)), big.Slice(From(8))}, 0},
	}
	for _, c := range bigCases {
		checkConcat(t, c.name, c.arrays, c.axis)
	}
}
