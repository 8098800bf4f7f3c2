package kernels

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// ULP tests of Sin, Cos, Tan, Log1p and Expm1 (added to TestULP's table)
// with their math/big references: x is reduced modulo π/2 with π to 1600
// bits (enough for x up to MaxFloat64), then Taylor series; log1p by the
// series of atanh; expm1 by its Taylor series near 0, else exp(x) - 1.

func init() {
	ulpFuncs = append(ulpFuncs, trigULPFuncs()...)
	hTrueMathExtra = map[string]func(float64) float64{
		"Sin":   func(x float64) float64 { return trigRef64("Sin", x) },
		"Cos":   func(x float64) float64 { return trigRef64("Cos", x) },
		"Tan":   func(x float64) float64 { return trigRef64("Tan", x) },
		"Log1p": func(x float64) float64 { return trigRef64("Log1p", x) },
		"Expm1": func(x float64) float64 { return trigRef64("Expm1", x) },
	}
}

// trigRef64 is the correctly rounded value of kernel name at x, specials
// included (for the twin comparisons of impl_test.go).
func trigRef64(name string, x float64) float64 {
	for _, f := range trigULPFuncs() {
		if f.name == name {
			if v, ok := f.special64(x); ok {
				return v
			}
			return round64(f.ref64(x))
		}
	}
	panic(name)
}

const piPrec = 1600

// bigPi is π to piPrec bits: Machin's formula 16·atan(1/5) - 4·atan(1/239).
var bigPi = func() *big.Float {
	atanInv := func(n int64) *big.Float {
		x := new(big.Float).SetPrec(piPrec).Quo(big.NewFloat(1).SetPrec(piPrec), new(big.Float).SetPrec(piPrec).SetInt64(n))
		x2 := new(big.Float).SetPrec(piPrec).Mul(x, x)
		sum := new(big.Float).SetPrec(piPrec)
		p := new(big.Float).SetPrec(piPrec).Set(x)
		for k := int64(0); p.MantExp(nil) > -piPrec-10; k++ {
			t := new(big.Float).SetPrec(piPrec).Quo(p, new(big.Float).SetPrec(piPrec).SetInt64(2*k+1))
			if k%2 == 0 {
				sum.Add(sum, t)
			} else {
				sum.Sub(sum, t)
			}
			p.Mul(p, x2)
		}
		return sum
	}
	pi := new(big.Float).SetPrec(piPrec).Mul(big.NewFloat(16), atanInv(5))
	return pi.Sub(pi, new(big.Float).SetPrec(piPrec).Mul(big.NewFloat(4), atanInv(239)))
}()

// reduceBig returns n mod 4 and r with x = n·π/2 + r, |r| <= π/4, r to
// refPrec bits.
func reduceBig(x float64) (int, *big.Float) {
	half := new(big.Float).SetPrec(piPrec).Quo(bigPi, big.NewFloat(2))
	q := new(big.Float).SetPrec(piPrec).Quo(new(big.Float).SetPrec(piPrec).SetFloat64(x), half)
	// round q to the nearest integer
	qa := new(big.Float).Abs(q)
	qa.Add(qa, big.NewFloat(0.5))
	ni, _ := qa.Int(nil)
	if q.Sign() < 0 {
		ni.Neg(ni)
	}
	nf := new(big.Float).SetPrec(piPrec).SetInt(ni)
	r := new(big.Float).SetPrec(piPrec).Mul(nf, half)
	r.Sub(new(big.Float).SetPrec(piPrec).SetFloat64(x), r)
	n := int(new(big.Int).And(ni, big.NewInt(3)).Int64())
	return n, new(big.Float).SetPrec(refPrec).Set(r)
}

