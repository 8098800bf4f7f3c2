package main

import (
	"fmt"
	"io"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/nn"
	"github.com/ndsimd/ndsimd/ufunc"
)

// expOf is np.exp(x).
func expOf(x *ndarray.Array[float64]) *ndarray.Array[float64] { return ufunc.Exp(x) }

// softmaxSteps is the notebook's softmax step by step, as the notebook wrote
// it: x_exp = np.exp(x), x_sum = np.sum(x_exp, axis=1, keepdims=True) and
// s = x_exp / x_sum. It overflows for large inputs (np.exp(1000) is inf, and
// inf / inf is nan), which is why nn.Softmax subtracts each row's maximum
// first; the notebook prints both.
func softmaxSteps(x *ndarray.Array[float64]) (xExp, xSum, s *ndarray.Array[float64]) {
	xExp = ufunc.Exp(x)
	xSum = ndarray.Sum(xExp, ndarray.Axis(1), ndarray.KeepDims(true))
	return xExp, xSum, ufunc.Divide(xExp, xSum)
}

// softmaxSection prints the notebook's softmax cells as the notebook printed
// them (NumPy's repr), then shows why nn.Softmax subtracts each row's maximum:
// at x + 1000 the notebook's version overflows and ours does not.
func softmaxSection(w io.Writer, x *ndarray.Array[float64]) {
	xExp, xSum, s := softmaxSteps(x)
	fmt.Fprintf(w, "x_exp = np.exp(x):\n%s\n", xExp.Repr())
	fmt.Fprintf(w, "x_sum = np.sum(x_exp, axis=1, keepdims=True):\n%s\n", xSum.Repr())
	fmt.Fprintf(w, "s = x_exp / x_sum:\n%s\n", s.Repr())

	big := ufunc.Add(x, ndarray.Scalar(1000.0))
	_, _, sBig := softmaxSteps(big)
	fmt.Fprintf(w, "\nWhy nn.Softmax subtracts each row's maximum first: for x + 1000, np.exp\n")
	fmt.Fprintf(w, "overflows to inf and inf / inf is nan, so the notebook's softmax gives\n%s\n", sBig.Repr())
	fmt.Fprintf(w, "while nn.Softmax(x + 1000) takes np.exp(x - x.max(axis=1, keepdims=True)),\n")
	fmt.Fprintf(w, "whose largest term is exp(0) = 1, and gives softmax(x) again:\n%s\n", nn.Softmax(big).Repr())
}
