package kernels

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// powBig is x**y for x > 0 as exp(y·ln x) at refPrec bits: the reference of
// the power tests, made without the code under test.
func powBig(x, y float64) *big.Float {
	t := logBig(x)
	return expBigOf(t.Mul(t, bf(y)))
}

// powCase is one input of the power tests with its reference.
type powCase struct {
	x, y float64
	ref  *big.Float // of |x|**y; negated below for odd integer y
	neg  bool
}

// powCases draws inputs over the whole range: bases of every binade
// (subnormals included) with exponents that put y·ln x anywhere in
// [-760, 720] (so results overflow, underflow to 0, are subnormal or normal),
// bases within a few ULPs of 1 with huge exponents, small ordinary ones, and
// negative bases with integer exponents.
func powCases(n int, seed uint64) []powCase {
	r := rand.New(rand.NewPCG(seed, 12))
	var cs []powCase
	for len(cs) < n {
		var x, y float64
		switch r.IntN(5) {
		case 0, 1:
			x = math.Ldexp(1+r.Float64(), r.IntN(2046)-1022)
			if r.IntN(8) == 0 {
				x = math.Float64frombits(1 + uint64(r.Int64N(1<<52-1))) // subnormal
			}
			t := -760 + 1480*r.Float64()
			y = t / math.Log(x)
		case 2:
			x = 1 + math.Ldexp(r.Float64()-0.5, -r.IntN(52))
			y = math.Ldexp(r.NormFloat64(), r.IntN(60))
		case 3:
			x = math.Exp(8 * (r.Float64() - 0.5))
			y = 20 * (r.Float64() - 0.5)
		default:
			x = -math.Ldexp(1+r.Float64(), r.IntN(40)-20)
			y = float64(r.IntN(61) - 30)
		}
		if x == 1 || math.IsInf(y, 0) || y != y {
			continue
		}
		c := powCase{x: x, y: y}
		if x < 0 {
			c.neg = math.Mod(y, 2) != 0
			x = -x
		}
		c.ref = powBig(x, y)
		if c.neg {
			c.ref.Neg(c.ref)
		}
		cs = append(cs, c)
	}
	return cs
}

// Power (every implementation) and Pow are within 1 ULP of x**y computed with
// math/big, over the whole range.
func TestPowerULPBig(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 600
	}
	cs := powCases(n, 1)
	x := make([]float64, len(cs))
	y := make([]float64, len(cs))
	for i, c := range cs {
		x[i], y[i] = c.x, c.y
	}
	check := func(name string, got []float64) {
		worst := 0.0
		for i, c := range cs {
			e := ulpErr64(got[i], c.ref)
			if e > 1 {
				t.Errorf("%s: %v ** %v = %v, reference %s (%.2f ULP)", name, c.x, c.y, got[i], c.ref.Text('g', 20), e)
			}
			worst = max(worst, e)
		}
		t.Logf("%s: worst %.3f ULP over %d inputs", name, worst, len(cs))
	}
	scalar := make([]float64, len(cs))
	for i := range cs {
		scalar[i] = Pow(x[i], y[i])
	}
	check("Pow", scalar)
	for _, name := range Available() {
		restore, err := Use(name)
		if err != nil {
			t.Fatal(err)
		}
		got := make([]float64, len(cs))
		Power(got, x, y)
		restore()
		check("Power/"+name, got)
	}
}

// The float32 Power (every implementation) is within 1 ULP of the reference.
func TestPowerULPBig32(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	n := 2000
	if testing.Short() {
		n = 400
	}
	var x, y []float32
	var ref []float64
	for len(x) < n {
		xv := float32(math.Ldexp(1+r.Float64(), r.IntN(276)-150))
		yv := float32((-110 + 200*r.Float64()) / math.Log(float64(xv)))
		if r.IntN(6) == 0 {
			xv = -float32(r.IntN(20) + 1)
			yv = float32(r.IntN(41) - 20)
		}
		if xv == 1 || xv == 0 || math.IsInf(float64(yv), 0) {
			continue
		}
		rv := powBig(math.Abs(float64(xv)), float64(yv))
		if xv < 0 && math.Mod(float64(yv), 2) != 0 {
			rv.Neg(rv)
		}
		x, y = append(x, xv), append(y, yv)
		ref = append(ref, round64(rv))
	}
	for _, name := range Available() {
		restore, err := Use(name)
		if err != nil {
			t.Fatal(err)
		}
		got := make([]float32, len(x))
		Power(got, x, y)
		restore()
		worst := 0.0
		for i := range got {
			e := ulpErr32(got[i], ref[i])
			if e > 1 {
				t.Errorf("%s: %v ** %v = %v, reference %v (%.2f ULP)", name, x[i], y[i], got[i], ref[i], e)
			}
			worst = max(worst, e)
		}
		t.Logf("Power/%s float32: worst %.3f ULP", name, worst)
	}
}
