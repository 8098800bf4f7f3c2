package kernels

// The every-implementation harness: every kernel of every implementation
// this CPU can run (Available) is run through the exported API after
// Use(name) and compared with its generic twin (the genericOps table, called
// directly), for lengths 0..67, 1000 and 4099, start offsets 0..7, in place,
// on NaN/±Inf/±0/subnormal/huge/tiny inputs, with guard values around every
// slice checked untouched. New implementations are covered as soon as they
// register. The guard-page, fuzz and benchmark files reuse the table and the
// comparators defined here.

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/ndsimd/ndsimd/kernels/internal/guard"
)

// ---------------------------------------------------------------------------
// The kernel table.

// kind is a kernel's signature.
type hKind int

const (
	kBinary  hKind = iota // f(dst, x, y)
	kScalar               // f(dst, x, s)
	kRScalar              // f(dst, s, x)
	kUnary                // f(dst, x)
	kReduce               // f(x) T
	kArg                  // f(x) int
	kPair                 // f(x, y) T
	kAxpy                 // f(alpha, x, y), y is read and written
	kScale                // f(alpha, x), x is read and written
	kUint8                // f(dst, u []uint8)
)

// tolerance says how an implementation's result must match the generic
// twin's.
type hTol int

const (
	tolExact   hTol = iota // bitwise, except that any NaN equals any NaN
	tolFusable             // exact, or equal to the fused multiply-add result
	tolULP                 // within maxULP units in the last place
	tolSum                 // within the error bound of a floating-point sum
)

// maxULP is the tolerance of the transcendental kernels relative to the
// generic twin in these tests (the ULP tests against math/big are tighter).
const hMaxULP = 2

// slot names an operand: dst, x or y.
type hSlot int

const (
	slotDst hSlot = iota
	slotX
	slotY
	numSlots
)

func (s hSlot) String() string { return [...]string{"dst", "x", "y"}[s] }

// kernel describes one kernel for element type T: the exported function
// (run after Use) and the generic twin, both as plain func values.
type hKernel[T Float] struct {
	name string
	kind hKind
	tol  hTol
	// term is the i-th term of a summed reduction, computed in float64 as
	// the generic twin does; its absolute values bound the rounding error.
	term func(x, y T) float64
	api  any
	gen  any
}

func hBinaryK[T Float](name string, tol hTol, api, gen func(dst, x, y []T)) hKernel[T] {
	return hKernel[T]{name: name, kind: kBinary, tol: tol, api: api, gen: gen}
}

func hScalarK[T Float](name string, api, gen func(dst, x []T, s T)) hKernel[T] {
	return hKernel[T]{name: name, kind: kScalar, tol: tolExact, api: api, gen: gen}
}

func hRScalarK[T Float](name string, api, gen func(dst []T, s T, x []T)) hKernel[T] {
	return hKernel[T]{name: name, kind: kRScalar, tol: tolExact, api: api, gen: gen}
}

func hUnaryK[T Float](name string, tol hTol, api, gen func(dst, x []T)) hKernel[T] {
	return hKernel[T]{name: name, kind: kUnary, tol: tol, api: api, gen: gen}
}

func hReduceK[T Float](name string, tol hTol, term func(x, y T) float64, api, gen func(x []T) T) hKernel[T] {
	return hKernel[T]{name: name, kind: kReduce, tol: tol, term: term, api: api, gen: gen}
}

func hArgK[T Float](name string, api, gen func(x []T) int) hKernel[T] {
	return hKernel[T]{name: name, kind: kArg, tol: tolExact, api: api, gen: gen}
}

func hPairK[T Float](name string, term func(x, y T) float64, api, gen func(x, y []T) T) hKernel[T] {
	return hKernel[T]{name: name, kind: kPair, tol: tolSum, term: term, api: api, gen: gen}
}

// kernelTable lists every non-strided kernel for element type T.
func hKernelTable[T Float]() []hKernel[T] {
	g := genericOps[T]()
	return []hKernel[T]{
		hBinaryK("Add", tolExact, Add[T], g.Add),
		hBinaryK("Sub", tolExact, Sub[T], g.Sub),
		hBinaryK("Mul", tolExact, Mul[T], g.Mul),
		hBinaryK("Div", tolExact, Div[T], g.Div),
		hBinaryK("Maximum", tolExact, Maximum[T], g.Maximum),
		hBinaryK("Minimum", tolExact, Minimum[T], g.Minimum),
		hScalarK("AddScalar", AddScalar[T], g.AddScalar),
		hScalarK("SubScalar", SubScalar[T], g.SubScalar),
		hScalarK("MulScalar", MulScalar[T], g.MulScalar),
		hScalarK("DivScalar", DivScalar[T], g.DivScalar),
		hScalarK("MaximumScalar", MaximumScalar[T], g.MaximumScalar),
		hScalarK("MinimumScalar", MinimumScalar[T], g.MinimumScalar),
		hRScalarK("ScalarSub", ScalarSub[T], g.ScalarSub),
		hRScalarK("ScalarDiv", ScalarDiv[T], g.ScalarDiv),
		hUnaryK("Abs", tolExact, Abs[T], g.Abs),
		hUnaryK("Neg", tolExact, Neg[T], g.Neg),
		hUnaryK("Sqrt", tolExact, Sqrt[T], g.Sqrt),
		hUnaryK("Square", tolExact, Square[T], g.Square),
		hUnaryK("Exp", tolULP, Exp[T], g.Exp),
		hUnaryK("Log", tolULP, Log[T], g.Log),
		hUnaryK("Tanh", tolULP, Tanh[T], g.Tanh),
		hUnaryK("Sigmoid", tolULP, Sigmoid[T], g.Sigmoid),
		hUnaryK("SigmoidDerivative", tolULP, SigmoidDerivative[T], g.SigmoidDerivative),
		hUnaryK("Sin", tolULP, Sin[T], g.Sin),
		hUnaryK("Cos", tolULP, Cos[T], g.Cos),
		hUnaryK("Tan", tolULP, Tan[T], g.Tan),
		hUnaryK("Log1p", tolULP, Log1p[T], g.Log1p),
		hUnaryK("Expm1", tolULP, Expm1[T], g.Expm1),
		hReduceK("Sum", tolSum, func(x, _ T) float64 { return float64(x) }, Sum[T], g.Sum),
		hReduceK("SumSq", tolSum, func(x, _ T) float64 { return float64(x) * float64(x) }, SumSq[T], g.SumSq),
		hReduceK("Max", tolExact, nil, Max[T], g.Max),
		hReduceK("Min", tolExact, nil, Min[T], g.Min),
		hArgK("ArgMax", ArgMax[T], g.ArgMax),
		hArgK("ArgMin", ArgMin[T], g.ArgMin),
		hPairK("Dot", func(x, y T) float64 { return float64(x) * float64(y) }, Dot[T], g.Dot),
		hPairK("L1Dist", func(x, y T) float64 { return math.Abs(float64(x - y)) }, L1Dist[T], g.L1Dist),
		hPairK("L2DistSq", func(x, y T) float64 { d := float64(x - y); return d * d }, L2DistSq[T], g.L2DistSq),
		{name: "Axpy", kind: kAxpy, tol: tolFusable, api: Axpy[T], gen: (func(T, []T, []T))(g.Axpy)},
		{name: "Scale", kind: kScale, tol: tolExact, api: Scale[T], gen: (func(T, []T))(g.Scale)},
		{name: "FromUint8", kind: kUint8, tol: tolExact, api: FromUint8[T], gen: (func([]T, []uint8))(g.FromUint8)},
	}
}

// stridedKernel is one strided kernel.
type hStridedKernel[T Float] struct {
	name     string
	api, gen func(n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int)
}

func hStridedTable[T Float]() []hStridedKernel[T] {
	g := genericOps[T]()
	return []hStridedKernel[T]{
		{"AddStrided", AddStrided[T], g.AddStrided},
		{"SubStrided", SubStrided[T], g.SubStrided},
		{"MulStrided", MulStrided[T], g.MulStrided},
		{"DivStrided", DivStrided[T], g.DivStrided},
		{"MaximumStrided", MaximumStrided[T], g.MaximumStrided},
		{"MinimumStrided", MinimumStrided[T], g.MinimumStrided},
	}
}

