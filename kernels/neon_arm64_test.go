//go:build !purego

package kernels

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// Tests of the NEON implementation against the generic twins, called
// directly through the two implementations' tables (so they run whatever
// NDSIMD_KERNELS says). Elementwise kernels must match bit for bit.

// neonAndGeneric returns the two implementations or skips the test.
func neonAndGeneric(t *testing.T) (neon, gen *impl) {
	t.Helper()
	neon, gen = lookup("neon"), lookup("generic")
	if neon == nil || !neon.available {
		t.Skip("no NEON implementation on this CPU/build")
	}
	return neon, gen
}

func neonTableOf[T Float](im *impl) *ops[T] {
	var zero T
	if _, ok := any(zero).(float64); ok {
		return any(&im.f64).(*ops[T])
	}
	return any(&im.f32).(*ops[T])
}

func neonLanesOf[T Float]() int {
	var zero T
	if _, ok := any(zero).(float64); ok {
		return 2
	}
	return 4
}

// neonSpecials are the values every kernel must get right.
func neonSpecials[T Float]() []T {
	var zero T
	_, is64 := any(zero).(float64)
	v := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1),
		1, -1, 0.5, -2.5, 3, 1e-300, -1e300, math.MaxFloat64, math.SmallestNonzeroFloat64,
		-math.SmallestNonzeroFloat64, 2.2250738585072014e-308 / 3, 709.78, -745.1, 20, -20}
	if !is64 {
		v = append(v, math.MaxFloat32, -math.MaxFloat32, math.SmallestNonzeroFloat32,
			-math.SmallestNonzeroFloat32, 1.1754942e-38/3, 88.72, -103.9)
	}
	out := make([]T, 0, len(v)+1)
	for _, f := range v {
		out = append(out, T(f))
	}
	// A NaN with a payload and the sign bit set.
	if is64 {
		out = append(out, T(math.Float64frombits(0xfff8_0000_0000_1234)))
	} else {
		out = append(out, any(math.Float32frombits(0xffc0_1234)).(T))
	}
	return out
}

// neonTestValues returns n values: for large n first every pair of neonSpecials (as
// x when which is 0, y when 1), then a mix of neonSpecials and random values of
// every magnitude.
func neonTestValues[T Float](n int, seed uint64, which int) []T {
	r := rand.New(rand.NewPCG(seed, 99))
	sp := neonSpecials[T]()
	out := make([]T, n)
	i := 0
	if n >= len(sp)*len(sp) {
		for a := range sp {
			for b := range sp {
				if which == 0 {
					out[i] = sp[a]
				} else {
					out[i] = sp[b]
				}
				i++
			}
		}
	}
	for ; i < n; i++ {
		switch k := r.IntN(10); {
		case k < 3:
			out[i] = sp[r.IntN(len(sp))]
		case k < 6:
			out[i] = T(r.NormFloat64())
		default:
			out[i] = T(r.NormFloat64() * math.Ldexp(1, r.IntN(80)-40))
		}
	}
	return out
}

// neonTestLengths are 0 to 4*lanes+3 and some long ones.
func neonTestLengths[T Float]() []int {
	var ns []int
	for n := 0; n <= 4*neonLanesOf[T]()+3; n++ {
		ns = append(ns, n)
	}
	return append(ns, 63, 1000, 1027)
}

const neonGuardLen = 9

// neonPlace returns a slice of the values v starting at offset off of a fresh
// buffer, with guard elements (a NaN of a marked payload) on both sides.
func neonPlace[T Float](v []T, off int) (s, buf []T) {
	buf = make([]T, off+len(v)+neonGuardLen)
	g := neonGuardValue[T]()
	for i := range buf {
		buf[i] = g
	}
	s = buf[off : off+len(v) : off+len(v)]
	copy(s, v)
	return s, buf
}

func neonGuardValue[T Float]() T {
	var zero T
	if _, ok := any(zero).(float64); ok {
		return T(math.Float64frombits(0x7ff4_dead_beef_0001))
	}
	return any(math.Float32frombits(0x7fa0_dead)).(T)
}

// neonCheckGuards fails if anything outside s in buf was written.
func neonCheckGuards[T Float](t *testing.T, buf []T, off, n int) {
	t.Helper()
	g := hBits(neonGuardValue[T]())
	for i, v := range buf {
		if (i < off || i >= off+n) && hBits(v) != g {
			t.Fatalf("wrote outside the slice: buf[%d] (slice is [%d:%d]) = %v", i, off, off+n, v)
		}
	}
}

