package ndarray

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// The .npy header is the text of a Python dict literal, e.g.
//
//	{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }
//
// followed by space padding and a newline. pyParser reads the small subset
// of Python literal syntax such headers use (dicts, tuples, lists, strings,
// integers, True, False, None) and nothing else: nothing is evaluated.

// pyKind is the type of a parsed Python literal.
type pyKind int

const (
	pyStr pyKind = iota
	pyInt
	pyBool
	pyNone
	pyTuple
	pyList
	pyDict
)

// String returns the text form.
func (k pyKind) String() string {
	return [...]string{"str", "int", "bool", "None", "tuple", "list", "dict"}[k]
}

// pyValue is a parsed Python literal. Dict keys are kept in order, with
// their values in items.
type pyValue struct {
	kind  pyKind
	str   string // pyStr
	num   int64  // pyInt
	truth bool   // pyBool
	items []pyValue
	keys  []string // pyDict
	count int      // pyTuple, pyList: the number of items, of which at most maxPyItems are kept
}

// maxPyItems bounds the items kept of a tuple or list: a shape has at most
// MaxDims, and a header of 200 000 axes must not build 200 000 values to
// be refused.
const maxPyItems = MaxDims + 1

// maxPyDepth bounds the nesting of containers in a header.
const maxPyDepth = 16

type pyParser struct {
	s   string
	pos int
}

// parsePyLiteral parses s, a single Python literal surrounded by optional
// white space.
func parsePyLiteral(s string) (pyValue, error) {
	p := &pyParser{s: s}
	v, err := p.value(0)
	if err != nil {
		return pyValue{}, err
	}
	p.space()
	if p.pos != len(p.s) {
		return pyValue{}, p.errorf("unexpected %q after the literal", p.s[p.pos])
	}
	return v, nil
}

func (p *pyParser) errorf(format string, args ...any) error {
	return fmt.Errorf("at byte %d: %s", p.pos, fmt.Sprintf(format, args...))
}

