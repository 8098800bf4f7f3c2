package ufunc

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

var (
	nan  = math.NaN()
	inf  = math.Inf(1)
	negz = math.Copysign(0, -1)
)

// NumPy 1.24's results (from /usr/bin/python3) for the rounding functions
// and sign on halves, signed zeros and specials.
func TestRoundingNumPy(t *testing.T) {
	x := []float64{-2.5, -1.5, -0.5, negz, 0, 0.5, 1.5, 2.5, nan, inf, -inf, 1e300, 3.7}
	cases := []struct {
		name string
		f    func(*ndarray.Array[float64]) *ndarray.Array[float64]
		want []float64
	}{
		{"floor", Floor[float64], []float64{-3, -2, -1, negz, 0, 0, 1, 2, nan, inf, -inf, 1e300, 3}},
		{"ceil", Ceil[float64], []float64{-2, -1, negz, negz, 0, 1, 2, 3, nan, inf, -inf, 1e300, 4}},
		{"trunc", Trunc[float64], []float64{-2, -1, negz, negz, 0, 0, 1, 2, nan, inf, -inf, 1e300, 3}},
		{"rint", Rint[float64], []float64{-2, -2, negz, negz, 0, 0, 2, 2, nan, inf, -inf, 1e300, 4}},
		{"sign", Sign[float64], []float64{-1, -1, -1, 0, 0, 1, 1, 1, nan, 1, -1, 1, 1}},
	}
	for _, c := range cases {
		checkArray(t, c.name, c.f(ndarray.FromSlice(x)), []int{len(x)}, c.want)
		// float32 gives the same values, and so does a strided view.
		x32 := ndarray.AsType[float32](ndarray.FromSlice(x))
		want32 := make([]float32, len(c.want))
		for i, v := range c.want {
			want32[i] = float32(v)
		}
		got32 := map[string]func(*ndarray.Array[float32]) *ndarray.Array[float32]{
			"floor": Floor[float32], "ceil": Ceil[float32], "trunc": Trunc[float32], "rint": Rint[float32], "sign": Sign[float32],
		}[c.name](x32)
		checkArray(t, c.name+" float32", got32, []int{len(x)}, want32)
		rev := ndarray.FromSlice(x).Slice(ndarray.Step(-1))
		wantRev := make([]float64, len(c.want))
		for i := range wantRev {
			wantRev[i] = c.want[len(c.want)-1-i]
		}
		checkArray(t, c.name+" reversed view", c.f(rev), []int{len(x)}, wantRev)
	}
}

// NumPy's np.round, including its float32 arithmetic and negative decimals.
func TestRoundNumPy(t *testing.T) {
	cases := []struct {
		x        []float64
		decimals int
		want     []float64
	}{
		{[]float64{2.675, 0.125, 0.135, -1.25, 1234.5678, nan}, 2, []float64{2.68, 0.12, 0.14, -1.25, 1234.57, nan}},
		{[]float64{15, 25, -35, 1234.5678}, -1, []float64{20, 20, -40, 1230}},
		{[]float64{0.5, 1.5, 2.5, -0.5}, 0, []float64{0, 2, 2, negz}},
	}
	for _, c := range cases {
		checkArray(t, "round", Round(ndarray.FromSlice(c.x), c.decimals), []int{len(c.x)}, c.want)
	}
	x32 := ndarray.FromSlice([]float32{2.675, 0.125, 0.135, -1.25, 1234.5678})
	want32 := []float32{2.680000066757202, 0.11999999731779099, 0.14000000059604645, -1.25, 1234.5699462890625}
	checkArray(t, "round float32", Round(x32, 2), []int{5}, want32)
	out := ndarray.Zeros[float64](2, 2)
	RoundInto(out, ndarray.FromSlice([]float64{1.25, 1.35}, 2, 1), 1)
	checkArray(t, "RoundInto broadcast", out, []int{2, 2}, []float64{1.2, 1.2, 1.4, 1.4})
}

// ulpApart counts the float64 values between a and b.
func ulpApart(a, b float64) uint64 {
	if math.IsNaN(a) || math.IsNaN(b) {
		if math.IsNaN(a) && math.IsNaN(b) {
			return 0
		}
		return math.MaxUint64
	}
	ia, ib := int64(math.Float64bits(a)), int64(math.Float64bits(b))
	if ia < 0 {
		ia = math.MinInt64 - ia
	}
	if ib < 0 {
		ib = math.MinInt64 - ib
	}
	if ia > ib {
		return uint64(ia - ib)
	}
	return uint64(ib - ia)
}