func neonSameBits[T Float](t *testing.T, what string, got, want, x, y []T) {
	t.Helper()
	for i := range want {
		if hBits(got[i]) != hBits(want[i]) {
			var yi any = "-"
			if y != nil {
				yi = y[i]
			}
			t.Fatalf("%s: [%d] of %d: x=%v y=%v: got %v (%#x), want %v (%#x)", what, i, len(want),
				x[i], yi, got[i], hBits(got[i]), want[i], hBits(want[i]))
		}
	}
}

// neonElemCase is one elementwise kernel in a uniform shape: y is nil for
// unary and scalar forms.
type neonElemCase[T Float] struct {
	name   string
	binary bool // takes y
	scalar bool // takes s
	run    func(o *ops[T], dst, x, y []T, s T)
}

func neonElemCases[T Float]() []neonElemCase[T] {
	return []neonElemCase[T]{
		{"Add", true, false, func(o *ops[T], d, x, y []T, s T) { o.Add(d, x, y) }},
		{"Sub", true, false, func(o *ops[T], d, x, y []T, s T) { o.Sub(d, x, y) }},
		{"Mul", true, false, func(o *ops[T], d, x, y []T, s T) { o.Mul(d, x, y) }},
		{"Div", true, false, func(o *ops[T], d, x, y []T, s T) { o.Div(d, x, y) }},
		{"Maximum", true, false, func(o *ops[T], d, x, y []T, s T) { o.Maximum(d, x, y) }},
		{"Minimum", true, false, func(o *ops[T], d, x, y []T, s T) { o.Minimum(d, x, y) }},
		{"AddScalar", false, true, func(o *ops[T], d, x, y []T, s T) { o.AddScalar(d, x, s) }},
		{"SubScalar", false, true, func(o *ops[T], d, x, y []T, s T) { o.SubScalar(d, x, s) }},
		{"MulScalar", false, true, func(o *ops[T], d, x, y []T, s T) { o.MulScalar(d, x, s) }},
		{"DivScalar", false, true, func(o *ops[T], d, x, y []T, s T) { o.DivScalar(d, x, s) }},
		{"MaximumScalar", false, true, func(o *ops[T], d, x, y []T, s T) { o.MaximumScalar(d, x, s) }},
		{"MinimumScalar", false, true, func(o *ops[T], d, x, y []T, s T) { o.MinimumScalar(d, x, s) }},
		{"ScalarSub", false, true, func(o *ops[T], d, x, y []T, s T) { o.ScalarSub(d, s, x) }},
		{"ScalarDiv", false, true, func(o *ops[T], d, x, y []T, s T) { o.ScalarDiv(d, s, x) }},
		{"Abs", false, false, func(o *ops[T], d, x, y []T, s T) { o.Abs(d, x) }},
		{"Neg", false, false, func(o *ops[T], d, x, y []T, s T) { o.Neg(d, x) }},
		{"Sqrt", false, false, func(o *ops[T], d, x, y []T, s T) { o.Sqrt(d, x) }},
		{"Square", false, false, func(o *ops[T], d, x, y []T, s T) { o.Square(d, x) }},
		{"Scale", false, true, func(o *ops[T], d, x, y []T, s T) { copy(d, x); o.Scale(s, d) }},
	}
}

func neonTestElementwise[T Float](t *testing.T) {
	neon, gen := neonAndGeneric(t)
	no, gno := neonTableOf[T](neon), neonTableOf[T](gen)
	for _, c := range neonElemCases[T]() {
		t.Run(c.name, func(t *testing.T) {
			scalars := []T{0}
			if c.scalar {
				scalars = neonSpecials[T]()
			}
			// Every pair of neonSpecials in every lane and register position.
			sp := neonSpecials[T]()
			n := 4*neonLanesOf[T]()*2 + 3
			x0, y0, want, got := make([]T, n), make([]T, n), make([]T, n), make([]T, n)
			for _, a := range sp {
				for _, b := range sp {
					for i := range x0 {
						x0[i], y0[i] = a, b
					}
					c.run(gno, want, x0, y0, b)
					c.run(no, got, x0, y0, b)
					neonSameBits(t, fmt.Sprintf("uniform s=%v", b), got, want, x0, y0)
				}
			}
			for _, n := range neonTestLengths[T]() {
				x0 := neonTestValues[T](n, uint64(n), 0)
				var y0 []T
				if c.binary {
					y0 = neonTestValues[T](n, uint64(n)+1000, 1)
				}
				want := make([]T, n)
				for _, s := range scalars {
					c.run(gno, want, x0, y0, s)
					what := fmt.Sprintf("n=%d s=%v", n, s)
					for off := 0; off < 8; off++ {
						x, xbuf := neonPlace(x0, off)
						y, ybuf := neonPlace(y0, (off+3)%8)
						dst, dbuf := neonPlace(make([]T, n), (off*5)%8)
						c.run(no, dst, x, y, s)
						neonSameBits(t, fmt.Sprintf("%s off=%d", what, off), dst, want, x0, y0)
						neonCheckGuards(t, dbuf, (off*5)%8, n)
						neonSameBits(t, what+" (x changed)", x, x0, x0, y0)
						neonCheckGuards(t, xbuf, off, n)
						if c.binary {
							neonSameBits(t, what+" (y changed)", y, y0, x0, y0)
							neonCheckGuards(t, ybuf, (off+3)%8, len(y0))
						}
					}
					// In neonPlace: dst is x, then (binary) dst is y.
					x, xbuf := neonPlace(x0, 1)
					c.run(no, x, x, y0, s)
					neonSameBits(t, what+" dst==x", x, want, x0, y0)
					neonCheckGuards(t, xbuf, 1, n)
					if c.binary {
						y, ybuf := neonPlace(y0, 2)
						c.run(no, y, x0, y, s)
						neonSameBits(t, what+" dst==y", y, want, x0, y0)
						neonCheckGuards(t, ybuf, 2, n)
					}
				}
			}
		})
	}
}