// uses returns the operand slots kernel kind k reads or writes.
func (k hKind) uses() []hSlot {
	switch k {
	case kBinary:
		return []hSlot{slotDst, slotX, slotY}
	case kScalar, kRScalar, kUnary, kUint8:
		return []hSlot{slotDst, slotX}
	case kPair, kAxpy:
		return []hSlot{slotX, slotY}
	default:
		return []hSlot{slotX}
	}
}

// out returns the slot a kernel writes, or -1 for reductions.
func (k hKind) out() hSlot {
	switch k {
	case kBinary, kScalar, kRScalar, kUnary, kUint8:
		return slotDst
	case kAxpy:
		return slotY
	case kScale:
		return slotX
	}
	return -1
}

// args are the operands of one call. For kUint8, u replaces x.
type hArgs[T Float] struct {
	dst, x, y []T
	u         []uint8
	s         T // the scalar, or alpha
}

// call runs f (the exported kernel or its generic twin) on a.
func hCall[T Float](f any, a *hArgs[T]) (r T, idx int) {
	switch f := f.(type) {
	case func(dst, x, y []T):
		f(a.dst, a.x, a.y)
	case func(dst, x []T, s T):
		f(a.dst, a.x, a.s)
	case func(dst []T, s T, x []T):
		f(a.dst, a.s, a.x)
	case func(dst, x []T):
		f(a.dst, a.x)
	case func(x []T) T:
		r = f(a.x)
	case func(x []T) int:
		idx = f(a.x)
	case func(x, y []T) T:
		r = f(a.x, a.y)
	case func(alpha T, x, y []T):
		f(a.s, a.x, a.y)
	case func(alpha T, x []T):
		f(a.s, a.x)
	case func(dst []T, x []uint8):
		f(a.dst, a.u)
	default:
		panic(fmt.Sprintf("call: unexpected kernel type %T", f))
	}
	return r, idx
}

// ---------------------------------------------------------------------------
// Float helpers.

func hIs32[T Float]() bool {
	var z T
	_, ok := any(z).(float32)
	return ok
}

func hTypeName[T Float]() string {
	if hIs32[T]() {
		return "f32"
	}
	return "f64"
}

func hBits[T Float](v T) uint64 {
	switch v := any(v).(type) {
	case float32:
		return uint64(math.Float32bits(v))
	case float64:
		return math.Float64bits(v)
	}
	panic("unreachable")
}

func hFromBits[T Float](b uint64) T {
	if hIs32[T]() {
		return T(math.Float32frombits(uint32(b)))
	}
	return T(math.Float64frombits(b))
}

// same reports whether a and b have the same bits, or are both NaN.
func hSame[T Float](a, b T) bool { return hBits(a) == hBits(b) || (a != a && b != b) }

// ordered maps a float to an integer that is monotonic in its value, with
// +0 and -0 both at 0, so that ulpDist counts representable values.
func hOrdered[T Float](v T) int64 {
	if hIs32[T]() {
		b := int64(int32(math.Float32bits(float32(v))))
		if b < 0 {
			b = math.MinInt32 - b
		}
		return b
	}
	b := int64(math.Float64bits(float64(v)))
	if b < 0 {
		b = math.MinInt64 - b
	}
	return b
}

func hULPDist[T Float](a, b T) uint64 {
	d := hOrdered(a) - hOrdered(b)
	if d < 0 {
		return uint64(-d)
	}
	return uint64(d)
}

// unitRoundoff is 2^-53 for float64 and 2^-24 for float32.
func hUnitRoundoff[T Float]() float64 {
	if hIs32[T]() {
		return 0x1p-24
	}
	return 0x1p-53
}

func hMaxFloat[T Float]() float64 {
	if hIs32[T]() {
		return math.MaxFloat32
	}
	return math.MaxFloat64
}

func hSmallest[T Float]() float64 {
	if hIs32[T]() {
		return math.SmallestNonzeroFloat32
	}
	return math.SmallestNonzeroFloat64
}

// fmtv formats a value with its bits, for failure messages.
func hFmt[T Float](v T) string {
	if hIs32[T]() {
		return fmt.Sprintf("%v [%#08x]", v, hBits(v))
	}
	return fmt.Sprintf("%v [%#016x]", v, hBits(v))
}

// guardVal fills the padding around every slice: a quiet NaN with a
// payload no kernel computes, so that any write shows.
func hGuardVal[T Float]() T {
	if hIs32[T]() {
		return hFromBits[T](0x7fcdbad5)
	}
	return hFromBits[T](0x7ff8deadbeef0bad)
}

// unwritten fills output slices before a call: finite, so that an output
// element a kernel forgot to write never passes as "NaN equals NaN".
func hUnwritten[T Float]() T { return T(-1.2345e-27) }

const hGuardU8 = 0xa5

// ---------------------------------------------------------------------------
// Input data.

type hData int

const (
	dataRegular hData = iota // finite values of magnitude 1e-3..1e3, a quarter negative
	dataSpecial              // half special values (NaN, ±Inf, ±0, subnormal, huge, tiny, edges)
	dataTies                 // values from {-2, -1, -0, 0, 1, 2}: ties for Max/ArgMax
	dataOneNaN               // regular values and one NaN
	numDataKinds
)

func (d hData) String() string {
	return [...]string{"regular", "special", "ties", "onenan", "given"}[d]
}

// dGiven marks a case whose input values are given (fuzzing).
const dataGiven hData = numDataKinds

// specials returns the special values for T. With reduceSafe the huge
// values are small enough that no sum of up to 1<<20 of them (or of their
// squares) overflows, so the result does not depend on summation order.
func hSpecials[T Float](reduceSafe bool) []T {
	i := 0
	if reduceSafe {
		i = 1
	}
	if hIs32[T]() {
		return any(hSpecials32[i]).([]T)
	}
	return any(hSpecials64[i]).([]T)
}

var (
	hSpecials64 = [2][]float64{hMakeSpecials[float64](false), hMakeSpecials[float64](true)}
	hSpecials32 = [2][]float32{hMakeSpecials[float32](false), hMakeSpecials[float32](true)}
)

func hMakeSpecials[T Float](reduceSafe bool) []T {
	inf, nan := math.Inf(1), math.NaN()
	var v []float64
	if hIs32[T]() {
		v = []float64{nan, inf, -inf, 0, math.Copysign(0, -1),
			math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, 0x1p-140, -0x1.fffffcp-127, 0x1p-126,
			1e-30, -1e-38, 1, -1, 0.5, 3, 88.72283, -87.33655, -103.97, 20, -9.5}
		if reduceSafe {
			v = append(v, 1e17, -3e16)
		} else {
			v = append(v, math.MaxFloat32, -math.MaxFloat32, 3e38, -1e30)
		}
	} else {
		v = []float64{nan, inf, -inf, 0, math.Copysign(0, -1),
			math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 0x1p-1050, -0x0.fffffffffffffp-1022, 0x1p-1022,
			1e-300, -1e-308, 1, -1, 0.5, 3, 709.782712893384, -708.39641853226408, -745.1332191019411, 20, -19.1}
		if reduceSafe {
			v = append(v, 1e150, -3e149)
		} else {
			v = append(v, math.MaxFloat64, -math.MaxFloat64, 1.7e308, -1e300)
		}
	}
	out := make([]T, len(v))
	for i, f := range v {
		out[i] = T(f)
	}
	return out
}

// scalars are the values of s and alpha, taken in turn.
func hScalars[T Float]() []T {
	return append([]T{2.5, -0.75, 1, -1, 0.1}, hSpecials[T](false)...)
}

// hLazy is a string computed only when formatted, for failure messages.
type hLazy func() string

func (l hLazy) String() string { return l() }

func hRegular[T Float](rng *rand.Rand) T {
	v := (0.5 + rng.Float64()) * math.Pow10(rng.IntN(7)-3)
	if rng.IntN(4) == 0 {
		v = -v
	}
	return T(v)
}

// fill sets s to input data of kind d.
func hFill[T Float](rng *rand.Rand, d hData, s []T, reduceSafe bool) {
	sp := hSpecials[T](reduceSafe)
	ties := []T{-2, -1, T(math.Copysign(0, -1)), 0, 1, 2}
	for i := range s {
		switch {
		case d == dataSpecial && rng.IntN(2) == 0:
			s[i] = sp[rng.IntN(len(sp))]
		case d == dataTies:
			s[i] = ties[rng.IntN(len(ties))]
		default:
			s[i] = hRegular[T](rng)
		}
	}
	if d == dataOneNaN && len(s) > 0 {
		s[rng.IntN(len(s))] = T(math.NaN())
	}
}

