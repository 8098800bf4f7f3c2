package broadcast

import (
	"strconv"
	"strings"
)

// Explain returns, as text for learners, the step-by-step reasoning of
// broadcasting the given shapes together, and whether they broadcast.
//
// The operands are named a, b, c, ... The text shows the shapes
// right-aligned in columns with the missing leading axes padded with 1
// (marked *), then compares each axis from the right, naming it both by its
// negative index and by its number in the result ("axis -1 (result axis 1)"),
// and states the rule that applies: the sizes are equal, or a 1 is stretched.
// It ends with the result shape, or at the first axis that fails, naming the
// two sizes that clash, followed by NumPy's error message.
func Explain(shapes ...[]int) (text string, ok bool) {
	var b strings.Builder
	names := make([]string, len(shapes))
	for i := range shapes {
		names[i] = operandName(i)
	}

	switch len(shapes) {
	case 0:
		return "No operands: the broadcast shape of nothing is the 0-d shape ().\n", true
	case 1:
		b.WriteString("Broadcasting a single shape: ")
	default:
		b.WriteString("Broadcasting ")
	}
	for i, s := range shapes {
		if i > 0 {
			if i == len(shapes)-1 {
				b.WriteString(" and ")
			} else {
				b.WriteString(", ")
			}
		}
		b.WriteString(names[i] + " " + FormatShape(s))
	}
	b.WriteString("\n\n")

	for _, s := range shapes {
		for _, d := range s {
			if d < 0 {
				b.WriteString("Not a valid shape: " + FormatShape(s) + " has a negative size.\n")
				b.WriteString("Error: negative dimensions are not allowed\n")
				return b.String(), false
			}
		}
	}

	nd := 0
	for _, s := range shapes {
		nd = max(nd, len(s))
	}
	if nd == 0 {
		b.WriteString("Every operand is 0-d (a scalar, shape ()): there are no axes to compare.\n\n")
		b.WriteString("Result shape: ()\n")
		return b.String(), true
	}

	// size(i, ax) is operand i's size on result axis ax, and whether it was padded.
	size := func(i, ax int) (int, bool) { return axisSize(shapes[i], nd, ax) }

	// Step 1: the table.
	b.WriteString("Step 1. Right-align the shapes and pad missing leading axes with 1 (marked *):\n\n")
	labels := make([]string, len(shapes))
	lw := len("result axis")
	for i, s := range shapes {
		labels[i] = names[i] + " " + FormatShape(s)
		lw = max(lw, len(labels[i]))
	}
	cw := len(strconv.Itoa(-nd))
	for _, s := range shapes {
		for _, d := range s {
			cw = max(cw, len(strconv.Itoa(d)))
		}
	}
	row := func(label string, cell func(ax int) (string, bool)) {
		line := "    " + label + strings.Repeat(" ", lw-len(label))
		for ax := range nd {
			v, star := cell(ax)
			line += "  " + strings.Repeat(" ", cw-len(v)) + v
			if star {
				line += "*"
			} else {
				line += " "
			}
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	row("axis", func(ax int) (string, bool) { return strconv.Itoa(ax - nd), false })
	for i := range shapes {
		row(labels[i], func(ax int) (string, bool) {
			d, padded := size(i, ax)
			return strconv.Itoa(d), padded
		})
	}
	row("result axis", func(ax int) (string, bool) { return strconv.Itoa(ax), false })

	// Step 2: compare the axes from the right.
	b.WriteString("\nStep 2. Compare each axis from the right. The sizes must be equal, or 1;\n")
	b.WriteString("a size 1 is stretched to match the others (its data is reused, not copied).\n\n")
	result := make([]int, nd)
	for ax := nd - 1; ax >= 0; ax-- {
		line := "    axis " + strconv.Itoa(ax-nd) + " (result axis " + strconv.Itoa(ax) + "): "
		var parts []string
		for i := range shapes {
			d, padded := size(i, ax)
			p := names[i] + " " + strconv.Itoa(d)
			if padded {
				p += "*"
			}
			parts = append(parts, p)
		}
		line += strings.Join(parts, ", ") + " -> "

		// Find the first size other than 1, and the first that clashes with it.
		big, bigOp, clash := axisClash(shapes, nd, ax)
		if clash >= 0 {
			d, _ := size(clash, ax)
			line += "cannot broadcast: " + names[bigOp] + " has " + strconv.Itoa(big) + " and " +
				names[clash] + " has " + strconv.Itoa(d) + ";\n" +
				strings.Repeat(" ", len("    axis ")) + "they differ and neither is 1.\n"
			b.WriteString(line)
			b.WriteString("\nThe shapes do not broadcast, so NumPy stops here with the error:\n\n    ValueError: ")
			b.WriteString((&Error{Shapes: shapes}).Error())
			b.WriteString("\n")
			return b.String(), false
		}
		result[ax] = big
		var stretched []string
		for i := range shapes {
			if d, _ := size(i, ax); d == 1 && big != 1 {
				stretched = append(stretched, names[i]+"'s 1")
			}
		}
		switch {
		case len(shapes) == 1:
			line += "kept: " + strconv.Itoa(big)
		case bigOp < 0:
			line += "all 1: stays 1"
		case len(stretched) == 0:
			if len(shapes) == 2 {
				line += "equal: " + strconv.Itoa(big)
			} else {
				line += "all equal: " + strconv.Itoa(big)
			}
		default:
			verb := " is stretched to "
			if len(stretched) > 1 {
				verb = " are stretched to "
			}
			line += joinAnd(stretched) + verb + strconv.Itoa(big)
			if big == 0 {
				line += " (the result is empty)"
			}
		}
		b.WriteString(line + "\n")
	}

	b.WriteString("\nStep 3. Every axis is compatible. Result shape: " + FormatShape(result) + "\n")
	return b.String(), true
}

// operandName returns a, b, ..., z, aa, ab, ... for operand i.
func operandName(i int) string {
	s := ""
	for {
		s = string(rune('a'+i%26)) + s
		i = i/26 - 1
		if i < 0 {
			return s
		}
	}
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 1:
		return xs[0]
	case 2:
		return xs[0] + " and " + xs[1]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}
