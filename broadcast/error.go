package broadcast

import (
	"fmt"
	"strconv"
	"strings"
)

// Error reports shapes that do not broadcast together. It is the one
// broadcast error of the library (ndarray.BroadcastError is the same type).
// Its text is NumPy's for the operation named by Op, for example
// "operands could not be broadcast together with shapes (2,3) (4,) " for a
// ufunc's operands (each shape written without spaces and followed by one
// space).
type Error struct {
	// Shapes are the operand shapes, in order: for OpBroadcastTo and
	// OpAssign the source and the target shape; for OpMatmul the two
	// operands and the core result shape (n, m).
	Shapes [][]int
	// Op is the operation that failed, which chooses NumPy's wording; the
	// zero value is a ufunc's operands.
	Op string
}

// The operations an [Error] names, each with NumPy's message.
const (
	// OpOperands: "operands could not be broadcast together with shapes (2,) (3,) ".
	OpOperands = ""
	// OpBroadcastShapes (np.broadcast_shapes, np.broadcast_arrays):
	// "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch
	// is between arg 0 with shape (2,) and arg 1 with shape (3,)."
	OpBroadcastShapes = "broadcast_shapes"
	// OpBroadcastTo (np.broadcast_to): "operands could not be broadcast together
	// with remapped shapes [original->remapped]: (3,)  and requested shape (4,)",
	// or "cannot broadcast a non-scalar to a scalar array".
	OpBroadcastTo = "broadcast_to"
	// OpAssign (a[...] = b): "could not broadcast input array from shape (3,4)
	// into shape (3,)".
	OpAssign = "assign"
	// OpMatmul (np.matmul's batch axes): "operands could not be broadcast
	// together with remapped shapes [original->remapped]:
	// (7,2,3,4)->(7,2,newaxis,newaxis) (5,1,4,2)->(5,1,newaxis,newaxis)  and
	// requested shape (3,2)".
	OpMatmul = "matmul"
)

// Error returns NumPy's message for the shapes and operation.
func (e *Error) Error() string {
	var b strings.Builder
	switch e.Op {
	case OpBroadcastShapes:
		i, j := mismatch(e.Shapes)
		fmt.Fprintf(&b, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg %d with shape %s and arg %d with shape %s.",
			i, Shape(e.Shapes[i]), j, Shape(e.Shapes[j]))
	case OpBroadcastTo:
		if len(e.Shapes[1]) == 0 {
			return "cannot broadcast a non-scalar to a scalar array"
		}
		b.WriteString("operands could not be broadcast together with remapped shapes [original->remapped]: ")
		writeShape(&b, e.Shapes[0])
		b.WriteString("  and requested shape ")
		writeShape(&b, e.Shapes[1])
	case OpAssign:
		b.WriteString("could not broadcast input array from shape ")
		writeShape(&b, e.Shapes[0])
		b.WriteString(" into shape ")
		writeShape(&b, e.Shapes[1])
	case OpMatmul:
		b.WriteString("operands could not be broadcast together with remapped shapes [original->remapped]: ")
		for _, s := range e.Shapes[:2] {
			writeShape(&b, s)
			b.WriteString("->(")
			for _, d := range s[:max(len(s)-2, 0)] {
				b.WriteString(strconv.Itoa(d))
				b.WriteByte(',')
			}
			b.WriteString("newaxis,newaxis) ")
		}
		b.WriteString(" and requested shape ")
		writeShape(&b, e.Shapes[2])
	default:
		b.WriteString("operands could not be broadcast together with shapes ")
		for _, s := range e.Shapes {
			writeShape(&b, s)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// mismatch returns the pair of shapes NumPy's PyArray_Broadcast names: over
// the result's axes from the outermost, the first shape that set the axis's
// size (other than 1) and the first that disagrees with it.
func mismatch(shapes [][]int) (int, int) {
	nd := 0
	for _, s := range shapes {
		nd = max(nd, len(s))
	}
	for i := range nd {
		size, src := 1, 0
		for j, s := range shapes {
			k := i + len(s) - nd
			if k < 0 || s[k] == 1 {
				continue
			}
			if size == 1 {
				size, src = s[k], j
			} else if s[k] != size {
				return src, j
			}
		}
	}
	return 0, min(1, len(shapes)-1)
}

// ShapeError reports an argument that is not a valid shape or does not fit
// the shape it comes with: a negative dimension, a size that overflows int,
// or strides or offsets of the wrong length. Its message reads like NumPy's,
// e.g. "negative dimensions are not allowed".
//
// It is the library's one shape error: ndarray.ShapeError is the same type,
// set with Op (the operation, e.g. "reshape") by the packages above.
type ShapeError struct {
	// Op is the operation that failed, e.g. "reshape"; empty for the
	// functions of this package.
	Op string
	// Shape is the offending shape, when there is one.
	Shape []int
	// Msg is the human-readable message.
	Msg string
}

// Error returns the message.
func (e *ShapeError) Error() string { return e.Msg }

func cloneShapes(shapes [][]int) [][]int {
	out := make([][]int, len(shapes))
	for i, s := range shapes {
		out[i] = append([]int{}, s...)
	}
	return out
}