// ---------------------------------------------------------------------------
// Buffers with guard values.

const hPad = 8 // guard elements on each side of every slice

type hBuf[T Float] struct {
	mem    []T
	lo, hi int
}

func hNewBuf[T Float](n, off int) *hBuf[T] {
	b := &hBuf[T]{mem: make([]T, hPad+off+n+hPad), lo: hPad + off, hi: hPad + off + n}
	for i := range b.mem {
		b.mem[i] = hGuardVal[T]()
	}
	return b
}

func (b *hBuf[T]) s() []T { return b.mem[b.lo:b.hi:b.hi] }

func (b *hBuf[T]) clone() *hBuf[T] {
	c := *b
	c.mem = slices.Clone(b.mem)
	return &c
}

// guardErr reports the first padding element that is not the guard value.
func (b *hBuf[T]) guardErr() string {
	g := hBits(hGuardVal[T]())
	for i, v := range b.mem {
		if (i < b.lo || i >= b.hi) && hBits(v) != g {
			return fmt.Sprintf("element %d relative to the slice start was overwritten with %s", i-b.lo, hFmt(v))
		}
	}
	return ""
}

type hUbuf struct {
	mem    []uint8
	lo, hi int
}

func hNewUbuf(n, off int) *hUbuf {
	b := &hUbuf{mem: make([]uint8, hPad+off+n+hPad), lo: hPad + off, hi: hPad + off + n}
	for i := range b.mem {
		b.mem[i] = hGuardU8
	}
	return b
}

// ---------------------------------------------------------------------------
// Reporting.

// reporter is what the checks report to: a *testing.T, or a recorder in
// the test that proves the checks can fail.
type hReporter interface {
	Helper()
	Errorf(format string, args ...any)
}

// capped stops reporting after a few errors, so that a broken kernel does
// not print thousands of lines.
type hCapped struct {
	hReporter
	left int
}

func (c *hCapped) Errorf(format string, args ...any) {
	c.Helper()
	switch {
	case c.left > 0:
		c.hReporter.Errorf(format, args...)
	case c.left == 0:
		c.hReporter.Errorf("(further errors not shown)")
	}
	c.left--
}

func hCapReports(r hReporter) *hCapped { return &hCapped{hReporter: r, left: 6} }

// ---------------------------------------------------------------------------
// Comparison with the generic twin.

// check compares the result of an implementation (got, gr, gi) with the
// generic twin's (want, wr, wi) for kernel k; x0 and y0 are the inputs as
// they were before the call. It returns a description of the first
// difference, or "".
func hCheck[T Float](k *hKernel[T], got, want *hArgs[T], gr, wr T, gi, wi int, x0, y0 []T) string {
	switch k.kind {
	case kArg:
		if gi != wi {
			return fmt.Sprintf("returned %d, want %d", gi, wi)
		}
		return ""
	case kReduce, kPair:
		if k.tol == tolSum {
			return hCheckSum(k, gr, wr, x0, y0)
		}
		if hSame(gr, wr) {
			return ""
		}
		return fmt.Sprintf("returned %s, want %s", hFmt(gr), hFmt(wr))
	}
	var g, w []T
	switch k.kind.out() {
	case slotDst:
		g, w = got.dst, want.dst
	case slotY:
		g, w = got.y, want.y
	case slotX:
		g, w = got.x, want.x
	}
	for i := range w {
		if ok := hSame(g[i], w[i]); ok {
			continue
		}
		switch k.tol {
		case tolULP:
			if g[i] == g[i] && w[i] == w[i] && !math.IsInf(float64(w[i]), 0) && hULPDist(g[i], w[i]) <= hMaxULP {
				continue
			}
			// The twin may be off itself (Go's amd64 assembly math.Exp and
			// math.Log are, near overflow and for subnormals; s*(1-s) loses
			// bits): then the implementation must be within maxULP of the
			// true value, and the twin's error is noted.
			if truth := T(hTrueMath(k.name, float64(x0[i]))); g[i] == g[i] && hULPDist(g[i], truth) <= hMaxULP {
				hNoteTwinOff(k.name+"/"+hTypeName[T](), fmt.Sprintf("x=%s: twin %s, true %s, implementation %s",
					hFmt(x0[i]), hFmt(w[i]), hFmt(truth), hFmt(g[i])))
				continue
			}
		case tolFusable:
			// y += alpha*x rounded once (fused) or twice; Go may fuse the
			// generic twin itself (it does on arm64).
			a, xv, yv := got.s, x0[i], y0[i]
			twice := yv + T(a*xv)
			once := hFMA(a, xv, yv)
			if hSame(g[i], twice) || hSame(g[i], once) {
				continue
			}
		}
		in := ""
		switch k.kind {
		case kBinary:
			in = fmt.Sprintf("x=%s y=%s", hFmt(x0[i]), hFmt(y0[i]))
		case kScalar, kRScalar, kScale:
			in = fmt.Sprintf("x=%s s=%s", hFmt(x0[i]), hFmt(got.s))
		case kAxpy:
			in = fmt.Sprintf("alpha=%s x=%s y=%s", hFmt(got.s), hFmt(x0[i]), hFmt(y0[i]))
		case kUint8:
			in = fmt.Sprintf("x=%d", got.u[i])
		default:
			in = "x=" + hFmt(x0[i])
		}
		return fmt.Sprintf("element %d: got %s, want %s (%s)", i, hFmt(g[i]), hFmt(w[i]), in)
	}
	return ""
}

// sumBound describes the terms of a summed reduction.
type hSumBound struct {
	abs             float64 // sum of |term| over the finite terms
	nan, pinf, ninf bool    // some term is NaN, +Inf, -Inf
	overflow        bool    // some term of finite inputs is infinite
}

func hTerms[T Float](k *hKernel[T], x0, y0 []T) hSumBound {
	var b hSumBound
	for i := range x0 {
		var y T
		if y0 != nil {
			y = y0[i]
		}
		t := k.term(x0[i], y)
		if math.IsInf(t, 0) && !math.IsInf(float64(x0[i]), 0) && !math.IsInf(float64(y), 0) {
			// x*y or x-y overflowed: with an FMA or a wider accumulator
			// it may not, so the infinities are not certain.
			b.overflow = true
		}
		switch {
		case t != t:
			b.nan = true
		case math.IsInf(t, 1):
			b.pinf = true
		case math.IsInf(t, -1):
			b.ninf = true
		default:
			b.abs += math.Abs(t)
		}
	}
	return b
}

// checkSum compares a summed reduction with the generic twin's result. Both
// must be within the error bound of a pairwise (or better) sum of the
// terms: |error| <= (min(n, log2(n)+64)+2) * u * sum|term| + n*smallest, with
// u the unit roundoff of T. Where a term overflows, or the finite terms are
// so large that overflow depends on the order of summation, only NaN is
// checked.
func hCheckSum[T Float](k *hKernel[T], got, want T, x0, y0 []T) string {
	n := len(x0)
	b := hTerms(k, x0, y0)
	wantNaN := b.nan || (b.pinf && b.ninf)
	if b.overflow || math.IsInf(b.abs, 0) || b.abs >= hMaxFloat[T]()/4 {
		// Only a NaN input (or Inf*0, Inf-Inf in one term) makes NaN certain.
		if b.nan && got == got {
			return fmt.Sprintf("returned %s, want NaN (want %s)", hFmt(got), hFmt(want))
		}
		return ""
	}
	switch {
	case wantNaN:
		if got == got {
			return fmt.Sprintf("returned %s, want NaN (generic %s)", hFmt(got), hFmt(want))
		}
		return ""
	case b.pinf || b.ninf:
		if !hSame(got, want) {
			return fmt.Sprintf("returned %s, want %s", hFmt(got), hFmt(want))
		}
		return ""
	}
	depth := math.Min(float64(n), math.Log2(float64(n)+1)+64) + 2
	tol := 2*depth*hUnitRoundoff[T]()*b.abs + 2*float64(n+1)*hSmallest[T]()
	if got != got || math.IsInf(float64(got), 0) || math.Abs(float64(got)-float64(want)) > tol {
		return fmt.Sprintf("returned %s, want %s ± %.3g (sum|terms| = %.6g)", hFmt(got), hFmt(want), tol, b.abs)
	}
	return ""
}

