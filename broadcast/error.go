package broadcast

import (
	"strconv"
	"strings"
)

// Error reports shapes that do not broadcast together. Its text is NumPy's,
// for example "operands could not be broadcast together with shapes (2,3) (4,) "
// (each shape written without spaces and followed by one space).
type Error struct {
	// Shapes are the operand shapes, in order.
	Shapes [][]int
}

// Error returns NumPy's message for the shapes.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("operands could not be broadcast together with shapes ")
	for _, s := range e.Shapes {
		writeShape(&b, s)
		b.WriteByte(' ')
	}
	return b.String()
}

// ShapeError reports an argument that is not a valid shape or does not fit
// the shape it comes with: a negative dimension, a size that overflows int,
// or strides or offsets of the wrong length. Its message reads like NumPy's,
// e.g. "negative dimensions are not allowed".
type ShapeError struct {
	// Shape is the offending shape.
	Shape []int
	// Msg is the human-readable message.
	Msg string
}

// Error returns the message.
func (e *ShapeError) Error() string { return e.Msg }

// FormatShape writes a shape the way NumPy's error messages do: without
// spaces, a trailing comma for one axis, "()" for a 0-d shape.
// FormatShape([]int{2, 3}) is "(2,3)", FormatShape([]int{4}) is "(4,)".
func FormatShape(shape []int) string {
	var b strings.Builder
	writeShape(&b, shape)
	return b.String()
}

func writeShape(b *strings.Builder, shape []int) {
	b.WriteByte('(')
	for i, d := range shape {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(d))
	}
	if len(shape) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
}

func cloneShapes(shapes [][]int) [][]int {
	out := make([][]int, len(shapes))
	for i, s := range shapes {
		out[i] = append([]int{}, s...)
	}
	return out
}
