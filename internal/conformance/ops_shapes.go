package conformance

import (
	"encoding/json"
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
)

// The shapes corpus (numpy-shapes.jsonl): joining and splitting, sorting
// and searching, statistics and scans.

func init() {
	for _, op := range []string{"concatenate", "stack", "split", "array_split", "tile", "repeat", "pad",
		"flip", "roll", "diag", "tril", "triu", "sort", "argsort", "unique", "searchsorted",
		"median", "percentile", "quantile", "nanmax", "nanmin", "cumsum", "cumprod", "diff", "bincount"} {
		register(op, exact, shapesCase)
	}
	// Sums follow NumPy's pairwise order only within a summation bound.
	register("nansum", summing, shapesCase)
	register("nanmean", summing, shapesCase)
}

// shapesCase dispatches on the dtype of the first argument; every argument
// of these ops has that dtype.
func shapesCase(c *Case, args []any) (any, error) {
	switch args[0].(type) {
	case *ndarray.Array[float64]:
		return shapesFloat(c, same[float64](args))
	case *ndarray.Array[float32]:
		return shapesFloat(c, same[float32](args))
	case *ndarray.Array[int64]:
		return shapesNumber(c, same[int64](args))
	case *ndarray.Array[int32]:
		return shapesNumber(c, same[int32](args))
	case *ndarray.Array[uint8]:
		return shapesNumber(c, same[uint8](args))
	}
	return nil, fmt.Errorf("%s: argument of type %T", c.Op, args[0])
}

func same[T ndarray.Number](args []any) []*ndarray.Array[T] {
	out := make([]*ndarray.Array[T], len(args))
	for i, a := range args {
		out[i], _ = a.(*ndarray.Array[T])
	}
	return out
}

// kwInt reads an integer keyword argument.
func kwInt(c *Case, name string) (int, error) {
	v, present, err := kwInts(c, name)
	if err != nil || !present || len(v) != 1 {
		return 0, fmt.Errorf("%s: keyword %s missing or not an int (%v)", c.Op, name, err)
	}
	return v[0], nil
}

// kwAxis reads axis: an int, or null/absent (NumPy's None).
func kwAxis(c *Case) (axis int, present bool, err error) {
	v, present, err := kwInts(c, "axis")
	if err != nil || !present {
		return 0, false, err
	}
	return v[0], true, nil
}

// kwNumber reads a required float keyword argument.
func kwNumber(c *Case, name string) (float64, error) {
	var f float64
	err := json.Unmarshal(c.Kw[name], &f)
	return f, err
}

// axisOpts turns axis into reduction options (none for null).
func axisOpts(c *Case) ([]ndarray.ReduceOption, error) {
	axis, present, err := kwAxis(c)
	if err != nil || !present {
		return nil, err
	}
	return []ndarray.ReduceOption{ndarray.Axis(axis)}, nil
}

func list[T ndarray.Elem](parts []*ndarray.Array[T]) []any {
	out := make([]any, len(parts))
	for i, p := range parts {
		out[i] = p
	}
	return out
}

// shapesFloat runs the ops that need a float type, then the others.
func shapesFloat[T ndarray.Float](c *Case, a []*ndarray.Array[T]) (any, error) {
	opts, err := reduceOptions(c)
	if err != nil {
		return nil, err
	}
	switch c.Op {
	case "median":
		return ndarray.Median(a[0], opts...), nil
	case "nansum":
		return ndarray.NanSum(a[0], opts...), nil
	case "nanmean":
		return ndarray.NanMean(a[0], opts...), nil
	case "nanmax":
		return ndarray.NanMax(a[0], opts...), nil
	case "nanmin":
		return ndarray.NanMin(a[0], opts...), nil
	}
	return shapesNumber(c, a)
}