// ---------------------------------------------------------------------------
// One case of the table-driven test.

// alias says which operands share one slice.
type hAlias int

const (
	aliasNone  hAlias = iota
	aliasDstX         // dst is x
	aliasDstY         // dst is y
	aliasXY           // y is x
	aliasDstXY        // dst, x and y are one slice
)

func (a hAlias) String() string {
	return [...]string{"none", "dst=x", "dst=y", "x=y", "dst=x=y"}[a]
}

// aliases returns the aliasings kernel kind k is tested with.
func (k hKind) aliases() []hAlias {
	switch k {
	case kBinary:
		return []hAlias{aliasNone, aliasDstX, aliasDstY, aliasXY, aliasDstXY}
	case kScalar, kRScalar, kUnary:
		return []hAlias{aliasNone, aliasDstX}
	case kPair, kAxpy:
		return []hAlias{aliasNone, aliasXY}
	}
	return []hAlias{aliasNone}
}

// owner returns the slot whose slice slot s uses under aliasing a.
func (a hAlias) owner(s hSlot) hSlot {
	switch {
	case s == slotDst && (a == aliasDstX || a == aliasDstXY):
		return slotX
	case s == slotDst && a == aliasDstY:
		return slotY
	case s == slotY && (a == aliasXY || a == aliasDstXY):
		return slotX
	}
	return s
}

type hCase struct {
	n     int
	off   [numSlots]int // start offset of each slice in its buffer
	alias hAlias
	data  hData
	seed  uint64
	s     int // index into scalars
	// given inputs (fuzzing), used when data == dataGiven
	gx, gy []float64
	gu     []uint8
	gs     float64 // the scalar
}

func (c *hCase) String() string {
	return fmt.Sprintf("n=%d offsets(dst,x,y)=%v alias=%s data=%s seed=%d", c.n, c.off, c.alias, c.data, c.seed)
}

// runCase runs kernel k of the active implementation impl and the generic
// twin on the same inputs and reports every difference, any write outside
// the output slice and any change to an input.
func hRunCase[T Float](r hReporter, impl string, k *hKernel[T], c *hCase) {
	r.Helper()
	rng := rand.New(rand.NewPCG(c.seed, uint64(c.n)))
	var bufs [numSlots]*hBuf[T]
	var u *hUbuf
	for _, s := range k.kind.uses() {
		o := c.alias.owner(s)
		if bufs[o] == nil {
			bufs[o] = hNewBuf[T](c.n, c.off[o])
		}
		bufs[s] = bufs[o]
	}
	if k.kind == kUint8 {
		u = hNewUbuf(c.n, c.off[slotX])
		ux := u.mem[u.lo:u.hi]
		if c.data == dataGiven {
			copy(ux, c.gu)
		} else {
			for i := range ux {
				ux[i] = uint8(rng.IntN(256))
			}
		}
	}
	reduceSafe := k.tol == tolSum
	for _, s := range []hSlot{slotX, slotY} {
		if k.kind == kUint8 || bufs[s] == nil || c.alias.owner(s) != s {
			continue
		}
		sl := bufs[s].s()
		switch {
		case c.data == dataGiven && s == slotX:
			for i := range sl {
				sl[i] = T(c.gx[i])
			}
		case c.data == dataGiven:
			for i := range sl {
				sl[i] = T(c.gy[i])
			}
		default:
			hFill(rng, c.data, sl, reduceSafe)
		}
	}
	if b := bufs[slotDst]; b != nil && c.alias.owner(slotDst) == slotDst {
		for i := range b.s() {
			b.mem[b.lo+i] = hUnwritten[T]()
		}
	}
	sc := hSpecials[T](false)
	s := sc[c.s%len(sc)]
	if c.s%2 == 0 {
		s = []T{2.5, -0.75, 1, -1, 0.1}[c.s/2%5]
	}
	if c.data == dataGiven {
		s = T(c.gs)
	}

	// Snapshots: the originals, and the buffers the generic twin runs on.
	var orig, ref [numSlots]*hBuf[T]
	for sl := range numSlots {
		if b := bufs[sl]; b != nil {
			if o := c.alias.owner(sl); o != sl {
				orig[sl], ref[sl] = orig[o], ref[o]
				continue
			}
			orig[sl], ref[sl] = b.clone(), b.clone()
		}
	}
	mk := func(bs [numSlots]*hBuf[T]) *hArgs[T] {
		a := &hArgs[T]{s: s}
		if bs[slotDst] != nil {
			a.dst = bs[slotDst].s()
		}
		if bs[slotX] != nil {
			a.x = bs[slotX].s()
		}
		if bs[slotY] != nil {
			a.y = bs[slotY].s()
		}
		if u != nil {
			a.u = u.mem[u.lo:u.hi:u.hi]
		}
		return a
	}
	got, want := mk(bufs), mk(ref)
	var x0, y0 []T
	if orig[slotX] != nil {
		x0 = orig[slotX].s()
	}
	if orig[slotY] != nil {
		y0 = orig[slotY].s()
	}
	uOrig := []uint8(nil)
	if u != nil {
		uOrig = slices.Clone(u.mem)
	}

	gr, gi := hCall(k.api, got)
	wr, wi := hCall(k.gen, want)

	where := hLazy(func() string { return fmt.Sprintf("impl=%s kernel=%s/%s %v", impl, k.name, hTypeName[T](), c) })
	if msg := hCheck(k, got, want, gr, wr, gi, wi, x0, y0); msg != "" {
		r.Errorf("%s: %s", where, msg)
	}
	out := hSlot(-1)
	if o := k.kind.out(); o >= 0 {
		out = c.alias.owner(o)
	}
	for sl := range numSlots {
		b := bufs[sl]
		if b == nil || c.alias.owner(sl) != sl {
			continue
		}
		if msg := b.guardErr(); msg != "" {
			r.Errorf("%s: %s slice: %s", where, sl, msg)
		}
		if sl != out {
			for i, v := range b.mem {
				if hBits(v) != hBits(orig[sl].mem[i]) {
					r.Errorf("%s: input %s changed at element %d: %s, was %s", where, sl, i-b.lo, hFmt(v), hFmt(orig[sl].mem[i]))
					break
				}
			}
		}
	}
	if u != nil && !slices.Equal(u.mem, uOrig) {
		r.Errorf("%s: the uint8 input (or its padding) changed", where)
	}
}

// testLengths are the lengths every kernel is tested at: all of 0..67
// (more than 4 vectors of 16 lanes plus a tail of 3) and two long ones.
func hLengths() []int {
	var ls []int
	for n := 0; n <= 67; n++ {
		ls = append(ls, n)
	}
	return append(ls, 1000, 4099)
}

// testOffsets are the start offsets (in elements) of the slices.
func hOffsets() []int {
	if hSlow() {
		return []int{0, 1, 5}
	}
	return []int{0, 1, 2, 3, 4, 5, 6, 7}
}

// hSlow reports whether the tests should take smaller sets: with -short,
// or when the arm64 test binary runs under qemu-user (about 15 times
// slower), which shows the host's x86 /proc/cpuinfo.
func hSlow() bool {
	hSlowOnce.Do(func() {
		hSlowVal = testing.Short()
		if runtime.GOARCH == "arm64" {
			b, _ := os.ReadFile("/proc/cpuinfo")
			hSlowVal = hSlowVal || bytes.Contains(b, []byte("vendor_id"))
		}
	})
	return hSlowVal
}

var (
	hSlowOnce sync.Once
	hSlowVal  bool
)

// checkKernel runs kernel k of implementation impl (already active)
// through every length, offset, aliasing and kind of data.
func hCheckKernel[T Float](r hReporter, impl string, k *hKernel[T]) {
	r.Helper()
	var seed uint64
	for _, n := range hLengths() {
		for _, o := range hOffsets() {
			for _, a := range k.kind.aliases() {
				seed++
				c := hCase{
					n: n, alias: a, seed: seed, s: int(seed),
					// the slices start at different offsets from each other,
					// changing with the length
					off:  [numSlots]int{o, (o + n) % 8, (o + 2*n + 3) % 8},
					data: hData((n + o + int(a)) % int(numDataKinds)),
				}
				hRunCase(r, impl, k, &c)
			}
		}
	}
}

