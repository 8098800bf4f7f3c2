package ndarray

import (
	"errors"
	"math"
	"runtime"
	"strings"
	"testing"
)

// panicMessage runs f and returns the message of the *ValueError or
// *ShapeError it panics with, failing the test for any other panic (a
// runtime error such as makeslice's) or none.
func panicMessage(t *testing.T, name string, f func()) string {
	t.Helper()
	p := catch(f)
	if p == nil {
		t.Errorf("%s: no panic", name)
		return ""
	}
	if _, ok := p.(runtime.Error); ok {
		t.Errorf("%s: runtime panic %v", name, p)
		return ""
	}
	var ve *ValueError
	var se *ShapeError
	if err, ok := p.(error); !ok || !errors.As(err, &ve) && !errors.As(err, &se) {
		t.Errorf("%s: panicked with %T %v, want a *ValueError or *ShapeError", name, p, p)
		return ""
	}
	return p.(error).Error()
}

// Huge sizes give NumPy's errors (checked with NumPy 1.24), the same on
// every architecture, never a makeslice panic or an empty array.
func TestHugeSizes(t *testing.T) {
	const tooBig = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
	tests := []struct {
		name string
		f    func()
		want string // the message, or its start when it ends with "..."
	}{
		{"Zeros 2**62", func() { Zeros[float64](1 << 62) }, tooBig},
		{"Zeros 2**60 float64", func() { Zeros[float64](1 << 60) }, tooBig},
		{"Zeros (2**62, 2**62, 0)", func() { Zeros[float64](1<<62, 1<<62, 0) }, tooBig},
		{"Zeros (0, 2**62, 2**62)", func() { Zeros[int8](0, 1<<62, 1<<62) }, tooBig},
		{"Zeros 2**57", func() { Zeros[float64](1 << 57) }, "Unable to allocate 1.00 EiB for an array with shape (144115188075855872,) and data type float64"},
		{"Zeros 2**50 int8", func() { Zeros[int8](1 << 50) }, "Unable to allocate 1.00 PiB for an array with shape (1125899906842624,) and data type int8"},
		{"Full", func() { Full(1.0, 1<<62) }, tooBig},
		{"Ones", func() { Ones[int32](1<<40, 1<<40) }, tooBig},
		{"Linspace", func() { Linspace(0.0, 1, 1<<62) }, tooBig},
		{"Linspace negative", func() { Linspace(0.0, 1, -1) }, "Number of samples, -1, must be non-negative."},
		{"Arange 1e300", func() { Arange(0.0, 1e300, 1) }, "Maximum allowed size exceeded"},
		{"Arange -1e300", func() { Arange(0.0, -1e300, 1) }, "Maximum allowed size exceeded"},
		{"Arange +Inf", func() { Arange(0, math.Inf(1), 1) }, "Maximum allowed size exceeded"},
		{"Arange Inf down", func() { Arange(math.Inf(1), 0, -1) }, "Maximum allowed size exceeded"},
		{"Arange tiny step", func() { Arange(0.0, 1, 1e-300) }, "Maximum allowed size exceeded"},
		{"Arange NaN stop", func() { Arange(0, math.NaN(), 1) }, "arange: cannot compute length"},
		{"Arange NaN start", func() { Arange(math.NaN(), 1, 1) }, "arange: cannot compute length"},
		{"Arange NaN step", func() { Arange(0, 1, math.NaN()) }, "arange: cannot compute length"},
		{"Arange int64 range", func() { Arange[int64](math.MinInt64, math.MaxInt64, 1) }, "Maximum allowed size exceeded"},
		{"Arange 2**62", func() { Arange(0, 1<<62, 1.0) }, tooBig},
		{"Arange step 0", func() { Arange(0, 1, 0.0) }, "arange: step must not be zero"},
		{"too many axes", func() { Zeros[float64](make([]int, 33)...) }, "maximum supported dimension for an ndarray is 32, found 33"},
		{"Wrap too many axes", func() { Wrap([]float64{}, make([]int, 40)...) }, "maximum supported dimension for an ndarray is 32, found 40"},
		{"negative", func() { Zeros[float64](2, -1) }, "negative dimensions are not allowed: (2, -1)"},
	}
	for _, tt := range tests {
		if got := panicMessage(t, tt.name, tt.f); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
	// What NumPy accepts still works.
	for _, c := range []struct {
		a    *Array[float64]
		want int
	}{
		{Arange(0, 1, math.Inf(1)), 1}, {Arange(0.0, 1, 1e300), 1}, {Arange(0.0, -1, 1e300), 0},
		{Arange(5.0, 0, 1), 0}, {Zeros[float64](0, 1<<40), 0}, {Zeros[float64](make([]int, 32)...), 0},
	} {
		if c.a.Size() != c.want {
			t.Errorf("%v: size %d, want %d", c.a.Shape(), c.a.Size(), c.want)
		}
	}
}

// FromStrided refuses strides whose span overflows int instead of making a
// view that later panics with a raw index error.
func TestFromStridedOverflow(t *testing.T) {
	data := make([]float64, 10)
	tests := []struct {
		name           string
		shape, strides []int
		offset         int
	}{
		{"MinInt64 stride", []int{2}, []int{math.MinInt64}, 0},
		{"MaxInt64 stride", []int{2}, []int{math.MaxInt64}, 0},
		{"MinInt64 stride from the end", []int{2}, []int{math.MinInt64}, 9},
		{"span overflows", []int{3, 3}, []int{math.MaxInt64 / 2, math.MaxInt64 / 2}, 0},
		{"negative span overflows", []int{1 << 40, 2}, []int{-(1 << 30), -1}, 9},
		{"sum of spans wraps", []int{2, 2}, []int{math.MaxInt64 - 4, math.MaxInt64 - 4}, 1},
		{"negative offset", []int{1}, []int{1}, -1},
		{"offset past the end", []int{1}, []int{1}, 10},
		{"MinInt offset", []int{2}, []int{1}, math.MinInt64},
	}
	for _, tt := range tests {
		msg := panicMessage(t, tt.name, func() { FromStrided(data, tt.shape, tt.strides, tt.offset) })
		if msg != "" && !strings.Contains(msg, "reaches outside data of length 10") {
			t.Errorf("%s: %q", tt.name, msg)
		}
	}
	a := FromStrided(data, []int{2, 5}, []int{5, 1}, 0)
	b := FromStrided(data, []int{2, 5}, []int{-5, -1}, 9)
	if a.Size() != 10 || b.At(0, 0) != 0 {
		t.Fatal("valid strides refused")
	}
	if FromStrided(data, []int{0, 3}, []int{math.MinInt64, 1}, 100).Size() != 0 {
		t.Fatal("an empty view is valid whatever its strides")
	}
}

// A nil *Array and the zero value Array{} give a *ValueError naming the
// problem from every method, not a nil dereference or index error.
func TestNilAndZeroValueArray(t *testing.T) {
	var zero Array[float64]
	arrays := map[string]*Array[float64]{"nil": nil, "zero value": &zero}
	for name, a := range arrays {
		ops := map[string]func(){
			"Shape": func() { a.Shape() }, "Strides": func() { a.Strides() }, "NDim": func() { a.NDim() },
			"Size": func() { a.Size() }, "Dim": func() { a.Dim(0) }, "At": func() { a.At() },
			"Set": func() { a.Set(1) }, "Item": func() { a.Item() }, "Values": func() { a.Values() },
			"Copy": func() { a.Copy() }, "Contiguous": func() { a.Contiguous() }, "Data": func() { a.Data() },
			"Offset": func() { a.Offset() }, "ReadOnly": func() { a.ReadOnly() }, "Fill": func() { a.Fill(1) },
			"IsCContiguous": func() { a.IsCContiguous() }, "Index": func() { a.Index() }, "Slice": func() { a.Slice() },
			"Assign": func() { a.Assign(Scalar(1.0)) }, "Assign from": func() { Zeros[float64](2).Assign(a) },
		}
		for op, f := range ops {
			msg := panicMessage(t, name+" "+op, f)
			if msg != "" && !strings.Contains(msg, name+" ") && !strings.Contains(msg, strings.ReplaceAll(name, " ", "-")) {
				t.Errorf("%s %s: %q does not say it is a %s array", name, op, msg, name)
			}
		}
	}
}

// An explicit slice step of 0 is refused as in Python.
func TestSliceStepZero(t *testing.T) {
	a := Arange[int64](0, 10, 1)
	for name, f := range map[string]func(){
		"Step(0)":     func() { a.Slice(Step(0)) },
		"SS(0, 5, 0)": func() { a.Slice(SS(0, 5, 0)) },
	} {
		if got := panicMessage(t, name, f); got != "slice step cannot be zero" {
			t.Errorf("%s: %q", name, got)
		}
	}
	if got := a.Slice(Slice{}).Size(); got != 10 {
		t.Errorf("the zero value Slice{} is not ':' (size %d)", got)
	}
}
