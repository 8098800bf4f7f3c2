package ndarray

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"testing"
)

// catch runs f and returns what it panicked with.
func catch(f func()) (p any) {
	defer func() { p = recover() }()
	f()
	return nil
}

func TestSliceMatchesPython(t *testing.T) {
	raw, err := os.ReadFile("testdata/slices.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][5]json.RawMessage
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	opt := func(r json.RawMessage) (int, bool) {
		var p *int
		_ = json.Unmarshal(r, &p)
		if p == nil {
			return 0, false
		}
		return *p, true
	}
	for _, c := range cases {
		var n int
		var want []int64
		_ = json.Unmarshal(c[0], &n)
		_ = json.Unmarshal(c[4], &want)
		var s Slice
		s.Start, s.HasStart = opt(c[1])
		s.Stop, s.HasStop = opt(c[2])
		s.Step, _ = opt(c[3])
		got := Arange[int64](0, int64(n), 1).Slice(s).Values()
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("n=%d slice %s:%s:%s = %v, Python gives %v", n, c[1], c[2], c[3], got, want)
		}
	}
}

func TestViewsShareMemory(t *testing.T) {
	a := Arange[float64](0, 12, 1).Reshape(3, 4)
	tests := []struct {
		name string
		view *Array[float64]
		idx  []int // index in the view
		pos  []int // the same element in a
	}{
		{"slice", a.Slice(S(1, 3), SS(0, 4, 2)), []int{1, 1}, []int{2, 2}},
		{"negative step", a.Slice(Step(-1), Step(-1)), []int{0, 0}, []int{2, 3}},
		{"transpose", a.T(), []int{3, 1}, []int{1, 3}},
		{"reshape", a.Reshape(2, 6), []int{1, 0}, []int{1, 2}},
		{"ravel", a.Ravel(), []int{5}, []int{1, 1}},
		{"index", a.Index(1), []int{2}, []int{1, 2}},
		{"expand_dims", a.ExpandDims(0), []int{0, 2, 1}, []int{2, 1}},
		{"squeeze", a.Reshape(1, 3, 1, 4).Squeeze(), []int{0, 3}, []int{0, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.view.Set(-100, tt.idx...)
			if got := a.At(tt.pos...); got != -100 {
				t.Errorf("write through %s view not seen by parent: a%v = %v", tt.name, tt.pos, got)
			}
			a.Set(float64(tt.pos[0]*4+tt.pos[1]), tt.pos...)
		})
	}
}

// TestReshapeCopiesWhenNumPyDoes checks view-or-copy against NumPy's answers
// (np.shares_memory after reshape).
func TestReshapeCopiesWhenNumPyDoes(t *testing.T) {
	base := Arange[float64](0, 24, 1)
	tests := []struct {
		name  string
		a     *Array[float64]
		shape []int
		view  bool
	}{
		{"contiguous to 2-D", base, []int{4, 6}, true},
		{"contiguous with -1", base.Reshape(2, 3, 4), []int{-1, 4}, true},
		{"transpose to 1-D", base.Reshape(4, 6).T(), []int{24}, false},
		{"transpose keeping rows", base.Reshape(4, 6).T(), []int{6, 2, 2}, true},
		{"transpose of (2,3,4) split", base.Reshape(2, 3, 4).Transpose(1, 0, 2), []int{3, 8}, false},
		{"step slice to 2-D", base.Slice(SS(0, 24, 2)), []int{3, 4}, true},
		{"column slice flattened", base.Reshape(4, 6).Slice(All(), S(0, 3)), []int{12}, false},
		{"column slice split rows", base.Reshape(4, 6).Slice(All(), S(0, 3)), []int{2, 2, 3}, true},
		{"reversed", base.Slice(Step(-1)), []int{4, 6}, true},
		{"add unit axes", base.Reshape(4, 6).T(), []int{1, 6, 1, 4}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.a.Reshape(tt.shape...)
			isView := MayShareMemory(r, base)
			if isView != tt.view {
				t.Errorf("Reshape%v: view=%v, NumPy gives view=%v", tt.shape, isView, tt.view)
			}
			if !slices.Equal(r.Values(), tt.a.Values()) {
				t.Errorf("Reshape%v changed the element order: %v", tt.shape, r.Values())
			}
		})
	}
}