func TestNEONElementwiseF64(t *testing.T) { neonTestElementwise[float64](t) }
func TestNEONElementwiseF32(t *testing.T) { neonTestElementwise[float32](t) }

func TestNEONAxpyF64(t *testing.T) { neonTestAxpy[float64](t) }
func TestNEONAxpyF32(t *testing.T) { neonTestAxpy[float32](t) }

// neonTestAxpy checks Axpy against y[i] + T(alpha*x[i]), the product rounded
// (the generic twin's y[i] += alpha*x[i] may be fused on arm64).
func neonTestAxpy[T Float](t *testing.T) {
	neon, _ := neonAndGeneric(t)
	no := neonTableOf[T](neon)
	for _, n := range neonTestLengths[T]() {
		x0, y0 := neonTestValues[T](n, uint64(n), 0), neonTestValues[T](n, uint64(n)+7, 1)
		for _, alpha := range neonSpecials[T]() {
			want := make([]T, n)
			for i := range want {
				want[i] = y0[i] + T(alpha*x0[i])
			}
			for off := 0; off < 8; off++ {
				x, _ := neonPlace(x0, off)
				y, ybuf := neonPlace(y0, 7-off)
				no.Axpy(alpha, x, y)
				neonSameBits(t, fmt.Sprintf("Axpy n=%d alpha=%v off=%d", n, alpha, off), y, want, x0, y0)
				neonCheckGuards(t, ybuf, 7-off, n)
			}
		}
	}
}

func TestNEONFromUint8F64(t *testing.T) { neonTestFromUint8[float64](t) }
func TestNEONFromUint8F32(t *testing.T) { neonTestFromUint8[float32](t) }

func neonTestFromUint8[T Float](t *testing.T) {
	neon, _ := neonAndGeneric(t)
	no := neonTableOf[T](neon)
	for _, n := range append(neonTestLengths[T](), 256+15, 16, 17, 31, 32, 33) {
		x0 := make([]uint8, n)
		for i := range x0 {
			x0[i] = uint8(i*7 + i/256)
		}
		want := make([]T, n)
		for i, v := range x0 {
			want[i] = T(float64(v))
		}
		for off := 0; off < 8; off++ {
			xbuf := make([]uint8, n+off+16)
			x := xbuf[off : off+n : off+n]
			copy(x, x0)
			dst, dbuf := neonPlace(make([]T, n), (off+2)%8)
			no.FromUint8(dst, x)
			neonSameBits(t, fmt.Sprintf("FromUint8 n=%d off=%d", n, off), dst, want, want, nil)
			neonCheckGuards(t, dbuf, (off+2)%8, n)
		}
	}
}

func TestNEONMaxMinF64(t *testing.T) { neonTestMaxMin[float64](t) }
func TestNEONMaxMinF32(t *testing.T) { neonTestMaxMin[float32](t) }