// useImpl makes impl the active implementation until the test ends.
func hUseImpl(t testing.TB, impl string) {
	t.Helper()
	restore, err := Use(impl)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(restore)
}

func TestKernelsVsGeneric(t *testing.T) {
	t.Run("f64", testKernelsVsGeneric[float64])
	t.Run("f32", testKernelsVsGeneric[float32])
	hLogTwinOff(t)
}

func testKernelsVsGeneric[T Float](t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			for _, k := range hKernelTable[T]() {
				t.Run(k.name, func(t *testing.T) { hCheckKernel(hCapReports(t), impl, &k) })
			}
		})
	}
}

// ---------------------------------------------------------------------------
// Strided kernels.

// incs are the increments of the strided tests.
var hIncs = []int{-7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7}

// stridedLengths are taken in turn by the increment triples.
var hStridedLengths = []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 67}

// stridedOperand is one operand of a strided call: a buffer, a start
// offset and an increment such that n elements fit with a margin of pad on
// both sides.
type hStridedOperand[T Float] struct {
	mem      []T
	off, inc int
}

func hNewStrided[T Float](n, base, inc int) hStridedOperand[T] {
	span := 1
	if n > 0 {
		span = (n-1)*max(inc, -inc) + 1
	}
	op := hStridedOperand[T]{mem: make([]T, hPad+base+span+hPad), off: hPad + base, inc: inc}
	if inc < 0 && n > 0 {
		op.off += (n - 1) * -inc
	}
	return op
}

// touched reports whether index i is one a strided kernel of n elements reads or writes.
func (op hStridedOperand[T]) touched(n, i int) bool {
	for j, p := 0, op.off; j < n; j, p = j+1, p+op.inc {
		if p == i {
			return true
		}
	}
	return false
}

func hCheckStrided[T Float](r hReporter, impl string, k *hStridedKernel[T]) {
	r.Helper()
	idx := 0
	for _, di := range hIncs {
		for _, xi := range hIncs {
			for _, yi := range hIncs {
				n := hStridedLengths[idx%len(hStridedLengths)]
				base := idx % 8
				idx++
				if hSlow() && idx%3 != 0 {
					continue
				}
				hRunStrided(r, impl, k, n, [3]int{di, xi, yi}, base, false, hData(idx%int(numDataKinds)), uint64(idx), nil)
				if di == xi {
					hRunStrided(r, impl, k, n, [3]int{di, xi, yi}, base, true, hData((idx+1)%int(numDataKinds)), uint64(idx), nil)
				}
			}
		}
	}
	// Every length at unit and negative unit increments.
	for n := 0; n <= 67; n++ {
		for _, inc := range [][3]int{{1, 1, 1}, {-1, 1, -1}, {2, 1, 3}, {1, 0, 1}} {
			idx++
			hRunStrided(r, impl, k, n, inc, n%8, false, hData(idx%int(numDataKinds)), uint64(idx), nil)
		}
	}
}

// runStrided runs one strided case; inPlace makes dst the x slice (with
// x's offset and increment).
func hRunStrided[T Float](r hReporter, impl string, k *hStridedKernel[T], n int, inc [3]int, base int, inPlace bool, d hData, seed uint64, given []float64) {
	r.Helper()
	rng := rand.New(rand.NewPCG(seed, uint64(n)))
	dst := hNewStrided[T](n, base, inc[0])
	x := hNewStrided[T](n, (base+3)%8, inc[1])
	y := hNewStrided[T](n, (base+5)%8, inc[2])
	if len(given) > 0 {
		// the values come from the fuzzer, repeated as needed
		for i := range x.mem {
			x.mem[i] = T(given[i%len(given)])
		}
		for i := range y.mem {
			y.mem[i] = T(given[(i+len(x.mem))%len(given)])
		}
	} else {
		hFill(rng, d, x.mem, false)
		hFill(rng, d, y.mem, false)
	}
	for i := range dst.mem {
		dst.mem[i] = hGuardVal[T]()
	}
	for j, p := 0, dst.off; j < n; j, p = j+1, p+dst.inc {
		dst.mem[p] = hUnwritten[T]()
	}
	if inPlace {
		dst = x
	}
	x0, y0, d0 := slices.Clone(x.mem), slices.Clone(y.mem), slices.Clone(dst.mem)
	rx, ry, rd := slices.Clone(x.mem), slices.Clone(y.mem), slices.Clone(dst.mem)
	if inPlace {
		rd = rx
	}
	k.api(n, dst.mem, dst.off, dst.inc, x.mem, x.off, x.inc, y.mem, y.off, y.inc)
	k.gen(n, rd, dst.off, dst.inc, rx, x.off, x.inc, ry, y.off, y.inc)
	where := hLazy(func() string {
		return fmt.Sprintf("impl=%s kernel=%s/%s n=%d incs(dst,x,y)=%v offsets=(%d,%d,%d) in-place=%v data=%s",
			impl, k.name, hTypeName[T](), n, inc, dst.off, x.off, y.off, inPlace, d)
	})
	for i := range dst.mem {
		if dst.touched(n, i) {
			if !hSame(dst.mem[i], rd[i]) {
				r.Errorf("%s: dst[%d] = %s, want %s", where, i, hFmt(dst.mem[i]), hFmt(rd[i]))
				return
			}
		} else if hBits(dst.mem[i]) != hBits(d0[i]) {
			r.Errorf("%s: dst[%d], which is not an output element, changed to %s", where, i, hFmt(dst.mem[i]))
			return
		}
	}
	for _, in := range []struct {
		name      string
		mem, orig []T
	}{{"x", x.mem, x0}, {"y", y.mem, y0}} {
		if inPlace && in.name == "x" {
			continue
		}
		for i := range in.mem {
			if hBits(in.mem[i]) != hBits(in.orig[i]) {
				r.Errorf("%s: input %s[%d] changed to %s", where, in.name, i, hFmt(in.mem[i]))
				return
			}
		}
	}
}

func TestStridedVsGeneric(t *testing.T) {
	t.Run("f64", testStridedVsGeneric[float64])
	t.Run("f32", testStridedVsGeneric[float32])
}

func testStridedVsGeneric[T Float](t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			for _, k := range hStridedTable[T]() {
				t.Run(k.name, func(t *testing.T) { hCheckStrided(hCapReports(t), impl, &k) })
			}
		})
	}
}

// ---------------------------------------------------------------------------
// The table covers every kernel.

func TestTableCoversEveryKernel(t *testing.T) {
	var have []string
	for _, k := range hKernelTable[float64]() {
		have = append(have, k.name)
	}
	for _, k := range hStridedTable[float64]() {
		have = append(have, k.name)
	}
	for _, k := range selKernels[float64]() { // select_test.go
		have = append(have, k.name)
	}
	for _, name := range KernelNames() {
		if !slices.Contains(have, name) {
			t.Errorf("kernel %s is not in the test table of impl_test.go", name)
		}
	}
	if len(have) != len(KernelNames()) {
		t.Errorf("the test table has %d kernels, KernelNames %d", len(have), len(KernelNames()))
	}
}

// ---------------------------------------------------------------------------
// Length errors.

// lengthError runs f and reports what it panicked with.
func hLengthError(f func()) (err *LengthError, other any) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok && errors.As(e, &err) {
			return
		}
		other = r
	}()
	f()
	return nil, "no panic"
}

func TestLengthErrors(t *testing.T) {
	t.Run("f64", testLengthErrors[float64])
	t.Run("f32", testLengthErrors[float32])
}

