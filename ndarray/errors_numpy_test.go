package ndarray

import (
	"errors"
	"slices"
	"testing"

	"github.com/ndsimd/ndsimd/broadcast"
)

// TestNumPyErrorMessages checks error types and texts against NumPy
// 1.24.2's (each message is str() of the exception NumPy raises for the
// same call, noted beside it).
func TestNumPyErrorMessages(t *testing.T) {
	type kind int
	const (
		bcast kind = iota
		axis
		shape
		value
	)
	cases := []struct {
		name string
		f    func()
		kind kind
		msg  string
	}{
		// a = np.zeros(3); a[...] = np.ones((3, 4))
		{"assign (3,4) into (3,)", func() { Zeros[float64](3).Assign(Ones[float64](3, 4)) }, bcast,
			"could not broadcast input array from shape (3,4) into shape (3,)"},
		{"assign (4,) into (2,3)", func() { Zeros[float64](2, 3).Assign(Ones[float64](4)) }, bcast,
			"could not broadcast input array from shape (4,) into shape (2,3)"},
		{"assign (2,) into ()", func() { Zeros[float64]().Assign(Ones[float64](2)) }, bcast,
			"could not broadcast input array from shape (2,) into shape ()"},
		// np.broadcast_shapes((2,), (3,)); np.broadcast_arrays(...)
		{"broadcast_shapes", func() { BroadcastShapes([]int{2}, []int{3}) }, bcast,
			"shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,)."},
		{"broadcast_shapes of three", func() { BroadcastShapes([]int{2}, []int{2, 3}, []int{5, 4, 3}) }, bcast,
			"shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 1 with shape (2, 3) and arg 2 with shape (5, 4, 3)."},
		{"broadcast_arrays", func() { BroadcastArrays(Ones[float64](2), Ones[float64](4, 2), Ones[float64](3)) }, bcast,
			"shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 2 with shape (3,)."},
		// np.broadcast_to(np.ones(3), ...)
		{"broadcast_to (4,)", func() { Ones[float64](3).BroadcastTo(4) }, bcast,
			"operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (4,)"},
		{"broadcast_to ()", func() { Ones[float64](3).BroadcastTo() }, bcast, "cannot broadcast a non-scalar to a scalar array"},
		{"broadcast_to negative", func() { Ones[float64](3).BroadcastTo(2, -1) }, shape, "all elements of broadcast shape must be non-negative"},
		// np.swapaxes(np.ones((2, 2)), 3, 0) and (0, -3)
		{"swapaxes axis1", func() { Ones[float64](2, 2).SwapAxes(3, 0) }, axis, "axis1: axis 3 is out of bounds for array of dimension 2"},
		{"swapaxes axis2", func() { Ones[float64](2, 2).SwapAxes(0, -3) }, axis, "axis2: axis -3 is out of bounds for array of dimension 2"},
		// duplicate axes, each in NumPy's wording
		{"expand_dims repeated", func() { Ones[float64](2, 2).ExpandDims(0, 0) }, value, "repeated axis"},
		{"transpose repeated", func() { Ones[float64](2, 2).Transpose(0, -2) }, value, "repeated axis in transpose"},
		{"sum repeated", func() { Sum(Ones[float64](2, 2), Axis(0, -2)) }, value, "duplicate value in 'axis'"},
		{"norm repeated", func() { Norm(Ones[float64](2, 2), Axis(0, 0)) }, value, "Duplicate axes given."},
		// np.ones(11).reshape(5, -1)
		{"reshape (5,-1)", func() { Ones[float64](11).Reshape(5, -1) }, shape, "cannot reshape array of size 11 into shape (5,newaxis)"},
		// np.ones((2, 3)).item()
		{"item", func() { Ones[float64](2, 3).Item() }, value, "can only convert an array of size 1 to a Python scalar"},
	}
	for _, c := range cases {
		err := mustPanic(t, c.f)
		var ok bool
		switch c.kind {
		case bcast:
			var e *broadcast.Error
			ok = errors.As(err, &e)
		case axis:
			var e *AxisError
			ok = errors.As(err, &e)
		case shape:
			var e *ShapeError
			ok = errors.As(err, &e)
		case value:
			var e *ValueError
			ok = errors.As(err, &e)
		}
		if !ok || err.Error() != c.msg {
			t.Errorf("%s: %T %q, want kind %d %q", c.name, err, err, c.kind, c.msg)
		}
	}
}

func TestBroadcastArraysAndShapes(t *testing.T) {
	// np.broadcast_shapes((3, 1), (4,)) -> (3, 4)
	if got := BroadcastShapes([]int{3, 1}, []int{4}); !slices.Equal(got, []int{3, 4}) {
		t.Errorf("BroadcastShapes = %v", got)
	}
	vs := BroadcastArrays(FromSlice([]float64{1, 2, 3}, 3, 1), FromSlice([]float64{10, 20}, 2))
	if !slices.Equal(vs[0].Shape(), []int{3, 2}) || !slices.Equal(vs[0].Values(), []float64{1, 1, 2, 2, 3, 3}) ||
		!slices.Equal(vs[1].Values(), []float64{10, 20, 10, 20, 10, 20}) {
		t.Errorf("BroadcastArrays = %v %v", vs[0], vs[1])
	}
	// a[...] = b drops b's leading length-1 axes: a = np.zeros(3); a[...] = np.ones((1, 1, 3))
	a := Zeros[float64](3)
	a.Assign(Ones[float64](1, 1, 3))
	if !slices.Equal(a.Values(), []float64{1, 1, 1}) {
		t.Errorf("Assign of (1,1,3) into (3,) = %v", a.Values())
	}
}