// sinCosBig returns sin r and cos r for |r| <= 1 by their Taylor series.
func sinCosBig(r *big.Float) (s, c *big.Float) {
	s, c = bf(0), bf(1)
	term := bf(1)
	for k := 1; k < 200; k++ {
		term.Mul(term, r)
		term.Quo(term, bf(float64(k)))
		switch k % 4 {
		case 1:
			s.Add(s, term)
		case 2:
			c.Sub(c, term)
		case 3:
			s.Sub(s, term)
		case 0:
			c.Add(c, term)
		}
		if term.Sign() == 0 || term.MantExp(nil) < -refPrec-20 {
			break
		}
	}
	return s, c
}

// trigBig returns sin, cos or tan of finite x.
func trigBig(name string, x float64) *big.Float {
	n, r := reduceBig(x)
	s, c := sinCosBig(r)
	switch name {
	case "Sin":
	case "Cos":
		n++
	case "Tan":
		if n%2 == 0 {
			return s.Quo(s, c)
		}
		return c.Neg(c.Quo(c, s))
	}
	if n%2 == 1 {
		s = c
	}
	if n%4 >= 2 {
		s.Neg(s)
	}
	return s
}

// atanhSeries returns 2·atanh(u) = ln((1+u)/(1-u)) for |u| <= 1/3.
func atanhSeries(u *big.Float) *big.Float {
	u2 := new(big.Float).SetPrec(refPrec).Mul(u, u)
	p := new(big.Float).SetPrec(refPrec).Set(u)
	sum := new(big.Float).SetPrec(refPrec).Set(u)
	for k := 3; k < 2000; k += 2 {
		p.Mul(p, u2)
		t := new(big.Float).SetPrec(refPrec).Quo(p, bf(float64(k)))
		sum.Add(sum, t)
		if p.Sign() == 0 || p.MantExp(nil)-sum.MantExp(nil) < -refPrec-10 {
			break
		}
	}
	return sum.Mul(sum, bf(2))
}