func testLengthErrors[T Float](t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			for _, k := range hKernelTable[T]() {
				uses := k.kind.uses()
				if len(uses) < 2 {
					continue
				}
				// Each operand in turn is one element longer or shorter
				// than the others.
				for _, bad := range uses {
					for _, delta := range []int{1, -1, 17} {
						n := 8
						a := &hArgs[T]{s: 1}
						for _, s := range uses {
							m := n
							if s == bad {
								m = n + delta
							}
							v := make([]T, m)
							switch {
							case s == slotDst:
								a.dst = v
							case s == slotX && k.kind == kUint8:
								a.u = make([]uint8, m)
							case s == slotX:
								a.x = v
							default:
								a.y = v
							}
						}
						if err, other := hLengthError(func() { hCall(k.api, a) }); err == nil {
							t.Errorf("impl=%s %s/%s with len(%s) = %d, others %d: panicked with %v, want *LengthError",
								impl, k.name, hTypeName[T](), bad, n+delta, n, other)
						}
					}
				}
			}
			for _, k := range hStridedTable[T]() {
				v := make([]T, 10)
				bad := []struct {
					n, off, inc int
				}{
					{11, 0, 1}, {-1, 0, 1}, {2, 9, 1}, {2, 0, -1}, {5, 9, 3}, {1, 10, 0}, {1, -1, 0}, {4, 8, -3},
				}
				for _, b := range bad {
					for pos := range 3 {
						o := [3][2]int{{0, 1}, {0, 1}, {0, 1}}
						o[pos] = [2]int{b.off, b.inc}
						err, other := hLengthError(func() {
							k.api(b.n, v, o[0][0], o[0][1], slices.Clone(v), o[1][0], o[1][1], slices.Clone(v), o[2][0], o[2][1])
						})
						// n = -1 and n = 11 are wrong for every operand.
						if err == nil {
							t.Errorf("impl=%s %s/%s n=%d operand %d off=%d inc=%d on length 10: panicked with %v, want *LengthError",
								impl, k.name, hTypeName[T](), b.n, pos, b.off, b.inc, other)
						}
					}
				}
			}
		})
	}
}

// ---------------------------------------------------------------------------
// The generic twins against independent reference loops, so that the
// baseline the implementations are compared with is right too.

func hRefMaximum(x, y float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsNaN(y):
		return y
	case x > y:
		return x
	}
	return y // y > x, or equal: NumPy 1.24.2 on x86-64 gives maximum([-0.], [0.]) = [0.] and maximum([0.], [-0.]) = [-0.]
}

func hRefMinimum(x, y float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsNaN(y):
		return y
	case x < y:
		return x
	}
	return y // as NumPy: minimum([0.], [-0.]) = [-0.], minimum([-0.], [0.]) = [0.]
}

func TestGenericTwinsVsReference(t *testing.T) {
	t.Run("f64", testGenericTwinsVsReference[float64])
	t.Run("f32", testGenericTwinsVsReference[float32])
}

func testGenericTwinsVsReference[T Float](t *testing.T) {
	// Elementwise: each element in T arithmetic (y is s for the scalar forms).
	elem := map[string]func(x, y T) T{
		"Add": func(x, y T) T { return x + y }, "Sub": func(x, y T) T { return x - y },
		"Mul": func(x, y T) T { return x * y }, "Div": func(x, y T) T { return x / y },
		"Maximum":   func(x, y T) T { return T(hRefMaximum(float64(x), float64(y))) },
		"Minimum":   func(x, y T) T { return T(hRefMinimum(float64(x), float64(y))) },
		"AddScalar": func(x, s T) T { return x + s }, "SubScalar": func(x, s T) T { return x - s },
		"MulScalar": func(x, s T) T { return x * s }, "DivScalar": func(x, s T) T { return x / s },
		"MaximumScalar": func(x, s T) T { return T(hRefMaximum(float64(x), float64(s))) },
		"MinimumScalar": func(x, s T) T { return T(hRefMinimum(float64(x), float64(s))) },
		"ScalarSub":     func(x, s T) T { return s - x }, "ScalarDiv": func(x, s T) T { return s / x },
		"Abs":    func(x, _ T) T { return T(math.Copysign(float64(x), 1)) },
		"Neg":    func(x, _ T) T { return hFromBits[T](hBits(x) ^ hSignBit[T]()) },
		"Sqrt":   func(x, _ T) T { return T(math.Sqrt(float64(x))) },
		"Square": func(x, _ T) T { return x * x },
		"Scale":  func(x, s T) T { return x * s },
	}
	rng := rand.New(rand.NewPCG(1, 2))
	sc := hScalars[T]()
	for _, k := range hKernelTable[T]() {
		for trial := range 40 {
			n := 37
			x, y := make([]T, n), make([]T, n)
			hFill(rng, hData(trial%int(numDataKinds)), x, false)
			hFill(rng, hData((trial+1)%int(numDataKinds)), y, false)
			s := sc[trial%len(sc)]
			a := &hArgs[T]{dst: make([]T, n), x: slices.Clone(x), y: slices.Clone(y), s: s, u: make([]uint8, n)}
			for i := range a.u {
				a.u[i] = uint8(rng.IntN(256))
			}
			r, idx := hCall(k.gen, a)
			where := fmt.Sprintf("generic %s/%s trial %d", k.name, hTypeName[T](), trial)
			if f, ok := elem[k.name]; ok {
				out := a.dst
				if k.kind == kScale {
					out = a.x
				}
				for i := range out {
					yv := s
					if k.kind == kBinary {
						yv = y[i]
					}
					if want := f(x[i], yv); !hSame(out[i], want) {
						t.Errorf("%s: element %d of x=%s y/s=%s: got %s, want %s",
							where, i, hFmt(x[i]), hFmt(yv), hFmt(out[i]), hFmt(want))
						break
					}
				}
				continue
			}
			switch k.name {
			case "Max", "Min", "ArgMax", "ArgMin":
				isMax := k.name == "Max" || k.name == "ArgMax"
				wantI, wantV := -1, T(math.Inf(1))
				if isMax {
					wantV = T(math.Inf(-1))
				}
				for i, v := range x {
					if v != v {
						wantI, wantV = i, v
						break
					}
					if wantI < 0 || (isMax && v > x[wantI]) || (!isMax && v < x[wantI]) {
						wantI, wantV = i, v
					}
				}
				if strings.HasPrefix(k.name, "Arg") {
					if idx != wantI {
						t.Errorf("%s: got %d, want %d on %v", where, idx, wantI, x)
					}
				} else if !hSame(r, wantV) && !(r == 0 && wantV == 0) {
					t.Errorf("%s: got %s, want %s on %v", where, hFmt(r), hFmt(wantV), x)
				}
			case "FromUint8":
				for i := range a.dst {
					if float64(a.dst[i]) != float64(a.u[i]) {
						t.Errorf("%s: %d -> %v", where, a.u[i], a.dst[i])
						break
					}
				}
			case "Axpy":
				for i := range a.y {
					twice := y[i] + T(s*x[i]) // the conversion forbids fusing
					once := hFMA(s, x[i], y[i])
					if !hSame(a.y[i], twice) && !hSame(a.y[i], once) {
						t.Errorf("%s: alpha=%s x=%s y=%s: got %s, want %s or %s",
							where, hFmt(s), hFmt(x[i]), hFmt(y[i]), hFmt(a.y[i]), hFmt(twice), hFmt(once))
						break
					}
				}
			}
		}
	}
}

// hTwinOff holds, per kernel, the first input where the generic twin was
// more than maxULP from the true value but the implementation was not.
var hTwinOff sync.Map

func hNoteTwinOff(kernel, msg string) { hTwinOff.LoadOrStore(kernel, msg) }

// hLogTwinOff logs what hTwinOff holds: bugs of the generic twins (which
// the ULP tests report), not of the implementations.
func hLogTwinOff(t *testing.T) {
	hTwinOff.Range(func(k, v any) bool {
		t.Logf("note: the generic twin of %s is more than %d ULP off at %s", k, hMaxULP, v)
		return true
	})
}

// hTrueMath is the transcendental kernel name at x, computed with 300-bit
// math/big arithmetic and rounded once to float64.
func hTrueMath(name string, x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	const prec = 300
	bf := func(v float64) *big.Float { return new(big.Float).SetPrec(prec).SetFloat64(v) }
	one := bf(1)
	switch name {
	case "Exp":
		if math.IsInf(x, 0) {
			return math.Exp(x)
		}
		f, _ := hBigExp(bf(x)).Float64()
		return f
	case "Log":
		if x < 0 {
			return math.NaN()
		}
		if x == 0 || math.IsInf(x, 1) {
			return math.Log(x)
		}
		f, _ := hBigLog(bf(x)).Float64()
		return f
	case "Tanh":
		if math.IsInf(x, 0) || math.Abs(x) > 40 {
			return math.Copysign(1, x)
		}
		if math.Abs(x) < 0x1p-40 {
			return x
		}
		e := hBigExp(bf(2 * x))
		num := new(big.Float).SetPrec(prec).Sub(e, one)
		den := new(big.Float).SetPrec(prec).Add(e, one)
		f, _ := num.Quo(num, den).Float64()
		return f
	case "Sigmoid", "SigmoidDerivative":
		if math.IsInf(x, 0) {
			if name == "Sigmoid" && x > 0 {
				return 1
			}
			return 0
		}
		e := hBigExp(bf(-x))
		den := new(big.Float).SetPrec(prec).Add(one, e)
		if name == "Sigmoid" {
			f, _ := new(big.Float).SetPrec(prec).Quo(one, den).Float64()
			return f
		}
		den.Mul(den, den)
		f, _ := e.Quo(e, den).Float64()
		return f
	}
	if f, ok := hTrueMathExtra[name]; ok {
		return f(x)
	}
	panic("hTrueMath: " + name)
}

