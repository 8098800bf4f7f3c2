package broadcast

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// svgSummary is what a test reads back from a drawing: per group class
// (operand, result, shape-table), the cells drawn, the copies among them,
// and the texts; and over the whole document the arrows, mismatch marks and
// error lines.
type svgSummary struct {
	root        string
	cells       map[string]int // group class -> solid cells
	copies      map[string]int // group class -> faded copies
	texts       map[string][]string
	arrows      int
	mismatch    int
	noResult    int
	errorText   string
	operandSeen int
}

// readSVG parses doc with encoding/xml (failing the test on any error).
func readSVG(t *testing.T, doc []byte) svgSummary {
	t.Helper()
	s := svgSummary{cells: map[string]int{}, copies: map[string]int{}, texts: map[string][]string{}}
	d := xml.NewDecoder(bytes.NewReader(doc))
	var groups []string
	var inText []string // class of the text element open, "" if none
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the SVG does not parse: %v\n%s", err, doc)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			class := attr(e, "class")
			if s.root == "" {
				s.root = e.Name.Local
				if e.Name.Space != "http://www.w3.org/2000/svg" {
					t.Errorf("root namespace %q", e.Name.Space)
				}
			}
			group := ""
			if len(groups) > 0 {
				group = groups[len(groups)-1]
			}
			switch e.Name.Local {
			case "g":
				groups = append(groups, class)
				if class == "operand" {
					s.operandSeen++
				}
			case "rect":
				switch class {
				case "cell":
					s.cells[group]++
				case "cell copy":
					s.copies[group]++
				case "mismatch":
					s.mismatch++
				case "no-result":
					s.noResult++
				}
			case "line":
				switch class {
				case "stretch-arrow":
					s.arrows++
				case "mismatch":
					s.mismatch++
				}
			case "text", "tspan":
				if e.Name.Local == "text" {
					inText = append(inText, class)
					text.Reset()
				}
			}
		case xml.CharData:
			if len(inText) > 0 {
				text.Write(e)
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "g":
				groups = groups[:len(groups)-1]
			case "text":
				group := ""
				if len(groups) > 0 {
					group = groups[len(groups)-1]
				}
				s.texts[group] = append(s.texts[group], text.String())
				if inText[len(inText)-1] == "error" {
					s.errorText = text.String()
				}
				inText = inText[:len(inText)-1]
			}
		}
	}
	return s
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// cellTexts returns the texts of a group that are numbers (the cell values),
// in document order.
func cellTexts(texts []string) []string {
	var out []string
	for _, t := range texts {
		if _, err := strconv.ParseFloat(t, 64); err == nil {
			out = append(out, t)
		}
	}
	return out
}

