package conformance

import (
	"encoding/json"
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
)

// The array core's ops: structure (views) and reductions.

func init() {
	for _, op := range []string{"reshape", "transpose", "ravel", "expand_dims", "squeeze", "broadcast_to", "slice"} {
		register(op, exact, func(c *Case, args []any) (any, error) {
			switch a := args[0].(type) {
			case *ndarray.Array[float64]:
				return structureOp(c, a)
			case *ndarray.Array[float32]:
				return structureOp(c, a)
			case *ndarray.Array[int64]:
				return structureOp(c, a)
			case *ndarray.Array[uint8]:
				return structureOp(c, a)
			}
			return nil, fmt.Errorf("%s: argument of type %T", c.Op, args[0])
		})
	}
	register("max", exact, reductionCase)
	register("min", exact, reductionCase)
	for _, op := range []string{"sum", "mean", "prod", "norm"} {
		register(op, summing, reductionCase)
	}
}

func structureOp[T ndarray.Elem](c *Case, a *ndarray.Array[T]) (any, error) {
	switch c.Op {
	case "reshape":
		shape, _, err := kwInts(c, "shape")
		return a.Reshape(shape...), err
	case "transpose":
		axes, _, err := kwInts(c, "axes")
		return a.Transpose(axes...), err
	case "ravel":
		return a.Ravel(), nil
	case "expand_dims":
		axes, _, err := kwInts(c, "axis")
		return a.ExpandDims(axes...), err
	case "squeeze":
		axes, _, err := kwInts(c, "axis")
		return a.Squeeze(axes...), err
	case "broadcast_to":
		shape, _, err := kwInts(c, "shape")
		return a.BroadcastTo(shape...), err
	case "slice":
		var index [][3]*int
		if err := json.Unmarshal(c.Kw["index"], &index); err != nil {
			return nil, err
		}
		s := make([]ndarray.Slice, len(index))
		for i, ix := range index {
			if ix[0] != nil {
				s[i].Start, s[i].HasStart = *ix[0], true
			}
			if ix[1] != nil {
				s[i].Stop, s[i].HasStop = *ix[1], true
			}
			if ix[2] != nil {
				s[i].Step = *ix[2]
			}
		}
		return a.Slice(s...), nil
	}
	return nil, fmt.Errorf("unknown structure op %s", c.Op)
}

// reduceOptions reads axis and keepdims.
func reduceOptions(c *Case) ([]ndarray.ReduceOption, error) {
	axes, present, err := kwInts(c, "axis")
	if err != nil {
		return nil, err
	}
	opts := []ndarray.ReduceOption{ndarray.KeepDims(kwBool(c, "keepdims"))}
	if present {
		opts = append(opts, ndarray.Axis(axes...))
	}
	return opts, nil
}

func reductionCase(c *Case, args []any) (any, error) {
	opts, err := reduceOptions(c)
	if err != nil {
		return nil, err
	}
	switch a := args[0].(type) {
	case *ndarray.Array[float64]:
		return reduceFloat(c.Op, a, opts)
	case *ndarray.Array[float32]:
		return reduceFloat(c.Op, a, opts)
	case *ndarray.Array[int64]:
		return reduceSigned(c.Op, a, opts)
	case *ndarray.Array[int32]:
		return reduceSigned(c.Op, a, opts)
	case *ndarray.Array[int16]:
		return reduceSigned(c.Op, a, opts)
	case *ndarray.Array[int8]:
		return reduceSigned(c.Op, a, opts)
	case *ndarray.Array[uint64]:
		return reduceUnsigned(c.Op, a, opts)
	case *ndarray.Array[uint32]:
		return reduceUnsigned(c.Op, a, opts)
	case *ndarray.Array[uint16]:
		return reduceUnsigned(c.Op, a, opts)
	case *ndarray.Array[uint8]:
		return reduceUnsigned(c.Op, a, opts)
	case *ndarray.Array[bool]:
		return reduceSigned(c.Op, a, opts)
	}
	return nil, fmt.Errorf("%s: argument of type %T", c.Op, args[0])
}

func reduceFloat[T ndarray.Float](op string, a *ndarray.Array[T], opts []ndarray.ReduceOption) (any, error) {
	switch op {
	case "sum":
		return ndarray.Sum(a, opts...), nil
	case "mean":
		return ndarray.Mean(a, opts...), nil
	case "prod":
		return ndarray.Prod(a, opts...), nil
	case "norm":
		return ndarray.Norm(a, opts...), nil
	}
	return reduceAny(op, a, opts)
}

// reduceSigned runs a reduction of a signed integer or bool array, whose
// NumPy sum and prod are int64.
func reduceSigned[T ndarray.Signed | bool](op string, a *ndarray.Array[T], opts []ndarray.ReduceOption) (any, error) {
	switch op {
	case "sum":
		return ndarray.SumInt64(a, opts...), nil
	case "prod":
		return ndarray.ProdInt64(a, opts...), nil
	}
	return reduceAny(op, a, opts)
}

// reduceUnsigned runs a reduction of an unsigned integer array, whose NumPy
// sum and prod are uint64.
func reduceUnsigned[T ndarray.Unsigned](op string, a *ndarray.Array[T], opts []ndarray.ReduceOption) (any, error) {
	switch op {
	case "sum":
		return ndarray.SumUint64(a, opts...), nil
	case "prod":
		return ndarray.ProdUint64(a, opts...), nil
	}
	return reduceAny(op, a, opts)
}

// reduceAny runs the reductions whose form is the same for every element
// type.
func reduceAny[T ndarray.Elem](op string, a *ndarray.Array[T], opts []ndarray.ReduceOption) (any, error) {
	switch op {
	case "mean":
		return ndarray.MeanFloat64(a, opts...), nil
	case "max":
		return ndarray.Max(a, opts...), nil
	case "min":
		return ndarray.Min(a, opts...), nil
	case "norm":
		return ndarray.NormFloat64(a, opts...), nil
	}
	return nil, fmt.Errorf("unknown reduction %s", op)
}
