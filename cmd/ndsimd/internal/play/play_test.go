package play

import (
	"strings"
	"testing"

	"github.com/ndsimd/ndsimd/broadcast"
)

func TestCompute(t *testing.T) {
	for _, c := range []struct {
		req         Request
		ok          bool
		shape, expr string
		result      string // NumPy 1.24's repr of the sum
		err         string // a fragment of the error
	}{
		{req: Request{Shapes: []string{"3,1", "4"}}, ok: true, shape: "(3,4)", expr: "a + b",
			result: "array([[0, 1, 2, 3],\n       [1, 2, 3, 4],\n       [2, 3, 4, 5]])"},
		{req: Request{Shapes: []string{"(3,1)", "(4,)"}, Values: []string{"1 2 3", "[0.5, 1, 1.5, 2]"}}, ok: true, shape: "(3,4)",
			result: "array([[1.5, 2. , 2.5, 3. ],\n       [2.5, 3. , 3.5, 4. ],\n       [3.5, 4. , 4.5, 5. ]])"},
		{req: Request{Shapes: []string{"2,1,1", "3,1", "4"}}, ok: true, shape: "(2,3,4)", expr: "a + b + c",
			result: "array([[[0, 1, 2, 3],\n        [1, 2, 3, 4],\n        [2, 3, 4, 5]],\n\n       [[1, 2, 3, 4],\n        [2, 3, 4, 5],\n        [3, 4, 5, 6]]])"},
		{req: Request{Shapes: []string{"1", "0"}}, ok: true, shape: "(0,)", result: "array([], dtype=int64)"},
		{req: Request{Shapes: []string{"2,3", "4"}}, err: "ValueError: operands could not be broadcast together with shapes (2,3) (4,) "},
		{req: Request{Shapes: []string{"3,x", "4"}}, err: `bad shape "3,x"`},
		{req: Request{Shapes: []string{"3", "3"}, Values: []string{"1 2", ""}}, ok: true, err: "a has shape (3,), which holds 3 values, but 2 are given"},
		{req: Request{Shapes: []string{"3", "3"}, Values: []string{"1 two 3"}}, ok: true, err: `bad value "two"`},
		{req: Request{Shapes: []string{"2000,1", "1000"}}, ok: true, shape: "(2000,1000)", err: "too many to compute"},
		{req: Request{Shapes: []string{"5000000", "3"}}, err: "ValueError: operands could not be broadcast together with shapes (5000000,) (3,) "},
		{req: Request{}, err: "type at least one shape"},
		// 2**32 * 2**32 overflows int: too many, not a wrapped-around 0.
		{req: Request{Shapes: []string{"4294967296,4294967296", "1"}}, ok: true, shape: "(4294967296,4294967296)", err: "too many to compute"},
		{req: Request{Shapes: []string{"4294967296,4294967296", "3"}}, err: "ValueError: operands could not be broadcast together with shapes (4294967296,4294967296) (3,) "},
	} {
		got := Compute(c.req)
		if got.OK != c.ok || got.Result != c.result || !strings.Contains(got.Error, c.err) || (c.err == "") != (got.Error == "") {
			t.Errorf("Compute(%+v) = ok %v, result\n%s\nerror %q; want ok %v, result\n%s\nerror %q", c.req, got.OK, got.Result, got.Error, c.ok, c.result, c.err)
		}
		if got.Shape != c.shape {
			t.Errorf("Compute(%+v).Shape = %q, want %q", c.req, got.Shape, c.shape)
		}
		if c.expr != "" && got.Expr != c.expr {
			t.Errorf("Compute(%+v).Expr = %q, want %q", c.req, got.Expr, c.expr)
		}
		if len(c.req.Shapes) == 0 || strings.HasPrefix(c.err, "bad shape") {
			continue
		}
		// The text and the picture are broadcast's.
		var shapes [][]int
		for _, s := range c.req.Shapes {
			sh, _ := ParseShape(s)
			shapes = append(shapes, sh)
		}
		if text, _ := broadcast.Explain(shapes...); got.Text != text {
			t.Errorf("Compute(%+v).Text is not broadcast.Explain's", c.req)
		}
		if !strings.HasPrefix(got.SVG, "<svg ") {
			t.Errorf("Compute(%+v) has no picture", c.req)
		}
	}
}

func TestParseValues(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []float64
		err  bool
	}{
		{"1 2 3", []float64{1, 2, 3}, false},
		{"[[1.5], [-2], [3e2]]", []float64{1.5, -2, 300}, false},
		{"1,,2", []float64{1, 2}, false},
		{"", []float64{}, false},
		{"1 x", nil, true},
		{strings.Repeat("1 ", MaxValues+1), nil, true},
	} {
		got, err := ParseValues(c.in)
		if (err != nil) != c.err || len(got) != len(c.want) {
			t.Errorf("ParseValues(%q) = %v, %v", c.in, got, err)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("ParseValues(%q) = %v, want %v", c.in, got, c.want)
			}
		}
	}
}