func TestExplainSVG(t *testing.T) {
	for _, c := range []struct {
		in                   [][]int
		cells, copies        int // over the operands
		resultCells          int
		arrows               int
		fails                bool
		mismatch             int // red marks: one per operand whose size clashes, and the table's box
		wantTexts, wantTable []string
	}{
		// a (3,1) drawn as 3x4: 3 cells and 9 copies; b (4,) as 3x4: 4 and 8.
		{in: [][]int{{3, 1}, {4}}, cells: 3 + 4, copies: 9 + 8, resultCells: 12, arrows: 2,
			wantTexts: []string{"a  (3,1)", "b  (4,)", "result  (3,4)", "1 → 4", "1 → 3"},
			wantTable: []string{"axis -2", "axis -1", "1* → 3", "1 → 4", "result"}},
		{in: [][]int{{2, 3}, {4}}, cells: 6 + 4, fails: true, mismatch: 3,
			wantTable: []string{"1*", "3", "4"}},
		{in: [][]int{{4}, {4}}, cells: 8, resultCells: 4},
		// 10x12: 5 shown per axis (first three, "…", last).
		{in: [][]int{{10, 1}, {12}}, cells: 4 + 4, copies: 12 + 12, resultCells: 16, arrows: 2,
			wantTexts: []string{"⋮", "…"}},
		// 3-D: every layer is drawn (back ones hidden behind the front).
		{in: [][]int{{2, 1, 3}, {4, 1}}, cells: 6 + 4, copies: 18 + 20, resultCells: 24, arrows: 3},
		// 4-D: the last three axes drawn (axis -3 of 7 shows 4 layers), the
		// leading one named; b's 7 layers are its own.
		{in: [][]int{{8, 1, 6, 1}, {7, 1, 5}}, cells: 6 + 4*5, copies: 4*6*5 - 6 + 4*6*5 - 4*5, resultCells: 4 * 6 * 5, arrows: 3,
			wantTexts: []string{"axis -4 not drawn: index 0 on it shown"}, wantTable: []string{"axis -4", "1* → 8"}},
		{in: [][]int{{2, 1, 3}, {8, 4, 3}}, cells: 2*3 + 4*4*3, fails: true, mismatch: 3},
		// b's 1 on the clashing axis is not part of the clash: not red.
		{in: [][]int{{3, 1}, {1, 4}, {2, 4}}, cells: 3 + 4 + 8, fails: true, mismatch: 3},
		{in: [][]int{{1}, {0}}, cells: 0, resultCells: 0, wantTexts: []string{"empty"}},
		// 0-d operands are one cell each.
		{in: [][]int{{}, {}}, cells: 2, resultCells: 1},
		{in: nil},
	} {
		doc, err := ExplainSVG(c.in...)
		_, wantErr := Shapes(c.in...)
		if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Errorf("ExplainSVG%v error %v, want %v", c.in, err, wantErr)
		}
		if c.fails != (err != nil) {
			t.Errorf("ExplainSVG%v error %v, fails = %v", c.in, err, c.fails)
		}
		s := readSVG(t, doc)
		if s.root != "svg" {
			t.Errorf("ExplainSVG%v: root element %q", c.in, s.root)
		}
		if s.cells["operand"] != c.cells || s.copies["operand"] != c.copies || s.cells["result"] != c.resultCells {
			t.Errorf("ExplainSVG%v: operand cells %d copies %d, result cells %d; want %d, %d, %d",
				c.in, s.cells["operand"], s.copies["operand"], s.cells["result"], c.cells, c.copies, c.resultCells)
		}
		if s.copies["result"] != 0 {
			t.Errorf("ExplainSVG%v: the result has %d faded cells", c.in, s.copies["result"])
		}
		if s.arrows != c.arrows {
			t.Errorf("ExplainSVG%v: %d arrows, want %d", c.in, s.arrows, c.arrows)
		}
		if c.fails {
			want := "ValueError: " + wantErr.Error()
			if s.errorText != want {
				t.Errorf("ExplainSVG%v: error line %q, want %q", c.in, s.errorText, want)
			}
			if s.mismatch != c.mismatch || s.noResult != 1 {
				t.Errorf("ExplainSVG%v: %d mismatch marks (want %d) and %d no-result boxes", c.in, s.mismatch, c.mismatch, s.noResult)
			}
		} else if s.mismatch != 0 || s.errorText != "" {
			t.Errorf("ExplainSVG%v broadcasts but draws an error", c.in)
		}
		all := slices.Concat(s.texts["operand"], s.texts["result"], s.texts[""])
		for _, w := range c.wantTexts {
			if !slices.Contains(all, w) {
				t.Errorf("ExplainSVG%v: no text %q in %q", c.in, w, all)
			}
		}
		for _, w := range c.wantTable {
			if !slices.Contains(s.texts["shape-table"], w) {
				t.Errorf("ExplainSVG%v: no %q in the table %q", c.in, w, s.texts["shape-table"])
			}
		}
	}
}

// The result cells hold the sums, read through the stretched axes; the
// operands' cells hold their values, copies included.
func TestExplainSVGValues(t *testing.T) {
	a := []float64{0, 10, 20}    // (3,1)
	b := []float64{1, 2, 3, 4.5} // (4,)
	doc, err := ExplainSVGValues([][]float64{a, b}, []int{3, 1}, []int{4})
	if err != nil {
		t.Fatal(err)
	}
	s := readSVG(t, doc)
	var wantResult, wantOperands []string
	for i := range 3 {
		for j := range 4 {
			wantResult = append(wantResult, strconv.FormatFloat(a[i]+b[j], 'g', -1, 64))
		}
	}
	for i := range 3 {
		for range 4 {
			wantOperands = append(wantOperands, strconv.FormatFloat(a[i], 'g', -1, 64))
		}
	}
	for range 3 {
		for j := range 4 {
			wantOperands = append(wantOperands, strconv.FormatFloat(b[j], 'g', -1, 64))
		}
	}
	// The cells come first, then the axis sizes 4 and 3.
	if got := cellTexts(s.texts["result"]); !slices.Equal(got, append(wantResult, "4", "3")) {
		t.Errorf("result cells %q, want %q", got, wantResult)
	}
	// The operand groups also hold the axis sizes (3, 4) as numbers: drop them.
	got := cellTexts(s.texts["operand"])
	got = slices.DeleteFunc(got, func(x string) bool { return x == "3" || x == "4" })
	if !slices.Equal(got, slices.DeleteFunc(wantOperands, func(x string) bool { return x == "3" || x == "4" })) {
		t.Errorf("operand cells %q, want %q", got, wantOperands)
	}

	// Without values, np.arange: the result of (3,1) + (4,) is i + j.
	doc, _ = ExplainSVG([]int{3, 1}, []int{4})
	s = readSVG(t, doc)
	wantResult = wantResult[:0]
	for i := range 3 {
		for j := range 4 {
			wantResult = append(wantResult, strconv.Itoa(i+j))
		}
	}
	if got := cellTexts(s.texts["result"]); !slices.Equal(got, append(wantResult, "4", "3")) {
		t.Errorf("arange result cells %q, want %q", got, wantResult)
	}
}

func TestExplainSVGNegative(t *testing.T) {
	doc, err := ExplainSVG([]int{2, -1}, []int{3})
	var se *ShapeError
	if !errors.As(err, &se) {
		t.Fatalf("error %v, want a *ShapeError", err)
	}
	s := readSVG(t, doc)
	if s.errorText != "ValueError: "+se.Error() {
		t.Errorf("error line %q", s.errorText)
	}
}