// The transcendental ufuncs against package math, for contiguous and
// strided inputs and for float32 (computed in float64, rounded once):
// within 2 ULP of math's value, so a kernel within 1 ULP of the true value
// passes too.
func TestTranscendentalsAgainstMath(t *testing.T) {
	type op struct {
		name string
		f64  func(*ndarray.Array[float64]) *ndarray.Array[float64]
		f32  func(*ndarray.Array[float32]) *ndarray.Array[float32]
		ref  func(float64) float64
		lo   float64
		hi   float64
	}
	ops := []op{
		{"sin", Sin[float64], Sin[float32], math.Sin, -100, 100},
		{"cos", Cos[float64], Cos[float32], math.Cos, -100, 100},
		{"tan", Tan[float64], Tan[float32], math.Tan, -3, 3},
		{"arcsin", Arcsin[float64], Arcsin[float32], math.Asin, -1, 1},
		{"arccos", Arccos[float64], Arccos[float32], math.Acos, -1, 1},
		{"arctan", Arctan[float64], Arctan[float32], math.Atan, -50, 50},
		{"sinh", Sinh[float64], Sinh[float32], math.Sinh, -20, 20},
		{"cosh", Cosh[float64], Cosh[float32], math.Cosh, -20, 20},
		{"log1p", Log1p[float64], Log1p[float32], math.Log1p, -0.9, 10},
		{"expm1", Expm1[float64], Expm1[float32], math.Expm1, -5, 5},
		{"log2", Log2[float64], Log2[float32], math.Log2, 1e-3, 1e3},
		{"log10", Log10[float64], Log10[float32], math.Log10, 1e-3, 1e3},
		{"exp2", Exp2[float64], Exp2[float32], math.Exp2, -30, 30},
		{"cbrt", Cbrt[float64], Cbrt[float32], math.Cbrt, -1e3, 1e3},
		{"reciprocal", Reciprocal[float64], Reciprocal[float32], func(v float64) float64 { return 1 / v }, -10, 10},
	}
	r := rand.New(rand.NewPCG(1, 2))
	const n = 3000 // above the chunk size of strided runs
	for _, o := range ops {
		x := make([]float64, n)
		for i := range x {
			x[i] = o.lo + (o.hi-o.lo)*r.Float64()
		}
		a := ndarray.FromSlice(x)
		for name, got := range map[string]*ndarray.Array[float64]{
			"contiguous": o.f64(a),
			"strided":    o.f64(a.Slice(ndarray.Step(3))),
		} {
			step := 1
			if name == "strided" {
				step = 3
			}
			for i, g := range got.Values() {
				if want := o.ref(x[i*step]); ulpApart(g, want) > 2 {
					t.Fatalf("%s %s(%v) = %v, math gives %v", name, o.name, x[i*step], g, want)
				}
			}
		}
		x32 := ndarray.AsType[float32](a)
		for i, g := range o.f32(x32).Values() {
			want := float32(o.ref(float64(x32.At(i))))
			// Within 2 float32 ULP of math's value rounded to float32.
			if math.Abs(float64(g-want)) > 2*math.Abs(float64(math.Nextafter32(want, float32(inf))-want)) {
				t.Fatalf("float32 %s(%v) = %v, want %v", o.name, x32.At(i), g, want)
			}
		}
		// Into with a broadcast input: every row the same.
		out := ndarray.Zeros[float64](3, 4)
		row := ndarray.FromSlice(x[:4])
		map[string]func(out, x *ndarray.Array[float64]) *ndarray.Array[float64]{
			"sin": SinInto[float64], "cos": CosInto[float64], "tan": TanInto[float64], "arcsin": ArcsinInto[float64],
			"arccos": ArccosInto[float64], "arctan": ArctanInto[float64], "sinh": SinhInto[float64], "cosh": CoshInto[float64],
			"log1p": Log1pInto[float64], "expm1": Expm1Into[float64], "log2": Log2Into[float64], "log10": Log10Into[float64],
			"exp2": Exp2Into[float64], "cbrt": CbrtInto[float64], "reciprocal": ReciprocalInto[float64],
		}[o.name](out, row)
		for i := range 3 {
			for j := range 4 {
				if g, want := out.At(i, j), o.ref(x[j]); ulpApart(g, want) > 2 {
					t.Fatalf("%sInto row %d col %d = %v, want %v", o.name, i, j, g, want)
				}
			}
		}
	}
}