// neonTestMaxMin checks Max and Min bit for bit against the generic twins.
func neonTestMaxMin[T Float](t *testing.T) {
	neon, gen := neonAndGeneric(t)
	no, gno := neonTableOf[T](neon), neonTableOf[T](gen)
	check := func(what string, x []T) {
		t.Helper()
		if g, w := no.Max(x), gno.Max(x); hBits(g) != hBits(w) {
			t.Fatalf("Max %s = %v, want %v (x=%v)", what, g, w, x)
		}
		if g, w := no.Min(x), gno.Min(x); hBits(g) != hBits(w) {
			t.Fatalf("Min %s = %v, want %v (x=%v)", what, g, w, x)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range neonTestLengths[T]() {
		for off := 0; off < 8; off++ {
			// Random values, so the extreme is in every lane position.
			x0 := make([]T, n)
			for i := range x0 {
				x0[i] = T(r.NormFloat64())
			}
			x, _ := neonPlace(x0, off)
			check(fmt.Sprintf("n=%d off=%d random", n, off), x)
		}
		// One special value at every position of random values.
		for _, v := range neonSpecials[T]() {
			for pos := 0; pos < n; pos += 1 + n/20 {
				x0 := neonTestValues[T](n, 5, 0)
				for i := range x0 {
					if x0[i] != x0[i] {
						x0[i] = 1
					}
				}
				x0[pos] = v
				x, _ := neonPlace(x0, pos%8)
				check(fmt.Sprintf("n=%d x[%d]=%v", n, pos, v), x)
			}
		}
	}
	// Zeros of both signs, first and last.
	z, nz := T(0), T(math.Copysign(0, -1))
	for _, x := range [][]T{{z, nz}, {nz, z}, {nz, nz, -1}, {z, -3, nz, -1, z}, {nz, 1, z, 2}} {
		check(fmt.Sprint(x), x)
	}
}

// neonSumCase is one of the sums, with the neonExact value of its term i.
type neonSumCase[T Float] struct {
	name string
	run  func(o *ops[T], x, y []T) T
	term func(x, y T) *big.Float // neonExact, from the (rounded) difference for L1/L2
}

func neonExact(v float64) *big.Float { return new(big.Float).SetPrec(0).SetFloat64(v) }

func neonSumCases[T Float]() []neonSumCase[T] {
	mul := func(a, b float64) *big.Float { return new(big.Float).SetPrec(2200).Mul(neonExact(a), neonExact(b)) }
	return []neonSumCase[T]{
		{"Sum", func(o *ops[T], x, y []T) T { return o.Sum(x) },
			func(x, y T) *big.Float { return neonExact(float64(x)) }},
		{"SumSq", func(o *ops[T], x, y []T) T { return o.SumSq(x) },
			func(x, y T) *big.Float { return mul(float64(x), float64(x)) }},
		{"Dot", func(o *ops[T], x, y []T) T { return o.Dot(x, y) },
			func(x, y T) *big.Float { return mul(float64(x), float64(y)) }},
		{"L1Dist", func(o *ops[T], x, y []T) T { return o.L1Dist(x, y) },
			func(x, y T) *big.Float { return neonExact(math.Abs(float64(x - y))) }},
		{"L2DistSq", func(o *ops[T], x, y []T) T { return o.L2DistSq(x, y) },
			func(x, y T) *big.Float { d := float64(x - y); return mul(d, d) }},
	}
}

// neonTermsClass returns the sum of the non-finite terms of c (each
// rounded to float64) and true, or false if every term is finite.
func neonTermsClass[T Float](c neonSumCase[T], x, y []T) (T, bool) {
	s, any := 0.0, false
	for i := range x {
		xi, yi, d := float64(x[i]), float64(y[i]), float64(x[i]-y[i])
		f := map[string]float64{"Sum": xi, "SumSq": xi * xi, "Dot": xi * yi,
			"L1Dist": math.Abs(d), "L2DistSq": d * d}[c.name]
		if math.IsInf(f, 0) || f != f {
			s += f
			any = true
		}
	}
	return T(s), any
}

func TestNEONSumsF64(t *testing.T) { neonTestSums[float64](t) }
func TestNEONSumsF32(t *testing.T) { neonTestSums[float32](t) }

// neonTestSums checks the sums of finite values against the neonExact sum, within
// the error bound of a pairwise sum, (20 + log2 n) * eps64 * sum|term|, plus
// the final rounding to T; and that special values give what the generic
// twin gives (NaN, or the same infinity).
func neonTestSums[T Float](t *testing.T) {
	neon, gen := neonAndGeneric(t)
	no, gno := neonTableOf[T](neon), neonTableOf[T](gen)
	var zero T
	_, is64 := any(zero).(float64)
	for _, c := range neonSumCases[T]() {
		t.Run(c.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(3, 4))
			for _, n := range append(neonTestLengths[T](), 128, 129, 255, 8192, 8193, 20011) {
				x0, y0 := make([]T, n), make([]T, n)
				for i := range x0 {
					x0[i] = T(r.NormFloat64() * math.Ldexp(1, r.IntN(40)-20))
					y0[i] = T(r.NormFloat64() * math.Ldexp(1, r.IntN(40)-20))
				}
				ex, abs := new(big.Float).SetPrec(2200), new(big.Float).SetPrec(2200)
				for i := range x0 {
					term := c.term(x0[i], y0[i])
					ex.Add(ex, term)
					abs.Add(abs, new(big.Float).Abs(term))
				}
				e, _ := ex.Float64()
				a, _ := abs.Float64()
				tol := (20 + math.Log2(float64(n)+1)) * 0x1p-52 * a
				if !is64 {
					tol += 0x1p-23 * math.Abs(e)
				}
				offs := 8
				if n > 1000 {
					offs = 2
				}
				for off := 0; off < offs; off++ {
					x, _ := neonPlace(x0, off)
					y, _ := neonPlace(y0, (off+5)%8)
					got := float64(c.run(no, x, y))
					if math.Abs(got-e) > tol {
						t.Fatalf("n=%d off=%d: got %v, neonExact %v, error %g > %g", n, off, got, e, math.Abs(got-e), tol)
					}
				}
			}
			// Special values: the same class of result as the generic twin.
			for _, n := range []int{1, 3, 17, 300} {
				for _, v := range neonSpecials[T]() {
					for _, pos := range []int{0, n / 2, n - 1} {
						x0, y0 := make([]T, n), make([]T, n)
						for i := range x0 {
							x0[i], y0[i] = T(r.NormFloat64()), T(r.NormFloat64())
						}
						x0[pos] = v
						y0[n-1-pos] = v
						got, want := c.run(no, x0, y0), c.run(gno, x0, y0)
						if cls, ok := neonTermsClass(c, x0, y0); ok {
							// Infinite terms (rounded products may overflow):
							// NaN if both signs occur, else that infinity. The
							// generic twin's products may be fused on arm64.
							want = cls
						}
						ok := got == want || (got != got && want != want)
						if !ok && !math.IsInf(float64(want), 0) && want == want {
							// Finite: a rounding difference is fine.
							ok = math.Abs(float64(got-want)) <= 1e-6*math.Abs(float64(want))+1e-300
						}
						if !ok {
							t.Fatalf("n=%d x[%d]=y[%d]=%v: got %v, generic %v", n, pos, n-1-pos, v, got, want)
						}
					}
				}
			}
		})
	}
}

