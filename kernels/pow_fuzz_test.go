package kernels

import (
	"math"
	"math/big"
	"testing"
)

// FuzzPower checks Pow and Power under every implementation against the
// math/big reference: within 1 ULP for finite results, exactly math.Pow's
// (C99's) value for the special cases, a vector of 19 elements so that the
// SIMD kernels' tails run too. Run: go test -fuzz FuzzPower ./kernels/
func FuzzPower(f *testing.F) {
	for _, c := range [][2]float64{
		{5e-324, 0.1}, {2, 0.5}, {-2, 3}, {-8, 1.0 / 3}, {0, -1}, {math.Inf(-1), 3}, {1, math.NaN()},
		{0.7, 123.456}, {1.0000001, 1e10}, {10, 308}, {2, -1074}, {7.1e-320, 0.9999}, {1e300, -1.03},
	} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, x, y float64) {
		special, v, ref, ok := powWant(x, y)
		if !ok {
			t.Skip()
		}
		check := func(name string, got float64) {
			t.Helper()
			if special {
				if !(got == v && math.Signbit(got) == math.Signbit(v) || got != got && v != v) {
					t.Fatalf("%s(%v, %v) = %v, want %v", name, x, y, got, v)
				}
				return
			}
			if e := ulpErr64(got, ref); e > 1 {
				t.Fatalf("%s(%v, %v) = %v, reference %s (%.2f ULP)", name, x, y, got, ref.Text('g', 20), e)
			}
		}
		check("Pow", Pow(x, y))
		xs, ys := make([]float64, 19), make([]float64, 19)
		for i := range xs {
			xs[i], ys[i] = 1.5, 0.5
		}
		xs[18], ys[18] = x, y
		xs[3], ys[3] = x, y
		for _, name := range Available() {
			restore, err := Use(name)
			if err != nil {
				t.Fatal(err)
			}
			got := make([]float64, len(xs))
			Power(got, xs, ys)
			restore()
			check("Power/"+name, got[3])
			check("Power/"+name, got[18])
		}
	})
}

// powWant is the expected x**y: the math/big reference ref, or for the
// special cases (zeros, infinities, NaN, x == 1, y == 0, a negative base
// with a fractional exponent, results far out of range) the exact value v.
// ok is false for the inputs the reference cannot take (none so far).
func powWant(x, y float64) (special bool, v float64, ref *big.Float, ok bool) {
	if x != x || y != y || y == 0 || x == 1 || x == 0 || math.IsInf(x, 0) || math.IsInf(y, 0) ||
		x < 0 && y != math.Trunc(y) {
		return true, math.Pow(x, y), nil, true // math.Pow is C99's pow for these
	}
	neg := x < 0 && math.Abs(y) < 1<<53 && math.Mod(y, 2) != 0
	ax := math.Abs(x)
	l := logBig(ax)
	lf, _ := l.Float64()
	if t := lf * y; math.Abs(t) > 1000 {
		v = math.Inf(1)
		if t < 0 {
			v = 0
		}
		if neg {
			v = -v
		}
		return true, v, nil, true
	}
	ref = powBig(ax, y)
	if neg {
		ref.Neg(ref)
	}
	return false, 0, ref, true
}
