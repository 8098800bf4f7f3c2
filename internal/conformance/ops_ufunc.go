package conformance

import (
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/ufunc"
)

// The ufunc package's ops: elementwise unary and binary operations with
// broadcasting, and the products dot, outer and matmul.

func init() {
	for op, tol := range map[string]tolerance{
		"exp": fewULP, "log": fewULP, "tanh": fewULP,
		"abs": exact, "negative": exact, "sqrt": exact, "square": exact,
	} {
		register(op, tol, unaryCase)
	}
	for _, op := range []string{"add", "subtract", "multiply", "divide", "maximum", "minimum"} {
		register(op, exact, binaryCase)
	}
	for _, op := range []string{"dot", "outer", "matmul"} {
		register(op, summing, binaryCase)
	}
}

func unaryCase(c *Case, args []any) (any, error) {
	if len(args) != 1 {
		return nil, fmt.Errorf("%s: %d arguments, want 1", c.Op, len(args))
	}
	switch x := args[0].(type) {
	case *ndarray.Array[float64]:
		return unaryFloat(c.Op, x)
	case *ndarray.Array[float32]:
		return unaryFloat(c.Op, x)
	case *ndarray.Array[int64]:
		return unaryInt(c.Op, x)
	case *ndarray.Array[int32]:
		return unaryInt(c.Op, x)
	case *ndarray.Array[uint8]:
		return unaryInt(c.Op, x)
	}
	return nil, fmt.Errorf("%s: argument of type %T", c.Op, args[0])
}

func unaryFloat[T ndarray.Float](op string, x *ndarray.Array[T]) (any, error) {
	switch op {
	case "exp":
		return ufunc.Exp(x), nil
	case "log":
		return ufunc.Log(x), nil
	case "tanh":
		return ufunc.Tanh(x), nil
	case "sqrt":
		return ufunc.Sqrt(x), nil
	}
	return unaryInt(op, x)
}

func unaryInt[T ndarray.Number](op string, x *ndarray.Array[T]) (any, error) {
	switch op {
	case "abs":
		return ufunc.Abs(x), nil
	case "negative":
		return ufunc.Negative(x), nil
	case "square":
		return ufunc.Square(x), nil
	}
	return nil, fmt.Errorf("%s: not supported for %s", op, ndarray.DtypeOf[T]())
}

func binaryCase(c *Case, args []any) (any, error) {
	if len(args) != 2 {
		return nil, fmt.Errorf("%s: %d arguments, want 2", c.Op, len(args))
	}
	switch x := args[0].(type) {
	case *ndarray.Array[float64]:
		return binaryFloat(c.Op, x, args[1])
	case *ndarray.Array[float32]:
		return binaryFloat(c.Op, x, args[1])
	case *ndarray.Array[int64]:
		return binaryInt(c.Op, x, args[1])
	case *ndarray.Array[int32]:
		return binaryInt(c.Op, x, args[1])
	case *ndarray.Array[uint8]:
		return binaryInt(c.Op, x, args[1])
	}
	return nil, fmt.Errorf("%s: argument of type %T", c.Op, args[0])
}

func binaryFloat[T ndarray.Float](op string, x *ndarray.Array[T], arg any) (any, error) {
	y, ok := arg.(*ndarray.Array[T])
	if !ok {
		return nil, fmt.Errorf("%s: mixed dtypes %s and %T", op, ndarray.DtypeOf[T](), arg)
	}
	switch op {
	case "divide":
		return ufunc.Divide(x, y), nil
	case "dot":
		return ufunc.Dot(x, y), nil
	case "matmul":
		return ufunc.Matmul(x, y), nil
	}
	return binaryInt(op, x, arg)
}

func binaryInt[T ndarray.Number](op string, x *ndarray.Array[T], arg any) (any, error) {
	y, ok := arg.(*ndarray.Array[T])
	if !ok {
		return nil, fmt.Errorf("%s: mixed dtypes %s and %T", op, ndarray.DtypeOf[T](), arg)
	}
	switch op {
	case "add":
		return ufunc.Add(x, y), nil
	case "subtract":
		return ufunc.Subtract(x, y), nil
	case "multiply":
		return ufunc.Multiply(x, y), nil
	case "maximum":
		return ufunc.Maximum(x, y), nil
	case "minimum":
		return ufunc.Minimum(x, y), nil
	case "outer":
		return ufunc.Outer(x, y), nil
	}
	return nil, fmt.Errorf("%s: not supported for %s", op, ndarray.DtypeOf[T]())
}