func shapesNumber[T ndarray.Number](c *Case, a []*ndarray.Array[T]) (any, error) {
	switch c.Op {
	case "concatenate":
		axis, present, err := kwAxis(c)
		if !present {
			return ndarray.ConcatenateFlat(a), err
		}
		return ndarray.Concatenate(a, axis), err
	case "stack":
		axis, _, err := kwAxis(c)
		return ndarray.Stack(a, axis), err
	case "split", "array_split":
		axis, _, err := kwAxis(c)
		if err != nil {
			return nil, err
		}
		if idx, present, err := kwInts(c, "indices"); present {
			return list(ndarray.SplitAt(a[0], idx, axis)), err
		}
		n, err := kwInt(c, "sections")
		if c.Op == "split" {
			return list(ndarray.Split(a[0], n, axis)), err
		}
		return list(ndarray.ArraySplit(a[0], n, axis)), err
	case "tile":
		reps, _, err := kwInts(c, "reps")
		return ndarray.Tile(a[0], reps...), err
	case "repeat":
		reps, _, err := kwInts(c, "repeats")
		if err != nil {
			return nil, err
		}
		opts, err := axisOpts(c)
		return ndarray.Repeat(a[0], reps, opts...), err
	case "pad":
		var width [][2]int
		if err := json.Unmarshal(c.Kw["pad_width"], &width); err != nil {
			return nil, err
		}
		v, err := kwNumber(c, "constant_values")
		return ndarray.Pad(a[0], width, ndarray.PadConstant(v)), err
	case "flip":
		opts, err := axisOpts(c)
		return ndarray.Flip(a[0], opts...), err
	case "roll":
		shift, err := kwInt(c, "shift")
		if err != nil {
			return nil, err
		}
		opts, err := axisOpts(c)
		return ndarray.Roll(a[0], shift, opts...), err
	case "diag", "tril", "triu":
		k, err := kwInt(c, "k")
		switch c.Op {
		case "diag":
			return ndarray.Diag(a[0], k), err
		case "tril":
			return ndarray.Tril(a[0], k), err
		}
		return ndarray.Triu(a[0], k), err
	case "sort", "argsort":
		axis, present, err := kwAxis(c)
		x := a[0]
		if !present {
			x, axis = x.Reshape(-1), 0
		}
		if c.Op == "sort" {
			return ndarray.Sort(x, axis), err
		}
		return ndarray.Argsort(x, axis), err
	case "unique":
		if kwBool(c, "return_counts") {
			v, n := ndarray.UniqueCounts(a[0])
			return []any{v, n}, nil
		}
		return ndarray.Unique(a[0]), nil
	case "searchsorted":
		var side string
		if err := json.Unmarshal(c.Kw["side"], &side); err != nil {
			return nil, err
		}
		s := ndarray.SearchLeft
		if side == "right" {
			s = ndarray.SearchRight
		}
		return ndarray.SearchSorted(a[0], a[1], s), nil
	case "percentile", "quantile":
		opts, err := reduceOptions(c)
		if err != nil {
			return nil, err
		}
		q, err := kwNumber(c, "q")
		if c.Op == "percentile" {
			return ndarray.Percentile(a[0], q, opts...), err
		}
		return ndarray.Quantile(a[0], q, opts...), err
	case "cumsum", "cumprod":
		opts, err := axisOpts(c)
		if err != nil {
			return nil, err
		}
		return scanCase(c.Op, a[0], opts)
	case "diff":
		n, err := kwInt(c, "n")
		if err != nil {
			return nil, err
		}
		axis, _ := kwInt(c, "axis")
		if _, present, _ := kwAxis(c); !present {
			axis = -1
		}
		return ndarray.Diff(a[0], n, axis), nil
	case "bincount":
		minlength := 0
		if _, ok := c.Kw["minlength"]; ok {
			var err error
			if minlength, err = kwInt(c, "minlength"); err != nil {
				return nil, err
			}
		}
		switch x := any(a[0]).(type) {
		case *ndarray.Array[int64]:
			return ndarray.Bincount(x, minlength), nil
		case *ndarray.Array[int32]:
			return ndarray.Bincount(x, minlength), nil
		case *ndarray.Array[uint8]:
			return ndarray.Bincount(x, minlength), nil
		}
	}
	return nil, fmt.Errorf("%s: not implemented for %s", c.Op, a[0].Dtype())
}

// scanCase runs cumsum or cumprod with NumPy's result dtype: small integer
// types widen to 64 bits.
func scanCase[T ndarray.Number](op string, a *ndarray.Array[T], opts []ndarray.ReduceOption) (any, error) {
	prod := op == "cumprod"
	switch x := any(a).(type) {
	case *ndarray.Array[int32]:
		if prod {
			return ndarray.CumprodInt64(x, opts...), nil
		}
		return ndarray.CumsumInt64(x, opts...), nil
	case *ndarray.Array[uint8]:
		if prod {
			return ndarray.CumprodUint64(x, opts...), nil
		}
		return ndarray.CumsumUint64(x, opts...), nil
	}
	if prod {
		return ndarray.Cumprod(a, opts...), nil
	}
	return ndarray.Cumsum(a, opts...), nil
}
