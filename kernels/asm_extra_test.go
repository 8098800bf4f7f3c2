//go:build !purego && (amd64 || arm64) && unix

package kernels

// Extra tests of the assembly arithmetic and reduction kernels (avx2,
// avx512, neon: every assembly implementation this CPU runs), beyond the
// every-implementation harness: NaN payloads kept bit for bit,
// slices that end right before an unmapped page, sums of 2^20 elements
// against an exact reference, and benchmarks against the generic twins.

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"runtime/debug"
	"syscall"
	"testing"
	"unsafe"
)

// arImpls lists the assembly implementations this CPU runs.
func arImpls(t testing.TB) []string {
	var out []string
	for _, im := range impls {
		if im.name != "generic" && im.available {
			out = append(out, im.name)
		}
	}
	if len(out) == 0 {
		t.Skip("this CPU and build run no assembly implementation")
	}
	return out
}

// arCall is one kernel run through the exported API on dst, x, y (and u for
// FromUint8); r is its scalar result, if any, as float64 bits or an index.
type arCall[T Float] struct {
	name string
	f    func(dst, x, y []T, u []uint8) (r float64)
}

func arCalls[T Float]() []arCall[T] {
	s := T(1.5)
	return []arCall[T]{
		{"Add", func(d, x, y []T, _ []uint8) float64 { Add(d, x, y); return 0 }},
		{"Sub", func(d, x, y []T, _ []uint8) float64 { Sub(d, x, y); return 0 }},
		{"Mul", func(d, x, y []T, _ []uint8) float64 { Mul(d, x, y); return 0 }},
		{"Div", func(d, x, y []T, _ []uint8) float64 { Div(d, x, y); return 0 }},
		{"Maximum", func(d, x, y []T, _ []uint8) float64 { Maximum(d, x, y); return 0 }},
		{"Minimum", func(d, x, y []T, _ []uint8) float64 { Minimum(d, x, y); return 0 }},
		{"AddScalar", func(d, x, y []T, _ []uint8) float64 { AddScalar(d, x, s); return 0 }},
		{"SubScalar", func(d, x, y []T, _ []uint8) float64 { SubScalar(d, x, s); return 0 }},
		{"MulScalar", func(d, x, y []T, _ []uint8) float64 { MulScalar(d, x, s); return 0 }},
		{"DivScalar", func(d, x, y []T, _ []uint8) float64 { DivScalar(d, x, s); return 0 }},
		{"MaximumScalar", func(d, x, y []T, _ []uint8) float64 { MaximumScalar(d, x, s); return 0 }},
		{"MinimumScalar", func(d, x, y []T, _ []uint8) float64 { MinimumScalar(d, x, s); return 0 }},
		{"ScalarSub", func(d, x, y []T, _ []uint8) float64 { ScalarSub(d, s, x); return 0 }},
		{"ScalarDiv", func(d, x, y []T, _ []uint8) float64 { ScalarDiv(d, s, x); return 0 }},
		{"Abs", func(d, x, y []T, _ []uint8) float64 { Abs(d, x); return 0 }},
		{"Neg", func(d, x, y []T, _ []uint8) float64 { Neg(d, x); return 0 }},
		{"Sqrt", func(d, x, y []T, _ []uint8) float64 { Sqrt(d, x); return 0 }},
		{"Square", func(d, x, y []T, _ []uint8) float64 { Square(d, x); return 0 }},
		{"Axpy", func(d, x, y []T, _ []uint8) float64 { Axpy(s, x, y); return 0 }},
		{"Scale", func(d, x, y []T, _ []uint8) float64 { Scale(s, x); return 0 }},
		{"FromUint8", func(d, x, y []T, u []uint8) float64 { FromUint8(d, u); return 0 }},
		{"Sum", func(d, x, y []T, _ []uint8) float64 { return float64(Sum(x)) }},
		{"SumSq", func(d, x, y []T, _ []uint8) float64 { return float64(SumSq(x)) }},
		{"Dot", func(d, x, y []T, _ []uint8) float64 { return float64(Dot(x, y)) }},
		{"L1Dist", func(d, x, y []T, _ []uint8) float64 { return float64(L1Dist(x, y)) }},
		{"L2DistSq", func(d, x, y []T, _ []uint8) float64 { return float64(L2DistSq(x, y)) }},
		{"Max", func(d, x, y []T, _ []uint8) float64 { return float64(Max(x)) }},
		{"Min", func(d, x, y []T, _ []uint8) float64 { return float64(Min(x)) }},
		{"ArgMax", func(d, x, y []T, _ []uint8) float64 { return float64(ArgMax(x)) }},
		{"ArgMin", func(d, x, y []T, _ []uint8) float64 { return float64(ArgMin(x)) }},
	}
}

