package ndarray

import (
	"fmt"

	"github.com/ndsimd/ndsimd/broadcast"
)

// ShapeError is the panic value for shapes that do not fit an operation, such
// as a reshape to a different size or a negative dimension: the library's
// one shape error, [broadcast.ShapeError], under a second name. Its Op field
// names the operation (e.g. "reshape") and its message reads like NumPy's.
type ShapeError = broadcast.ShapeError

// Shape is an array's shape as [Array.Shape] returns it: a []int whose
// String is NumPy's tuple, (2, 3), (4,), () ([broadcast.Shape]).
type Shape = broadcast.Shape

// AxisError is the panic value for an axis out of bounds or repeated, as
// NumPy's numpy.AxisError.
type AxisError struct {
	Axis, NDim int
	Msg        string // the whole message
}

// Error returns the error message.
func (e *AxisError) Error() string { return e.Msg }

// IndexError is the panic value for an index out of bounds.
type IndexError struct {
	Index, Axis, Size int
	Msg               string // when set, the whole message
}

// Error returns the error message.
func (e *IndexError) Error() string {
	if e.Msg != "" {
		return e.Msg
	}
	return fmt.Sprintf("index %d is out of bounds for axis %d with size %d", e.Index, e.Axis, e.Size)
}

// BroadcastError is the panic value for shapes that do not broadcast
// (BroadcastTo, Assign, BroadcastShapes): the library's one broadcast error
// type, [broadcast.Error], under a second name. Its Op field picks NumPy's
// wording.
type BroadcastError = broadcast.Error

// ReadOnlyError is the panic value for a write through a read-only view,
// such as one made by BroadcastTo.
type ReadOnlyError struct{}

// Error returns the error message.
func (e *ReadOnlyError) Error() string {
	return "assignment destination is read-only (a broadcast view: make a Copy to write)"
}

// ValueError is the panic value for other invalid arguments, such as a
// reduction with no identity over an empty array.
type ValueError struct{ Msg string }

// Error returns the error message.
func (e *ValueError) Error() string { return e.Msg }

func axisError(axis, ndim int) *AxisError {
	return &AxisError{Axis: axis, NDim: ndim,
		Msg: fmt.Sprintf("axis %d is out of bounds for array of dimension %d", axis, ndim)}
}

// FormatShape writes a shape as NumPy prints a tuple: (2, 3), (4,), ()
// (the String of [Shape]; broadcast.FormatShape is the unspaced form of
// NumPy's error messages).
func FormatShape(shape []int) string { return Shape(shape).String() }