func TestReshapeErrors(t *testing.T) {
	a := Zeros[float64](2, 3)
	tests := []struct {
		shape []int
		msg   string
	}{
		{[]int{4}, "cannot reshape array of size 6 into shape (4,)"},
		// NumPy 1.24.2's messages: np.zeros((2, 3)).reshape(4, -1) ...
		{[]int{4, -1}, "cannot reshape array of size 6 into shape (4,newaxis)"},
		{[]int{3, 3}, "cannot reshape array of size 6 into shape (3,3)"},
		{[]int{-1, -1}, "can only specify one unknown dimension"},
		{[]int{-2, 4}, "cannot reshape array of size 6 into shape (newaxis,4)"}, // any negative is the unknown one
		{[]int{-1, -3}, "can only specify one unknown dimension"},
	}
	for _, tt := range tests {
		p := catch(func() { a.Reshape(tt.shape...) })
		var se *ShapeError
		if err, ok := p.(error); !ok || !errors.As(err, &se) || se.Msg != tt.msg {
			t.Errorf("Reshape%v panicked with %v, want ShapeError %q", tt.shape, p, tt.msg)
		}
	}
}

func TestBroadcastToIsReadOnly(t *testing.T) {
	b := FromSlice([]float64{1, 2, 3}).BroadcastTo(2, 3)
	if !slices.Equal(b.Values(), []float64{1, 2, 3, 1, 2, 3}) {
		t.Fatalf("BroadcastTo values %v", b.Values())
	}
	if _, ok := catch(func() { b.Set(9, 0, 0) }).(*ReadOnlyError); !ok {
		t.Error("writing through a broadcast view did not panic with *ReadOnlyError")
	}
	if c := b.Copy(); c.ReadOnly() {
		t.Error("a copy of a broadcast view is read-only")
	}
}

func TestIndexErrors(t *testing.T) {
	a := Zeros[int32](2, 3)
	tests := []struct {
		name string
		f    func()
		msg  string
	}{
		{"At out of bounds", func() { a.At(0, 3) }, "index 3 is out of bounds for axis 1 with size 3"},
		{"At negative out of bounds", func() { a.At(-3, 0) }, "index -3 is out of bounds for axis 0 with size 2"},
		{"too many slices", func() { a.Slice(All(), All(), All()) }, "too many indices for array: array is 2-dimensional, but 3 were indexed"},
		{"axis", func() { a.Transpose(0, 2) }, "axis 2 is out of bounds for array of dimension 2"},
		{"negative dimension", func() { Zeros[int8](2, -1) }, "negative dimensions are not allowed: (2, -1)"},
		{"overflow", func() { Zeros[int8](1<<40, 1<<40) }, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."},
	}
	for _, tt := range tests {
		p := catch(tt.f)
		err, ok := p.(error)
		if !ok || err.Error() != tt.msg {
			t.Errorf("%s: panicked with %v, want %q", tt.name, p, tt.msg)
		}
	}
	if got := a.At(-1, -1); got != 0 {
		t.Errorf("At(-1,-1) = %v", got)
	}
}

func TestContiguity(t *testing.T) {
	a := Zeros[float32](3, 4)
	tests := []struct {
		name string
		a    *Array[float32]
		c, f bool
	}{
		{"C array", a, true, false},
		{"transpose", a.T(), false, true},
		{"row slice", a.Slice(S(1, 2)), true, true},
		{"column slice", a.Slice(All(), S(0, 1)), false, false},
		{"scalar", Scalar[float32](1), true, true},
	}
	for _, tt := range tests {
		if tt.a.IsCContiguous() != tt.c || tt.a.IsFContiguous() != tt.f {
			t.Errorf("%s: C=%v F=%v, want C=%v F=%v", tt.name, tt.a.IsCContiguous(), tt.a.IsFContiguous(), tt.c, tt.f)
		}
	}
}

func TestAssignOverlapping(t *testing.T) {
	a := Arange[int64](0, 6, 1)
	// a[1:] = a[:-1], as NumPy: the source is read before it is overwritten.
	a.Slice(From(1)).Assign(a.Slice(To(5)))
	if want := []int64{0, 0, 1, 2, 3, 4}; !slices.Equal(a.Values(), want) {
		t.Errorf("overlapping assign gave %v, want %v", a.Values(), want)
	}
}

func TestAsType(t *testing.T) {
	f := FromSlice([]float64{-2.7, -0.5, 0, 0.5, 2.7, 300})
	if got, want := AsType[int64](f).Values(), []int64{-2, 0, 0, 0, 2, 300}; !slices.Equal(got, want) {
		t.Errorf("float64 -> int64 = %v, want %v (truncation toward zero)", got, want)
	}
	if got, want := AsType[bool](f).Values(), []bool{true, true, false, true, true, true}; !slices.Equal(got, want) {
		t.Errorf("float64 -> bool = %v, want %v", got, want)
	}
	if got, want := AsType[float32](FromSlice([]bool{true, false})).Values(), []float32{1, 0}; !slices.Equal(got, want) {
		t.Errorf("bool -> float32 = %v, want %v", got, want)
	}
	if got, want := AsType[uint8](FromSlice([]int64{255, 256, -1})).Values(), []uint8{255, 0, 255}; !slices.Equal(got, want) {
		t.Errorf("int64 -> uint8 = %v, want %v (wrapping)", got, want)
	}
}
