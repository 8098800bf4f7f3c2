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
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// ---------------------------------------------------------------------------
// The kernel table.

// kind is a kernel's signature.
type kind int

const (
	kBinary  kind = iota // f(dst, x, y)
	kScalar              // f(dst, x, s)
	kRScalar             // f(dst, s, x)
	kUnary               // f(dst, x)
	kReduce              // f(x) T
	kArg                 // f(x) int
	kPair                // f(x, y) T
	kAxpy                // f(alpha, x, y), y is read and written
	kScale               // f(alpha, x), x is read and written
	kUint8               // f(dst, u []uint8)
)

// tolerance says how an implementation's result must match the generic
// twin's.
type tolerance int

const (
	exact     tolerance = iota // bitwise, except that any NaN equals any NaN
	exactZero                  // exact, except that +0 and -0 are equal (Max, Min reductions)
	fusable                    // exact, or equal to the fused multiply-add result
	ulps                       // within maxULP units in the last place
	summed                     // within the error bound of a floating-point sum
)

// maxULP is the tolerance of the transcendental kernels relative to the
// generic twin in these tests (the ULP tests against math/big are tighter).
const maxULP = 2

// slot names an operand: dst, x or y.
type slot int

const (
	sDst slot = iota
	sX
	sY
	nSlots
)

func (s slot) String() string { return [...]string{"dst", "x", "y"}[s] }

// kernel describes one kernel for element type T: the exported function
// (run after Use) and the generic twin, both as plain func values.
type kernel[T Float] struct {
	name string
	kind kind
	tol  tolerance
	// term is the i-th term of a summed reduction, computed in float64 as
	// the generic twin does; its absolute values bound the rounding error.
	term func(x, y T) float64
	api  any
	gen  any
}

func binaryK[T Float](name string, tol tolerance, api, gen func(dst, x, y []T)) kernel[T] {
	return kernel[T]{name: name, kind: kBinary, tol: tol, api: api, gen: gen}
}

func scalarK[T Float](name string, api, gen func(dst, x []T, s T)) kernel[T] {
	return kernel[T]{name: name, kind: kScalar, tol: exact, api: api, gen: gen}
}

func rscalarK[T Float](name string, api, gen func(dst []T, s T, x []T)) kernel[T] {
	return kernel[T]{name: name, kind: kRScalar, tol: exact, api: api, gen: gen}
}

func unaryK[T Float](name string, tol tolerance, api, gen func(dst, x []T)) kernel[T] {
	return kernel[T]{name: name, kind: kUnary, tol: tol, api: api, gen: gen}
}

func reduceK[T Float](name string, tol tolerance, term func(x, y T) float64, api, gen func(x []T) T) kernel[T] {
	return kernel[T]{name: name, kind: kReduce, tol: tol, term: term, api: api, gen: gen}
}

func argK[T Float](name string, api, gen func(x []T) int) kernel[T] {
	return kernel[T]{name: name, kind: kArg, tol: exact, api: api, gen: gen}
}

func pairK[T Float](name string, term func(x, y T) float64, api, gen func(x, y []T) T) kernel[T] {
	return kernel[T]{name: name, kind: kPair, tol: summed, term: term, api: api, gen: gen}
}

