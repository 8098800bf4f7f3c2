package main

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ndsimd/ndsimd/broadcast"
)

// explain -svg writes the picture of broadcast.ExplainSVG, also when the
// shapes do not broadcast (exit 1), and prints the same text as without it.
func TestExplainSVGFlag(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		shapes []string
		code   int
		want   [][]int
	}{
		{[]string{"3,1", "4"}, exitOK, [][]int{{3, 1}, {4}}},
		{[]string{"(2,3)", "(4,)"}, exitFail, [][]int{{2, 3}, {4}}},
	} {
		file := filepath.Join(dir, strings.Join(c.shapes, "_")+".svg")
		var out, errOut, plain bytes.Buffer
		code := run(append([]string{"explain", "-svg", file}, c.shapes...), &out, &errOut)
		if code != c.code {
			t.Errorf("explain -svg %v: exit %d, want %d; stderr %s", c.shapes, code, c.code, errOut.String())
		}
		run(append([]string{"explain"}, c.shapes...), &plain, &errOut)
		if out.String() != plain.String() {
			t.Errorf("explain -svg %v printed\n%s\nwant\n%s", c.shapes, out.String(), plain.String())
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := broadcast.ExplainSVG(c.want...)
		if !bytes.Equal(got, want) {
			t.Errorf("explain -svg %v wrote a different picture from broadcast.ExplainSVG", c.shapes)
		}
		var doc struct{ XMLName xml.Name }
		if err := xml.Unmarshal(got, &doc); err != nil || doc.XMLName.Local != "svg" {
			t.Errorf("explain -svg %v: not an SVG document (%v, root %q)", c.shapes, err, doc.XMLName.Local)
		}
	}
	var errOut bytes.Buffer
	if code := run([]string{"explain", "-svg", filepath.Join(dir, "no", "such", "dir.svg"), "3"}, &bytes.Buffer{}, &errOut); code != exitFail {
		t.Errorf("explain -svg into a missing directory: exit %d, stderr %s", code, errOut.String())
	}
}
