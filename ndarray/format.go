package ndarray

import (
	"strings"
)

// String returns the array as NumPy 1.24 prints it with str(a) and the
// default print options: "[1.  2.5]", "[[1 2]\n [3 4]]", "[ True False]";
// a 0-d array prints as its scalar ("1.5"). See [Array.Format].
func (a *Array[T]) String() string { return a.Format(DefaultPrintOptions()) }

// Repr returns the array as NumPy 1.24 prints it with repr(a) and the
// default print options: "array([1. , 2.5])", "array([1, 2], dtype=int8)",
// "array([], shape=(2, 0), dtype=float64)". The dtype is written for every
// element type but float64, int64 and bool (and always for empty arrays).
// A 0-d array prints as NumPy's 0-d array does: "array(1.5)",
// "array(7, dtype=uint8)" (its String is the scalar's text, "1.5"). See
// [Array.ReprWith].
func (a *Array[T]) Repr() string { return a.ReprWith(DefaultPrintOptions()) }

// GoString returns [Array.Repr], so that fmt's %#v prints an array as
// NumPy's repr.
func (a *Array[T]) GoString() string { return a.Repr() }

// Format returns str(a) as NumPy prints it under the given print options
// (np.array_str inside np.printoptions(...), or np.array2string with
// opts.Separator and opts.Formatter): elements aligned in columns,
// rows wrapped at opts.LineWidth, arrays of more than opts.Threshold
// elements summarised with "...". A 0-d array prints as its scalar, which
// ignores the options.
func (a *Array[T]) Format(opts PrintOptions) string {
	a.valid()
	if len(a.shape) == 0 {
		v := a.data[a.offset]
		if f, bits, ok := asFloat64(v); ok {
			return floatScalarString(f, bits)
		}
		return elemString(v)
	}
	sep := " "
	if opts.Separator != "" {
		sep = opts.Separator
	}
	return a.array2string(opts.normalized(), sep, "", "")
}

// ReprWith returns repr(a) as NumPy prints it under the given print options
// (np.array_repr inside np.printoptions(...)): "array(" and the elements
// separated by ", ", continuation lines indented to line up after
// "array(", and the dtype suffix when the element type is not implied.
func (a *Array[T]) ReprWith(opts PrintOptions) string {
	opts = opts.normalized()
	dtype := a.Dtype()
	size := a.Size()
	skipDtype := size > 0 && (dtype == "float64" || dtype == "int64" || dtype == "bool")
	const prefix = "array("
	suffix := ","
	if skipDtype {
		suffix = ")"
	}
	var lst string
	if size > 0 || (len(a.shape) == 1 && a.shape[0] == 0) {
		lst = a.array2string(opts, ", ", prefix, suffix)
	} else {
		lst = "[], shape=" + FormatShape(a.shape)
	}
	s := prefix + lst + suffix
	if skipDtype {
		return s
	}
	dtypeStr := "dtype=" + dtype + ")"
	lastLine := len(s) - (strings.LastIndexByte(s, '\n') + 1)
	spacer := " "
	if lastLine+len(dtypeStr)+1 > opts.LineWidth {
		spacer = "\n" + strings.Repeat(" ", len(prefix))
	}
	return s + spacer + dtypeStr
}

// array2string is NumPy's array2string (non-legacy): the elements between
// brackets, the line width reduced by the length of suffix, summarised
// above the threshold.
func (a *Array[T]) array2string(opts PrintOptions, sep, prefix, suffix string) string {
	if a.Size() == 0 {
		return "[]"
	}
	width := opts.LineWidth - len(suffix)
	summary := a.Size() > opts.Threshold
	var vals []T
	if summary {
		vals = a.corners(opts.EdgeItems)
	} else {
		vals = a.Values()
	}
	format := func(v T) string { return opts.Formatter(v) }
	if opts.Formatter == nil {
		format = newElemFormatter(vals, len(a.shape) == 0, opts)
	}
	p := printer[T]{
		a:       a,
		format:  format,
		sep:     sep,
		edge:    opts.EdgeItems,
		summary: summary,
		idx:     make([]int, len(a.shape)),
	}
	return p.recurse(0, " "+strings.Repeat(" ", len(prefix)), width)
}