// High-precision references for the ULP tests.

const neonRefPrec = 256

func neonNewBig() *big.Float { return new(big.Float).SetPrec(neonRefPrec) }

// neonUlpErr returns |got - ref| in units of the last neonPlace of T at ref
// (subnormal spacing below the normal range), and whether the comparison is
// meaningful (ref finite in T).
func neonUlpErr[T Float](got T, ref *big.Float) float64 {
	var zero T
	_, is64 := any(zero).(float64)
	mant, minExp, maxv := 53, -1022, math.MaxFloat64
	if !is64 {
		mant, minExp, maxv = 24, -126, math.MaxFloat32
	}
	rf, _ := ref.Float64()
	if math.Abs(rf) > maxv {
		if math.IsInf(float64(got), 0) && (got > 0) == (rf > 0) {
			return 0.5 // overflow: Inf is within half an ulp of a too large ref
		}
		return math.Inf(1)
	}
	e := minExp
	if ref.Sign() != 0 {
		if be := ref.MantExp(nil) - 1; be > minExp {
			e = be
		}
	}
	// The difference in units of the ULP, scaled before it is rounded to a
	// float64 (a subnormal difference would round to a whole ULP).
	d := neonNewBig().Sub(neonExact(float64(got)), ref)
	df, _ := d.SetMantExp(d, mant-1-e).Float64()
	return math.Abs(df)
}

// neonMathCase is a transcendental kernel with its reference and test inputs.
type neonMathCase struct {
	name  string
	ref   func(x float64) *big.Float
	lo    float64 // random inputs in [lo, hi]
	hi    float64
	extra []float64 // inputs of interest
	kern  func(o *ops[float64]) unaryFunc[float64]
	kern3 func(o *ops[float32]) unaryFunc[float32]
}

