package conformance

import (
	"fmt"
	"math"
	"slices"

	"github.com/ndsimd/ndsimd/ndarray"
)

// flat is a result or expectation reduced to what the comparison needs.
type flat struct {
	dtype string
	shape []int
	vals  []float64 // floats and small integers, exactly
	ints  []int64   // integers, exactly
}

func flatten(v any) (flat, error) {
	switch a := v.(type) {
	case *ndarray.Array[float64]:
		return flat{dtype: a.Dtype(), shape: a.Shape(), vals: a.Values()}, nil
	case *ndarray.Array[float32]:
		return flat{dtype: a.Dtype(), shape: a.Shape(), vals: widen(a.Values())}, nil
	case *ndarray.Array[int64]:
		return flatInts(a), nil
	case *ndarray.Array[int32]:
		return flatInts(a), nil
	case *ndarray.Array[int16]:
		return flatInts(a), nil
	case *ndarray.Array[int8]:
		return flatInts(a), nil
	case *ndarray.Array[uint64]:
		return flatInts(a), nil
	case *ndarray.Array[uint32]:
		return flatInts(a), nil
	case *ndarray.Array[uint16]:
		return flatInts(a), nil
	case *ndarray.Array[uint8]:
		return flatInts(a), nil
	case *ndarray.Array[bool]:
		vals := a.Values()
		ints := make([]int64, len(vals))
		for i, v := range vals {
			if v {
				ints[i] = 1
			}
		}
		return flat{dtype: a.Dtype(), shape: a.Shape(), ints: ints}, nil
	}
	return flat{}, fmt.Errorf("result of type %T", v)
}

func widen[T ndarray.Number](x []T) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}

func flatInts[T ndarray.Integer](a *ndarray.Array[T]) flat {
	vals := a.Values()
	ints := make([]int64, len(vals))
	for i, v := range vals {
		ints[i] = int64(v)
	}
	return flat{dtype: a.Dtype(), shape: a.Shape(), ints: ints}
}

// compare checks got against the case's expected array.
func compare(got any, want jsonArray, entry opEntry, args []any) string {
	g, err := flatten(got)
	if err != nil {
		return err.Error()
	}
	wa, err := decode(want)
	if err != nil {
		return "decoding want: " + err.Error()
	}
	w, _ := flatten(wa)
	if g.dtype != w.dtype {
		return fmt.Sprintf("dtype %s, want %s", g.dtype, w.dtype)
	}
	if !slices.Equal(g.shape, w.shape) {
		return fmt.Sprintf("shape %v, want %v", g.shape, w.shape)
	}
	if w.ints != nil {
		if !slices.Equal(g.ints, w.ints) {
			return fmt.Sprintf("values %v, want %v", g.ints, w.ints)
		}
		return ""
	}
	bound := summationBound(args, w.dtype)
	var inputs []float64
	if entry.slack != nil {
		in, _ := flatten(args[0])
		inputs = in.vals
	}
	for i := range w.vals {
		if inputs != nil && i < len(inputs) {
			if d := math.Abs(g.vals[i] - w.vals[i]); d <= entry.slack(inputs[i], w.dtype) {
				continue
			}
		}
		if msg := compareFloat(g.vals[i], w.vals[i], w.dtype, entry.tol, bound); msg != "" {
			return fmt.Sprintf("element %d: %s", i, msg)
		}
	}
	return ""
}

// eps returns the spacing of floating-point numbers at 1 for a dtype.
func eps(dtype string) float64 {
	if dtype == "float32" {
		return 0x1p-23
	}
	return 0x1p-52
}

// ulpDiff returns how many representable numbers of dtype lie between a
// and b.
func ulpDiff(a, b float64, dtype string) float64 {
	if dtype == "float32" {
		ia, ib := orderedBits32(float32(a)), orderedBits32(float32(b))
		return math.Abs(float64(ia - ib))
	}
	ia, ib := orderedBits64(a), orderedBits64(b)
	d := ia - ib
	if d < 0 {
		d = -d
	}
	return float64(d)
}

func orderedBits64(f float64) int64 {
	b := int64(math.Float64bits(f))
	if b < 0 {
		b = math.MinInt64 - b
	}
	return b
}

