package ndarray

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ndsimd/ndsimd/broadcast"
)

// ShapeError is the panic value for shapes that do not fit an operation, such
// as a reshape to a different size or a negative dimension. Its message reads
// like NumPy's.
type ShapeError struct {
	Op  string // the operation, e.g. "reshape"
	Msg string // NumPy's text, e.g. "cannot reshape array of size 6 into shape (4,)"
}

// Error returns the error message.
func (e *ShapeError) Error() string { return e.Msg }

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

// FormatShape writes a shape as NumPy prints a tuple: (2, 3), (4,), ().
func FormatShape(shape []int) string {
	return formatShape(shape, ", ")
}

// formatShape writes a shape as a Python tuple with the given separator.
func formatShape(shape []int, sep string) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = strconv.Itoa(d)
	}
	if len(parts) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, sep) + ")"
}