func (p *pyParser) space() {
	for p.pos < len(p.s) && strings.IndexByte(" \t\n\r\f\v", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

// peek skips white space and returns the next byte, or 0 at the end.
func (p *pyParser) peek() byte {
	p.space()
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *pyParser) value(depth int) (pyValue, error) {
	if depth > maxPyDepth {
		return pyValue{}, p.errorf("literal nested too deeply")
	}
	switch c := p.peek(); {
	case c == 0:
		return pyValue{}, p.errorf("unexpected end of header")
	case c == '{':
		return p.dict(depth)
	case c == '(':
		return p.sequence(depth, pyTuple, ')')
	case c == '[':
		return p.sequence(depth, pyList, ']')
	case c == '\'' || c == '"' || c == 'u' && p.pos+1 < len(p.s) && (p.s[p.pos+1] == '\'' || p.s[p.pos+1] == '"'):
		s, err := p.str()
		return pyValue{kind: pyStr, str: s}, err
	case c == '-' || c == '+' || c >= '0' && c <= '9':
		return p.integer()
	default:
		for _, w := range []struct {
			word string
			v    pyValue
		}{{"True", pyValue{kind: pyBool, truth: true}}, {"False", pyValue{kind: pyBool}}, {"None", pyValue{kind: pyNone}}} {
			if strings.HasPrefix(p.s[p.pos:], w.word) && !p.identAt(p.pos+len(w.word)) {
				p.pos += len(w.word)
				return w.v, nil
			}
		}
		return pyValue{}, p.errorf("unexpected %q", c)
	}
}

// identAt reports whether an identifier character is at i.
func (p *pyParser) identAt(i int) bool {
	if i >= len(p.s) {
		return false
	}
	c := p.s[i]
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// sequence parses a tuple or a list; "(x)" without a comma is x itself.
func (p *pyParser) sequence(depth int, kind pyKind, end byte) (pyValue, error) {
	p.pos++ // ( or [
	v := pyValue{kind: kind, items: []pyValue{}}
	comma := false
	for {
		if p.peek() == end {
			p.pos++
			break
		}
		item, err := p.value(depth + 1)
		if err != nil {
			return pyValue{}, err
		}
		if v.count++; len(v.items) < maxPyItems {
			v.items = append(v.items, item)
		}
		switch p.peek() {
		case ',':
			p.pos++
			comma = true
			continue
		case end:
			p.pos++
		default:
			return pyValue{}, p.errorf("expected ',' or %q", end)
		}
		break
	}
	if kind == pyTuple && v.count == 1 && !comma {
		return v.items[0], nil // parentheses around one value
	}
	return v, nil
}

func (p *pyParser) dict(depth int) (pyValue, error) {
	p.pos++ // {
	v := pyValue{kind: pyDict}
	for {
		if p.peek() == '}' {
			p.pos++
			return v, nil
		}
		key, err := p.value(depth + 1)
		if err != nil {
			return pyValue{}, err
		}
		if key.kind != pyStr {
			return pyValue{}, p.errorf("dict key is a %s, not a str", key.kind)
		}
		for _, k := range v.keys {
			if k == key.str {
				return pyValue{}, p.errorf("duplicate key %q", k)
			}
		}
		if p.peek() != ':' {
			return pyValue{}, p.errorf("expected ':' after key %q", key.str)
		}
		p.pos++
		val, err := p.value(depth + 1)
		if err != nil {
			return pyValue{}, err
		}
		v.keys = append(v.keys, key.str)
		v.items = append(v.items, val)
		switch p.peek() {
		case ',':
			p.pos++
		case '}':
			p.pos++
			return v, nil
		default:
			return pyValue{}, p.errorf("expected ',' or '}' in dict")
		}
	}
}

// str parses a quoted string with the escapes \\, \', \" only.
func (p *pyParser) str() (string, error) {
	if p.s[p.pos] == 'u' {
		p.pos++
	}
	quote := p.s[p.pos]
	p.pos++
	var b strings.Builder
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		p.pos++
		switch {
		case c == quote:
			return b.String(), nil
		case c == '\n' || c == '\r':
			return "", p.errorf("newline in string")
		case c == '\\':
			if p.pos >= len(p.s) || strings.IndexByte(`\'"`, p.s[p.pos]) < 0 {
				return "", p.errorf("unsupported escape in string")
			}
			b.WriteByte(p.s[p.pos])
			p.pos++
		default:
			b.WriteByte(c)
		}
	}
	return "", p.errorf("unterminated string")
}

// integer parses a decimal integer with an optional sign and the "L"
// suffix of Python 2 longs (old NumPy wrote shapes such as (3L,)).
func (p *pyParser) integer() (pyValue, error) {
	start := p.pos
	if c := p.s[p.pos]; c == '-' || c == '+' {
		p.pos++
	}
	digits := p.pos
	for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
		p.pos++
	}
	if p.pos == digits {
		return pyValue{}, p.errorf("expected digits")
	}
	text := p.s[start:p.pos]
	if p.pos < len(p.s) && (p.s[p.pos] == 'L' || p.s[p.pos] == 'l') {
		p.pos++
	}
	if p.identAt(p.pos) || p.pos < len(p.s) && p.s[p.pos] == '.' {
		return pyValue{}, p.errorf("not an integer: %q...", text)
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return pyValue{}, p.errorf("integer %s out of range", text)
	}
	return pyValue{kind: pyInt, num: n}, nil
}

// NPYHeader describes the array stored in a .npy file.
type NPYHeader struct {
	Major, Minor int    // format version: 1.0, 2.0 or 3.0
	Descr        string // NumPy's type string, e.g. "<f8", ">i4", "|b1"
	Dtype        string // the element type's name, e.g. "float64"; "" if unsupported
	Shape        []int
	FortranOrder bool // data in column-major (Fortran) order
	DataOffset   int  // bytes from the start of the file to the data
}

// parseNPYDict checks the header dict and fills h's Descr, Shape and
// FortranOrder. It returns the dtype, or an error that wraps ErrInvalidNPY
// or is an *UnsupportedDtypeError.
func parseNPYDict(text string, h *NPYHeader) (npyDtype, error) {
	bad := func(format string, args ...any) (npyDtype, error) {
		return npyDtype{}, fmt.Errorf("%w: %s", ErrInvalidNPY, fmt.Sprintf(format, args...))
	}
	v, err := parsePyLiteral(text)
	if err != nil {
		return bad("cannot parse header %s: %v", quoteHeader(text), err)
	}
	if v.kind != pyDict {
		return bad("header is a %s, not a dict", v.kind)
	}
	var descr, order, shape *pyValue
	for i, k := range v.keys {
		switch k {
		case "descr":
			descr = &v.items[i]
		case "fortran_order":
			order = &v.items[i]
		case "shape":
			shape = &v.items[i]
		default:
			return bad("header has unexpected key %q", k)
		}
	}
	if descr == nil || order == nil || shape == nil {
		return bad("header does not contain the keys 'descr', 'fortran_order' and 'shape': %q", v.keys)
	}
	if order.kind != pyBool {
		return bad("fortran_order is a %s, not a bool", order.kind)
	}
	h.FortranOrder = order.truth
	if shape.kind != pyTuple {
		return bad("shape is a %s, not a tuple", shape.kind)
	}
	if shape.count > MaxDims { // before building a shape of 200 000 axes
		return npyDtype{}, fmt.Errorf("%w: %w", ErrInvalidNPY, tooManyDims(shape.count))
	}
	h.Shape = make([]int, len(shape.items))
	for i, d := range shape.items {
		if d.kind != pyInt {
			return bad("shape %d has a %s", i, d.kind)
		}
		if d.num < 0 {
			return bad("negative dimension %d in shape", d.num)
		}
		if d.num > math.MaxInt {
			return bad("dimension %d too large", d.num)
		}
		h.Shape[i] = int(d.num)
	}
	if descr.kind != pyStr {
		if descr.kind == pyList {
			h.Descr = "[...]"
			return npyDtype{}, &UnsupportedDtypeError{Descr: h.Descr, Reason: "structured dtypes are not supported"}
		}
		return bad("descr is a %s, not a str", descr.kind)
	}
	h.Descr = descr.str
	dt, err := parseDescr(descr.str)
	if err != nil {
		return npyDtype{}, err
	}
	h.Dtype = dt.name()
	return dt, nil
}

// quoteHeader quotes a header for an error message, shortened if long.
func quoteHeader(s string) string {
	if len(s) > 120 {
		return strconv.Quote(s[:120]) + "..."
	}
	return strconv.Quote(s)
}

// growthAxisDigits is NumPy's GROWTH_AXIS_MAX_DIGITS: the header is padded
// so that the growing axis can take this many digits in place.
const growthAxisDigits = 21

// npyHeaderDict returns the header dict text as NumPy 1.24 writes it,
// before the alignment padding.
func npyHeaderDict(descr string, fortran bool, shape []int) string {
	order := "False"
	if fortran {
		order = "True"
	}
	var b strings.Builder
	b.WriteString("{'descr': '" + descr + "', 'fortran_order': " + order + ", 'shape': ")
	if len(shape) == 0 {
		b.WriteString("()")
	} else {
		b.WriteString(FormatShape(shape))
	}
	b.WriteString(", }")
	if len(shape) > 0 {
		grow := shape[0]
		if fortran {
			grow = shape[len(shape)-1]
		}
		b.WriteString(strings.Repeat(" ", max(0, growthAxisDigits-len(strconv.Itoa(grow)))))
	}
	return b.String()
}
