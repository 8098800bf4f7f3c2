package linalg

import "testing"

// trsmLeafFixture returns a well-conditioned 16×16 lower-triangular a
// (column-major) and a column-major 16×n b.
func trsmLeafFixture(n int) (a, b mat[float64]) {
	ad := make([]float64, trsmBase*trsmBase)
	for j := 0; j < trsmBase; j++ {
		for i := j; i < trsmBase; i++ {
			ad[i+j*trsmBase] = float64((i*7+j*3)%5) / 10
		}
		ad[j+j*trsmBase] = 2
	}
	bd := make([]float64, trsmBase*n)
	for i := range bd {
		bd[i] = float64(i%13) - 6
	}
	return colMajor(ad, trsmBase), colMajor(bd, trsmBase)
}

func BenchmarkTrsmLeafCols(b *testing.B) {
	a, x := trsmLeafFixture(500)
	var ta [trsmBase * trsmBase]float64
	for i := 0; i < trsmBase; i++ {
		for p := 0; p <= i; p++ {
			ta[i*trsmBase+p] = a.d[a.at(i, p)]
		}
	}
	defer cpuMetric(b)()
	for b.Loop() {
		trsmSmallCols(true, false, trsmBase, 500, &ta, x)
	}
}

func BenchmarkTrsmLeafInv(b *testing.B) {
	a, x := trsmLeafFixture(500)
	defer cpuMetric(b)()
	for b.Loop() {
		trsmSmall(true, false, trsmBase, 500, a, x)
	}
}
