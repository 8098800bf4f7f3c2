package conformance

import (
	"fmt"
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/nn"
)

// The notebook's functions, package nn.

func init() {
	register("sigmoid", fewULP, nnUnary)
	registerWithSlack("sigmoid_derivative", fewULP, sigmoidDerivativeSlack, nnUnary)
	register("softmax", fewULP, nnUnary)
	register("normalize_rows", summing, nnUnary)
	register("l1", summing, nnLoss)
	register("l2", summing, nnLoss)
	register("image2vector", exact, func(c *Case, args []any) (any, error) {
		if a, ok := args[0].(*ndarray.Array[uint8]); ok {
			return nn.Image2Vector(a), nil
		}
		return nil, fmt.Errorf("image2vector: argument of type %T", args[0])
	})
}

// sigmoidDerivativeSlack is the error NumPy's s*(1-s) inherits from
// rounding s = 1/(1+exp(-x)) to the dtype: a change δ in s moves the result
// by |1-2s|·δ, and 1-s cancels when s is near 1, so a few ULP of s can be
// hundreds of ULP of the result (NumPy's float32 result is itself that far
// from the true value). "A few ULP" is therefore measured on s.
func sigmoidDerivativeSlack(x float64, dtype string) float64 {
	s := 1 / (1 + math.Exp(-x))
	return maxULP * ulpAt(s, dtype) * math.Abs(1-2*s)
}

func nnUnary(c *Case, args []any) (any, error) {
	switch a := args[0].(type) {
	case *ndarray.Array[float64]:
		return nnUnaryOf(c.Op, a)
	case *ndarray.Array[float32]:
		return nnUnaryOf(c.Op, a)
	}
	return nil, fmt.Errorf("%s: argument of type %T", c.Op, args[0])
}

func nnUnaryOf[T ndarray.Float](op string, x *ndarray.Array[T]) (any, error) {
	switch op {
	case "sigmoid":
		return nn.Sigmoid(x), nil
	case "sigmoid_derivative":
		return nn.SigmoidDerivative(x), nil
	case "softmax":
		return nn.Softmax(x), nil
	case "normalize_rows":
		return nn.NormalizeRows(x), nil
	}
	return nil, fmt.Errorf("unknown op %s", op)
}

func nnLoss(c *Case, args []any) (any, error) {
	switch a := args[0].(type) {
	case *ndarray.Array[float64]:
		return nnLossOf(c.Op, a, args[1])
	case *ndarray.Array[float32]:
		return nnLossOf(c.Op, a, args[1])
	}
	return nil, fmt.Errorf("%s: argument of type %T", c.Op, args[0])
}

func nnLossOf[T ndarray.Float](op string, yhat *ndarray.Array[T], yArg any) (any, error) {
	y, ok := yArg.(*ndarray.Array[T])
	if !ok {
		return nil, fmt.Errorf("%s: arguments of types %T and %T", op, yhat, yArg)
	}
	if op == "l1" {
		return ndarray.Scalar(nn.L1(yhat, y)), nil
	}
	return ndarray.Scalar(nn.L2(yhat, y)), nil
}