// kernelTable lists every non-strided kernel for element type T.
func kernelTable[T Float]() []kernel[T] {
	g := genericOps[T]()
	return []kernel[T]{
		binaryK("Add", exact, Add[T], g.Add),
		binaryK("Sub", exact, Sub[T], g.Sub),
		binaryK("Mul", exact, Mul[T], g.Mul),
		binaryK("Div", exact, Div[T], g.Div),
		binaryK("Maximum", exact, Maximum[T], g.Maximum),
		binaryK("Minimum", exact, Minimum[T], g.Minimum),
		scalarK("AddScalar", AddScalar[T], g.AddScalar),
		scalarK("SubScalar", SubScalar[T], g.SubScalar),
		scalarK("MulScalar", MulScalar[T], g.MulScalar),
		scalarK("DivScalar", DivScalar[T], g.DivScalar),
		scalarK("MaximumScalar", MaximumScalar[T], g.MaximumScalar),
		scalarK("MinimumScalar", MinimumScalar[T], g.MinimumScalar),
		rscalarK("ScalarSub", ScalarSub[T], g.ScalarSub),
		rscalarK("ScalarDiv", ScalarDiv[T], g.ScalarDiv),
		unaryK("Abs", exact, Abs[T], g.Abs),
		unaryK("Neg", exact, Neg[T], g.Neg),
		unaryK("Sqrt", exact, Sqrt[T], g.Sqrt),
		unaryK("Square", exact, Square[T], g.Square),
		unaryK("Exp", ulps, Exp[T], g.Exp),
		unaryK("Log", ulps, Log[T], g.Log),
		unaryK("Tanh", ulps, Tanh[T], g.Tanh),
		unaryK("Sigmoid", ulps, Sigmoid[T], g.Sigmoid),
		unaryK("SigmoidDerivative", ulps, SigmoidDerivative[T], g.SigmoidDerivative),
		reduceK("Sum", summed, func(x, _ T) float64 { return float64(x) }, Sum[T], g.Sum),
		reduceK("SumSq", summed, func(x, _ T) float64 { return float64(x) * float64(x) }, SumSq[T], g.SumSq),
		reduceK("Max", exactZero, nil, Max[T], g.Max),
		reduceK("Min", exactZero, nil, Min[T], g.Min),
		argK("ArgMax", ArgMax[T], g.ArgMax),
		argK("ArgMin", ArgMin[T], g.ArgMin),
		pairK("Dot", func(x, y T) float64 { return float64(x) * float64(y) }, Dot[T], g.Dot),
		pairK("L1Dist", func(x, y T) float64 { return math.Abs(float64(x - y)) }, L1Dist[T], g.L1Dist),
		pairK("L2DistSq", func(x, y T) float64 { d := float64(x - y); return d * d }, L2DistSq[T], g.L2DistSq),
		{name: "Axpy", kind: kAxpy, tol: fusable, api: Axpy[T], gen: (func(T, []T, []T))(g.Axpy)},
		{name: "Scale", kind: kScale, tol: exact, api: Scale[T], gen: (func(T, []T))(g.Scale)},
		{name: "FromUint8", kind: kUint8, tol: exact, api: FromUint8[T], gen: (func([]T, []uint8))(g.FromUint8)},
	}
}

// stridedKernel is one strided kernel.
type stridedKernel[T Float] struct {
	name     string
	api, gen func(n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int)
}

func stridedTable[T Float]() []stridedKernel[T] {
	g := genericOps[T]()
	return []stridedKernel[T]{
		{"AddStrided", AddStrided[T], g.AddStrided},
		{"SubStrided", SubStrided[T], g.SubStrided},
		{"MulStrided", MulStrided[T], g.MulStrided},
		{"DivStrided", DivStrided[T], g.DivStrided},
		{"MaximumStrided", MaximumStrided[T], g.MaximumStrided},
		{"MinimumStrided", MinimumStrided[T], g.MinimumStrided},
	}
}

// uses returns the operand slots kernel kind k reads or writes.
func (k kind) uses() []slot {
	switch k {
	case kBinary:
		return []slot{sDst, sX, sY}
	case kScalar, kRScalar, kUnary, kUint8:
		return []slot{sDst, sX}
	case kPair, kAxpy:
		return []slot{sX, sY}
	default:
		return []slot{sX}
	}
}

// out returns the slot a kernel writes, or -1 for reductions.
func (k kind) out() slot {
	switch k {
	case kBinary, kScalar, kRScalar, kUnary, kUint8:
		return sDst
	case kAxpy:
		return sY
	case kScale:
		return sX
	}
	return -1
}

// args are the operands of one call. For kUint8, u replaces x.
type args[T Float] struct {
	dst, x, y []T
	u         []uint8
	s         T // the scalar, or alpha
}

