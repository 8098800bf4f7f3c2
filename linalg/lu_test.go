package linalg

import (
	"slices"
	"testing"
)

// getrfU skips only row interchanges of L that no later step reads: its U
// and pivots are getrf's, bit for bit.
func TestGetrfUMatchesGetrf(t *testing.T) {
	for _, n := range []int{17, 33, 100, 301} {
		d := randomDense(n, n, uint64(n)+11)
		full := fromDense[float64](d).Data()
		part := slices.Clone(full)
		pf, pu := make([]int, n), make([]int, n)
		getrf(n, n, colMajor(full, n), pf)
		getrfU(n, n, colMajor(part, n), pu)
		if !slices.Equal(pf, pu) {
			t.Fatalf("n=%d: pivots differ", n)
		}
		for j := 0; j < n; j++ {
			for i := 0; i <= j; i++ {
				if full[i+j*n] != part[i+j*n] {
					t.Fatalf("n=%d: U[%d][%d] = %g, want %g", n, i, j, part[i+j*n], full[i+j*n])
				}
			}
		}
	}
}