// hTrueMathExtra holds the references of kernels whose math/big code lives
// in their own test files (ulp_trig_test.go).
var hTrueMathExtra map[string]func(float64) float64

// hBigExp is e**x: exp(x/2**k)**(2**k) with a Taylor series for the small
// argument.
func hBigExp(x *big.Float) *big.Float {
	prec := x.Prec()
	k := 0
	r := new(big.Float).SetPrec(prec).Set(x)
	for r.MantExp(nil) > -8 && !(r.Sign() == 0) {
		r.SetMantExp(r, -1)
		k++
	}
	sum := new(big.Float).SetPrec(prec).SetInt64(1)
	term := new(big.Float).SetPrec(prec).SetInt64(1)
	for i := int64(1); i < 60; i++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(prec).SetInt64(i))
		sum.Add(sum, term)
	}
	for range k {
		sum.Mul(sum, sum)
	}
	return sum
}

// hBigLog is ln(x) for x > 0 by Newton's iteration on exp, from the
// float64 estimate (exact exponent handling for subnormals).
func hBigLog(x *big.Float) *big.Float {
	prec := x.Prec()
	m := new(big.Float).SetPrec(prec)
	e := x.MantExp(m) // x = m * 2**e, 0.5 <= m < 1
	mf, _ := m.Float64()
	// ln x = ln m + e ln 2
	lnm := hBigNewtonLog(m, math.Log(mf))
	ln2 := hBigNewtonLog(new(big.Float).SetPrec(prec).SetInt64(2), math.Ln2)
	ln2.Mul(ln2, new(big.Float).SetPrec(prec).SetInt64(int64(e)))
	return lnm.Add(lnm, ln2)
}

func hBigNewtonLog(a *big.Float, guess float64) *big.Float {
	prec := a.Prec()
	y := new(big.Float).SetPrec(prec).SetFloat64(guess)
	for range 6 {
		// y += 2 (a - e**y) / (a + e**y)
		ey := hBigExp(y)
		num := new(big.Float).SetPrec(prec).Sub(a, ey)
		den := new(big.Float).SetPrec(prec).Add(a, ey)
		num.Quo(num, den)
		y.Add(y, num.Add(num, num))
	}
	return y
}

// hFMA is a*x+y rounded once to T. For float32 it is computed exactly with
// math/big: rounding the float64 FMA to float32 would round twice.
func hFMA[T Float](a, x, y T) T {
	f := math.FMA(float64(a), float64(x), float64(y))
	if !hIs32[T]() || math.IsInf(f, 0) || f != f {
		return T(f)
	}
	z := new(big.Float).SetPrec(600).SetFloat64(float64(a))
	z.Mul(z, big.NewFloat(float64(x)))
	z.Add(z, big.NewFloat(float64(y)))
	r, _ := z.Float32()
	if r == 0 && math.Signbit(f) {
		return T(math.Copysign(0, -1))
	}
	return T(r)
}

// signBit is the sign bit of T.
func hSignBit[T Float]() uint64 {
	if hIs32[T]() {
		return 1 << 31
	}
	return 1 << 63
}

// ---------------------------------------------------------------------------
// Sums against an exact reference.

// hExactTerm is the i-th term of summed kernel name, exactly.
func hExactTerm(name string, x, y float64) *big.Float {
	const prec = 1100
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	by := new(big.Float).SetPrec(prec).SetFloat64(y)
	switch name {
	case "Sum":
		return bx
	case "SumSq":
		return bx.Mul(bx, bx)
	case "Dot":
		return bx.Mul(bx, by)
	case "L1Dist":
		return bx.Abs(bx.Sub(bx, by))
	case "L2DistSq":
		bx.Sub(bx, by)
		return bx.Mul(bx, bx)
	}
	panic("hExactTerm: " + name)
}

// hSumCase is one summed kernel on one data set, with its exact sum.
type hSumCase[T Float] struct {
	kernel hKernel[T]
	data   string
	x, y   []T
	exact  float64 // the exact sum, rounded to float64
	abs    float64 // sum of |term|
}

var hSumCases sync.Map // "f64" or "f32" -> []hSumCase[T]

// hSumCasesOf returns the sum accuracy cases of T, computing the exact sums
// once for all implementations.
func hSumCasesOf[T Float]() []hSumCase[T] {
	if c, ok := hSumCases.Load(hTypeName[T]()); ok {
		return c.([]hSumCase[T])
	}
	n, m := 1<<20, 1<<14
	if hSlow() {
		n = 1 << 18
	}
	rng := rand.New(rand.NewPCG(3, 5))
	type dataset struct {
		name     string
		x, y     []T
		constant bool
	}
	constant := dataset{name: "constant 0.1, 0.3", x: make([]T, n), y: make([]T, n), constant: true}
	for i := range constant.x {
		constant.x[i], constant.y[i] = 0.1, 0.3
	}
	uniform := dataset{name: "uniform [0,1)", x: make([]T, m), y: make([]T, m)}
	for i := range uniform.x {
		uniform.x[i], uniform.y[i] = T(rng.Float64()), T(rng.Float64())
	}
	mixed := dataset{name: "mixed signs and magnitudes", x: make([]T, 4099), y: make([]T, 4099)}
	hFill(rng, dataRegular, mixed.x, true)
	hFill(rng, dataRegular, mixed.y, true)
	var cases []hSumCase[T]
	for _, d := range []dataset{constant, uniform, mixed} {
		for _, k := range hKernelTable[T]() {
			if k.tol != tolSum {
				continue
			}
			exact := new(big.Float).SetPrec(1100)
			abs := 0.0
			if d.constant {
				exact = hExactTerm(k.name, float64(d.x[0]), float64(d.y[0]))
				exact.Mul(exact, new(big.Float).SetInt64(int64(len(d.x))))
				abs, _ = new(big.Float).Abs(exact).Float64()
			} else {
				for i := range d.x {
					tm := hExactTerm(k.name, float64(d.x[i]), float64(d.y[i]))
					exact.Add(exact, tm)
					f, _ := tm.Float64()
					abs += math.Abs(f)
				}
			}
			e, _ := exact.Float64()
			cases = append(cases, hSumCase[T]{kernel: k, data: d.name, x: d.x, y: d.y, exact: e, abs: abs})
		}
	}
	hSumCases.Store(hTypeName[T](), cases)
	return cases
}

// hSumAccuracy checks the summed kernels of the active implementation impl
// against the exact sum: the error must be at most (log2(n)+32) * u * sum|term|
// (u the unit roundoff of T), which pairwise summation meets with room to
// spare and a sequential or few-accumulator sum of n = 1<<20 (1<<18) equal
// terms does not. only, if not empty, restricts the kernels.
func hSumAccuracy[T Float](r hReporter, impl string, only ...string) {
	r.Helper()
	for _, c := range hSumCasesOf[T]() {
		k := &c.kernel
		if len(only) > 0 && !slices.Contains(only, k.name) {
			continue
		}
		got, _ := hCall(k.api, &hArgs[T]{x: c.x, y: c.y})
		m := float64(len(c.x))
		u := hUnitRoundoff[T]()
		bound := (math.Ceil(math.Log2(m))+32)*u*c.abs + m*hSmallest[T]()
		if e := math.Abs(float64(got) - c.exact); !(e <= bound) {
			r.Errorf("impl=%s kernel=%s/%s n=%d data=%s: got %s, exact %.17g: error %.3g = %.0f u*sum|terms|, bound %.0f",
				impl, k.name, hTypeName[T](), len(c.x), c.data, hFmt(got), c.exact, e, e/(u*c.abs), bound/(u*c.abs))
		}
	}
}

