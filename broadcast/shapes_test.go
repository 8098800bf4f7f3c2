package broadcast

import (
	"errors"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"testing"
)

// shapeCases are NumPy facts: np.broadcast_shapes / the shape of a + b.
var shapeCases = []struct {
	in   [][]int
	want []int // nil with err
	err  string
}{
	{in: nil, want: []int{}},
	{in: [][]int{{}}, want: []int{}},
	{in: [][]int{{}, {}}, want: []int{}},
	{in: [][]int{{3}}, want: []int{3}},
	{in: [][]int{{3}, {}}, want: []int{3}},
	{in: [][]int{{}, {2, 3}}, want: []int{2, 3}},
	{in: [][]int{{2, 3}, {2, 3}}, want: []int{2, 3}},
	{in: [][]int{{2, 3}, {3}}, want: []int{2, 3}},
	{in: [][]int{{3}, {2, 3}}, want: []int{2, 3}},
	{in: [][]int{{3, 1}, {1, 4}}, want: []int{3, 4}},
	{in: [][]int{{3, 1}, {4}}, want: []int{3, 4}},
	{in: [][]int{{8, 1, 6, 1}, {7, 1, 5}}, want: []int{8, 7, 6, 5}},
	{in: [][]int{{5, 4}, {1}}, want: []int{5, 4}},
	{in: [][]int{{5, 4}, {4}}, want: []int{5, 4}},
	{in: [][]int{{15, 3, 5}, {15, 1, 5}}, want: []int{15, 3, 5}},
	{in: [][]int{{15, 3, 5}, {3, 5}}, want: []int{15, 3, 5}},
	{in: [][]int{{15, 3, 5}, {3, 1}}, want: []int{15, 3, 5}},
	{in: [][]int{{1, 1, 1}, {1}}, want: []int{1, 1, 1}},
	{in: [][]int{{10, 20}, {1, 1, 1, 1}}, want: []int{1, 1, 10, 20}},
	{in: [][]int{{2, 1, 4}, {3, 1}, {4}}, want: []int{2, 3, 4}},
	{in: [][]int{{1}, {1, 5}, {6, 1}}, want: []int{6, 5}},
	{in: [][]int{{1, 2}, {3, 1}, {}, {4, 1, 1}}, want: []int{4, 3, 2}},
	// size-0 axes
	{in: [][]int{{0}, {1}}, want: []int{0}},
	{in: [][]int{{0}, {}}, want: []int{0}},
	{in: [][]int{{1}, {0}}, want: []int{0}},
	{in: [][]int{{0}, {0}}, want: []int{0}},
	{in: [][]int{{5, 0}, {1}}, want: []int{5, 0}},
	{in: [][]int{{5, 0}, {0}}, want: []int{5, 0}},
	{in: [][]int{{0, 3}, {1, 3}}, want: []int{0, 3}},
	{in: [][]int{{0, 1}, {1, 0}}, want: []int{0, 0}},
	{in: [][]int{{2, 0, 4}, {1, 1}}, want: []int{2, 0, 4}},
	// errors
	{in: [][]int{{0}, {3}}, err: "operands could not be broadcast together with shapes (0,) (3,) "},
	{in: [][]int{{3}, {0}}, err: "operands could not be broadcast together with shapes (3,) (0,) "},
	{in: [][]int{{3}, {4}}, err: "operands could not be broadcast together with shapes (3,) (4,) "},
	{in: [][]int{{2, 3}, {4}}, err: "operands could not be broadcast together with shapes (2,3) (4,) "},
	{in: [][]int{{2, 1}, {8, 4, 3}}, err: "operands could not be broadcast together with shapes (2,1) (8,4,3) "},
	{in: [][]int{{2, 3}, {3}, {4}}, err: "operands could not be broadcast together with shapes (2,3) (3,) (4,) "},
	{in: [][]int{{}, {2, 3}, {3, 3}}, err: "operands could not be broadcast together with shapes () (2,3) (3,3) "},
	{in: [][]int{{2}, {1}, {3}}, err: "operands could not be broadcast together with shapes (2,) (1,) (3,) "},
	{in: [][]int{{4, 3}, {4}}, err: "operands could not be broadcast together with shapes (4,3) (4,) "},
	{in: [][]int{{-1}, {3}}, err: "negative dimensions are not allowed"},
}

