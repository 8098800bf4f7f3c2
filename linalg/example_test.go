package linalg_test

import (
	"errors"
	"fmt"
	"math"

	"github.com/ndsimd/ndsimd/linalg"
	"github.com/ndsimd/ndsimd/ndarray"
)

// round prints values to a few digits, with -0 as 0.
func round[T ndarray.Float](a *ndarray.Array[T]) []float64 {
	v := a.Values()
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = math.Round(float64(x)*1e4)/1e4 + 0
	}
	return out
}

func ExampleSolve() {
	a := ndarray.Wrap([]float64{3, 1, 1, 2}, 2, 2)
	b := ndarray.Wrap([]float64{9, 8}, 2)
	x, err := linalg.Solve(a, b)
	fmt.Println(round(x), err)
	// Output: [2 3] <nil>
}

func ExampleSolve_singular() {
	a := ndarray.Wrap([]float64{1, 2, 2, 4}, 2, 2)
	_, err := linalg.Solve(a, ndarray.Wrap([]float64{1, 2}, 2))
	fmt.Println(err)
	// Output: Singular matrix
}

func ExampleInv() {
	a := ndarray.Wrap([]float64{4, 7, 2, 6}, 2, 2)
	x, _ := linalg.Inv(a)
	fmt.Println(round(x))
	// Output: [0.6 -0.7 -0.2 0.4]
}

func ExampleDet() {
	a := ndarray.Wrap([]float64{1, 2, 3, 4}, 2, 2)
	fmt.Println(round(linalg.Det(a)))
	// Output: [-2]
}

func ExampleSlogdet() {
	a := ndarray.Wrap([]float64{1, 2, 3, 4}, 2, 2)
	sign, logdet := linalg.Slogdet(a)
	fmt.Println(sign.Item(), math.Round(logdet.Item()*1e4)/1e4)
	// Output: -1 0.6931
}

func ExampleCholesky() {
	a := ndarray.Wrap([]float64{4, 2, 2, 3}, 2, 2)
	l, _ := linalg.Cholesky(a)
	fmt.Println(round(l))
	// Output: [2 0 1 1.4142]
}

func ExampleQR() {
	a := ndarray.Wrap([]float64{3, 1, 4, 2}, 2, 2)
	q, r := linalg.QR(a, linalg.Reduced)
	fmt.Println(round(q), round(r))
	// Output: [-0.6 -0.8 -0.8 0.6] [-5 -2.2 0 0.4]
}

func ExampleEigh() {
	a := ndarray.Wrap([]float64{2, 1, 1, 2}, 2, 2)
	w, v, _ := linalg.Eigh(a)
	fmt.Println(round(w), v.Shape())
	// Output: [1 3] (2, 2)
}

func ExampleEigvalsh() {
	a := ndarray.Wrap([]float32{5, 0, 0, -1}, 2, 2)
	w, _ := linalg.Eigvalsh(a)
	fmt.Println(round(w))
	// Output: [-1 5]
}

func ExampleSVD() {
	a := ndarray.Wrap([]float64{3, 0, 0, 0, -2, 0}, 2, 3)
	u, s, vt, _ := linalg.SVD(a, false)
	fmt.Println(u.Shape(), round(s), vt.Shape())
	// Output: (2, 2) [3 2] (2, 3)
}

func ExampleSVDValues() {
	a := ndarray.Wrap([]float64{1, 1, 1, 1}, 2, 2)
	s, _ := linalg.SVDValues(a)
	fmt.Println(round(s))
	// Output: [2 0]
}

func ExampleLstsq() {
	// Fit y = c0 + c1·t through (0, 1), (1, 3), (2, 5), (3, 7).
	a := ndarray.Wrap([]float64{1, 0, 1, 1, 1, 2, 1, 3}, 4, 2)
	y := ndarray.Wrap([]float64{1, 3, 5, 7}, 4)
	res, _ := linalg.Lstsq(a, y, linalg.DefaultRcond)
	fmt.Println(round(res.X), res.Rank, round(res.Residuals))
	// Output: [1 2] 2 [0]
}

func ExamplePinv() {
	a := ndarray.Wrap([]float64{1, 0, 0, 0, 2, 0}, 2, 3)
	p, _ := linalg.Pinv(a, linalg.DefaultPinvRcond)
	fmt.Println(p.Shape(), round(p))
	// Output: (3, 2) [1 0 0 0.5 0 0]
}

func ExampleMatrixRank() {
	a := ndarray.Wrap([]float64{1, 2, 2, 4, 3, 6}, 3, 2)
	r, _ := linalg.MatrixRank(a)
	fmt.Println(r.Item())
	// Output: 1
}

func ExampleMatrixPower() {
	a := ndarray.Wrap([]float64{1, 1, 1, 0}, 2, 2) // Fibonacci
	p, _ := linalg.MatrixPower(a, 10)
	fmt.Println(round(p))
	// Output: [89 55 55 34]
}

func ExampleNorm() {
	x := ndarray.Wrap([]float64{3, -4}, 2)
	two, _ := linalg.Norm(x, linalg.Default, nil, false)
	inf, _ := linalg.Norm(x, linalg.P(math.Inf(1)), nil, false)
	m := ndarray.Wrap([]float64{1, -2, 3, 4}, 2, 2)
	one, _ := linalg.Norm(m, linalg.P(1), nil, false)
	rows, _ := linalg.Norm(m, linalg.P(1), []int{1}, false)
	fmt.Println(two.Item(), inf.Item(), one.Item(), rows.Values())
	// Output: 5 4 6 [3 7]
}

func ExampleLinAlgError() {
	_, err := linalg.Cholesky(ndarray.Wrap([]float64{1, 2, 2, 1}, 2, 2))
	var le *linalg.LinAlgError
	fmt.Println(errors.As(err, &le), err)
	// Output: true Matrix is not positive definite
}