func neonMathCases() []neonMathCase {
	return []neonMathCase{
		{"Exp", expBig, -746, 710, []float64{0, 1e-300, -1e-300, 1e-20, 0.5, -0.5, 1, 709.78, 709.782712893384,
			-708.39, -708.4, -720, -745.1, -745.13, 88.7, 88.72, -87.3, -103.9, -104, 0.34657359, -0.34657359},
			func(o *ops[float64]) unaryFunc[float64] { return o.Exp }, func(o *ops[float32]) unaryFunc[float32] { return o.Exp }},
		{"Log", logBig, 0, 0, []float64{1, 2, 0.5, math.E, 1 + 1e-15, 1 - 1e-16, 0.7071067811865476, 0.7071067811865475,
			math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 2.225073858507201e-308, math.MaxFloat64,
			math.SmallestNonzeroFloat32, 1.1754942e-38, math.MaxFloat32, 1e-300, 1e300},
			func(o *ops[float64]) unaryFunc[float64] { return o.Log }, func(o *ops[float32]) unaryFunc[float32] { return o.Log }},
		{"Tanh", tanhBig, -20, 20, []float64{0, 1e-300, -1e-300, 0x1p-30, 0.0108, 0.0217, 0.17, 0.18672140970190437,
			-0.18743197989574245, 0.3465, 0.3466, 0.5, 0.55, 0.625, 1, -1, 9.01, 18.4, 19.06, -19.06, 20, 22, -22, 1e300},
			func(o *ops[float64]) unaryFunc[float64] { return o.Tanh }, func(o *ops[float32]) unaryFunc[float32] { return o.Tanh }},
		{"Sigmoid", func(x float64) *big.Float { return sigmoidBig(x, false) }, -750, 750, neonSigmoidEdges,
			func(o *ops[float64]) unaryFunc[float64] { return o.Sigmoid }, func(o *ops[float32]) unaryFunc[float32] { return o.Sigmoid }},
		{"SigmoidDerivative", func(x float64) *big.Float { return sigmoidBig(x, true) }, -750, 750, neonSigmoidEdges,
			func(o *ops[float64]) unaryFunc[float64] { return o.SigmoidDerivative }, func(o *ops[float32]) unaryFunc[float32] { return o.SigmoidDerivative }},
	}
}

// neonSigmoidEdges are the inputs of interest of the sigmoids: zero and
// tiny, around ln2/2 (the reduction's edge), where 1 - s underflows in
// float32 and float64, where exp(-|x|) leaves the normal range, and where it
// underflows to 0.
var neonSigmoidEdges = []float64{0, 1e-300, -1e-300, 0x1p-60, -0x1p-60, 0.3465, -0.3466, 1, -1, 16.6, -16.6, 36.7, 37,
	-37, 87.3, -87.3, 88.7, 103, -103.9, 104, 708, -708.3964185322641, -708.5829686608746, -709.0642760811634,
	709.78, -709.78, 744.44, -744.44, 745, -745.1332191019411, -745.1332191019412, 745.2, -746, 746, 1e300, -1e300}

// neonMathInputs returns the test inputs of c: its extras and many random
// values (for Log, random positive bit patterns, so every exponent).
func neonMathInputs(c neonMathCase, n int) []float64 {
	r := rand.New(rand.NewPCG(11, 12))
	xs := append([]float64(nil), c.extra...)
	for len(xs) < n {
		if c.lo == c.hi {
			xs = append(xs, math.Float64frombits(r.Uint64()>>1))
			continue
		}
		switch r.IntN(3) {
		case 0:
			xs = append(xs, c.lo+(c.hi-c.lo)*r.Float64())
		case 1:
			xs = append(xs, r.NormFloat64())
		default:
			xs = append(xs, r.NormFloat64()*math.Ldexp(1, -r.IntN(60)))
		}
	}
	return xs
}

func TestNEONMathULP(t *testing.T) {
	neon, _ := neonAndGeneric(t)
	for _, c := range neonMathCases() {
		if c.kern(&neon.f64) == nil {
			continue
		}
		xs := neonMathInputs(c, 20000)
		t.Run(c.name+"/f64", func(t *testing.T) {
			got := make([]float64, len(xs))
			c.kern(&neon.f64)(got, xs)
			worst, at := 0.0, 0.0
			worstN, atN := 0.0, 0.0 // normal results only
			for i, x := range xs {
				if math.IsNaN(x) || math.IsInf(x, 0) || (c.name == "Log" && x <= 0) {
					continue
				}
				e := neonUlpErr(got[i], c.ref(x))
				if e > worst {
					worst, at = e, x
				}
				if e > worstN && math.Abs(got[i]) >= 0x1p-1022 {
					worstN, atN = e, x
				}
			}
			t.Logf("worst error %.3f ULP at x=%v (%.3f ULP at x=%v among normal results)", worst, at, worstN, atN)
			if worst > 1 {
				t.Errorf("worst error %.3f ULP at x=%v (%v) > 1", worst, at, c.ref(at))
			}
		})
		t.Run(c.name+"/f32", func(t *testing.T) {
			xs32 := make([]float32, len(xs))
			for i, x := range xs {
				xs32[i] = float32(x)
			}
			got := make([]float32, len(xs))
			c.kern3(&neon.f32)(got, xs32)
			worst, at := 0.0, float32(0)
			for i, x := range xs32 {
				if x != x || math.IsInf(float64(x), 0) || (c.name == "Log" && x <= 0) {
					continue
				}
				if e := neonUlpErr(got[i], c.ref(float64(x))); e > worst {
					worst, at = e, x
				}
			}
			t.Logf("worst error %.3f ULP at x=%v", worst, at)
			if worst > 1 {
				t.Errorf("worst error %.3f ULP at x=%v > 1", worst, at)
			}
		})
	}
}