func TestShapes(t *testing.T) {
	for _, c := range shapeCases {
		in := cloneShapes(c.in)
		got, err := Shapes(in...)
		if !slices.EqualFunc(in, c.in, slices.Equal) {
			t.Errorf("Shapes%v modified its inputs to %v", c.in, in)
		}
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("Shapes%v = %v, %v; want error %q", c.in, got, err, c.err)
			}
			continue
		}
		if err != nil || got == nil || !slices.Equal(got, c.want) {
			t.Errorf("Shapes%v = %v, %v; want %v", c.in, got, err, c.want)
		}
		// The result must not alias any input.
		for _, s := range in {
			if len(s) > 0 && len(got) > 0 && &s[len(s)-1] == &got[len(got)-1] {
				t.Errorf("Shapes%v aliases an input", c.in)
			}
		}
	}
}

func TestErrorType(t *testing.T) {
	_, err := Shapes([]int{2, 3}, []int{4})
	var be *Error
	if !errors.As(err, &be) {
		t.Fatalf("Shapes error %T is not *Error", err)
	}
	if !slices.EqualFunc(be.Shapes, [][]int{{2, 3}, {4}}, slices.Equal) {
		t.Errorf("Error.Shapes = %v", be.Shapes)
	}
	_, err = Shapes([]int{-2})
	var se *ShapeError
	if !errors.As(err, &se) {
		t.Fatalf("negative dims error %T is not *ShapeError", err)
	}
	e := &Error{Shapes: [][]int{{}, {1}, {2, 3, 4}}}
	if got, want := e.Error(), "operands could not be broadcast together with shapes () (1,) (2,3,4) "; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestFormatShape(t *testing.T) {
	for _, c := range []struct {
		in   []int
		want string
	}{
		{nil, "()"}, {[]int{}, "()"}, {[]int{4}, "(4,)"}, {[]int{0}, "(0,)"},
		{[]int{2, 3}, "(2,3)"}, {[]int{10, 1, 200}, "(10,1,200)"},
	} {
		if got := FormatShape(c.in); got != c.want {
			t.Errorf("FormatShape(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStrides(t *testing.T) {
	for _, c := range []struct {
		shape, strides, target []int
		want                   []int
		err                    string
	}{
		{shape: []int{}, strides: []int{}, target: []int{}, want: []int{}},
		{shape: []int{}, strides: []int{}, target: []int{2, 3}, want: []int{0, 0}},
		{shape: []int{3}, strides: []int{1}, target: []int{2, 3}, want: []int{0, 1}},
		{shape: []int{3}, strides: []int{-2}, target: []int{4, 2, 3}, want: []int{0, 0, -2}},
		{shape: []int{3, 1}, strides: []int{1, 1}, target: []int{3, 4}, want: []int{1, 0}},
		{shape: []int{1, 4}, strides: []int{4, 1}, target: []int{3, 4}, want: []int{0, 1}},
		{shape: []int{2, 3}, strides: []int{3, 1}, target: []int{2, 3}, want: []int{3, 1}},
		{shape: []int{2, 3}, strides: []int{1, 2}, target: []int{5, 2, 3}, want: []int{0, 1, 2}},
		{shape: []int{1, 1}, strides: []int{7, 7}, target: []int{1, 1}, want: []int{7, 7}},
		{shape: []int{1}, strides: []int{1}, target: []int{0}, want: []int{0}},
		{shape: []int{0, 3}, strides: []int{3, 1}, target: []int{0, 3}, want: []int{3, 1}},
		{shape: []int{8, 1, 6, 1}, strides: []int{6, 6, 1, 1}, target: []int{8, 7, 6, 5}, want: []int{6, 0, 1, 0}},
		{shape: []int{3}, strides: []int{1}, target: []int{4}, err: "operands could not be broadcast together with shapes (3,) (4,) "},
		{shape: []int{0}, strides: []int{1}, target: []int{1}, err: "operands could not be broadcast together with shapes (0,) (1,) "},
		{shape: []int{2, 3}, strides: []int{3, 1}, target: []int{3}, err: "operands could not be broadcast together with shapes (2,3) (3,) "},
		{shape: []int{4}, strides: []int{1}, target: []int{4, 1}, err: "operands could not be broadcast together with shapes (4,) (4,1) "},
		{shape: []int{2, 3}, strides: []int{1}, target: []int{2, 3}, err: "mismatch in length of strides and shape"},
		{shape: []int{-1}, strides: []int{1}, target: []int{2}, err: "negative dimensions are not allowed"},
		{shape: []int{1}, strides: []int{1}, target: []int{-2}, err: "negative dimensions are not allowed"},
	} {
		got, err := Strides(c.shape, c.strides, c.target)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("Strides(%v, %v, %v) = %v, %v; want error %q", c.shape, c.strides, c.target, got, err, c.err)
			}
			continue
		}
		if err != nil || got == nil || !slices.Equal(got, c.want) {
			t.Errorf("Strides(%v, %v, %v) = %v, %v; want %v", c.shape, c.strides, c.target, got, err, c.want)
		}
		// StridesInto overwrites every element of a dirty dst.
		dst := make([]int, len(c.target))
		for i := range dst {
			dst[i] = -99
		}
		if err := StridesInto(dst, c.shape, c.strides, c.target); err != nil || !slices.Equal(dst, c.want) {
			t.Errorf("StridesInto(dst, %v, %v, %v) = %v, %v; want %v", c.shape, c.strides, c.target, dst, err, c.want)
		}
	}
}

func TestSize(t *testing.T) {
	big := math.MaxInt
	h := 1 << (bits.UintSize/2 - 1) // h*h fits in int, 2*h*h does not
	itoa := strconv.Itoa
	for _, c := range []struct {
		shape []int
		want  int
		err   string
	}{
		{shape: nil, want: 1},
		{shape: []int{}, want: 1},
		{shape: []int{5}, want: 5},
		{shape: []int{2, 3, 4}, want: 24},
		{shape: []int{2, 0, 4}, want: 0},
		{shape: []int{big}, want: big},
		{shape: []int{h, h}, want: h * h}, // 2**62 with 64-bit int
		{shape: []int{2 * h, h}, err: "array is too big: the size of shape (" + itoa(2*h) + "," + itoa(h) + ") overflows int"},
		{shape: []int{big, 2}, err: "array is too big: the size of shape (" + itoa(big) + ",2) overflows int"},
		{shape: []int{2 * h, 2 * h, 0}, err: "array is too big: the size of shape (" + itoa(2*h) + "," + itoa(2*h) + ",0) overflows int"},
		{shape: []int{3, -1}, err: "negative dimensions are not allowed"},
	} {
		got, err := Size(c.shape)
		if c.err != "" {
			var se *ShapeError
			if err == nil || err.Error() != c.err || !errors.As(err, &se) {
				t.Errorf("Size(%v) = %v, %v; want *ShapeError %q", c.shape, got, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("Size(%v) = %v, %v; want %v", c.shape, got, err, c.want)
		}
	}
}

func TestContiguousStrides(t *testing.T) {
	for _, c := range []struct{ shape, want []int }{
		{[]int{}, []int{}},
		{[]int{5}, []int{1}},
		{[]int{2, 3}, []int{3, 1}},
		{[]int{2, 3, 4}, []int{12, 4, 1}},
		{[]int{2, 0, 3}, []int{3, 3, 1}}, // NumPy: np.empty((2,0,3)).strides == (24,24,8)
		{[]int{0, 3}, []int{3, 1}},
		{[]int{1, 1, 7}, []int{7, 7, 1}},
	} {
		if got := ContiguousStrides(c.shape); !slices.Equal(got, c.want) {
			t.Errorf("ContiguousStrides(%v) = %v, want %v", c.shape, got, c.want)
		}
	}
	defer func() {
		var se *ShapeError
		if e, ok := recover().(error); !ok || !errors.As(e, &se) {
			t.Errorf("ContiguousStrides((-1,)) did not panic with *ShapeError")
		}
	}()
	ContiguousStrides([]int{-1})
}