// arNaN returns a quiet NaN with payload p (p > 0), negative if neg.
func arNaN[T Float](p uint64, neg bool) T {
	var z T
	if _, ok := any(z).(float32); ok {
		b := uint32(0x7fc00000) | uint32(p&0x3fffff)
		if neg {
			b |= 1 << 31
		}
		return T(math.Float32frombits(b))
	}
	b := uint64(0x7ff8000000000000) | p&0x7ffffffffffff
	if neg {
		b |= 1 << 63
	}
	return T(math.Float64frombits(b))
}

// arFill fills s with a mix of ordinary numbers and specials: distinct NaN
// payloads of both signs, ±Inf, ±0, subnormals.
func arFill[T Float](rng *rand.Rand, s []T) {
	for i := range s {
		switch rng.IntN(12) {
		case 0:
			s[i] = arNaN[T](uint64(rng.IntN(1000)+1), rng.IntN(2) == 0)
		case 1:
			s[i] = T(math.Inf(1 - 2*rng.IntN(2)))
		case 2:
			s[i] = T(math.Copysign(0, float64(1-2*rng.IntN(2))))
		case 3:
			s[i] = T(math.SmallestNonzeroFloat32) * T(rng.IntN(5)+1)
		case 4:
			s[i] = T(rng.IntN(5) - 2) // small integers: ties in max/min
		default:
			s[i] = T(rng.NormFloat64() * 10)
		}
	}
}

// TestArithNaNPayloads checks the elementwise kernels bit for bit against
// the generic twins, NaN payloads and signs included, for lengths 0..70 and
// 1000, start offsets 0..7, in place on x and on y.
func TestArithNaNPayloads(t *testing.T) {
	for _, impl := range arImpls(t) {
		t.Run(impl+"/f64", func(t *testing.T) { arNaNPayloads[float64](t, impl) })
		t.Run(impl+"/f32", func(t *testing.T) { arNaNPayloads[float32](t, impl) })
	}
}

