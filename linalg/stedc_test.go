package linalg

import (
	"fmt"
	"math"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// TestStedc checks divide and conquer on tridiagonal matrices that
// exercise deflation: random, with zero off-diagonals, with repeated
// diagonals (glued copies), Wilkinson's W+ (close eigenvalue pairs) and the
// 1-2-1 matrix.
func TestStedc(t *testing.T) {
	kinds := map[string]func(n int) ([]float64, []float64){
		"random": func(n int) ([]float64, []float64) {
			r := ndarray.NewRand(uint64(n))
			return ndarray.RandNormal[float64](r, n).Values(), ndarray.RandNormal[float64](r, n).Values()
		},
		"split": func(n int) ([]float64, []float64) {
			r := ndarray.NewRand(uint64(n) + 1)
			d, e := ndarray.RandNormal[float64](r, n).Values(), ndarray.RandNormal[float64](r, n).Values()
			for i := 0; i < n; i += 7 {
				e[i] = 0
			}
			return d, e
		},
		"glued": func(n int) ([]float64, []float64) {
			d, e := make([]float64, n), make([]float64, n)
			for i := range d {
				d[i] = float64(i % 5)
				e[i] = 1
				if i%5 == 4 {
					e[i] = 1e-14
				}
			}
			return d, e
		},
		"wilkinson": func(n int) ([]float64, []float64) {
			d, e := make([]float64, n), make([]float64, n)
			for i := range d {
				d[i] = math.Abs(float64(i) - float64(n-1)/2)
				e[i] = 1
			}
			return d, e
		},
		"ones": func(n int) ([]float64, []float64) {
			d, e := make([]float64, n), make([]float64, n)
			for i := range d {
				d[i], e[i] = 2, 1
			}
			return d, e
		},
	}
	for name, mk := range kinds {
		for _, n := range []int{1, 5, 33, 64, 65, 130, 257} {
			d, e := mk(n)
			T := dense{n, n, make([]float64, n*n)}
			for i := 0; i < n; i++ {
				T.d[i*n+i] = d[i]
				if i+1 < n {
					T.d[i*n+i+1], T.d[(i+1)*n+i] = e[i], e[i]
				}
			}
			w := append([]float64(nil), d...)
			q := make([]float64, n*n)
			if !stedc(n, w, append([]float64(nil), e...), q, n, new(arena[float64])) {
				t.Fatalf("%s/n=%d: no convergence", name, n)
			}
			Q := dense{n, n, q}.t() // column-major to row-major
			label := fmt.Sprintf("%s/n=%d", name, n)
			for i := 1; i < n; i++ {
				if w[i] < w[i-1] {
					t.Fatalf("%s: not ascending", label)
				}
			}
			checkBound(t, label+" ‖QΛQᵀ−T‖", sub(mul(Q.scaleCols(w), Q.t()), T).fro(), tol[float64](n)*T.fro())
			checkBound(t, label+" ‖QᵀQ−I‖", sub(mul(Q.t(), Q), eye(n)).fro(), tol[float64](n))
		}
	}
}