// call runs f (the exported kernel or its generic twin) on a.
func call[T Float](f any, a *args[T]) (r T, idx int) {
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

func is32[T Float]() bool {
	var z T
	_, ok := any(z).(float32)
	return ok
}

func typeName[T Float]() string {
	if is32[T]() {
		return "f32"
	}
	return "f64"
}

func bitsOf[T Float](v T) uint64 {
	switch v := any(v).(type) {
	case float32:
		return uint64(math.Float32bits(v))
	case float64:
		return math.Float64bits(v)
	}
	panic("unreachable")
}

func fromBits[T Float](b uint64) T {
	if is32[T]() {
		return T(math.Float32frombits(uint32(b)))
	}
	return T(math.Float64frombits(b))
}

// same reports whether a and b have the same bits, or are both NaN.
func same[T Float](a, b T) bool { return bitsOf(a) == bitsOf(b) || (a != a && b != b) }

// ordered maps a float to an integer that is monotonic in its value, with
// +0 and -0 both at 0, so that ulpDist counts representable values.
func ordered[T Float](v T) int64 {
	if is32[T]() {
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

func ulpDist[T Float](a, b T) uint64 {
	d := ordered(a) - ordered(b)
	if d < 0 {
		return uint64(-d)
	}
	return uint64(d)
}

// unitRoundoff is 2^-53 for float64 and 2^-24 for float32.
func unitRoundoff[T Float]() float64 {
	if is32[T]() {
		return 0x1p-24
	}
	return 0x1p-53
}

func maxFloat[T Float]() float64 {
	if is32[T]() {
		return math.MaxFloat32
	}
	return math.MaxFloat64
}

func smallestFloat[T Float]() float64 {
	if is32[T]() {
		return math.SmallestNonzeroFloat32
	}
	return math.SmallestNonzeroFloat64
}

// fmtv formats a value with its bits, for failure messages.
func fmtv[T Float](v T) string {
	if is32[T]() {
		return fmt.Sprintf("%v [%#08x]", v, bitsOf(v))
	}
	return fmt.Sprintf("%v [%#016x]", v, bitsOf(v))
}

// guardVal fills the padding around every slice: a quiet NaN with a
// payload no kernel computes, so that any write shows.
func guardVal[T Float]() T {
	if is32[T]() {
		return fromBits[T](0x7fcdbad5)
	}
	return fromBits[T](0x7ff8deadbeef0bad)
}

// unwritten fills output slices before a call: finite, so that an output
// element a kernel forgot to write never passes as "NaN equals NaN".
func unwritten[T Float]() T { return T(-1.2345e-27) }

const guardU8 = 0xa5

// ---------------------------------------------------------------------------
// Input data.

type dataKind int

const (
	dRegular dataKind = iota // finite values of magnitude 1e-3..1e3, a quarter negative
	dSpecial                 // half special values (NaN, ±Inf, ±0, subnormal, huge, tiny, edges)
	dTies                    // values from {-2, -1, -0, 0, 1, 2}: ties for Max/ArgMax
	dOneNaN                  // regular values and one NaN
	nDataKinds
)

func (d dataKind) String() string {
	return [...]string{"regular", "special", "ties", "onenan", "given"}[d]
}

// dGiven marks a case whose input values are given (fuzzing).
const dGiven dataKind = nDataKinds

// specials returns the special values for T. With reduceSafe the huge
// values are small enough that no sum of up to 1<<20 of them (or of their
// squares) overflows, so the result does not depend on summation order.
func specials[T Float](reduceSafe bool) []T {
	inf, nan := math.Inf(1), math.NaN()
	var v []float64
	if is32[T]() {
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
func scalars[T Float]() []T {
	return append([]T{2.5, -0.75, 1, -1, 0.1}, specials[T](false)...)
}

func regularVal[T Float](rng *rand.Rand) T {
	v := (0.5 + rng.Float64()) * math.Pow10(rng.IntN(7)-3)
	if rng.IntN(4) == 0 {
		v = -v
	}
	return T(v)
}

// fill sets s to input data of kind d.
func fill[T Float](rng *rand.Rand, d dataKind, s []T, reduceSafe bool) {
	sp := specials[T](reduceSafe)
	ties := []T{-2, -1, T(math.Copysign(0, -1)), 0, 1, 2}
	for i := range s {
		switch {
		case d == dSpecial && rng.IntN(2) == 0:
			s[i] = sp[rng.IntN(len(sp))]
		case d == dTies:
			s[i] = ties[rng.IntN(len(ties))]
		default:
			s[i] = regularVal[T](rng)
		}
	}
	if d == dOneNaN && len(s) > 0 {
		s[rng.IntN(len(s))] = T(math.NaN())
	}
}

// ---------------------------------------------------------------------------
// Buffers with guard values.

const pad = 8 // guard elements on each side of every slice

type buf[T Float] struct {
	mem    []T
	lo, hi int
}

func newBuf[T Float](n, off int) *buf[T] {
	b := &buf[T]{mem: make([]T, pad+off+n+pad), lo: pad + off, hi: pad + off + n}
	for i := range b.mem {
		b.mem[i] = guardVal[T]()
	}
	return b
}

func (b *buf[T]) s() []T { return b.mem[b.lo:b.hi:b.hi] }

func (b *buf[T]) clone() *buf[T] {
	c := *b
	c.mem = slices.Clone(b.mem)
	return &c
}

// guardErr reports the first padding element that is not the guard value.
func (b *buf[T]) guardErr() string {
	g := bitsOf(guardVal[T]())
	for i, v := range b.mem {
		if (i < b.lo || i >= b.hi) && bitsOf(v) != g {
			return fmt.Sprintf("element %d relative to the slice start was overwritten with %s", i-b.lo, fmtv(v))
		}
	}
	return ""
}

type ubuf struct {
	mem    []uint8
	lo, hi int
}

func newUbuf(n, off int) *ubuf {
	b := &ubuf{mem: make([]uint8, pad+off+n+pad), lo: pad + off, hi: pad + off + n}
	for i := range b.mem {
		b.mem[i] = guardU8
	}
	return b
}

// ---------------------------------------------------------------------------
// Reporting.

// reporter is what the checks report to: a *testing.T, or a recorder in
// the test that proves the checks can fail.
type reporter interface {
	Helper()
	Errorf(format string, args ...any)
}

// capped stops reporting after a few errors, so that a broken kernel does
// not print thousands of lines.
type capped struct {
	reporter
	left int
}

func (c *capped) Errorf(format string, args ...any) {
	c.Helper()
	switch {
	case c.left > 0:
		c.reporter.Errorf(format, args...)
	case c.left == 0:
		c.reporter.Errorf("(further errors not shown)")
	}
	c.left--
}

func capReports(r reporter) *capped { return &capped{reporter: r, left: 6} }

// ---------------------------------------------------------------------------
// Comparison with the generic twin.

// check compares the result of an implementation (got, gr, gi) with the
// generic twin's (want, wr, wi) for kernel k; x0 and y0 are the inputs as
// they were before the call. It returns a description of the first
// difference, or "".
func check[T Float](k *kernel[T], got, want *args[T], gr, wr T, gi, wi int, x0, y0 []T) string {
	switch k.kind {
	case kArg:
		if gi != wi {
			return fmt.Sprintf("returned %d, want %d", gi, wi)
		}
		return ""
	case kReduce, kPair:
		if k.tol == summed {
			return checkSum(k, gr, wr, x0, y0)
		}
		if same(gr, wr) || (k.tol == exactZero && gr == 0 && wr == 0) {
			return ""
		}
		return fmt.Sprintf("returned %s, want %s", fmtv(gr), fmtv(wr))
	}
	var g, w []T
	switch k.kind.out() {
	case sDst:
		g, w = got.dst, want.dst
	case sY:
		g, w = got.y, want.y
	case sX:
		g, w = got.x, want.x
	}
	for i := range w {
		if ok := same(g[i], w[i]); ok {
			continue
		}
		switch k.tol {
		case ulps:
			if g[i] == g[i] && w[i] == w[i] && !math.IsInf(float64(w[i]), 0) && ulpDist(g[i], w[i]) <= maxULP {
				continue
			}
		case fusable:
			// y += alpha*x rounded once (fused) or twice; Go may fuse the
			// generic twin itself (it does on arm64).
			a, xv, yv := got.s, x0[i], y0[i]
			twice := yv + T(a*xv)
			once := T(math.FMA(float64(a), float64(xv), float64(yv)))
			if same(g[i], twice) || same(g[i], once) {
				continue
			}
		}
		in := ""
		switch k.kind {
		case kBinary:
			in = fmt.Sprintf("x=%s y=%s", fmtv(x0[i]), fmtv(y0[i]))
		case kScalar, kRScalar, kScale:
			in = fmt.Sprintf("x=%s s=%s", fmtv(x0[i]), fmtv(got.s))
		case kAxpy:
			in = fmt.Sprintf("alpha=%s x=%s y=%s", fmtv(got.s), fmtv(x0[i]), fmtv(y0[i]))
		case kUint8:
			in = fmt.Sprintf("x=%d", got.u[i])
		default:
			in = "x=" + fmtv(x0[i])
		}
		return fmt.Sprintf("element %d: got %s, want %s (%s)", i, fmtv(g[i]), fmtv(w[i]), in)
	}
	return ""
}

// sumBound describes the terms of a summed reduction.
type sumBound struct {
	abs             float64 // sum of |term| over the finite terms
	nan, pinf, ninf bool    // some term is NaN, +Inf, -Inf
}

func termsOf[T Float](k *kernel[T], x0, y0 []T) sumBound {
	var b sumBound
	for i := range x0 {
		var y T
		if y0 != nil {
			y = y0[i]
		}
		t := k.term(x0[i], y)
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
// u the unit roundoff of T. Where the finite terms are so large that
// overflow depends on the order of summation, only NaN is checked.
func checkSum[T Float](k *kernel[T], got, want T, x0, y0 []T) string {
	n := len(x0)
	b := termsOf(k, x0, y0)
	wantNaN := b.nan || (b.pinf && b.ninf)
	if math.IsInf(b.abs, 0) || b.abs >= maxFloat[T]()/4 {
		if wantNaN && got == got {
			return fmt.Sprintf("returned %s, want NaN (want %s)", fmtv(got), fmtv(want))
		}
		return ""
	}
	switch {
	case wantNaN:
		if got == got {
			return fmt.Sprintf("returned %s, want NaN (generic %s)", fmtv(got), fmtv(want))
		}
		return ""
	case b.pinf || b.ninf:
		if !same(got, want) {
			return fmt.Sprintf("returned %s, want %s", fmtv(got), fmtv(want))
		}
		return ""
	}
	depth := math.Min(float64(n), math.Log2(float64(n)+1)+64) + 2
	tol := 2*depth*unitRoundoff[T]()*b.abs + 2*float64(n+1)*smallestFloat[T]()
	if got != got || math.IsInf(float64(got), 0) || math.Abs(float64(got)-float64(want)) > tol {
		return fmt.Sprintf("returned %s, want %s ± %.3g (sum|terms| = %.6g)", fmtv(got), fmtv(want), tol, b.abs)
	}
	return ""
}

// ---------------------------------------------------------------------------
// One case of the table-driven test.

// alias says which operands share one slice.
type alias int

const (
	aNone  alias = iota
	aDstX        // dst is x
	aDstY        // dst is y
	aXY          // y is x
	aDstXY       // dst, x and y are one slice
)

func (a alias) String() string {
	return [...]string{"none", "dst=x", "dst=y", "x=y", "dst=x=y"}[a]
}

// aliases returns the aliasings kernel kind k is tested with.
func (k kind) aliases() []alias {
	switch k {
	case kBinary:
		return []alias{aNone, aDstX, aDstY, aXY, aDstXY}
	case kScalar, kRScalar, kUnary:
		return []alias{aNone, aDstX}
	case kPair, kAxpy:
		return []alias{aNone, aXY}
	}
	return []alias{aNone}
}

// owner returns the slot whose slice slot s uses under aliasing a.
func (a alias) owner(s slot) slot {
	switch {
	case s == sDst && (a == aDstX || a == aDstXY):
		return sX
	case s == sDst && a == aDstY:
		return sY
	case s == sY && (a == aXY || a == aDstXY):
		return sX
	}
	return s
}

type caseSpec struct {
	n     int
	off   [nSlots]int // start offset of each slice in its buffer
	alias alias
	data  dataKind
	seed  uint64
	s     int // index into scalars
	// given inputs (fuzzing), used when data == dGiven
	gx, gy []float64
	gu     []uint8
}

func (c *caseSpec) String() string {
	return fmt.Sprintf("n=%d offsets(dst,x,y)=%v alias=%s data=%s seed=%d", c.n, c.off, c.alias, c.data, c.seed)
}

// runCase runs kernel k of the active implementation impl and the generic
// twin on the same inputs and reports every difference, any write outside
// the output slice and any change to an input.
func runCase[T Float](r reporter, impl string, k *kernel[T], c *caseSpec) {
	r.Helper()
	rng := rand.New(rand.NewPCG(c.seed, uint64(c.n)))
	var bufs [nSlots]*buf[T]
	var u *ubuf
	for _, s := range k.kind.uses() {
		o := c.alias.owner(s)
		if bufs[o] == nil {
			bufs[o] = newBuf[T](c.n, c.off[o])
		}
		bufs[s] = bufs[o]
	}
	if k.kind == kUint8 {
		u = newUbuf(c.n, c.off[sX])
		ux := u.mem[u.lo:u.hi]
		if c.data == dGiven {
			copy(ux, c.gu)
		} else {
			for i := range ux {
				ux[i] = uint8(rng.IntN(256))
			}
		}
	}
	reduceSafe := k.tol == summed
	for _, s := range []slot{sX, sY} {
		if k.kind == kUint8 || bufs[s] == nil || c.alias.owner(s) != s {
			continue
		}
		sl := bufs[s].s()
		switch {
		case c.data == dGiven && s == sX:
			for i := range sl {
				sl[i] = T(c.gx[i])
			}
		case c.data == dGiven:
			for i := range sl {
				sl[i] = T(c.gy[i])
			}
		default:
			fill(rng, c.data, sl, reduceSafe)
		}
	}
	if b := bufs[sDst]; b != nil && c.alias.owner(sDst) == sDst {
		for i := range b.s() {
			b.mem[b.lo+i] = unwritten[T]()
		}
	}
	sc := scalars[T]()
	s := sc[c.s%len(sc)]

	// Snapshots: the originals, and the buffers the generic twin runs on.
	var orig, ref [nSlots]*buf[T]
	for sl := range nSlots {
		if b := bufs[sl]; b != nil {
			if o := c.alias.owner(sl); o != sl {
				orig[sl], ref[sl] = orig[o], ref[o]
				continue
			}
			orig[sl], ref[sl] = b.clone(), b.clone()
		}
	}
	mk := func(bs [nSlots]*buf[T]) *args[T] {
		a := &args[T]{s: s}
		if bs[sDst] != nil {
			a.dst = bs[sDst].s()
		}
		if bs[sX] != nil {
			a.x = bs[sX].s()
		}
		if bs[sY] != nil {
			a.y = bs[sY].s()
		}
		if u != nil {
			a.u = u.mem[u.lo:u.hi:u.hi]
		}
		return a
	}
	got, want := mk(bufs), mk(ref)
	var x0, y0 []T
	if orig[sX] != nil {
		x0 = orig[sX].s()
	}
	if orig[sY] != nil {
		y0 = orig[sY].s()
	}
	uOrig := []uint8(nil)
	if u != nil {
		uOrig = slices.Clone(u.mem)
	}

	gr, gi := call(k.api, got)
	wr, wi := call(k.gen, want)

	where := fmt.Sprintf("impl=%s kernel=%s/%s %v", impl, k.name, typeName[T](), c)
	if msg := check(k, got, want, gr, wr, gi, wi, x0, y0); msg != "" {
		r.Errorf("%s: %s", where, msg)
	}
	out := slot(-1)
	if o := k.kind.out(); o >= 0 {
		out = c.alias.owner(o)
	}
	for sl := range nSlots {
		b := bufs[sl]
		if b == nil || c.alias.owner(sl) != sl {
			continue
		}
		if msg := b.guardErr(); msg != "" {
			r.Errorf("%s: %s slice: %s", where, sl, msg)
		}
		if sl != out {
			for i, v := range b.mem {
				if bitsOf(v) != bitsOf(orig[sl].mem[i]) {
					r.Errorf("%s: input %s changed at element %d: %s, was %s", where, sl, i-b.lo, fmtv(v), fmtv(orig[sl].mem[i]))
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
func testLengths() []int {
	var ls []int
	for n := 0; n <= 67; n++ {
		ls = append(ls, n)
	}
	return append(ls, 1000, 4099)
}

// testOffsets are the start offsets (in elements) of the slices.
func testOffsets() []int {
	if testing.Short() {
		return []int{0, 1, 3, 6}
	}
	return []int{0, 1, 2, 3, 4, 5, 6, 7}
}

// checkKernel runs kernel k of implementation impl (already active)
// through every length, offset, aliasing and kind of data.
func checkKernel[T Float](r reporter, impl string, k *kernel[T]) {
	r.Helper()
	var seed uint64
	for _, n := range testLengths() {
		for _, o := range testOffsets() {
			for _, a := range k.kind.aliases() {
				seed++
				c := caseSpec{
					n: n, alias: a, seed: seed, s: int(seed),
					// the slices start at different offsets from each other,
					// changing with the length
					off:  [nSlots]int{o, (o + n) % 8, (o + 2*n + 3) % 8},
					data: dataKind((n + o + int(a)) % int(nDataKinds)),
				}
				runCase(r, impl, k, &c)
			}
		}
	}
}

// useImpl makes impl the active implementation until the test ends.
func useImpl(t testing.TB, impl string) {
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
}

func testKernelsVsGeneric[T Float](t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			useImpl(t, impl)
			for _, k := range kernelTable[T]() {
				t.Run(k.name, func(t *testing.T) { checkKernel(capReports(t), impl, &k) })
			}
		})
	}
}

// ---------------------------------------------------------------------------
// Strided kernels.

// incs are the increments of the strided tests.
var incs = []int{-7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7}

// stridedLengths are taken in turn by the increment triples.
var stridedLengths = []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 67}

// stridedOperand is one operand of a strided call: a buffer, a start
// offset and an increment such that n elements fit with a margin of pad on
// both sides.
type stridedOperand[T Float] struct {
	mem      []T
	off, inc int
}

func newStrided[T Float](n, base, inc int) stridedOperand[T] {
	span := 1
	if n > 0 {
		span = (n-1)*max(inc, -inc) + 1
	}
	op := stridedOperand[T]{mem: make([]T, pad+base+span+pad), off: pad + base, inc: inc}
	if inc < 0 && n > 0 {
		op.off += (n - 1) * -inc
	}
	return op
}

// touched reports whether index i is one a strided kernel of n elements reads or writes.
func (op stridedOperand[T]) touched(n, i int) bool {
	for j, p := 0, op.off; j < n; j, p = j+1, p+op.inc {
		if p == i {
			return true
		}
	}
	return false
}

func checkStridedKernel[T Float](r reporter, impl string, k *stridedKernel[T]) {
	r.Helper()
	idx := 0
	for _, di := range incs {
		for _, xi := range incs {
			for _, yi := range incs {
				n := stridedLengths[idx%len(stridedLengths)]
				base := idx % 8
				idx++
				runStrided(r, impl, k, n, [3]int{di, xi, yi}, base, false, dataKind(idx%int(nDataKinds)), uint64(idx))
				if di == xi {
					runStrided(r, impl, k, n, [3]int{di, xi, yi}, base, true, dataKind((idx+1)%int(nDataKinds)), uint64(idx))
				}
			}
		}
	}
	// Every length at unit and negative unit increments.
	for n := 0; n <= 67; n++ {
		for _, inc := range [][3]int{{1, 1, 1}, {-1, 1, -1}, {2, 1, 3}, {1, 0, 1}} {
			idx++
			runStrided(r, impl, k, n, inc, n%8, false, dataKind(idx%int(nDataKinds)), uint64(idx))
		}
	}
}

// runStrided runs one strided case; inPlace makes dst the x slice (with
// x's offset and increment).
func runStrided[T Float](r reporter, impl string, k *stridedKernel[T], n int, inc [3]int, base int, inPlace bool, d dataKind, seed uint64) {
	r.Helper()
	rng := rand.New(rand.NewPCG(seed, uint64(n)))
	dst := newStrided[T](n, base, inc[0])
	x := newStrided[T](n, (base+3)%8, inc[1])
	y := newStrided[T](n, (base+5)%8, inc[2])
	fill(rng, d, x.mem, false)
	fill(rng, d, y.mem, false)
	for i := range dst.mem {
		dst.mem[i] = guardVal[T]()
	}
	for j, p := 0, dst.off; j < n; j, p = j+1, p+dst.inc {
		dst.mem[p] = unwritten[T]()
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
	where := fmt.Sprintf("impl=%s kernel=%s/%s n=%d incs(dst,x,y)=%v offsets=(%d,%d,%d) in-place=%v data=%s",
		impl, k.name, typeName[T](), n, inc, dst.off, x.off, y.off, inPlace, d)
	for i := range dst.mem {
		if dst.touched(n, i) {
			if !same(dst.mem[i], rd[i]) {
				r.Errorf("%s: dst[%d] = %s, want %s", where, i, fmtv(dst.mem[i]), fmtv(rd[i]))
				return
			}
		} else if bitsOf(dst.mem[i]) != bitsOf(d0[i]) {
			r.Errorf("%s: dst[%d], which is not an output element, changed to %s", where, i, fmtv(dst.mem[i]))
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
			if bitsOf(in.mem[i]) != bitsOf(in.orig[i]) {
				r.Errorf("%s: input %s[%d] changed to %s", where, in.name, i, fmtv(in.mem[i]))
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
			useImpl(t, impl)
			for _, k := range stridedTable[T]() {
				t.Run(k.name, func(t *testing.T) { checkStridedKernel(capReports(t), impl, &k) })
			}
		})
	}
}

// ---------------------------------------------------------------------------
// The table covers every kernel.

func TestTableCoversEveryKernel(t *testing.T) {
	var have []string
	for _, k := range kernelTable[float64]() {
		have = append(have, k.name)
	}
	for _, k := range stridedTable[float64]() {
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
func lengthError(f func()) (err *LengthError, other any) {
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
			useImpl(t, impl)
			for _, k := range kernelTable[T]() {
				uses := k.kind.uses()
				if len(uses) < 2 {
					continue
				}
				// Each operand in turn is one element longer or shorter
				// than the others.
				for _, bad := range uses {
					for _, delta := range []int{1, -1, 17} {
						n := 8
						a := &args[T]{s: 1}
						for _, s := range uses {
							m := n
							if s == bad {
								m = n + delta
							}
							v := make([]T, m)
							switch {
							case s == sDst:
								a.dst = v
							case s == sX && k.kind == kUint8:
								a.u = make([]uint8, m)
							case s == sX:
								a.x = v
							default:
								a.y = v
							}
						}
						if err, other := lengthError(func() { call(k.api, a) }); err == nil {
							t.Errorf("impl=%s %s/%s with len(%s) = %d, others %d: panicked with %v, want *LengthError",
								impl, k.name, typeName[T](), bad, n+delta, n, other)
						}
					}
				}
			}
			for _, k := range stridedTable[T]() {
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
						err, other := lengthError(func() {
							k.api(b.n, v, o[0][0], o[0][1], slices.Clone(v), o[1][0], o[1][1], slices.Clone(v), o[2][0], o[2][1])
						})
						// n = -1 and n = 11 are wrong for every operand.
						if err == nil {
							t.Errorf("impl=%s %s/%s n=%d operand %d off=%d inc=%d on length 10: panicked with %v, want *LengthError",
								impl, k.name, typeName[T](), b.n, pos, b.off, b.inc, other)
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

func refMaximum(x, y float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsNaN(y):
		return y
	case x < y:
		return y
	}
	return x // x > y, or equal (NumPy keeps the first of -0 and +0)
}

func refMinimum(x, y float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsNaN(y):
		return y
	case y < x:
		return y
	}
	return x
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
		"Maximum":   func(x, y T) T { return T(refMaximum(float64(x), float64(y))) },
		"Minimum":   func(x, y T) T { return T(refMinimum(float64(x), float64(y))) },
		"AddScalar": func(x, s T) T { return x + s }, "SubScalar": func(x, s T) T { return x - s },
		"MulScalar": func(x, s T) T { return x * s }, "DivScalar": func(x, s T) T { return x / s },
		"MaximumScalar": func(x, s T) T { return T(refMaximum(float64(x), float64(s))) },
		"MinimumScalar": func(x, s T) T { return T(refMinimum(float64(x), float64(s))) },
		"ScalarSub":     func(x, s T) T { return s - x }, "ScalarDiv": func(x, s T) T { return s / x },
		"Abs":    func(x, _ T) T { return T(math.Copysign(float64(x), 1)) },
		"Neg":    func(x, _ T) T { return fromBits[T](bitsOf(x) ^ signBit[T]()) },
		"Sqrt":   func(x, _ T) T { return T(math.Sqrt(float64(x))) },
		"Square": func(x, _ T) T { return x * x },
		"Scale":  func(x, s T) T { return x * s },
	}
	rng := rand.New(rand.NewPCG(1, 2))
	sc := scalars[T]()
	for _, k := range kernelTable[T]() {
		for trial := range 40 {
			n := 37
			x, y := make([]T, n), make([]T, n)
			fill(rng, dataKind(trial%int(nDataKinds)), x, false)
			fill(rng, dataKind((trial+1)%int(nDataKinds)), y, false)
			s := sc[trial%len(sc)]
			a := &args[T]{dst: make([]T, n), x: slices.Clone(x), y: slices.Clone(y), s: s, u: make([]uint8, n)}
			for i := range a.u {
				a.u[i] = uint8(rng.IntN(256))
			}
			r, idx := call(k.gen, a)
			where := fmt.Sprintf("generic %s/%s trial %d", k.name, typeName[T](), trial)
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
					if want := f(x[i], yv); !same(out[i], want) {
						t.Errorf("%s: element %d of x=%s y/s=%s: got %s, want %s",
							where, i, fmtv(x[i]), fmtv(yv), fmtv(out[i]), fmtv(want))
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
				} else if !same(r, wantV) && !(r == 0 && wantV == 0) {
					t.Errorf("%s: got %s, want %s on %v", where, fmtv(r), fmtv(wantV), x)
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
					once := T(math.FMA(float64(s), float64(x[i]), float64(y[i])))
					if !same(a.y[i], twice) && !same(a.y[i], once) {
						t.Errorf("%s: alpha=%s x=%s y=%s: got %s, want %s or %s",
							where, fmtv(s), fmtv(x[i]), fmtv(y[i]), fmtv(a.y[i]), fmtv(twice), fmtv(once))
						break
					}
				}
			}
		}
	}
}

// signBit is the sign bit of T.
func signBit[T Float]() uint64 {
	if is32[T]() {
		return 1 << 31
	}
	return 1 << 63
}