func TestNEONMathSpecials(t *testing.T) {
	neon, gen := neonAndGeneric(t)
	for _, c := range neonMathCases() {
		if c.kern(&neon.f64) == nil {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			neonTestMathSpecials[float64](t, c, c.kern(&neon.f64), c.kern(&gen.f64))
			neonTestMathSpecials[float32](t, c, c.kern3(&neon.f32), c.kern3(&gen.f32))
		})
	}
}

// neonTestMathSpecials checks special inputs (NaN, ±Inf, ±0, subnormals,
// overflow, underflow) at every lane position and tail length: NaN for NaN;
// for infinite inputs and outside the domain (log of x <= 0) the generic
// twin's result (Go's math, exact there); elsewhere within 1 ULP of the
// reference (the generic twin itself can be 1 ULP off at subnormal results).
func neonTestMathSpecials[T Float](t *testing.T, c neonMathCase, k, g unaryFunc[T]) {
	sp := append(neonSpecials[T](), T(-1e-310), T(1e-310), T(800), T(-800), T(1e-40), T(-1e-40), T(-50), T(50))
	for n := 1; n <= 4*neonLanesOf[T]()+3; n++ {
		for _, v := range sp {
			for pos := 0; pos < n; pos++ {
				x, _ := neonPlace(neonTestValues[T](n, uint64(n), 0), pos%8)
				x[pos] = v
				got, gbuf := neonPlace(make([]T, n), (pos+3)%8)
				want := make([]T, n)
				k(got, x)
				g(want, x)
				neonCheckGuards(t, gbuf, (pos+3)%8, n)
				gw, ww := got[pos], want[pos]
				switch {
				case v != v:
					if gw == gw {
						t.Fatalf("n=%d x[%d]=NaN: got %v", n, pos, gw)
					}
				case math.IsInf(float64(v), 0) || (c.name == "Log" && v <= 0) || v == 0:
					// Exact results (and the sign of tanh(±0)).
					if hBits(gw) != hBits(ww) && !(gw != gw && ww != ww) {
						t.Fatalf("n=%d x[%d]=%v: got %v, want %v", n, pos, v, gw, ww)
					}
				default:
					if e := neonUlpErr(gw, c.ref(float64(v))); e > 1 {
						t.Fatalf("n=%d x[%d]=%v: got %v, error %.3f ULP (generic %v)", n, pos, v, gw, e, ww)
					}
				}
			}
		}
	}
}

func TestNEONArgF64(t *testing.T) { neonTestArg[float64](t) }
func TestNEONArgF32(t *testing.T) { neonTestArg[float32](t) }

// neonArgRef is NumPy's argmax (isMax) or argmin: the first NaN, else the
// first largest (smallest) element; -1 for an empty slice.
func neonArgRef[T Float](x []T, isMax bool) int {
	k := -1
	for i, v := range x {
		if v != v {
			return i
		}
		if k < 0 || (isMax && v > x[k]) || (!isMax && v < x[k]) {
			k = i
		}
	}
	return k
}