// log1pBig returns ln(1+x) for finite x > -1: 2·atanh(x/(2+x)) for |x| <
// 1/4 (no cancellation for tiny x), else ln of 1+x (exact at 1200 bits) as
// e·ln2 + 2·atanh((m-1)/(m+1)) with 1+x = m·2^e, m in [1/√2, √2).
func log1pBig(x float64) *big.Float {
	if math.Abs(x) < 0.25 {
		u := new(big.Float).SetPrec(refPrec).Quo(bf(x), new(big.Float).SetPrec(refPrec).Add(bf(2), bf(x)))
		return atanhSeries(u)
	}
	v := new(big.Float).SetPrec(1200).SetFloat64(x)
	v.Add(v, big.NewFloat(1))
	m := new(big.Float).SetPrec(1200)
	e := v.MantExp(m) // v = m·2^e, m in [0.5, 1)
	if m.Cmp(big.NewFloat(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	mm := new(big.Float).SetPrec(refPrec).Set(m)
	num := new(big.Float).SetPrec(refPrec).Sub(mm, bf(1))
	den := new(big.Float).SetPrec(refPrec).Add(mm, bf(1))
	s := atanhSeries(num.Quo(num, den))
	return s.Add(s, new(big.Float).SetPrec(refPrec).Mul(bigLn2, bf(float64(e))))
}

// expm1Big returns e^x - 1 for finite x with -800 < x < 710.
func expm1Big(x float64) *big.Float {
	if math.Abs(x) >= 0.5 {
		e := expBig(x)
		return e.Sub(e, bf(1))
	}
	sum, term := bf(0), bf(1)
	for k := 1; k < 200; k++ {
		term.Mul(term, bf(x))
		term.Quo(term, bf(float64(k)))
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -refPrec-10 {
			break
		}
	}
	return sum
}

// trigRef32 is a float64 reference for float32 inputs: x reduced exactly
// (math/big), then Go's math on |r| <= π/4, where it is within 1 float64 ULP.
func trigRef32(name string) func(x float64) float64 {
	return func(x float64) float64 {
		n, rb := reduceBig(x)
		r, _ := rb.Float64()
		s, c := math.Sin(r), math.Cos(r)
		switch name {
		case "Cos":
			n++
		case "Tan":
			if n%2 == 0 {
				return math.Tan(r)
			}
			return -1 / math.Tan(r)
		}
		if n%2 == 1 {
			s = c
		}
		if n%4 >= 2 {
			s = -s
		}
		return s
	}
}

func trigSpecial(name string) func(x float64) (float64, bool) {
	return func(x float64) (float64, bool) {
		switch {
		case x != x || math.IsInf(x, 0):
			return math.NaN(), true
		case x == 0 && name == "Cos":
			return 1, true
		case x == 0:
			return x, true
		}
		return 0, false
	}
}

func trigEdges() []float64 {
	xs := append([]float64{}, specials64...)
	for k := 1; k < 1000; k += 3 { // near multiples of π/2 and π/4
		xs = append(xs, around(float64(k)*math.Pi/2, 2)...)
		xs = append(xs, around(-float64(k)*math.Pi/4, 1)...)
	}
	for _, e := range []float64{0x1p-26, 0x1p-27, 0.3, 0.78125, math.Pi / 4, 1e22, 1e300, 0x1p20, 0x1p19 * math.Pi,
		0x1p20 * math.Pi / 2, 0x1p29, 0x1p30, 1e10, 1e15, 6381956970095103 * 0x1p797, 5.319372648326541e+255,
		1.4797001059975203e+88, 1.7e308, 2.2250738585072014e-308} {
		xs = append(xs, around(e, 2)...)
		xs = append(xs, around(-e, 1)...)
	}
	// the doubles below 2^20 nearest n·π/2 with the smallest reduced
	// argument |y| (4.4e-17 and below), where y's low part carries it
	for _, e := range []float64{45.553093477052, 91.106186954104, 182.212373908208, 364.424747816416,
		728.849495632832, 1457.698991265664, 2915.397982531328, 321307.9594422229} {
		xs = append(xs, around(e, 1)...)
		xs = append(xs, around(-e, 1)...)
	}
	return xs
}

func trigPoints64(r *rand.Rand, n int) []float64 {
	xs := mix64(r, n*3/4, -10, 10, trigEdges())
	for range n / 4 { // standard normal data, NumPy's benchmark input
		xs = append(xs, r.NormFloat64())
	}
	return xs
}

func trigPoints32(r *rand.Rand, n int) []float32 {
	xs := mix32(r, n, -10, 10, f32s(trigEdges()))
	for k := 1; k < 3000; k++ {
		xs = append(xs, around32(float32(float64(k)*math.Pi/2), 2)...)
	}
	return xs
}

func trigULPFuncs() []ulpFunc {
	var fs []ulpFunc
	for _, tc := range []struct {
		name   string
		r64    func(dst, x []float64)
		r32    func(dst, x []float32)
		bigRef func(x float64) *big.Float
	}{
		{"Sin", Sin[float64], Sin[float32], nil},
		{"Cos", Cos[float64], Cos[float32], nil},
		{"Tan", Tan[float64], Tan[float32], nil},
	} {
		name := tc.name
		fs = append(fs, ulpFunc{
			name: name, limit: 1, run64: tc.r64, run32: tc.r32,
			special64: trigSpecial(name),
			ref64:     func(x float64) *big.Float { return trigBig(name, x) },
			ref32:     trigRef32(name),
			points64:  trigPoints64,
			points32:  trigPoints32,
		})
	}
	fs = append(fs, ulpFunc{
		name: "Log1p", limit: 1, run64: Log1p[float64], run32: Log1p[float32],
		special64: func(x float64) (float64, bool) {
			switch {
			case x != x || x < -1:
				return math.NaN(), true
			case x == -1:
				return math.Inf(-1), true
			case math.IsInf(x, 1), x == 0:
				return x, true
			}
			return 0, false
		},
		ref64: log1pBig,
		ref32: math.Log1p,
		points64: func(r *rand.Rand, n int) []float64 {
			xs := mix64(r, n/2, -1, 4, log1pEdges())
			for range n / 4 { // positive bit patterns: every binade
				xs = append(xs, math.Float64frombits(r.Uint64()>>1))
			}
			for range n / 4 { // |standard normal|, NumPy's benchmark input
				xs = append(xs, math.Abs(r.NormFloat64()))
			}
			return xs
		},
		points32: func(r *rand.Rand, n int) []float32 {
			xs := mix32(r, n/2, -1, 4, f32s(log1pEdges()))
			for range n / 2 {
				xs = append(xs, math.Float32frombits(r.Uint32()>>1))
			}
			return xs
		},
	}, ulpFunc{
		name: "Expm1", limit: 1, run64: Expm1[float64], run32: Expm1[float32],
		special64: func(x float64) (float64, bool) {
			switch {
			case x != x, x == 0:
				return x, true
			case x > 709.782712893384:
				return math.Inf(1), true
			case x < -40:
				return -1, true
			}
			return 0, false
		},
		ref64: expm1Big,
		ref32: math.Expm1,
		points64: func(r *rand.Rand, n int) []float64 {
			return mix64(r, n, -40, 710, expm1Edges())
		},
		points32: func(r *rand.Rand, n int) []float32 {
			return mix32(r, n, -20, 89, f32s(expm1Edges()))
		},
	})
	return fs
}

func log1pEdges() []float64 {
	xs := append([]float64{}, specials64...)
	for _, e := range []float64{-1 + 0x1p-53, -1 + 0x1p-30, -0.5, -0.2928932188134524, 0.41421356237309503, 0x1p-29, 0x1p-54,
		1, 2, 3, 1e-300, 1e300, 0x1p53, 0x1p54} {
		xs = append(xs, around(e, 3)...)
	}
	for i := 1; i < 200; i++ {
		xs = append(xs, float64(i)*0x1p-40, -float64(i)*0x1p-40, math.Float64frombits(uint64(i*i*7919)))
	}
	return xs
}

func expm1Edges() []float64 {
	xs := append([]float64{}, specials64...)
	for _, e := range []float64{0x1p-54, 0x1p-30, 0.34657359027997264, -0.34657359027997264, 0.5, 1, 56 * math.Ln2,
		-40, -37.42994775023705, 88.72283, 709.7, 709.782712893384, 709.78271289338397, 1e-310} {
		xs = append(xs, around(e, 3)...)
		xs = append(xs, around(-e, 1)...)
	}
	for k := -60; k <= 1024; k += 3 {
		xs = append(xs, around(float64(k)*math.Ln2, 1)...)
	}
	return xs
}

// TestTwoOverPiBits checks the 2/π table of the Payne-Hanek reduction
// against math/big.
func TestTwoOverPiBits(t *testing.T) {
	f := new(big.Float).SetPrec(piPrec).Quo(big.NewFloat(2), bigPi)
	for w := 1; w < len(twoOverPi); w++ {
		f.SetMantExp(f, 64)
		i, _ := f.Int(nil)
		if got := twoOverPi[w]; got != i.Uint64() {
			t.Errorf("twoOverPi[%d] = %#x, want %#x", w, got, i.Uint64())
		}
		f.Sub(f, new(big.Float).SetPrec(piPrec).SetInt(i))
	}
}

// TestSinLargeArguments checks values known to many digits (sin(1e22) is
// the classic test of an argument reduction).
func TestSinLargeArguments(t *testing.T) {
	for _, tc := range []struct {
		x, want float64
		f       func(dst, x []float64)
	}{
		{1e22, -0.8522008497671888, Sin[float64]},
		{1e22, 0.5232147853951389, Cos[float64]},
	} {
		for _, name := range Available() {
			restore, err := Use(name)
			if err != nil {
				t.Fatal(err)
			}
			dst := make([]float64, 9)
			x := make([]float64, 9)
			for i := range x {
				x[i] = tc.x
			}
			tc.f(dst, x)
			restore()
			for _, v := range dst {
				if math.Abs(v-tc.want) > 2e-16 {
					t.Errorf("%s: f(%v) = %v, want %v", name, tc.x, v, tc.want)
					break
				}
			}
		}
	}
}
