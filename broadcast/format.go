package broadcast

import (
	"strconv"
	"strings"
)

// Shape is an array shape: the size of each axis. Its String is the tuple
// NumPy prints for .shape: (2, 400), (5,), (). A Shape can be passed
// wherever a []int is expected.
type Shape []int

// String returns the shape as NumPy prints a shape tuple: comma and space
// between sizes, a trailing comma for one axis, () for a 0-d shape.
func (s Shape) String() string { return formatShape(s, ", ") }

// FormatShape writes a shape the way NumPy's error messages do: without
// spaces, a trailing comma for one axis, "()" for a 0-d shape.
// FormatShape([]int{2, 3}) is "(2,3)", FormatShape([]int{4}) is "(4,)".
// [Shape.String] is the spaced tuple, (2, 3).
func FormatShape(shape []int) string { return formatShape(shape, ",") }

// formatShape is the one shape writer: a Python tuple with sep between the
// sizes.
func formatShape(shape []int, sep string) string {
	var b strings.Builder
	writeShapeSep(&b, shape, sep)
	return b.String()
}

func writeShape(b *strings.Builder, shape []int) { writeShapeSep(b, shape, ",") }

func writeShapeSep(b *strings.Builder, shape []int, sep string) {
	b.WriteByte('(')
	for i, d := range shape {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(strconv.Itoa(d))
	}
	if len(shape) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
}
