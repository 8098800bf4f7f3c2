package broadcast

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ExplainSVG draws, as an SVG document, how the given shapes broadcast: the
// picture that goes with the text of [Explain].
//
// Each operand is drawn as a grid of cells at the result's shape (a row for
// 1-D, rows and columns for 2-D, stacked layers for 3-D; for more axes the
// last three are drawn and the leading ones are named above the grid). The
// cells that the operand really has are solid and hold its values, the cells
// a stretched axis of size 1 adds are faded copies, and an arrow runs along
// every stretched axis. The result grid follows with its shape and values.
// Below, a table lists the shapes right-aligned with the padded leading axes
// marked, as in step 1 of [Explain].
//
// The values drawn are np.arange(size).reshape(shape) for every operand, and
// their sum for the result; [ExplainSVGValues] draws given values instead.
//
// When the shapes do not broadcast the picture shows the operands at their
// own shapes with the first axis that does not match (counted from the right,
// as [Explain] does) in red, and NumPy's sentence; the error returned is the
// one [Shapes] returns. The SVG is always complete and valid.
func ExplainSVG(shapes ...[]int) (svg []byte, err error) {
	return ExplainSVGValues(nil, shapes...)
}

// ExplainSVGValues is [ExplainSVG] with the operands' values given: values[i]
// holds operand i's elements in C order (np.ravel order). A nil values, or a
// nil or wrongly sized values[i], draws np.arange for that operand.
func ExplainSVGValues(values [][]float64, shapes ...[]int) (svg []byte, err error) {
	p := newPicture(shapes, values)
	return []byte(p.draw()), p.err
}

// Sizes and colours of the drawing, in SVG user units (pixels).
const (
	svgCell     = 34.0 // side of one cell
	svgGap      = 20.0 // width of the "…" slot standing for hidden cells
	svgDepth    = 0.42 // a 3-D layer is offset by this many cells up and right
	svgMaxShown = 6    // an axis longer than this shows its first 3 and last cell
	svgPad      = 16.0 // margin around the drawing
	svgFont     = "font-family=\"DejaVu Sans,Verdana,Arial,sans-serif\""
	svgMono     = "font-family=\"DejaVu Sans Mono,Menlo,Consolas,monospace\""
	colStretch  = "#c05621" // arrows and labels of stretched axes
	colError    = "#c53030"
	colPadded   = "#718096"
	colText     = "#1a202c"
)

// palette gives operand i its stroke and fill colours, and the result its own.
var palette = []struct{ stroke, fill, faded string }{
	{"#2b6cb0", "#bee3f8", "#eef6fd"},
	{"#6b46c1", "#d6bcfa", "#f4eefe"},
	{"#2c7a7b", "#b2f5ea", "#ecfcf9"},
	{"#b7791f", "#fefcbf", "#fffef0"},
}

var resultColour = struct{ stroke, fill, faded string }{"#276749", "#c6f6d5", "#c6f6d5"}

// picture is the state of one drawing.
type picture struct {
	shapes [][]int
	values [][]float64
	nd     int   // rank of the result (the longest shape)
	result []int // the broadcast shape, when ok
	err    error
	clash  int // result axis (0..nd-1) of the first mismatch from the right, or -1
}

func newPicture(shapes [][]int, values [][]float64) *picture {
	p := &picture{shapes: cloneShapes(shapes), clash: -1}
	for _, s := range shapes {
		p.nd = max(p.nd, len(s))
	}
	p.result, p.err = Shapes(shapes...)
	p.values = make([][]float64, len(shapes))
	for i, s := range p.shapes {
		if i < len(values) && values[i] != nil && p.err == nil && len(values[i]) == shapeSize(s) {
			p.values[i] = values[i]
		}
	}
	if _, ok := p.err.(*Error); ok {
		for ax := p.nd - 1; ax >= 0 && p.clash < 0; ax-- {
			if _, _, c := axisClash(p.shapes, p.nd, ax); c >= 0 {
				p.clash = ax
			}
		}
	}
	return p
}

// shapeSize is the number of elements of s, or -1 when that overflows int
// (so that no values slice matches it).
func shapeSize(s []int) int {
	n := 1
	for _, d := range s {
		if d == 0 {
			return 0
		}
	}
	for _, d := range s {
		if d > 0 && n > math.MaxInt/d {
			return -1
		}
		n *= d
	}
	return n
}