// neonTestArg checks ArgMax and ArgMin against neonArgRef: the extreme at
// every position (so in every lane and chain of the scan and in the tail),
// ties between positions (the first wins), zeros of both signs, NaN at
// every position, every start offset and lengths around the vector sizes.
func neonTestArg[T Float](t *testing.T) {
	neon, _ := neonAndGeneric(t)
	no := neonTableOf[T](neon)
	check := func(what string, x []T) {
		t.Helper()
		if g, w := no.ArgMax(x), neonArgRef(x, true); g != w {
			t.Fatalf("ArgMax %s = %d, want %d (x=%v)", what, g, w, x)
		}
		if g, w := no.ArgMin(x), neonArgRef(x, false); g != w {
			t.Fatalf("ArgMin %s = %d, want %d (x=%v)", what, g, w, x)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	lanes := neonLanesOf[T]()
	for _, n := range append(neonTestLengths[T](), 64, 65, 257) {
		for off := 0; off < 8; off++ {
			x0 := make([]T, n)
			for i := range x0 {
				x0[i] = T(r.NormFloat64())
			}
			x, _ := neonPlace(x0, off)
			check(fmt.Sprintf("n=%d off=%d random", n, off), x)
		}
		for pos := 0; pos < n; pos++ {
			base := make([]T, n)
			for i := range base {
				base[i] = T(r.IntN(5)) - 2 // many ties
			}
			for _, v := range []T{3, -3, T(math.Inf(1)), T(math.Inf(-1)), T(math.NaN())} {
				x0 := append([]T(nil), base...)
				x0[pos] = v
				x, _ := neonPlace(x0, pos%8)
				check(fmt.Sprintf("n=%d x[%d]=%v", n, pos, v), x)
				// A second equal extreme later (in another lane or chain).
				if q := pos + 1 + r.IntN(2*lanes); q < n && v == v {
					x[q] = v
					check(fmt.Sprintf("n=%d x[%d]=x[%d]=%v", n, pos, q, v), x)
				}
			}
			// Every element equal: the first index.
			x0 := make([]T, n)
			for i := range x0 {
				x0[i] = 7
			}
			check(fmt.Sprintf("n=%d all equal", n), x0)
		}
	}
	z, nz := T(0), T(math.Copysign(0, -1))
	for _, x := range [][]T{{z, nz}, {nz, z}, {nz, nz, -1, z, nz, z, -1, z, nz}, {z, -3, nz, -1, z, 1, 1, 1, 1}, {nz, 1, z, 2, 2, 1, 2, 0, 0, 0, 2}} {
		check(fmt.Sprint(x), x)
	}
}

func TestNEONStridedF64(t *testing.T) { neonTestStrided[float64](t) }
func TestNEONStridedF32(t *testing.T) { neonTestStrided[float32](t) }

// neonTestStrided checks the strided kernels bit for bit (NaN payloads
// too) against the reference loop over the generic twin's operations
// (stridedGeneric), for increments of either sign and 0, every pair of
// neonSpecials, and dst overlapping x or y: in place, one element ahead and
// one behind (where only in-order processing gives the Go loop's result).
func neonTestStrided[T Float](t *testing.T) {
	neon, gen := neonAndGeneric(t)
	no, gno := neonTableOf[T](neon), neonTableOf[T](gen)
	type kern struct {
		name   string
		k, ref stridedFunc[T]
	}
	ks := []kern{
		{"AddStrided", no.AddStrided, gno.AddStrided},
		{"SubStrided", no.SubStrided, gno.SubStrided},
		{"MulStrided", no.MulStrided, gno.MulStrided},
		{"DivStrided", no.DivStrided, gno.DivStrided},
		{"MaximumStrided", no.MaximumStrided, gno.MaximumStrided},
		{"MinimumStrided", no.MinimumStrided, gno.MinimumStrided},
	}
	sp := len(neonSpecials[T]())
	incs := []int{-3, -1, 0, 1, 2}
	for _, k := range ks {
		t.Run(k.name, func(t *testing.T) {
			for _, n := range []int{0, 1, 2, 3, 5, 8, 17, sp * sp} {
				for _, di := range incs {
					for _, xi := range incs {
						for _, yi := range incs {
							// One buffer holds x, then y, then dst, each with room
							// for n elements at any increment of at most 3.
							span := 3*max(n-1, 0) + 1
							x0 := neonTestValues[T](3*span, uint64(n*131+di*17+xi*5+yi), 0)
							copy(x0[span:], neonTestValues[T](span, uint64(n+1), 1))
							at := func(base, inc int) int {
								if inc < 0 {
									return base + span - 1
								}
								return base
							}
							for _, lay := range []struct {
								name       string
								dOff, dInc int
							}{
								{"apart", at(2*span, di), di},
								{"dst=x", at(0, xi), xi},
								{"dst=y", at(span, yi), yi},
								{"dst ahead of x", at(0, xi) + 1, xi},
								{"dst behind y", at(span, yi) - 1, yi},
							} {
								xOff, yOff := at(0, xi), at(span, yi)
								if lay.dOff < 0 || (n > 0 && (lay.dOff+(n-1)*lay.dInc < 0 || lay.dOff+(n-1)*lay.dInc >= len(x0))) || lay.dOff >= len(x0) {
									continue
								}
								got, want := append([]T(nil), x0...), append([]T(nil), x0...)
								k.k(n, got, lay.dOff, lay.dInc, got, xOff, xi, got, yOff, yi)
								k.ref(n, want, lay.dOff, lay.dInc, want, xOff, xi, want, yOff, yi)
								for i := range want {
									if hBits(got[i]) != hBits(want[i]) {
										t.Fatalf("n=%d incs(d,x,y)=(%d,%d,%d) %s: buf[%d] = %v (%#x), want %v (%#x)",
											n, lay.dInc, xi, yi, lay.name, i, got[i], hBits(got[i]), want[i], hBits(want[i]))
									}
								}
							}
						}
					}
				}
			}
		})
	}
}
