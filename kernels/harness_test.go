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
	"fmt"
	"math"
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
		hBinaryK("Power", tolExact, Power[T], g.Power),
		hScalarK("AddScalar", AddScalar[T], g.AddScalar),
		hScalarK("SubScalar", SubScalar[T], g.SubScalar),
		hScalarK("MulScalar", MulScalar[T], g.MulScalar),
		hScalarK("DivScalar", DivScalar[T], g.DivScalar),
		hScalarK("MaximumScalar", MaximumScalar[T], g.MaximumScalar),
		hScalarK("MinimumScalar", MinimumScalar[T], g.MinimumScalar),
		hRScalarK("ScalarSub", ScalarSub[T], g.ScalarSub),
		hRScalarK("ScalarDiv", ScalarDiv[T], g.ScalarDiv),
		hUnaryK("Abs", tolExact, Abs[T], g.Abs),
		hBinaryK("AddStream", tolExact, AddStream[T], g.AddStream),
		hBinaryK("SubStream", tolExact, SubStream[T], g.SubStream),
		hBinaryK("MulStream", tolExact, MulStream[T], g.MulStream),
		hUnaryK("AbsStream", tolExact, AbsStream[T], g.AbsStream),
		hUnaryK("CopyStream", tolExact, CopyStream[T], g.CopyStream),
		hScalarK("AddScalarStream", AddScalarStream[T], g.AddScalarStream),
		hScalarK("MulScalarStream", MulScalarStream[T], g.MulScalarStream),
		hUnaryK("SquareStream", tolExact, SquareStream[T], g.SquareStream),
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