func orderedBits32(f float32) int64 {
	b := int64(int32(math.Float32bits(f)))
	if b < 0 {
		b = math.MinInt32 - b
	}
	return b
}

// maxULP is the "few ULP" of the case files' comparison rule.
const maxULP = 4

func compareFloat(got, want float64, dtype string, tol tolerance, bound float64) string {
	switch {
	case math.IsNaN(want) || math.IsNaN(got):
		if math.IsNaN(want) && math.IsNaN(got) {
			return ""
		}
		return fmt.Sprintf("got %v, want %v", got, want)
	case math.IsInf(want, 0) || math.IsInf(got, 0):
		if got == want {
			return ""
		}
		return fmt.Sprintf("got %v, want %v", got, want)
	}
	switch tol {
	case exact:
		if math.Float64bits(got) != math.Float64bits(want) {
			return fmt.Sprintf("got %v, want exactly %v", got, want)
		}
	case fewULP:
		if d := ulpDiff(got, want, dtype); d > maxULP {
			return fmt.Sprintf("got %v, want %v (%v ULP apart, allowed %d)", got, want, d, maxULP)
		}
	case summing:
		if d := math.Abs(got - want); d > bound && ulpDiff(got, want, dtype) > maxULP {
			return fmt.Sprintf("got %v, want %v (|diff| %.3g > summation bound %.3g)", got, want, d, bound)
		}
	}
	return ""
}

// summationBound is the error bound of a sum-like result of the arguments:
// twice the classic recursive-summation bound n·ε·Σ|terms|, with each term
// bounded by the product of the arguments' largest magnitudes (at least 1).
func summationBound(args []any, dtype string) float64 {
	n, scale := 0, 1.0
	for _, a := range args {
		f, err := flatten(a)
		if err != nil {
			continue
		}
		n += len(f.vals) + len(f.ints)
		m := 1.0
		for _, v := range f.vals {
			if !math.IsInf(v, 0) && !math.IsNaN(v) {
				m = max(m, math.Abs(v))
			}
		}
		scale *= m
	}
	return 2 * float64(max(n, 1)) * eps(dtype) * float64(max(n, 1)) * scale
}

// ulpAt returns the spacing of dtype's numbers at v.
func ulpAt(v float64, dtype string) float64 {
	v = math.Abs(v)
	if dtype == "float32" {
		f := float32(v)
		return float64(math.Nextafter32(f, float32(math.Inf(1))) - f)
	}
	return math.Nextafter(v, math.Inf(1)) - v
}

// compareNormwise checks ‖got − want‖_F ≤ tol·‖want‖_F, with equal dtype
// and shape (the linalg files' rule; tol includes the condition number).
func compareNormwise(got any, want jsonArray, tol float64) string {
	g, err := flatten(got)
	if err != nil {
		return err.Error()
	}
	wa, err := decode(want)
	if err != nil {
		return "decoding want: " + err.Error()
	}
	w, _ := flatten(wa)
	if g.dtype != w.dtype {
		return fmt.Sprintf("dtype %s, want %s", g.dtype, w.dtype)
	}
	if !slices.Equal(g.shape, w.shape) {
		return fmt.Sprintf("shape %v, want %v", g.shape, w.shape)
	}
	if w.ints != nil {
		if !slices.Equal(g.ints, w.ints) {
			return fmt.Sprintf("values %v, want %v", g.ints, w.ints)
		}
		return ""
	}
	var diff, norm float64
	for i := range w.vals {
		gv, wv := g.vals[i], w.vals[i]
		if math.IsNaN(wv) || math.IsInf(wv, 0) || math.IsNaN(gv) || math.IsInf(gv, 0) {
			if math.IsNaN(wv) && math.IsNaN(gv) || gv == wv {
				continue
			}
			return fmt.Sprintf("element %d: got %v, want %v", i, gv, wv)
		}
		diff += (gv - wv) * (gv - wv)
		norm += wv * wv
	}
	if d, n := math.Sqrt(diff), math.Sqrt(norm); d > tol*n {
		return fmt.Sprintf("‖got − want‖ = %.3g > tol·‖want‖ = %.3g·%.3g", d, tol, n)
	}
	return ""
}
