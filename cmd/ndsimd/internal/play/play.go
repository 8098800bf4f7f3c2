// Package play is what the "ndsimd play" page computes: from the shapes (and
// optionally the values) a learner types, the text of broadcast.Explain, the
// picture of broadcast.ExplainSVGValues, and a + b + ... computed by ndsimd,
// or the error ndsimd raises. The page runs it in the browser as WebAssembly
// (package play/wasm); it is plain Go and is tested on the host.
package play

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

// MaxResult is the largest result (in elements) the page computes; a larger
// one is explained and drawn but not added.
const MaxResult = 1 << 20

// MaxValues is the most values a learner may type for one operand.
const MaxValues = 4096

// Request is what the page sends: one shape per operand, written as
// "3,1", "(3,1)", "(4,)", "4" or "()", and optionally its values in C order
// ("1 2 3", "1,2,3", "[[1],[2],[3]]"); missing or blank values mean
// np.arange(size).
type Request struct {
	Shapes []string `json:"shapes"`
	Values []string `json:"values,omitempty"`
}

// Response is what the page shows.
type Response struct {
	// Text is broadcast.Explain's text (what "ndsimd explain" prints).
	Text string `json:"text"`
	// SVG is broadcast.ExplainSVGValues's picture.
	SVG string `json:"svg"`
	// OK is whether the shapes broadcast.
	OK bool `json:"ok"`
	// Expr is the expression computed, such as "a + b".
	Expr string `json:"expr"`
	// Shape is the result's shape, such as "(3,4)", when OK.
	Shape string `json:"shape,omitempty"`
	// Result is the repr of the result (NumPy's array(...)), when OK.
	Result string `json:"result,omitempty"`
	// Error is the error ndsimd raised, "ValueError: operands could not be
	// broadcast together with shapes (2,3) (4,) ", or a message about the
	// input (a bad shape, the wrong number of values).
	Error string `json:"error,omitempty"`
}

// Compute answers a request.
func Compute(req Request) Response {
	var resp Response
	if len(req.Shapes) == 0 {
		resp.Error = "type at least one shape, such as 3,1"
		return resp
	}
	shapes := make([][]int, len(req.Shapes))
	var names []string
	for i, s := range req.Shapes {
		sh, err := ParseShape(s)
		if err != nil {
			resp.Error = err.Error()
			return resp
		}
		shapes[i] = sh
		names = append(names, operandName(i))
	}
	resp.Expr = strings.Join(names, " + ")
	resp.Text, resp.OK = broadcast.Explain(shapes...)

	values := make([][]float64, len(shapes))
	integral := true
	for i := range shapes {
		if i >= len(req.Values) || strings.TrimSpace(req.Values[i]) == "" {
			continue
		}
		v, err := ParseValues(req.Values[i])
		if err == nil && len(v) != size(shapes[i]) {
			err = fmt.Errorf("%s has shape %s, which holds %d values, but %d are given", names[i], broadcast.FormatShape(shapes[i]), size(shapes[i]), len(v))
		}
		if err != nil {
			resp.Error = err.Error()
			svg, _ := broadcast.ExplainSVG(shapes...)
			resp.SVG = string(svg)
			return resp
		}
		values[i] = v
		for _, x := range v {
			integral = integral && x == math.Trunc(x) && math.Abs(x) < 1<<53
		}
	}
	svg, _ := broadcast.ExplainSVGValues(values, shapes...)
	resp.SVG = string(svg)

	out, err := broadcast.Shapes(shapes...)
	switch {
	case err == nil && size(out) > MaxResult:
		resp.Shape = broadcast.FormatShape(out)
		resp.Error = fmt.Sprintf("the result has %d elements: too many to compute on this page (at most %d)", size(out), MaxResult)
		return resp
	case err != nil && (!isBroadcastError(err) || tooBig(shapes)):
		// Not something to hand to ufunc.Add: say what broadcast.Shapes says.
		resp.Error = "ValueError: " + err.Error()
		return resp
	}
	// The sum itself, by ndsimd: a broadcast error comes from ufunc.Add.
	var repr string
	if integral {
		repr, err = add(shapes, values, func(x float64) int64 { return int64(x) })
	} else {
		repr, err = add(shapes, values, func(x float64) float64 { return x })
	}
	if err != nil {
		resp.Error = "ValueError: " + err.Error()
		return resp
	}
	resp.Shape = broadcast.FormatShape(out)
	resp.Result = repr
	return resp
}

// tooBig reports whether an operand is larger than MaxResult.
func tooBig(shapes [][]int) bool {
	for _, s := range shapes {
		if size(s) > MaxResult {
			return true
		}
	}
	return false
}

func isBroadcastError(err error) bool {
	var be *broadcast.Error
	return errors.As(err, &be)
}

// add builds the operands (values, or np.arange) as arrays of T, adds them
// with ufunc.Add from left to right, and returns the repr; a panic with an
// error (the broadcast error) is returned as the error.
func add[T ndarray.Number](shapes [][]int, values [][]float64, conv func(float64) T) (repr string, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	var sum *ndarray.Array[T]
	for i, s := range shapes {
		data := make([]T, size(s))
		for k := range data {
			if values[i] != nil {
				data[k] = conv(values[i][k])
			} else {
				data[k] = T(k)
			}
		}
		x := ndarray.FromSlice(data, s...)
		if sum == nil {
			sum = x
		} else {
			sum = ufunc.Add(sum, x)
		}
	}
	return sum.Repr(), nil
}

// size is the number of elements of shape s, math.MaxInt when that
// overflows int.
func size(s []int) int {
	n := 1
	for _, d := range s {
		if d == 0 {
			return 0
		}
	}
	for _, d := range s {
		if d > 0 && n > math.MaxInt/d {
			return math.MaxInt
		}
		n *= d
	}
	return n
}

// operandName is a, b, ..., z, aa, ab, ... as in broadcast.Explain.
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

// ParseShape reads a shape written "3,1", "(3,1)", "(3,)", "3" or "()".
func ParseShape(s string) ([]int, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimPrefix(t, "(")
	t = strings.TrimSuffix(t, ")")
	t = strings.TrimSpace(t)
	shape := []int{}
	if t == "" {
		return shape, nil
	}
	parts := strings.Split(t, ",")
	if strings.TrimSpace(parts[len(parts)-1]) == "" { // "(3,)"
		parts = parts[:len(parts)-1]
	}
	for _, p := range parts {
		d, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || d < 0 {
			return nil, fmt.Errorf("bad shape %q: %q is not a dimension (a whole number, 0 or more)", s, strings.TrimSpace(p))
		}
		shape = append(shape, d)
	}
	return shape, nil
}

// ParseValues reads numbers separated by commas or spaces; brackets are
// ignored, so a NumPy-style nested list such as [[1],[2]] reads as 1, 2.
func ParseValues(s string) ([]float64, error) {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '[' || r == ']' || r == '(' || r == ')' || r == ' ' || r == '\t' || r == '\n' || r == '\r'
	})
	if len(fields) > MaxValues {
		return nil, fmt.Errorf("%d values: at most %d on this page", len(fields), MaxValues)
	}
	out := make([]float64, len(fields))
	for i, f := range fields {
		x, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, fmt.Errorf("bad value %q: not a number", f)
		}
		out[i] = x
	}
	return out, nil
}
