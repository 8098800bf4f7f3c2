package kernels

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// Pow is within 1 ULP of x**y computed exactly with math/big for exponents
// k/2**j (repeated big square roots, then an integer power), over bases of
// every magnitude, subnormals included.
func TestPowULP(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const prec = 400
	worst := 0.0
	for range 3000 {
		x := math.Ldexp(1+r.Float64(), r.IntN(2000)-1000)
		if r.IntN(10) == 0 {
			x = math.Float64frombits(uint64(r.Int64N(1 << 52))) // subnormal
		}
		j := r.IntN(4)       // 0..3 square roots
		k := r.IntN(41) - 20 // integer power
		y := float64(k) / float64(int(1)<<j)
		b := new(big.Float).SetPrec(prec).SetFloat64(x)
		for range j {
			b.Sqrt(b)
		}
		want := new(big.Float).SetPrec(prec).SetFloat64(1)
		for range abs(k) {
			want.Mul(want, b)
		}
		if k < 0 {
			want.Quo(new(big.Float).SetPrec(prec).SetFloat64(1), want)
		}
		wf, acc := want.Float64()
		if math.IsInf(wf, 0) || wf == 0 && acc != big.Exact {
			continue // overflow or underflow to 0: checked below
		}
		got := Pow(x, y)
		if d := ulpErr64(got, want); d > worst { // ulp_ref_test.go
			worst = d
			if d > 1 {
				t.Errorf("Pow(%v, %v) = %v, exact %v (%.2f ULP)", x, y, got, want.Text('g', 20), d)
			}
		}
	}
	t.Logf("worst %.3f ULP", worst)
}

func abs(k int) int {
	if k < 0 {
		return -k
	}
	return k
}

// NumPy 1.24's np.power (glibc's pow) on a few inputs, within 1 ULP (glibc
// is itself 1 ULP off for 0.7**123.456: Python's decimal gives
// 7.52356414385862398...e-20, whose nearest double ...625e-20 is ours),
// the subnormal base of issue 12 first; and C99's special cases, exactly.
func TestPowNumPy(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	tests := []struct{ x, y, want float64 }{
		{5e-324, 0.1, 4.6706622762338734e-33},
		{2, 0.5, math.Sqrt2},
		{10, -3, 0.001},
		{-2, 3, -8}, {-2, 4, 16}, {-2, 0.5, nan}, {-8, 1.0 / 3, nan},
		{0, -1, inf}, {0, 2, 0}, {math.Copysign(0, -1), 3, math.Copysign(0, -1)}, {1, nan, 1}, {nan, 0, 1},
		{inf, -1, 0}, {-inf, 3, -inf}, {0.5, inf, 0}, {2, inf, inf}, {-1, inf, 1},
		{2, 1024, inf}, {2, -1075, 0}, {2, -1074, 5e-324}, {2, -1060, math.Ldexp(1, -1060)},
		{10, 308, 1e308},
		{1.0000001, 10000000000.0, inf},
		{0.7, 123.456, 7.523564143858623e-20},
		{3.3, -7.77, 9.357216697956431e-05},
		{1e-310, 0.37, 1.9952623149688837e-115},
		{123456.789, 0.0025, 1.0297428554997428},
		{0.999999999, -1000000000000.0, inf},
		{7.1e-320, 0.9999, 7.6417e-320},
	}
	for _, tt := range tests {
		got := Pow(tt.x, tt.y)
		near := got == math.Nextafter(tt.want, math.Inf(1)) || got == math.Nextafter(tt.want, math.Inf(-1))
		if !(got == tt.want && math.Signbit(got) == math.Signbit(tt.want)) && !(got != got && tt.want != tt.want) && !(near && tt.want != 0 && !math.IsInf(tt.want, 0)) {
			t.Errorf("Pow(%v, %v) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}
