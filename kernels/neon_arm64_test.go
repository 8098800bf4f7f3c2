//go:build !purego

package kernels

import (
	"fmt"
	"math"
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