func arNaNPayloads[T Float](t *testing.T, impl string) {
	g := genericOps[T]()
	type ew struct {
		name      string
		api, twin func(d, x, y []T)
	}
	const s = 0.75
	sNaN := arNaN[T](77, true)
	cases := []ew{
		{"Add", Add[T], g.Add}, {"Sub", Sub[T], g.Sub}, {"Mul", Mul[T], g.Mul}, {"Div", Div[T], g.Div},
		{"Maximum", Maximum[T], g.Maximum}, {"Minimum", Minimum[T], g.Minimum},
		{"AddScalar", func(d, x, _ []T) { AddScalar(d, x, s) }, func(d, x, _ []T) { g.AddScalar(d, x, s) }},
		{"MaximumScalarNaN", func(d, x, _ []T) { MaximumScalar(d, x, sNaN) }, func(d, x, _ []T) { g.MaximumScalar(d, x, sNaN) }},
		{"MinimumScalarNaN", func(d, x, _ []T) { MinimumScalar(d, x, sNaN) }, func(d, x, _ []T) { g.MinimumScalar(d, x, sNaN) }},
		{"MaximumScalar0", func(d, x, _ []T) { MaximumScalar(d, x, 0) }, func(d, x, _ []T) { g.MaximumScalar(d, x, 0) }},
		{"MinimumScalarNeg0", func(d, x, _ []T) { MinimumScalar(d, x, T(math.Copysign(0, -1))) },
			func(d, x, _ []T) { g.MinimumScalar(d, x, T(math.Copysign(0, -1))) }},
		{"ScalarSub", func(d, x, _ []T) { ScalarSub(d, s, x) }, func(d, x, _ []T) { g.ScalarSub(d, s, x) }},
		{"ScalarDivNaN", func(d, x, _ []T) { ScalarDiv(d, sNaN, x) }, func(d, x, _ []T) { g.ScalarDiv(d, sNaN, x) }},
		{"DivScalar", func(d, x, _ []T) { DivScalar(d, x, 3) }, func(d, x, _ []T) { g.DivScalar(d, x, 3) }},
		{"Abs", func(d, x, _ []T) { Abs(d, x) }, func(d, x, _ []T) { g.Abs(d, x) }},
		{"Neg", func(d, x, _ []T) { Neg(d, x) }, func(d, x, _ []T) { g.Neg(d, x) }},
		{"Sqrt", func(d, x, _ []T) { Sqrt(d, x) }, func(d, x, _ []T) { g.Sqrt(d, x) }},
		{"Square", func(d, x, _ []T) { Square(d, x) }, func(d, x, _ []T) { g.Square(d, x) }},
		{"Axpy", func(_, x, y []T) { Axpy(s, x, y) }, func(_, x, y []T) { g.Axpy(s, x, y) }},
		{"AxpyNaN", func(_, x, y []T) { Axpy(sNaN, x, y) }, func(_, x, y []T) { g.Axpy(sNaN, x, y) }},
		{"Scale", func(_, x, _ []T) { Scale(s, x) }, func(_, x, _ []T) { g.Scale(s, x) }},
	}
	restore, err := Use(impl)
	if err != nil {
		t.Fatal(err)
	}
	defer restore()
	rng := rand.New(rand.NewPCG(1, 2))
	var lengths []int
	for n := 0; n <= 70; n++ {
		lengths = append(lengths, n)
	}
	lengths = append(lengths, 1000)
	for _, c := range cases {
		bad := 0
		for _, n := range lengths {
			for off := 0; off < 8; off++ {
				for alias := 0; alias < 3; alias++ { // 0: separate, 1: dst is x, 2: dst is y
					x := make([]T, n+off)[off:]
					y := make([]T, n+off)[off:]
					arFill(rng, x)
					arFill(rng, y)
					x2, y2 := append([]T(nil), x...), append([]T(nil), y...)
					d := make([]T, n+off)[off:]
					d2 := make([]T, n)
					switch alias {
					case 1:
						d, d2 = x, x2
					case 2:
						d, d2 = y, y2
					}
					c.api(d, x, y)
					c.twin(d2, x2, y2)
					for i := range n {
						if hBits(d[i]) != hBits(d2[i]) || hBits(x[i]) != hBits(x2[i]) || hBits(y[i]) != hBits(y2[i]) {
							if bad < 3 {
								t.Errorf("%s n=%d off=%d alias=%d i=%d: got %v (%#x), want %v (%#x)",
									c.name, n, off, alias, i, d[i], hBits(d[i]), d2[i], hBits(d2[i]))
							}
							bad++
							break
						}
					}
				}
			}
		}
	}
}

// TestArithExtrema checks Max, Min, ArgMax and ArgMin bit for bit against
// the generic twins, with ±0 ties, NaNs and extremes at every position,
// ties between positions and infinities.
func TestArithExtrema(t *testing.T) {
	for _, impl := range arImpls(t) {
		t.Run(impl+"/f64", func(t *testing.T) { arExtrema[float64](t, impl) })
		t.Run(impl+"/f32", func(t *testing.T) { arExtrema[float32](t, impl) })
	}
}

