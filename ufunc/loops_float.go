package ufunc

import (
	"sync"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// binOp names a binary operation.
type binOp int

const (
	opAdd binOp = iota
	opSub
	opMul
	opDiv
	opMax
	opMin
	opPow
)

// unOp names a unary operation.
type unOp int

const (
	opExp unOp = iota
	opLog
	opTanh
	opSqrt
	opSigmoid
	opAbs
	opNeg
	opSquare
)

// minSize returns the threading threshold of op: lower for compute-bound
// operations than for memory-bound ones.
func (op binOp) minSize() int {
	if op == opPow {
		return parallelMinCostly
	}
	return parallelMinCheap
}

func (op unOp) minSize() int {
	switch op {
	case opExp, opLog, opTanh, opSigmoid:
		return parallelMinCostly
	}
	return parallelMinCheap
}

// The float run functions, built once (building them allocates).
var (
	binF64 [opPow + 1]binRun[float64]
	binF32 [opPow + 1]binRun[float32]
	unF64  [opSquare + 1]unLoop[float64]
	unF32  [opSquare + 1]unLoop[float32]
)

func init() {
	for op := range binF64 {
		binF64[op] = floatBinary[float64](binOp(op))
		binF32[op] = floatBinary[float32](binOp(op))
	}
	for op := range unF64 {
		unF64[op] = floatUnary[float64](unOp(op))
		unF32[op] = floatUnary[float32](unOp(op))
	}
}

// binaryRun returns the run function of op for T: the SIMD kernels for
// float64 and float32, Go loops for the integer types.
func binaryRun[T ndarray.Number](op binOp) binRun[T] {
	var z T
	switch any(z).(type) {
	case float64:
		return any(binF64[op]).(binRun[T])
	case float32:
		return any(binF32[op]).(binRun[T])
	}
	return intBinary[T](op)
}

// unaryLoop returns the loop of op for T.
func unaryLoop[T ndarray.Number](op unOp) *unLoop[T] {
	var z T
	switch any(z).(type) {
	case float64:
		return any(&unF64[op]).(*unLoop[T])
	case float32:
		return any(&unF32[op]).(*unLoop[T])
	}
	return &unLoop[T]{run: intUnary[T](op)}
}

// floatKernels are the flat kernels of one binary operation: contiguous
// (vv), with a scalar second operand (vs), with a scalar first operand (sv,
// nil if none) and strided.
type floatKernels[F ndarray.Float] struct {
	vv      func(dst, x, y []F)
	vs      func(dst, x []F, s F)
	sv      func(dst []F, s F, x []F)
	strided binRun[F]
}

// run picks the kernel for one run from the strides.
func (k *floatKernels[F]) run(n int, dst []F, od, sd int, x []F, ox, sx int, y []F, oy, sy int) {
	if sd == 1 {
		switch {
		case sx == 1 && sy == 1:
			k.vv(dst[od:od+n], x[ox:ox+n], y[oy:oy+n])
			return
		case sx == 1 && sy == 0 && k.vs != nil:
			k.vs(dst[od:od+n], x[ox:ox+n], y[oy])
			return
		case sx == 0 && sy == 1 && k.sv != nil:
			k.sv(dst[od:od+n], x[ox], y[oy:oy+n])
			return
		}
	}
	k.strided(n, dst, od, sd, x, ox, sx, y, oy, sy)
}

func floatBinary[F ndarray.Float](op binOp) binRun[F] {
	var k floatKernels[F]
	switch op {
	case opAdd:
		k = floatKernels[F]{kernels.Add[F], kernels.AddScalar[F],
			func(d []F, s F, x []F) { kernels.AddScalar(d, x, s) }, kernels.AddStrided[F]}
	case opSub:
		k = floatKernels[F]{kernels.Sub[F], kernels.SubScalar[F], kernels.ScalarSub[F], kernels.SubStrided[F]}
	case opMul:
		k = floatKernels[F]{kernels.Mul[F], kernels.MulScalar[F],
			func(d []F, s F, x []F) { kernels.MulScalar(d, x, s) }, kernels.MulStrided[F]}
	case opDiv:
		k = floatKernels[F]{kernels.Div[F], kernels.DivScalar[F], kernels.ScalarDiv[F], kernels.DivStrided[F]}
	case opMax:
		// No sv form: maximum(s, x) and maximum(x, s) differ for ±0.
		k = floatKernels[F]{kernels.Maximum[F], kernels.MaximumScalar[F], nil, kernels.MaximumStrided[F]}
	case opMin:
		k = floatKernels[F]{kernels.Minimum[F], kernels.MinimumScalar[F], nil, kernels.MinimumStrided[F]}
	case opPow:
		return powRun[F]
	default:
		panic("ufunc: unknown binary op")
	}
	return k.run
}

// powRun is for j < n: dst = x ** y, with kernels.Power (SIMD, within 1
// ULP; float32 computes in float64 and rounds once) for every layout:
// contiguous runs go straight to the kernel, others (a broadcast scalar
// exponent or base, strided operands) through chunk buffers.
func powRun[F ndarray.Float](n int, dst []F, od, sd int, x []F, ox, sx int, y []F, oy, sy int) {
	if sd == 1 && sx == 1 && sy == 1 {
		kernels.Power(dst[od:od+n], x[ox:ox+n], y[oy:oy+n])
		return
	}
	if n < 8 {
		// Too short for the buffers: the scalar form, equal to the kernel
		// bit for bit.
		for range n {
			dst[od] = F(kernels.Pow(float64(x[ox]), float64(y[oy])))
			od += sd
			ox += sx
			oy += sy
		}
		return
	}
	pool := powPoolOf[F]()
	b := pool.Get().(*[3 * powChunk]F)
	defer pool.Put(b)
	for n > 0 {
		m := min(n, powChunk)
		xs := gatherRun(b[:m], x, ox, sx)
		ys := gatherRun(b[powChunk:powChunk+m], y, oy, sy)
		ds := b[2*powChunk : 2*powChunk+m]
		if sd == 1 {
			ds = dst[od : od+m]
		}
		kernels.Power(ds, xs, ys)
		if sd != 1 {
			for i, v := range ds {
				dst[od+i*sd] = v
			}
		}
		n -= m
		od += m * sd
		ox += m * sx
		oy += m * sy
	}
}

const powChunk = 256

// powPools hold powRun's buffers, for float64 and float32.
var powPools = [2]sync.Pool{
	{New: func() any { return new([3 * powChunk]float64) }},
	{New: func() any { return new([3 * powChunk]float32) }},
}

func powPoolOf[F ndarray.Float]() *sync.Pool {
	var z F
	if _, ok := any(z).(float32); ok {
		return &powPools[1]
	}
	return &powPools[0]
}

// gatherRun returns the len(buf) elements of x from offset o with stride s:
// the slice of x itself when contiguous, else copied into buf (a stride of
// 0 repeats one element).
func gatherRun[F ndarray.Float](buf, x []F, o, s int) []F {
	switch s {
	case 1:
		return x[o : o+len(buf)]
	case 0:
		v := x[o]
		for i := range buf {
			buf[i] = v
		}
	default:
		for i := range buf {
			buf[i] = x[o+i*s]
		}
	}
	return buf
}

func floatUnary[F ndarray.Float](op unOp) unLoop[F] {
	var k func(dst, x []F)
	switch op {
	case opExp:
		k = kernels.Exp[F]
	case opLog:
		k = kernels.Log[F]
	case opTanh:
		k = kernels.Tanh[F]
	case opSqrt:
		k = kernels.Sqrt[F]
	case opSigmoid:
		k = kernels.Sigmoid[F]
	case opAbs:
		k = kernels.Abs[F]
	case opNeg:
		k = kernels.Neg[F]
	case opSquare:
		k = kernels.Square[F]
	default:
		panic("ufunc: unknown unary op")
	}
	return sliceLoop(k)
}

// sliceLoop makes the loop of a unary operation from its flat-slice
// function k: contiguous runs call k directly, strided ones go through the
// scratch buffer, and a run reading one element computes it once.
func sliceLoop[F ndarray.Float](k func(dst, x []F)) unLoop[F] {
	return unLoop[F]{buffers: true, run: func(n int, dst []F, od, sd int, x []F, ox, sx int, buf []F) {
		if sd == 1 && sx == 1 {
			k(dst[od:od+n], x[ox:ox+n])
			return
		}
		if sx == 0 {
			// One input element for the whole run.
			k(buf[:1], x[ox:ox+1])
			v := buf[0]
			for range n {
				dst[od] = v
				od += sd
			}
			return
		}
		for n > 0 {
			c := min(n, len(buf))
			b := buf[:c]
			var src []F
			if sx == 1 {
				src = x[ox : ox+c]
				ox += c
			} else {
				for i := range b {
					b[i] = x[ox]
					ox += sx
				}
				src = b
			}
			if sd == 1 {
				k(dst[od:od+c], src)
				od += c
			} else {
				k(b, src)
				for _, v := range b {
					dst[od] = v
					od += sd
				}
			}
			n -= c
		}
	}}
}