// corners returns the elements a summarised print shows (NumPy's
// _leading_trailing): along each axis longer than 2*edge, the first and
// last edge items. As in NumPy, edge 0 keeps whole axes.
func (a *Array[T]) corners(edge int) []T {
	var out []T
	var walk func(axis, off int)
	walk = func(axis, off int) {
		if axis == len(a.shape) {
			out = append(out, a.data[off])
			return
		}
		n, st := a.shape[axis], a.strides[axis]
		if n > 2*edge && edge > 0 {
			for i := range edge {
				walk(axis+1, off+i*st)
			}
			for i := n - edge; i < n; i++ {
				walk(axis+1, off+i*st)
			}
			return
		}
		for i := range n {
			walk(axis+1, off+i*st)
		}
	}
	walk(0, a.offset)
	return out
}

// printer holds the state of NumPy's _formatArray.
type printer[T Elem] struct {
	a       *Array[T]
	format  func(T) string
	sep     string
	edge    int
	summary bool
	idx     []int // index of the sub-array being printed, axes < axis
}

// at returns the element at p.idx.
func (p *printer[T]) at() T {
	off := p.a.offset
	for k, i := range p.idx {
		off += i * p.a.strides[k]
	}
	return p.a.data[off]
}

// recurse prints the sub-array at p.idx[:axis], as _formatArray's
// recurser: hanging is the indent of continuation lines and width the
// columns available.
func (p *printer[T]) recurse(axis int, hanging string, width int) string {
	nd := len(p.a.shape)
	if axis == nd {
		return p.format(p.at())
	}
	nextHanging := hanging + " "
	nextWidth := width - 1
	n := p.a.shape[axis]
	showSummary := p.summary && 2*p.edge < n
	leading, trailing := 0, n
	if showSummary {
		leading, trailing = p.edge, p.edge
	}
	sub := func(i int) string {
		p.idx[axis] = i
		return p.recurse(axis+1, nextHanging, nextWidth)
	}
	var s strings.Builder
	sepTrim := strings.TrimRight(p.sep, " ")
	if nd-axis == 1 {
		elemWidth := width - max(len(sepTrim), 1)
		line := hanging
		for i := range leading {
			line = extendLine(&s, line, sub(i), elemWidth, hanging) + p.sep
		}
		if showSummary {
			line = extendLine(&s, line, "...", elemWidth, hanging) + p.sep
		}
		for i := trailing; i > 1; i-- {
			line = extendLine(&s, line, sub(n-i), elemWidth, hanging) + p.sep
		}
		line = extendLine(&s, line, sub(n-1), elemWidth, hanging)
		s.WriteString(line)
	} else {
		lineSep := sepTrim + strings.Repeat("\n", nd-axis-1)
		for i := range leading {
			s.WriteString(hanging + sub(i) + lineSep)
		}
		if showSummary {
			s.WriteString(hanging + "..." + lineSep)
		}
		for i := trailing; i > 1; i-- {
			s.WriteString(hanging + sub(n-i) + lineSep)
		}
		s.WriteString(hanging + sub(n-1))
	}
	return "[" + s.String()[len(hanging):] + "]"
}

// extendLine appends word to line, first moving line (right-trimmed) to s
// and starting a new line at prefix when word would pass width, unless
// the line holds nothing but the prefix (NumPy's _extendLine).
func extendLine(s *strings.Builder, line, word string, width int, prefix string) string {
	if len(line)+len(word) > width && len(line) > len(prefix) {
		s.WriteString(strings.TrimRight(line, " "))
		s.WriteByte('\n')
		line = prefix
	}
	return line + word
}