func arExtrema[T Float](t *testing.T, impl string) {
	restore, err := Use(impl)
	if err != nil {
		t.Fatal(err)
	}
	defer restore()
	g := genericOps[T]()
	negZero := T(math.Copysign(0, -1))
	inf := T(math.Inf(1))
	rng := rand.New(rand.NewPCG(3, 4))
	check := func(what string, x []T) {
		t.Helper()
		if a, b := Max(x), g.Max(x); hBits(a) != hBits(b) {
			t.Errorf("%s: Max = %v (%#x), want %v (%#x)", what, a, hBits(a), b, hBits(b))
		}
		if a, b := Min(x), g.Min(x); hBits(a) != hBits(b) {
			t.Errorf("%s: Min = %v (%#x), want %v (%#x)", what, a, hBits(a), b, hBits(b))
		}
		if a, b := ArgMax(x), g.ArgMax(x); a != b {
			t.Errorf("%s: ArgMax = %d, want %d", what, a, b)
		}
		if a, b := ArgMin(x), g.ArgMin(x); a != b {
			t.Errorf("%s: ArgMin = %d, want %d", what, a, b)
		}
	}
	for _, n := range []int{0, 1, 2, 3, 5, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 129, 1000, 4099} {
		x := make([]T, n)
		for i := range x {
			x[i] = T(rng.IntN(7) - 3)
		}
		check(fmt.Sprintf("n=%d small ints", n), x)
		for i := range x {
			x[i] = T(rng.NormFloat64())
		}
		check(fmt.Sprintf("n=%d normal", n), x)
		for i := range x {
			x[i] = 0
			if rng.IntN(2) == 0 {
				x[i] = negZero
			}
		}
		check(fmt.Sprintf("n=%d zeros", n), x)
		for i := range x {
			x[i] = -inf
		}
		check(fmt.Sprintf("n=%d -Inf", n), x)
		for i := range x {
			x[i] = inf
		}
		check(fmt.Sprintf("n=%d +Inf", n), x)
		for p := 0; p < n; p += 1 + n/20 {
			for i := range x {
				x[i] = T(rng.NormFloat64())
			}
			x[p] = arNaN[T](uint64(p+1), p%2 == 0)
			if p+3 < n {
				x[p+3] = arNaN[T](9999, false)
			}
			check(fmt.Sprintf("n=%d NaN at %d", n, p), x)
			for i := range x {
				x[i] = T(rng.IntN(3)) * negZero
			}
			check(fmt.Sprintf("n=%d -0/0 at %d", n, p), x)
		}
		if n > 0 {
			for i := range x {
				x[i] = -T(rng.IntN(5) + 1)
			}
			x[n-1] = 0
			x[n/2] = negZero
			check(fmt.Sprintf("n=%d zero max", n), x)
		}
		if n > 65 {
			continue
		}
		// The extreme at every position (every lane and chain of the
		// scan, and the tail), alone and tied with a later equal element.
		for p := range n {
			for _, v := range []T{3, -3, inf, -inf} {
				for i := range x {
					x[i] = T(rng.IntN(5) - 2) // many ties
				}
				x[p] = v
				check(fmt.Sprintf("n=%d x[%d]=%v", n, p, v), x)
				if q := p + 1 + rng.IntN(32); q < n {
					x[q] = v
					check(fmt.Sprintf("n=%d x[%d]=x[%d]=%v", n, p, q, v), x)
				}
			}
		}
	}
}

// TestArithSumAccuracy sums 2^20 (+ 7) ill-conditioned elements and checks
// the error against an exact big.Float sum: within the bound of pairwise
// summation with 16-element leaves, (16 + log2(n)) * u * sum|term|.
func TestArithSumAccuracy(t *testing.T) {
	for _, impl := range arImpls(t) {
		t.Run(impl+"/f64", func(t *testing.T) { arSumAccuracy[float64](t, impl, math.Exp2(-53)) })
		t.Run(impl+"/f32", func(t *testing.T) { arSumAccuracy[float32](t, impl, math.Exp2(-24)) })
	}
}

func arSumAccuracy[T Float](t *testing.T, impl string, u float64) {
	restore, err := Use(impl)
	if err != nil {
		t.Fatal(err)
	}
	defer restore()
	// Unaligned starts and lengths around the block size: every element
	// counted once (small integers: the sums are exact).
	buf := make([]T, 5000)
	for i := range buf {
		buf[i] = T(i%7) - 2
	}
	for _, n := range []int{511, 512, 513, 1000, 1024, 1537, 4099} {
		for off := 0; off < 8; off++ {
			x := buf[off : off+n]
			want := 0.0
			for _, v := range x {
				want += float64(v)
			}
			if got := Sum(x); float64(got) != want {
				t.Errorf("Sum(n=%d, offset %d) = %v, want %v", n, off, got, want)
			}
			if got := Dot(x, buf[1:n+1]); float64(got) != float64(dotGeneric(x, buf[1:n+1])) {
				t.Errorf("Dot(n=%d, offset %d) = %v, want %v", n, off, got, dotGeneric(x, buf[1:n+1]))
			}
		}
	}
	const n = 1<<20 + 7
	rng := rand.New(rand.NewPCG(5, 6))
	x, y := make([]T, n), make([]T, n)
	for i := range x {
		x[i] = T(rng.NormFloat64() * math.Exp2(float64(rng.IntN(40)-20)))
		y[i] = T(rng.NormFloat64())
	}
	sums := []struct {
		name string
		got  T
		term func(i int) *big.Float
	}{
		{"Sum", Sum(x), func(i int) *big.Float { return big.NewFloat(float64(x[i])) }},
		{"SumSq", SumSq(x), func(i int) *big.Float { v := big.NewFloat(float64(x[i])); return v.Mul(v, v) }},
		{"Dot", Dot(x, y), func(i int) *big.Float {
			return new(big.Float).Mul(big.NewFloat(float64(x[i])), big.NewFloat(float64(y[i])))
		}},
		{"L1Dist", L1Dist(x, y), func(i int) *big.Float {
			d := new(big.Float).Sub(big.NewFloat(float64(x[i])), big.NewFloat(float64(y[i])))
			return d.Abs(d)
		}},
		{"L2DistSq", L2DistSq(x, y), func(i int) *big.Float {
			d := new(big.Float).Sub(big.NewFloat(float64(x[i])), big.NewFloat(float64(y[i])))
			return d.Mul(d, d)
		}},
	}
	for _, s := range sums {
		exact := new(big.Float).SetPrec(2000)
		abs := 0.0
		for i := range n {
			v := s.term(i)
			exact.Add(exact, v)
			f, _ := v.Float64()
			abs += math.Abs(f)
		}
		want, _ := exact.Float64()
		bound := (16+math.Log2(n))*u*abs + math.Abs(want)*u // + the final rounding to T
		if err := math.Abs(float64(s.got) - want); !(err <= bound) {
			t.Errorf("%s = %v, exact %v: error %.3g exceeds %.3g", s.name, s.got, want, err, bound)
		}
	}
}