func TestSumAccuracy(t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			hSumAccuracy[float64](t, impl)
			hSumAccuracy[float32](t, impl)
		})
	}
}

// ---------------------------------------------------------------------------
// The checks can fail: implementations with planted bugs, registered for
// this test only, must be caught, and their correct kernels must not be.

// hRecorder is a reporter that counts errors instead of failing.
type hRecorder struct {
	n     int
	first string
}

func (r *hRecorder) Helper() {}

func (r *hRecorder) Errorf(format string, args ...any) {
	if r.n == 0 {
		r.first = fmt.Sprintf(format, args...)
	}
	r.n++
}

// hRegisterFake adds an implementation made of the generic twins with
// some kernels replaced, until the test ends. Tests run one at a time
// (none of this package's tests call t.Parallel before it), so changing
// the registry here is safe.
func hRegisterFake(t *testing.T, name string, set64 func(o *ops[float64]), set32 func(o *ops[float32])) {
	t.Helper()
	g := genericImpl()
	im := &impl{name: name, available: true, needs: "nothing"}
	set64(&im.f64)
	set32(&im.f32)
	im.own64 = im.f64.fillFrom(&g.f64)
	im.own32 = im.f32.fillFrom(&g.f32)
	impls = append(impls, im)
	t.Cleanup(func() { impls = slices.DeleteFunc(impls, func(x *impl) bool { return x == im }) })
}

var hSink float64

// hPastEnd returns the element just past the end of x (or just before its
// start, with before), read without a bounds check, as a buggy assembly
// tail or head loop would.
func hPastEnd[T Float](x []T, before bool) T {
	if len(x) == 0 {
		return 0
	}
	p := unsafe.Pointer(unsafe.SliceData(x))
	if before {
		return *(*T)(unsafe.Add(p, -int(unsafe.Sizeof(x[0]))))
	}
	return *(*T)(unsafe.Add(p, len(x)*int(unsafe.Sizeof(x[0]))))
}

func hBrokenOps[T Float](o *ops[T]) {
	// Add forgets the last element when the length is 3 mod 4.
	o.Add = func(dst, x, y []T) {
		n := len(dst)
		if n%4 == 3 {
			n--
		}
		addGeneric(dst[:n], x[:n], y[:n])
	}
	// Mul writes one element past the end of dst.
	o.Mul = func(dst, x, y []T) {
		mulGeneric(dst, x, y)
		if len(dst) > 0 {
			*(*T)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(dst)), len(dst)*int(unsafe.Sizeof(dst[0])))) = 0
		}
	}
	// Abs reads one element past the end of x; Neg one before its start.
	o.Abs = func(dst, x []T) { hSink += float64(hPastEnd(x, false)); absGeneric(dst, x) }
	o.Neg = func(dst, x []T) { hSink += float64(hPastEnd(x, true)); negGeneric(dst, x) }
	// Maximum has x86 MAXPD semantics: y when either is NaN.
	o.Maximum = func(dst, x, y []T) {
		for i := range dst {
			if x[i] > y[i] {
				dst[i] = x[i]
			} else {
				dst[i] = y[i]
			}
		}
	}
	// Sum accumulates sequentially in T, with 8 accumulators.
	o.Sum = func(x []T) T {
		var acc [8]T
		for i, v := range x {
			acc[i%8] += v
		}
		var s T
		for _, a := range acc {
			s += a
		}
		return s
	}
	// ArgMax returns the last of equal largest elements.
	o.ArgMax = func(x []T) int {
		k := argMaxGeneric(x)
		for i := len(x) - 1; i > k; i-- {
			if x[i] == x[k] {
				return i
			}
		}
		return k
	}
	// Exp is 3 ULP off.
	o.Exp = func(dst, x []T) {
		expGeneric(dst, x)
		for i, v := range dst {
			if v != v || math.IsInf(float64(v), 0) || v == 0 {
				continue
			}
			dst[i] = hFromBits[T](hBits(v) + 3)
		}
	}
	// FromUint8 converts through int8.
	o.FromUint8 = func(dst []T, x []uint8) {
		for i := range dst {
			dst[i] = T(int8(x[i]))
		}
	}
	// AddStrided walks dst forwards when its increment is negative.
	o.AddStrided = func(n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int) {
		if dInc < 0 {
			dOff, dInc = dOff+(n-1)*dInc, -dInc
		}
		for i := 0; i < n; i++ {
			dst[dOff+i*dInc] = x[xOff+i*xInc] + y[yOff+i*yInc]
		}
	}
	// MulStrided reads x one element past its last index.
	o.MulStrided = func(n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int) {
		if n > 0 {
			last := xOff + (n-1)*xInc
			hSink += float64(hPastEnd(x[:last+1], false))
		}
		genericOps[T]().MulStrided(n, dst, dOff, dInc, x, xOff, xInc, y, yOff, yInc)
	}
}

func TestHarnessCatchesBrokenKernels(t *testing.T) {
	const name = "broken-for-test"
	hRegisterFake(t, name, hBrokenOps[float64], hBrokenOps[float32])
	hUseImpl(t, name)
	t.Run("f64", hHarnessCatches[float64])
	t.Run("f32", hHarnessCatches[float32])
}

func hHarnessCatches[T Float](t *testing.T) {
	const name = "broken-for-test"
	// broken: which check must catch each planted bug.
	broken := map[string]string{
		"Add": "table", "Mul": "table", "Maximum": "table", "ArgMax": "table", "Exp": "table", "FromUint8": "table",
		"Abs": "guard", "Neg": "guard", "Sum": "accuracy",
		"AddStrided": "table", "MulStrided": "guard",
	}
	guarded := guard.Supported
	var regs []*hGuardRegions[T]
	if guarded {
		regs = []*hGuardRegions[T]{hNewGuardRegions[T](t, guard.End), hNewGuardRegions[T](t, guard.Start)}
	}
	for _, k := range hKernelTable[T]() {
		if _, ok := broken[k.name]; !ok && !slices.Contains([]string{"Sub", "DivScalar", "Sqrt", "Tanh", "Dot", "ArgMin", "Axpy"}, k.name) {
			continue // a few correct kernels are enough to show no false alarms
		}
		var table, pages hRecorder
		hCheckKernel(&table, name, &k)
		if guarded {
			for _, rg := range regs {
				hGuardKernel(&pages, name, &k, rg)
			}
		}
		hExpectCaught(t, k.name, broken[k.name], guarded, table, pages)
	}
	for _, k := range hStridedTable[T]() {
		if _, ok := broken[k.name]; !ok && k.name != "MinimumStrided" {
			continue
		}
		var table, pages hRecorder
		hCheckStrided(&table, name, &k)
		if guarded {
			for _, rg := range regs {
				hGuardStrided(&pages, name, &k, rg)
			}
		}
		hExpectCaught(t, k.name, broken[k.name], guarded, table, pages)
	}
	var acc hRecorder
	hSumAccuracy[T](&acc, name, "Sum")
	if acc.n == 0 {
		t.Errorf("the sum accuracy check did not catch a sum with 8 sequential accumulators")
	} else {
		t.Logf("caught as expected (accuracy): %s", acc.first)
	}
}

func hExpectCaught(t *testing.T, kernel, by string, guarded bool, table, pages hRecorder) {
	t.Helper()
	switch by {
	case "table":
		if table.n == 0 {
			t.Errorf("%s: the table-driven check did not catch the planted bug", kernel)
		} else {
			t.Logf("caught as expected (table): %s", table.first)
		}
	case "guard":
		if table.n != 0 {
			t.Errorf("%s: the table-driven check reported a harmless over-read: %s", kernel, table.first)
		}
		if guarded && pages.n == 0 {
			t.Errorf("%s: the guard-page check did not catch the read outside the slice", kernel)
		} else if guarded {
			t.Logf("caught as expected (guard page): %s", pages.first)
		}
	case "":
		if table.n != 0 || pages.n != 0 {
			t.Errorf("%s is not broken, but the checks reported: %s %s", kernel, table.first, pages.first)
		}
	}
	if by == "table" && guarded && pages.n == 0 && kernel == "Mul" {
		t.Errorf("Mul: the guard-page check did not catch the write past the end")
	}
}
