package conformance

import (
	"encoding/json"
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

// The ops of numpy-masks.jsonl past the integer reductions: more unary and
// binary ufuncs, comparisons and logical ops, where, masks, selection and
// closeness (sum/mean/prod/max of integers are registered with the
// reductions).

func init() {
	for _, op := range []string{"sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh",
		"log1p", "expm1", "log2", "log10", "exp2", "cbrt"} {
		register(op, fewULP, floatUnaryCase)
	}
	for _, op := range []string{"floor", "ceil", "trunc", "rint", "sign", "reciprocal",
		"isnan", "isinf", "isfinite", "round", "clip"} {
		register(op, exact, floatUnaryCase)
	}
	register("arctan2", fewULP, numberBinaryCase)
	register("hypot", fewULP, numberBinaryCase)
	for _, op := range []string{"mod", "floor_divide", "power",
		"equal", "not_equal", "less", "less_equal", "greater", "greater_equal"} {
		register(op, exact, numberBinaryCase)
	}
	for _, op := range []string{"logical_and", "logical_or", "logical_xor", "logical_not"} {
		register(op, exact, logicalCase)
	}
	register("where", exact, whereCase)
	for _, op := range []string{"mask_select", "mask_assign", "argwhere", "any", "all", "count_nonzero",
		"take", "take_along_axis", "isclose", "allclose", "array_equal"} {
		register(op, exact, selectionCase)
	}
}

func floatUnaryCase(c *Case, args []any) (any, error) {
	if len(args) != 1 {
		return nil, fmt.Errorf("%s: %d arguments, want 1", c.Op, len(args))
	}
	switch x := args[0].(type) {
	case *ndarray.Array[float64]:
		return floatUnaryOp(c, x)
	case *ndarray.Array[float32]:
		if c.Op == "clip" && x.NDim() == 0 {
			// NumPy 1.24's value-based casting: a 0-d array is a scalar,
			// so the Python float bounds make the result float64.
			return floatUnaryOp(c, ndarray.AsType[float64](x))
		}
		return floatUnaryOp(c, x)
	}
	return nil, fmt.Errorf("%s: argument of type %T", c.Op, args[0])
}

// kwFloat reads a float keyword argument; present is false for null or
// absent.
func kwFloat(c *Case, name string) (v float64, present bool, err error) {
	raw, ok := c.Kw[name]
	if !ok || string(raw) == "null" {
		return 0, false, nil
	}
	v, err = floatValue(raw)
	return v, true, err
}

func floatUnaryOp[F ndarray.Float](c *Case, x *ndarray.Array[F]) (any, error) {
	switch c.Op {
	case "sin":
		return ufunc.Sin(x), nil
	case "cos":
		return ufunc.Cos(x), nil
	case "tan":
		return ufunc.Tan(x), nil
	case "arcsin":
		return ufunc.Arcsin(x), nil
	case "arccos":
		return ufunc.Arccos(x), nil
	case "arctan":
		return ufunc.Arctan(x), nil
	case "sinh":
		return ufunc.Sinh(x), nil
	case "cosh":
		return ufunc.Cosh(x), nil
	case "log1p":
		return ufunc.Log1p(x), nil
	case "expm1":
		return ufunc.Expm1(x), nil
	case "log2":
		return ufunc.Log2(x), nil
	case "log10":
		return ufunc.Log10(x), nil
	case "exp2":
		return ufunc.Exp2(x), nil
	case "cbrt":
		return ufunc.Cbrt(x), nil
	case "floor":
		return ufunc.Floor(x), nil
	case "ceil":
		return ufunc.Ceil(x), nil
	case "trunc":
		return ufunc.Trunc(x), nil
	case "rint":
		return ufunc.Rint(x), nil
	case "sign":
		return ufunc.Sign(x), nil
	case "reciprocal":
		return ufunc.Reciprocal(x), nil
	case "isnan":
		return ufunc.IsNaN(x), nil
	case "isinf":
		return ufunc.IsInf(x), nil
	case "isfinite":
		return ufunc.IsFinite(x), nil
	case "round":
		d, _, err := kwInts(c, "decimals")
		if err != nil || len(d) != 1 {
			return nil, fmt.Errorf("round: decimals %v (%v)", d, err)
		}
		return ufunc.Round(x, d[0]), nil
	case "clip":
		lo, hasLo, err := kwFloat(c, "a_min")
		if err != nil {
			return nil, err
		}
		hi, hasHi, err := kwFloat(c, "a_max")
		if err != nil {
			return nil, err
		}
		switch {
		case hasLo && hasHi:
			return ufunc.Clip(x, F(lo), F(hi)), nil
		case hasLo:
			return ufunc.ClipLower(x, F(lo)), nil
		case hasHi:
			return ufunc.ClipUpper(x, F(hi)), nil
		}
		return nil, fmt.Errorf("clip: no bound")
	}
	return nil, fmt.Errorf("unknown op %s", c.Op)
}

func numberBinaryCase(c *Case, args []any) (any, error) {
	if len(args) != 2 {
		return nil, fmt.Errorf("%s: %d arguments, want 2", c.Op, len(args))
	}
	switch x := args[0].(type) {
	case *ndarray.Array[float64]:
		return floatBinaryOp(c, x, args[1])
	case *ndarray.Array[float32]:
		return floatBinaryOp(c, x, args[1])
	case *ndarray.Array[int64]:
		return numberBinaryOp(c, x, args[1])
	case *ndarray.Array[int32]:
		return numberBinaryOp(c, x, args[1])
	case *ndarray.Array[int16]:
		return numberBinaryOp(c, x, args[1])
	case *ndarray.Array[uint8]:
		return numberBinaryOp(c, x, args[1])
	}
	return nil, fmt.Errorf("%s: argument of type %T", c.Op, args[0])
}

func floatBinaryOp[F ndarray.Float](c *Case, x *ndarray.Array[F], arg any) (any, error) {
	y, ok := arg.(*ndarray.Array[F])
	if !ok {
		return nil, fmt.Errorf("%s: mixed dtypes %s and %T", c.Op, x.Dtype(), arg)
	}
	switch c.Op {
	case "arctan2":
		return ufunc.Arctan2(x, y), nil
	case "hypot":
		return ufunc.Hypot(x, y), nil
	}
	return numberBinaryOp(c, x, arg)
}

func numberBinaryOp[T ndarray.Number](c *Case, x *ndarray.Array[T], arg any) (any, error) {
	y, ok := arg.(*ndarray.Array[T])
	if !ok {
		return nil, fmt.Errorf("%s: mixed dtypes %s and %T", c.Op, x.Dtype(), arg)
	}
	switch c.Op {
	case "mod":
		return ufunc.Mod(x, y), nil
	case "floor_divide":
		return ufunc.FloorDivide(x, y), nil
	case "power":
		return ufunc.Power(x, y), nil
	case "equal":
		return ufunc.Equal(x, y), nil
	case "not_equal":
		return ufunc.NotEqual(x, y), nil
	case "less":
		return ufunc.Less(x, y), nil
	case "less_equal":
		return ufunc.LessEqual(x, y), nil
	case "greater":
		return ufunc.Greater(x, y), nil
	case "greater_equal":
		return ufunc.GreaterEqual(x, y), nil
	}
	return nil, fmt.Errorf("%s: not supported for %s", c.Op, x.Dtype())
}

func logicalCase(c *Case, args []any) (any, error) {
	bs := make([]*ndarray.Array[bool], len(args))
	for i, a := range args {
		b, ok := a.(*ndarray.Array[bool])
		if !ok {
			return nil, fmt.Errorf("%s: argument of type %T", c.Op, a)
		}
		bs[i] = b
	}
	switch {
	case c.Op == "logical_not" && len(bs) == 1:
		return ufunc.LogicalNot(bs[0]), nil
	case len(bs) != 2:
		return nil, fmt.Errorf("%s: %d arguments", c.Op, len(bs))
	case c.Op == "logical_and":
		return ufunc.LogicalAnd(bs[0], bs[1]), nil
	case c.Op == "logical_or":
		return ufunc.LogicalOr(bs[0], bs[1]), nil
	case c.Op == "logical_xor":
		return ufunc.LogicalXor(bs[0], bs[1]), nil
	}
	return nil, fmt.Errorf("unknown op %s", c.Op)
}

func whereCase(c *Case, args []any) (any, error) {
	if len(args) != 3 {
		return nil, fmt.Errorf("where: %d arguments, want 3", len(args))
	}
	cond, ok := args[0].(*ndarray.Array[bool])
	if !ok {
		return nil, fmt.Errorf("where: condition of type %T", args[0])
	}
	switch x := args[1].(type) {
	case *ndarray.Array[float64]:
		return whereOf(cond, x, args[2])
	case *ndarray.Array[int64]:
		return whereOf(cond, x, args[2])
	}
	return nil, fmt.Errorf("where: argument of type %T", args[1])
}

func whereOf[T ndarray.Number](cond *ndarray.Array[bool], x *ndarray.Array[T], arg any) (any, error) {
	y, ok := arg.(*ndarray.Array[T])
	if !ok {
		return nil, fmt.Errorf("where: mixed dtypes %s and %T", x.Dtype(), arg)
	}
	return ufunc.Where(cond, x, y), nil
}

func selectionCase(c *Case, args []any) (any, error) {
	switch a := args[0].(type) {
	case *ndarray.Array[float64]:
		return selectionOp(c, a, args[1:])
	case *ndarray.Array[bool]:
		return selectionOp(c, a, args[1:])
	}
	return nil, fmt.Errorf("%s: argument of type %T", c.Op, args[0])
}

func selectionOp[T ndarray.Elem](c *Case, a *ndarray.Array[T], rest []any) (any, error) {
	switch c.Op {
	case "argwhere":
		return ndarray.ArgWhere(a), nil
	case "any", "all", "count_nonzero":
		opts, err := reduceOptions(c)
		if err != nil {
			return nil, err
		}
		switch c.Op {
		case "any":
			return ndarray.AnyTrue(a, opts...), nil
		case "all":
			return ndarray.AllTrue(a, opts...), nil
		}
		return ndarray.CountNonzero(a, opts...), nil
	}
	if len(rest) != 1 {
		return nil, fmt.Errorf("%s: %d arguments, want 2", c.Op, len(rest)+1)
	}
	switch c.Op {
	case "mask_select", "mask_assign":
		mask, ok := rest[0].(*ndarray.Array[bool])
		if !ok {
			return nil, fmt.Errorf("%s: mask of type %T", c.Op, rest[0])
		}
		if c.Op == "mask_select" {
			return ndarray.MaskSelect(a, mask), nil
		}
		var v float64
		if err := json.Unmarshal(c.Kw["value"], &v); err != nil {
			return nil, fmt.Errorf("mask_assign: value: %v", err)
		}
		b := a.Copy()
		f, ok := any(b).(*ndarray.Array[float64])
		if !ok {
			return nil, fmt.Errorf("mask_assign: array of type %T", a)
		}
		ndarray.MaskAssign(f, mask, v)
		return f, nil
	case "take", "take_along_axis":
		idx, ok := rest[0].(*ndarray.Array[int64])
		if !ok {
			return nil, fmt.Errorf("%s: indices of type %T", c.Op, rest[0])
		}
		axes, present, err := kwInts(c, "axis")
		if err != nil {
			return nil, err
		}
		switch {
		case c.Op == "take" && !present:
			return ndarray.Take(a, idx), nil
		case len(axes) != 1:
			return nil, fmt.Errorf("%s: axis %v", c.Op, axes)
		case c.Op == "take":
			return ndarray.TakeAxis(a, idx, axes[0]), nil
		}
		return ndarray.TakeAlongAxis(a, idx, axes[0]), nil
	case "isclose", "allclose", "array_equal":
		x, ok := any(a).(*ndarray.Array[float64])
		y, ok2 := rest[0].(*ndarray.Array[float64])
		if !ok || !ok2 {
			return nil, fmt.Errorf("%s: arguments of types %T and %T", c.Op, a, rest[0])
		}
		switch c.Op {
		case "isclose":
			return ufunc.IsClose(x, y), nil
		case "allclose":
			return ndarray.Scalar(ufunc.AllClose(x, y)), nil
		}
		return ndarray.Scalar(ufunc.ArrayEqual(x, y)), nil
	}
	return nil, fmt.Errorf("unknown op %s", c.Op)
}