// arPage maps two pages, the second PROT_NONE, and returns the first.
func arPage(t *testing.T) []byte {
	ps := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 2*ps, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skip("mmap:", err)
	}
	t.Cleanup(func() { syscall.Munmap(mem) })
	if err := syscall.Mprotect(mem[ps:], syscall.PROT_NONE); err != nil {
		t.Skip("mprotect:", err)
	}
	return mem[:ps]
}

// arEnd returns a slice of n elements of T that ends at the end of page.
func arEnd[T Float](page []byte, n int) []T {
	var z T
	size := int(unsafe.Sizeof(z))
	if n == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(page))), len(page)/size)[len(page)/size:]
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&page[len(page)-n*size])), n)
}

// TestArithGuardPage runs every kernel on slices (dst, x, y and the uint8
// input) that end right before a PROT_NONE page, for lengths 0..70: a read
// or write past the end faults and fails the subtest.
func TestArithGuardPage(t *testing.T) {
	for _, impl := range arImpls(t) {
		t.Run(impl+"/f64", func(t *testing.T) { arGuard[float64](t, impl) })
		t.Run(impl+"/f32", func(t *testing.T) { arGuard[float32](t, impl) })
	}
}

func arGuard[T Float](t *testing.T, impl string) {
	restore, err := Use(impl)
	if err != nil {
		t.Fatal(err)
	}
	defer restore()
	pd, px, py, pu := arPage(t), arPage(t), arPage(t), arPage(t)
	for _, c := range arCalls[T]() {
		t.Run(c.name, func(t *testing.T) {
			defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
			n := 0
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("n=%d: %v", n, r)
				}
			}()
			for n = 0; n <= 70; n++ {
				d, x, y := arEnd[T](pd, n), arEnd[T](px, n), arEnd[T](py, n)
				u := pu[len(pu)-n:]
				for i := range n {
					x[i], y[i], u[i] = T(i)-3, T(i%5)+1, uint8(i)
				}
				c.f(d, x, y, u)
			}
		})
	}
}

// Benchmarks: go test -run X -bench Arith -benchtime 200ms ./kernels
// (n = 1<<20 is the size the NumPy anchors use).

var arSink float64

