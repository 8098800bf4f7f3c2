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

func tableOf[T Float](im *impl) *ops[T] {
	var zero T
	if _, ok := any(zero).(float64); ok {
		return any(&im.f64).(*ops[T])
	}
	return any(&im.f32).(*ops[T])
}

func lanesOf[T Float]() int {
	var zero T
	if _, ok := any(zero).(float64); ok {
		return 2
	}
	return 4
}

// specials are the values every kernel must get right.
func specials[T Float]() []T {
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

// testValues returns n values: for large n first every pair of specials (as
// x when which is 0, y when 1), then a mix of specials and random values of
// every magnitude.
func testValues[T Float](n int, seed uint64, which int) []T {
	r := rand.New(rand.NewPCG(seed, 99))
	sp := specials[T]()
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

// testLengths are 0 to 4*lanes+3 and some long ones.
func testLengths[T Float]() []int {
	var ns []int
	for n := 0; n <= 4*lanesOf[T]()+3; n++ {
		ns = append(ns, n)
	}
	return append(ns, 63, 1000, 1027)
}

const guardLen = 9

// place returns a slice of the values v starting at offset off of a fresh
// buffer, with guard elements (a NaN of a marked payload) on both sides.
func place[T Float](v []T, off int) (s, buf []T) {
	buf = make([]T, off+len(v)+guardLen)
	g := guardValue[T]()
	for i := range buf {
		buf[i] = g
	}
	s = buf[off : off+len(v) : off+len(v)]
	copy(s, v)
	return s, buf
}

func guardValue[T Float]() T {
	var zero T
	if _, ok := any(zero).(float64); ok {
		return T(math.Float64frombits(0x7ff4_dead_beef_0001))
	}
	return any(math.Float32frombits(0x7fa0_dead)).(T)
}

func bitsOf[T Float](v T) uint64 {
	switch f := any(v).(type) {
	case float64:
		return math.Float64bits(f)
	default:
		return uint64(math.Float32bits(f.(float32)))
	}
}

// checkGuards fails if anything outside s in buf was written.
func checkGuards[T Float](t *testing.T, buf []T, off, n int) {
	t.Helper()
	g := bitsOf(guardValue[T]())
	for i, v := range buf {
		if (i < off || i >= off+n) && bitsOf(v) != g {
			t.Fatalf("wrote outside the slice: buf[%d] (slice is [%d:%d]) = %v", i, off, off+n, v)
		}
	}
}

func sameBits[T Float](t *testing.T, what string, got, want, x, y []T) {
	t.Helper()
	for i := range want {
		if bitsOf(got[i]) != bitsOf(want[i]) {
			var yi any = "-"
			if y != nil {
				yi = y[i]
			}
			t.Fatalf("%s: [%d] of %d: x=%v y=%v: got %v (%#x), want %v (%#x)", what, i, len(want),
				x[i], yi, got[i], bitsOf(got[i]), want[i], bitsOf(want[i]))
		}
	}
}

// elemCase is one elementwise kernel in a uniform shape: y is nil for
// unary and scalar forms.
type elemCase[T Float] struct {
	name   string
	binary bool // takes y
	scalar bool // takes s
	run    func(o *ops[T], dst, x, y []T, s T)
}

func elemCases[T Float]() []elemCase[T] {
	return []elemCase[T]{
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

func testElementwise[T Float](t *testing.T) {
	neon, gen := neonAndGeneric(t)
	no, gno := tableOf[T](neon), tableOf[T](gen)
	for _, c := range elemCases[T]() {
		t.Run(c.name, func(t *testing.T) {
			scalars := []T{0}
			if c.scalar {
				scalars = specials[T]()
			}
			// Every pair of specials in every lane and register position.
			sp := specials[T]()
			n := 4*lanesOf[T]()*2 + 3
			x0, y0, want, got := make([]T, n), make([]T, n), make([]T, n), make([]T, n)
			for _, a := range sp {
				for _, b := range sp {
					for i := range x0 {
						x0[i], y0[i] = a, b
					}
					c.run(gno, want, x0, y0, b)
					c.run(no, got, x0, y0, b)
					sameBits(t, fmt.Sprintf("uniform s=%v", b), got, want, x0, y0)
				}
			}
			for _, n := range testLengths[T]() {
				x0 := testValues[T](n, uint64(n), 0)
				var y0 []T
				if c.binary {
					y0 = testValues[T](n, uint64(n)+1000, 1)
				}
				want := make([]T, n)
				for _, s := range scalars {
					c.run(gno, want, x0, y0, s)
					what := fmt.Sprintf("n=%d s=%v", n, s)
					for off := 0; off < 8; off++ {
						x, xbuf := place(x0, off)
						y, ybuf := place(y0, (off+3)%8)
						dst, dbuf := place(make([]T, n), (off*5)%8)
						c.run(no, dst, x, y, s)
						sameBits(t, fmt.Sprintf("%s off=%d", what, off), dst, want, x0, y0)
						checkGuards(t, dbuf, (off*5)%8, n)
						sameBits(t, what+" (x changed)", x, x0, x0, y0)
						checkGuards(t, xbuf, off, n)
						if c.binary {
							sameBits(t, what+" (y changed)", y, y0, x0, y0)
							checkGuards(t, ybuf, (off+3)%8, len(y0))
						}
					}
					// In place: dst is x, then (binary) dst is y.
					x, xbuf := place(x0, 1)
					c.run(no, x, x, y0, s)
					sameBits(t, what+" dst==x", x, want, x0, y0)
					checkGuards(t, xbuf, 1, n)
					if c.binary {
						y, ybuf := place(y0, 2)
						c.run(no, y, x0, y, s)
						sameBits(t, what+" dst==y", y, want, x0, y0)
						checkGuards(t, ybuf, 2, n)
					}
				}
			}
		})
	}
}

func TestNEONElementwiseF64(t *testing.T) { testElementwise[float64](t) }
func TestNEONElementwiseF32(t *testing.T) { testElementwise[float32](t) }

func TestNEONAxpyF64(t *testing.T) { testAxpy[float64](t) }
func TestNEONAxpyF32(t *testing.T) { testAxpy[float32](t) }

// testAxpy checks Axpy against y[i] + T(alpha*x[i]), the product rounded
// (the generic twin's y[i] += alpha*x[i] may be fused on arm64).
func testAxpy[T Float](t *testing.T) {
	neon, _ := neonAndGeneric(t)
	no := tableOf[T](neon)
	for _, n := range testLengths[T]() {
		x0, y0 := testValues[T](n, uint64(n), 0), testValues[T](n, uint64(n)+7, 1)
		for _, alpha := range specials[T]() {
			want := make([]T, n)
			for i := range want {
				want[i] = y0[i] + T(alpha*x0[i])
			}
			for off := 0; off < 8; off++ {
				x, _ := place(x0, off)
				y, ybuf := place(y0, 7-off)
				no.Axpy(alpha, x, y)
				sameBits(t, fmt.Sprintf("Axpy n=%d alpha=%v off=%d", n, alpha, off), y, want, x0, y0)
				checkGuards(t, ybuf, 7-off, n)
			}
		}
	}
}

func TestNEONFromUint8F64(t *testing.T) { testFromUint8[float64](t) }
func TestNEONFromUint8F32(t *testing.T) { testFromUint8[float32](t) }

func testFromUint8[T Float](t *testing.T) {
	neon, _ := neonAndGeneric(t)
	no := tableOf[T](neon)
	for _, n := range append(testLengths[T](), 256+15, 16, 17, 31, 32, 33) {
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
			dst, dbuf := place(make([]T, n), (off+2)%8)
			no.FromUint8(dst, x)
			sameBits(t, fmt.Sprintf("FromUint8 n=%d off=%d", n, off), dst, want, want, nil)
			checkGuards(t, dbuf, (off+2)%8, n)
		}
	}
}

func TestNEONMaxMinF64(t *testing.T) { testMaxMin[float64](t) }
func TestNEONMaxMinF32(t *testing.T) { testMaxMin[float32](t) }

// testMaxMin checks Max and Min bit for bit against the generic twins.
func testMaxMin[T Float](t *testing.T) {
	neon, gen := neonAndGeneric(t)
	no, gno := tableOf[T](neon), tableOf[T](gen)
	check := func(what string, x []T) {
		t.Helper()
		if g, w := no.Max(x), gno.Max(x); bitsOf(g) != bitsOf(w) {
			t.Fatalf("Max %s = %v, want %v (x=%v)", what, g, w, x)
		}
		if g, w := no.Min(x), gno.Min(x); bitsOf(g) != bitsOf(w) {
			t.Fatalf("Min %s = %v, want %v (x=%v)", what, g, w, x)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range testLengths[T]() {
		for off := 0; off < 8; off++ {
			// Random values, so the extreme is in every lane position.
			x0 := make([]T, n)
			for i := range x0 {
				x0[i] = T(r.NormFloat64())
			}
			x, _ := place(x0, off)
			check(fmt.Sprintf("n=%d off=%d random", n, off), x)
		}
		// One special value at every position of random values.
		for _, v := range specials[T]() {
			for pos := 0; pos < n; pos += 1 + n/20 {
				x0 := testValues[T](n, 5, 0)
				for i := range x0 {
					if x0[i] != x0[i] {
						x0[i] = 1
					}
				}
				x0[pos] = v
				x, _ := place(x0, pos%8)
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

// sumCase is one of the sums, with the exact value of its term i.
type sumCase[T Float] struct {
	name string
	run  func(o *ops[T], x, y []T) T
	term func(x, y T) *big.Float // exact, from the (rounded) difference for L1/L2
}

func exact(v float64) *big.Float { return new(big.Float).SetPrec(0).SetFloat64(v) }

func sumCases[T Float]() []sumCase[T] {
	mul := func(a, b float64) *big.Float { return new(big.Float).SetPrec(2200).Mul(exact(a), exact(b)) }
	return []sumCase[T]{
		{"Sum", func(o *ops[T], x, y []T) T { return o.Sum(x) },
			func(x, y T) *big.Float { return exact(float64(x)) }},
		{"SumSq", func(o *ops[T], x, y []T) T { return o.SumSq(x) },
			func(x, y T) *big.Float { return mul(float64(x), float64(x)) }},
		{"Dot", func(o *ops[T], x, y []T) T { return o.Dot(x, y) },
			func(x, y T) *big.Float { return mul(float64(x), float64(y)) }},
		{"L1Dist", func(o *ops[T], x, y []T) T { return o.L1Dist(x, y) },
			func(x, y T) *big.Float { return exact(math.Abs(float64(x - y))) }},
		{"L2DistSq", func(o *ops[T], x, y []T) T { return o.L2DistSq(x, y) },
			func(x, y T) *big.Float { d := float64(x - y); return mul(d, d) }},
	}
}

func TestNEONSumsF64(t *testing.T) { testSums[float64](t) }
func TestNEONSumsF32(t *testing.T) { testSums[float32](t) }

// testSums checks the sums of finite values against the exact sum, within
// the error bound of a pairwise sum, (20 + log2 n) * eps64 * sum|term|, plus
// the final rounding to T; and that special values give what the generic
// twin gives (NaN, or the same infinity).
func testSums[T Float](t *testing.T) {
	neon, gen := neonAndGeneric(t)
	no, gno := tableOf[T](neon), tableOf[T](gen)
	var zero T
	_, is64 := any(zero).(float64)
	for _, c := range sumCases[T]() {
		t.Run(c.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(3, 4))
			for _, n := range append(testLengths[T](), 128, 129, 255, 8192, 8193, 20011) {
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
					x, _ := place(x0, off)
					y, _ := place(y0, (off+5)%8)
					got := float64(c.run(no, x, y))
					if math.Abs(got-e) > tol {
						t.Fatalf("n=%d off=%d: got %v, exact %v, error %g > %g", n, off, got, e, math.Abs(got-e), tol)
					}
				}
			}
			// Special values: the same class of result as the generic twin.
			for _, n := range []int{1, 3, 17, 300} {
				for _, v := range specials[T]() {
					for _, pos := range []int{0, n / 2, n - 1} {
						x0, y0 := make([]T, n), make([]T, n)
						for i := range x0 {
							x0[i], y0[i] = T(r.NormFloat64()), T(r.NormFloat64())
						}
						x0[pos] = v
						y0[n-1-pos] = v
						got, want := c.run(no, x0, y0), c.run(gno, x0, y0)
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
