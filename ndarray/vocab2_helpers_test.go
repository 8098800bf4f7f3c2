package ndarray

import (
	"math"
	"strings"
	"testing"
)

// Helpers of the vocabulary II tests.

// checkArray fails t unless got has the shape and (bitwise, NaN matching
// NaN) the data.
func checkArray[T Number](t *testing.T, name string, got *Array[T], shape []int, data []float64) {
	t.Helper()
	if !equalShapes(got.Shape(), shape) {
		t.Errorf("%s: shape %v, want %v", name, got.Shape(), shape)
		return
	}
	vals := got.Values()
	if len(vals) != len(data) {
		t.Errorf("%s: %d values, want %d", name, len(vals), len(data))
		return
	}
	for i, v := range vals {
		w := data[i]
		if !(float64(v) == w || (math.IsNaN(w) && float64(v) != float64(v))) {
			t.Errorf("%s: element %d = %v, want %v (all %v)", name, i, v, w, vals)
			return
		}
	}
}

// panicText runs f and returns the panic's error text and value ("" when
// it does not panic).
func panicText(f func()) (text string, value any) {
	defer func() {
		if p := recover(); p != nil {
			value = p
			if e, ok := p.(error); ok {
				text = e.Error()
			}
		}
	}()
	f()
	return "", nil
}

// checkPanic fails t unless f panics with a value of the type of want whose
// text contains wantText.
func checkPanic[E error](t *testing.T, name string, wantText string, f func()) {
	t.Helper()
	text, v := panicText(f)
	if _, ok := v.(E); !ok {
		t.Errorf("%s: panicked with %T %v, want %T", name, v, v, *new(E))
		return
	}
	if !strings.Contains(text, wantText) {
		t.Errorf("%s: panic %q, want %q", name, text, wantText)
	}
}

var nan = math.NaN()