func BenchmarkAddF64(b *testing.B) { arBench(b, func(d, x, y []float64) { Add(d, x, y) }) }
func BenchmarkAddF32(b *testing.B) { arBench(b, func(d, x, y []float32) { Add(d, x, y) }) }
func BenchmarkMulF64(b *testing.B) { arBench(b, func(d, x, y []float64) { Mul(d, x, y) }) }
func BenchmarkMulF32(b *testing.B) { arBench(b, func(d, x, y []float32) { Mul(d, x, y) }) }
func BenchmarkAbsF64(b *testing.B) { arBench(b, func(d, x, y []float64) { Abs(d, x) }) }
func BenchmarkAbsF32(b *testing.B) { arBench(b, func(d, x, y []float32) { Abs(d, x) }) }
func BenchmarkMaximumF64(b *testing.B) {
	arBench(b, func(d, x, y []float64) { Maximum(d, x, y) })
}
func BenchmarkAxpyF64(b *testing.B) { arBench(b, func(d, x, y []float64) { Axpy(2, x, y) }) }
func BenchmarkSumF64(b *testing.B)  { arBench(b, func(d, x, y []float64) { arSink = Sum(x) }) }
func BenchmarkSumF32(b *testing.B) {
	arBench(b, func(d, x, y []float32) { arSink = float64(Sum(x)) })
}
func BenchmarkDotF64(b *testing.B) { arBench(b, func(d, x, y []float64) { arSink = Dot(x, y) }) }
func BenchmarkDotF32(b *testing.B) {
	arBench(b, func(d, x, y []float32) { arSink = float64(Dot(x, y)) })
}
func BenchmarkMaxF64(b *testing.B) { arBench(b, func(d, x, y []float64) { arSink = Max(x) }) }
func BenchmarkArgMaxF64(b *testing.B) {
	arBench(b, func(d, x, y []float64) { arSink = float64(ArgMax(x)) })
}

func arBench[T Float](b *testing.B, f func(d, x, y []T)) {
	for _, n := range []int{1000, 1 << 20} {
		x, y, d := make([]T, n), make([]T, n), make([]T, n)
		for i := range x {
			x[i], y[i] = T(i%97)-48, T(i%13)+0.5
		}
		for _, impl := range Available() {
			b.Run(fmt.Sprintf("n=%d/impl=%s", n, impl), func(b *testing.B) {
				restore, err := Use(impl)
				if err != nil {
					b.Fatal(err)
				}
				defer restore()
				b.SetBytes(int64(n) * int64(unsafe.Sizeof(x[0])))
				for b.Loop() {
					f(d, x, y)
				}
			})
		}
	}
}

// TestArithStridedOverlap runs the strided kernels with dst overlapping x or
// y partly (shifted by a few elements, or y's single broadcast element
// inside dst), which the Go loop defines element by element, and compares
// bit for bit with the generic twin.
func TestArithStridedOverlap(t *testing.T) {
	for _, impl := range arImpls(t) {
		t.Run(impl+"/f64", func(t *testing.T) { arStridedOverlap[float64](t, impl) })
		t.Run(impl+"/f32", func(t *testing.T) { arStridedOverlap[float32](t, impl) })
	}
}

func arStridedOverlap[T Float](t *testing.T, impl string) {
	restore, err := Use(impl)
	if err != nil {
		t.Fatal(err)
	}
	defer restore()
	g := genericOps[T]()
	kernels := []struct {
		name      string
		api, twin stridedFunc[T]
	}{
		{"Add", AddStrided[T], g.AddStrided}, {"Sub", SubStrided[T], g.SubStrided},
		{"Mul", MulStrided[T], g.MulStrided}, {"Div", DivStrided[T], g.DivStrided},
		{"Maximum", MaximumStrided[T], g.MaximumStrided}, {"Minimum", MinimumStrided[T], g.MinimumStrided},
	}
	rng := rand.New(rand.NewPCG(7, 8))
	const size = 200
	for _, k := range kernels {
		for _, n := range []int{1, 2, 5, 17, 40} {
			for _, c := range []struct{ dOff, dInc, xOff, xInc, yOff, yInc int }{
				{1, 1, 0, 1, 100, 1}, {0, 1, 1, 1, 100, 1}, {3, 1, 0, 1, 0, 1}, {0, 1, 0, 1, 5, 0},
				{0, 1, 0, 1, 0, 0}, {10, 1, 10, 1, 12, 0}, {50, -1, 40, 1, 60, 0}, {0, 2, 1, 2, 3, 3},
				{90, -2, 0, 3, 120, -1}, {5, 0, 0, 1, 100, 1},
			} {
				mem := make([]T, size)
				arFill(rng, mem)
				ref := append([]T(nil), mem...)
				// dst, x and y are all mem: offsets decide the overlap.
				k.api(n, mem, c.dOff, c.dInc, mem, c.xOff, c.xInc, mem, c.yOff, c.yInc)
				k.twin(n, ref, c.dOff, c.dInc, ref, c.xOff, c.xInc, ref, c.yOff, c.yInc)
				for i := range mem {
					if hBits(mem[i]) != hBits(ref[i]) {
						t.Errorf("%s n=%d %+v: element %d = %v, want %v", k.name, n, c, i, mem[i], ref[i])
						break
					}
				}
			}
		}
	}
}