// size is operand i's size on result axis ax (1 on a padded axis).
func (p *picture) size(i, ax int) int {
	d, _ := axisSize(p.shapes[i], p.nd, ax)
	return d
}

// value is operand i's element at the result index idx (length nd), read
// through stretched axes.
func (p *picture) value(i int, idx []int) float64 {
	s := p.shapes[i]
	off, stride := 0, 1
	for k := len(s) - 1; k >= 0; k-- {
		j := idx[k+p.nd-len(s)]
		if s[k] == 1 {
			j = 0
		}
		off += j * stride
		stride *= s[k]
	}
	if p.values[i] != nil {
		return p.values[i][off]
	}
	return float64(off)
}

// svgText collects the elements and the extent of the drawing.
type svgText struct {
	b    strings.Builder
	w, h float64
}

func (s *svgText) grow(x, y float64) {
	s.w = max(s.w, x)
	s.h = max(s.h, y)
}

func f(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func esc(t string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;")
	return r.Replace(t)
}

// text writes a line of text; anchor is start, middle or end; attrs are
// extra attributes such as fill or font-weight.
func (s *svgText) text(x, y float64, anchor, attrs, body string) {
	fmt.Fprintf(&s.b, "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" %s>%s</text>\n", f(x), f(y), anchor, attrs, body)
	w := textWidth(body, attrs)
	switch anchor {
	case "middle":
		s.grow(x+w/2, y+4)
	case "end":
		s.grow(x, y+4)
	default:
		s.grow(x+w, y+4)
	}
}

// textWidth estimates the width of a text run (tags removed).
func textWidth(body, attrs string) float64 {
	n := 0
	in := false
	for _, r := range body {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in && r == '&':
			// an entity counts once, through its ';'
		case !in:
			n++
		}
	}
	size := 13.0
	if i := strings.Index(attrs, "font-size=\""); i >= 0 {
		v := attrs[i+len("font-size=\""):]
		if j := strings.IndexByte(v, '"'); j > 0 {
			if x, err := strconv.ParseFloat(v[:j], 64); err == nil {
				size = x
			}
		}
	}
	return float64(n) * size * 0.62
}

func (s *svgText) rect(x, y, w, h float64, attrs string) {
	fmt.Fprintf(&s.b, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" %s/>\n", f(x), f(y), f(w), f(h), attrs)
	s.grow(x+w, y+h)
}

func (s *svgText) line(x1, y1, x2, y2 float64, attrs string) {
	fmt.Fprintf(&s.b, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" %s/>\n", f(x1), f(y1), f(x2), f(y2), attrs)
	s.grow(max(x1, x2), max(y1, y2))
}

// arrow draws a line with an arrowhead at (x2,y2).
func (s *svgText) arrow(x1, y1, x2, y2 float64, colour string) {
	s.line(x1, y1, x2, y2, "stroke=\""+colour+"\" stroke-width=\"2\" marker-end=\"url(#head)\" class=\"stretch-arrow\"")
}

// shown returns the indices drawn along an axis of size n; -1 stands for the
// "…" slot of hidden indices.
func shown(n int) []int {
	if n <= svgMaxShown {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	return []int{0, 1, 2, -1, n - 1}
}

// slots returns the left edge of every shown index along an axis and the
// total length.
func slots(idx []int) (pos []float64, length float64) {
	for _, i := range idx {
		pos = append(pos, length)
		if i < 0 {
			length += svgGap
		} else {
			length += svgCell
		}
	}
	return pos, length
}

// grid is one drawn operand (or the result): the sizes of its drawn axes
// (depth, rows, columns: the last three of the nd axes, 1 where the rank is
// lower), which of them are stretched copies, and how to label them.
type grid struct {
	title    string // "a", "result"
	sub      []string
	dims     [3]int  // drawn size of axes -3, -2, -1
	own      [3]int  // the operand's own size there (1 where stretched)
	stretch  [3]bool // axis is stretched
	red      [3]bool // axis is the mismatch
	rank     int     // how many of the three axes exist (min(nd, 3))
	lead     []int   // the result index of the leading, undrawn axes (zeros)
	colour   struct{ stroke, fill, faded string }
	value    func(idx []int) (string, bool) // text of a cell, and whether it is a copy
	w, h     float64
	depthOff float64
}

// layout computes the size of the grid's box, labels included.
func (g *grid) layout() {
	_, cw := slots(shown(g.dims[2]))
	_, rh := slots(shown(g.dims[1]))
	nl := len(shown(g.dims[0]))
	g.depthOff = float64(max(nl-1, 0)) * svgCell * svgDepth
	if g.dims[2] == 0 || g.dims[1] == 0 || g.dims[0] == 0 {
		cw, rh, g.depthOff = svgCell, svgCell, 0
	}
	g.w = 52 + g.depthOff + cw + 44
	if g.rank >= 3 {
		g.w += 44 // the depth label at the end of the diagonal
	}
	g.h = 24 + float64(len(g.sub))*16 + 18 + g.depthOff + rh + 48
	tw := max(textWidth(g.title, "font-size=\"15\""), 0)
	for _, s := range g.sub {
		tw = max(tw, textWidth(s, "font-size=\"12\""))
	}
	g.w = max(g.w, tw+8)
}

// draw draws the grid with its top-left corner at (x0, y0) in a box of
// height h (grids are bottom-aligned on the row).
func (g *grid) draw(s *svgText, x0, y0, h float64, class string) {
	fmt.Fprintf(&s.b, "<g class=\"%s\">\n", class)
	defer s.b.WriteString("</g>\n")
	y := y0 + 18
	s.text(x0, y, "start", svgFont+" font-size=\"15\" font-weight=\"bold\" fill=\""+colText+"\"", esc(g.title))
	for _, line := range g.sub {
		y += 16
		s.text(x0, y, "start", svgFont+" font-size=\"12\" fill=\""+colPadded+"\"", line)
	}
	cols, rows, layers := shown(g.dims[2]), shown(g.dims[1]), shown(g.dims[0])
	cx, cw := slots(cols)
	ry, rh := slots(rows)
	// The front layer's top-left corner; the grid is bottom-aligned in h.
	gx := x0 + 52
	gy := y0 + h - 48 - rh
	if g.dims[0] == 0 || g.dims[1] == 0 || g.dims[2] == 0 {
		gy = y0 + h - 48 - svgCell
		s.rect(gx, gy, svgCell, svgCell, "fill=\"none\" stroke=\""+g.colour.stroke+"\" stroke-dasharray=\"4 3\" class=\"empty\"")
		s.text(gx+svgCell/2, gy+svgCell/2+4, "middle", svgFont+" font-size=\"9\" fill=\""+colPadded+"\"", "empty")
		cw, rh = svgCell, svgCell
		layers = nil // nothing to draw inside
	}
	d := svgCell * svgDepth
	idx := make([]int, 0, 8)
	// Back layers first, so the front one covers them.
	for li := len(layers) - 1; li >= 0; li-- {
		l := layers[li]
		ox, oy := float64(li)*d, -float64(li)*d
		if l < 0 { // the "…" layer: three dots on the diagonal
			s.text(gx+ox+cw+2, gy+oy+2, "start", svgFont+" font-size=\"12\" fill=\""+colPadded+"\"", "⋰")
			continue
		}
		for ri, r := range rows {
			for ci, c := range cols {
				x, y := gx+ox+cx[ci], gy+oy+ry[ri]
				if r < 0 || c < 0 {
					if li == 0 && (r < 0) != (c < 0) {
						tx, ty := x+svgGap/2, y+svgCell/2+4
						body := "…"
						if r < 0 {
							tx, ty, body = x+svgCell/2, y+svgGap/2+4, "⋮"
						}
						s.text(tx, ty, "middle", svgFont+" font-size=\"13\" fill=\""+colPadded+"\"", body)
					}
					continue
				}
				idx = append(idx[:0], g.lead...)
				idx = append(idx, []int{l, r, c}[3-g.rank:]...)
				body, copied := "", false
				if g.value != nil {
					body, copied = g.value(idx)
				}
				stroke, fill, tcol, dash := g.colour.stroke, g.colour.fill, colText, ""
				cls := "cell"
				if copied {
					fill, tcol, dash, cls = g.colour.faded, "#a0aec0", " stroke-dasharray=\"4 3\" stroke-opacity=\"0.6\"", "cell copy"
				}
				s.rect(x, y, svgCell, svgCell, fmt.Sprintf("fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"%s class=\"%s\"", fill, stroke, dash, cls))
				if li == 0 && body != "" {
					size := 13.0
					if len(body) > 4 {
						size = max(8, 13*4/float64(len(body)))
					}
					s.text(x+svgCell/2, y+svgCell/2+size*0.36, "middle", svgMono+fmt.Sprintf(" font-size=\"%s\" fill=\"%s\"", f(size), tcol), esc(body))
				}
			}
		}
	}
	// Axis labels and arrows: -1 below, -2 on the left, -3 up the diagonal.
	label := func(ax int) (string, string) {
		switch {
		case g.red[ax]:
			return strconv.Itoa(g.dims[ax]), colError
		case g.stretch[ax]:
			return "1 → " + strconv.Itoa(g.dims[ax]), colStretch
		}
		return strconv.Itoa(g.dims[ax]), colText
	}
	bold := func(ax int) string {
		if g.red[ax] || g.stretch[ax] {
			return " font-weight=\"bold\""
		}
		return ""
	}
	if g.rank >= 1 {
		t, c := label(2)
		if g.stretch[2] && g.dims[2] > 1 {
			s.arrow(gx+svgCell/2, gy+rh+10, gx+cw, gy+rh+10, colStretch)
		}
		if g.red[2] {
			s.line(gx, gy+rh+10, gx+cw, gy+rh+10, "stroke=\""+colError+"\" stroke-width=\"4\" class=\"mismatch\"")
		}
		s.text(gx+cw/2, gy+rh+30, "middle", svgFont+" font-size=\"13\" fill=\""+c+"\""+bold(2), esc(t))
	}
	if g.rank >= 2 {
		t, c := label(1)
		if g.stretch[1] && g.dims[1] > 1 {
			s.arrow(gx-8, gy+svgCell/2, gx-8, gy+rh, colStretch)
		}
		if g.red[1] {
			s.line(gx-8, gy, gx-8, gy+rh, "stroke=\""+colError+"\" stroke-width=\"4\" class=\"mismatch\"")
		}
		s.text(gx-14, gy+rh/2+4, "end", svgFont+" font-size=\"13\" fill=\""+c+"\""+bold(1), esc(t))
	}
	if g.rank >= 3 {
		t, c := label(0)
		x1, y1 := gx+cw+6, gy+rh
		x2, y2 := x1+g.depthOff, y1-g.depthOff
		if g.stretch[0] && g.dims[0] > 1 {
			s.arrow(x1+d*0.5, y1-d*0.5, x2+4, y2-4, colStretch)
		}
		if g.red[0] {
			s.line(x1, y1, x2, y2, "stroke=\""+colError+"\" stroke-width=\"4\" class=\"mismatch\"")
		}
		s.text(x2+8, y2+6, "start", svgFont+" font-size=\"13\" fill=\""+c+"\""+bold(0), esc(t))
	}
}

// grids builds the grid of every operand and, when the shapes broadcast, of
// the result.
func (p *picture) grids() []*grid {
	rank := min(p.nd, 3)
	lead := make([]int, p.nd-rank)
	var gs []*grid
	for i, sh := range p.shapes {
		g := &grid{title: operandName(i) + "  " + FormatShape(sh), rank: rank, lead: lead, colour: palette[i%len(palette)]}
		for k := range 3 {
			ax := p.nd - 3 + k
			if ax < 0 {
				g.dims[k], g.own[k] = 1, 1
				continue
			}
			own := p.size(i, ax)
			g.dims[k], g.own[k] = own, own
			if p.err == nil && own == 1 && p.result[ax] != 1 {
				g.dims[k], g.stretch[k] = p.result[ax], true
			}
			g.red[k] = ax == p.clash && own != 1 // a 1 is not part of the clash
		}
		if len(sh) < p.nd {
			g.sub = append(g.sub, "padded: "+p.paddedShape(i))
		}
		var st []string
		for ax := range p.nd {
			if p.err == nil && p.size(i, ax) == 1 && p.result[ax] != 1 {
				st = append(st, strconv.Itoa(ax-p.nd))
			}
		}
		if len(st) > 0 {
			g.sub = append(g.sub, "stretched on axis "+strings.Join(st, ", "))
		}
		if p.nd > 3 {
			g.sub = append(g.sub, leadingNote(p.nd))
		}
		if p.err == nil {
			g.value = func(idx []int) (string, bool) {
				copied := false
				for k, j := range idx {
					if j > 0 && p.size(i, k) == 1 {
						copied = true
					}
				}
				return formatValue(p.value(i, idx)), copied
			}
		} else {
			g.value = func(idx []int) (string, bool) { return formatValue(p.value(i, idx)), false }
		}
		gs = append(gs, g)
	}
	if p.err == nil {
		g := &grid{title: "result  " + FormatShape(p.result), rank: rank, lead: lead, colour: resultColour}
		for k := range 3 {
			g.dims[k] = 1
			if ax := p.nd - 3 + k; ax >= 0 {
				g.dims[k] = p.result[ax]
			}
		}
		g.value = func(idx []int) (string, bool) {
			sum := 0.0
			for i := range p.shapes {
				sum += p.value(i, idx)
			}
			return formatValue(sum), false
		}
		gs = append(gs, g)
	}
	return gs
}

// leadingNote says which leading axes of an nd > 3 drawing are left out.
func leadingNote(nd int) string {
	if nd == 4 {
		return "axis -4 not drawn: index 0 on it shown"
	}
	return "axes " + strconv.Itoa(-nd) + " to -4 not drawn: index 0 on each shown"
}

// paddedShape writes operand i's shape padded to nd axes, the padded 1s
// grey and italic, as SVG text content.
func (p *picture) paddedShape(i int) string {
	var b strings.Builder
	b.WriteByte('(')
	pad := p.nd - len(p.shapes[i])
	for ax := range p.nd {
		if ax > 0 {
			b.WriteByte(',')
		}
		if ax < pad {
			b.WriteString("<tspan font-style=\"italic\" font-weight=\"bold\" fill=\"" + colStretch + "\">1</tspan>")
		} else {
			b.WriteString(strconv.Itoa(p.size(i, ax)))
		}
	}
	if p.nd == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return b.String()
}

// formatValue writes a cell value briefly: integers as such, others with
// four significant digits.
func formatValue(v float64) string {
	if v == float64(int64(v)) && v > -1e9 && v < 1e9 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'g', 4, 64)
}

// draw returns the whole SVG document.
func (p *picture) draw() string {
	var s svgText
	x, y := svgPad, svgPad
	s.text(x, y+14, "start", svgFont+" font-size=\"16\" font-weight=\"bold\" fill=\""+colText+"\"", esc(p.heading()))
	y += 30

	var neg *ShapeError
	if e, ok := p.err.(*ShapeError); ok {
		neg = e
	}
	if neg == nil && len(p.shapes) > 0 {
		gs := p.grids()
		h := 0.0
		for _, g := range gs {
			g.layout()
			h = max(h, g.h)
		}
		gx := x
		for k, g := range gs {
			cls := "operand"
			if strings.HasPrefix(g.title, "result") {
				cls = "result"
			}
			g.draw(&s, gx, y, h, cls)
			gx += g.w + 8
			sign := "+"
			if k == len(p.shapes)-1 {
				sign = "="
			}
			if k < len(gs)-1 || p.err != nil {
				if k == len(gs)-1 {
					sign = "≠"
				}
				s.text(gx+6, y+h-48-svgCell/2+8, "middle", svgFont+" font-size=\"24\" fill=\""+colPadded+"\"", sign)
				gx += 28
			}
		}
		if p.err != nil {
			// Where the result would be: a red box.
			bx, by := gx+4, y+h-48-2*svgCell
			s.rect(bx, by, 3*svgCell, 2*svgCell, "fill=\"#fff5f5\" stroke=\""+colError+"\" stroke-width=\"2\" stroke-dasharray=\"6 4\" class=\"no-result\"")
			s.text(bx+1.5*svgCell, by+svgCell+6, "middle", svgFont+" font-size=\"16\" font-weight=\"bold\" fill=\""+colError+"\"", "no result")
		}
		y += h + 12
		y = p.table(&s, x, y)
	}
	if p.err != nil {
		y += 10
		s.text(x, y+14, "start", svgFont+" font-size=\"14\" font-weight=\"bold\" fill=\""+colError+"\" class=\"error\"", "ValueError: "+esc(p.err.Error()))
		y += 24
		if neg == nil {
			s.text(x, y+12, "start", svgFont+" font-size=\"12\" fill=\""+colError+"\"", esc(p.clashSentence()))
			y += 22
		}
	} else if len(p.shapes) == 0 {
		s.text(x, y+14, "start", svgFont+" font-size=\"14\" fill=\""+colText+"\"", "No operands: the broadcast shape of nothing is the 0-d shape ()")
		y += 24
	}
	w, h := s.w+svgPad, max(s.h, y)+svgPad
	var out strings.Builder
	fmt.Fprintf(&out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\">\n", f(w), f(h), f(w), f(h))
	fmt.Fprintf(&out, "<title>%s</title>\n", esc(p.heading()))
	out.WriteString("<defs><marker id=\"head\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + colStretch + "\"/></marker></defs>\n")
	fmt.Fprintf(&out, "<rect x=\"0\" y=\"0\" width=\"%s\" height=\"%s\" fill=\"#ffffff\"/>\n", f(w), f(h))
	out.WriteString(s.b.String())
	out.WriteString("</svg>\n")
	return out.String()
}

// heading is the picture's first line, as Explain's.
func (p *picture) heading() string {
	if len(p.shapes) == 0 {
		return "No operands"
	}
	var parts []string
	for i, s := range p.shapes {
		parts = append(parts, operandName(i)+" "+FormatShape(s))
	}
	h := "Broadcasting " + joinAnd(parts)
	if p.err == nil {
		h += " → result " + FormatShape(p.result)
	}
	return h
}

// clashSentence names the axis that does not match, as Explain does.
func (p *picture) clashSentence() string {
	if p.clash < 0 {
		return ""
	}
	big, bigOp, other := axisClash(p.shapes, p.nd, p.clash)
	return fmt.Sprintf("axis %d: %s has %d and %s has %d; they differ and neither is 1.",
		p.clash-p.nd, operandName(bigOp), big, operandName(other), p.size(other, p.clash))
}

// table writes the right-aligned shapes, one column per axis, and returns
// the y below it.
func (p *picture) table(s *svgText, x, y float64) float64 {
	if p.nd == 0 {
		return y
	}
	labels := make([]string, len(p.shapes))
	lw := textWidth("result", "")
	for i, sh := range p.shapes {
		labels[i] = operandName(i) + " " + FormatShape(sh)
		lw = max(lw, textWidth(labels[i], ""))
	}
	colW := 70.0
	x0 := x + lw + 24
	fmt.Fprintf(&s.b, "<g class=\"shape-table\">\n")
	defer s.b.WriteString("</g>\n")
	y += 16
	for ax := range p.nd {
		c := colPadded
		if ax == p.clash {
			c = colError
		}
		s.text(x0+float64(ax)*colW+colW/2, y, "middle", svgFont+" font-size=\"12\" fill=\""+c+"\"", "axis "+strconv.Itoa(ax-p.nd))
	}
	s.line(x, y+6, x0+float64(p.nd)*colW, y+6, "stroke=\"#cbd5e0\"")
	row := func(label string, cell func(ax int) (string, string)) {
		y += 20
		s.text(x, y, "start", svgMono+" font-size=\"13\" fill=\""+colText+"\"", esc(label))
		for ax := range p.nd {
			body, attrs := cell(ax)
			s.text(x0+float64(ax)*colW+colW/2, y, "middle", svgMono+" font-size=\"13\" "+attrs, body)
		}
	}
	for i := range p.shapes {
		row(labels[i], func(ax int) (string, string) {
			d := p.size(i, ax)
			padded := ax < p.nd-len(p.shapes[i])
			body, attrs := strconv.Itoa(d), "fill=\""+colText+"\""
			if padded {
				body, attrs = "1*", "fill=\""+colStretch+"\" font-style=\"italic\""
			}
			if p.err == nil && d == 1 && p.result[ax] != 1 {
				body += " → " + strconv.Itoa(p.result[ax])
				attrs = "fill=\"" + colStretch + "\" font-weight=\"bold\""
			}
			if ax == p.clash && d != 1 {
				attrs = "fill=\"" + colError + "\" font-weight=\"bold\""
			}
			return esc(body), attrs
		})
	}
	if p.err == nil {
		s.line(x, y+6, x0+float64(p.nd)*colW, y+6, "stroke=\"#cbd5e0\"")
		row("result", func(ax int) (string, string) {
			return strconv.Itoa(p.result[ax]), "fill=\"" + resultColour.stroke + "\" font-weight=\"bold\""
		})
	}
	if p.clash >= 0 {
		cx := x0 + float64(p.clash)*colW
		s.rect(cx+4, y-20*float64(len(p.shapes))+6, colW-8, 20*float64(len(p.shapes)), "fill=\"none\" stroke=\""+colError+"\" stroke-width=\"2\" rx=\"4\" class=\"mismatch\"")
	}
	y += 12
	s.text(x, y+10, "start", svgFont+" font-size=\"11\" fill=\""+colPadded+"\"", "* a padded leading axis (the shape is right-aligned); 1 → n: a size 1 stretched to n")
	return y + 18
}
