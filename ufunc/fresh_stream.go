package ufunc

import (
	"unsafe"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// Fresh results of Add, Subtract, Multiply (and so Outer), Abs and Square
// are written with
// streaming (non-temporal) stores when they are large.
//
// A fresh result's memory is cold: the Go heap hands out a block that has
// not been touched since the last garbage collection, where NumPy's malloc
// gives back the block just freed, still in cache. Ordinary stores first
// read every line of a cold block from memory and then evict the inputs
// from the cache to hold it; the streaming kernels (kernels.AddStream and
// its kin) write the lines to memory without reading them and leave the
// inputs cached. Below streamMinBytes the result would stay in cache and
// the next operation would read it from there, so ordinary stores win.
const streamMinBytes = 1 << 20

// The float run functions with streaming stores for the contiguous case,
// built once; nil for the operations without streaming kernels.
var (
	streamBinF64 [opPow + 1]binRun[float64]
	streamBinF32 [opPow + 1]binRun[float32]
	streamUnF64  = [opSquare + 1]unLoop[float64]{
		opAbs:    longRunsOnlyUnary(sliceLoop(kernels.AbsStream[float64]), floatUnary[float64](opAbs)),
		opSquare: longRunsOnlyUnary(sliceLoop(kernels.SquareStream[float64]), floatUnary[float64](opSquare)),
	}
	streamUnF32 = [opSquare + 1]unLoop[float32]{
		opAbs:    longRunsOnlyUnary(sliceLoop(kernels.AbsStream[float32]), floatUnary[float32](opAbs)),
		opSquare: longRunsOnlyUnary(sliceLoop(kernels.SquareStream[float32]), floatUnary[float32](opSquare)),
	}
)

func init() {
	streamBinF64[opAdd], streamBinF32[opAdd] = streamBinary[float64](opAdd), streamBinary[float32](opAdd)
	streamBinF64[opSub], streamBinF32[opSub] = streamBinary[float64](opSub), streamBinary[float32](opSub)
	streamBinF64[opMul], streamBinF32[opMul] = streamBinary[float64](opMul), streamBinary[float32](opMul)
}

// streamBinary is floatBinary(op) with the contiguous kernels replaced by
// their streaming twins (Outer's rows are the scalar form).
func streamBinary[F ndarray.Float](op binOp) binRun[F] {
	var k floatKernels[F]
	switch op {
	case opAdd:
		k = floatKernels[F]{kernels.AddStream[F], kernels.AddScalarStream[F],
			func(d []F, s F, x []F) { kernels.AddScalarStream(d, x, s) }, kernels.AddStrided[F]}
	case opSub:
		k = floatKernels[F]{kernels.SubStream[F], kernels.SubScalar[F], kernels.ScalarSub[F], kernels.SubStrided[F]}
	case opMul:
		k = floatKernels[F]{kernels.MulStream[F], kernels.MulScalarStream[F],
			func(d []F, s F, x []F) { kernels.MulScalarStream(d, x, s) }, kernels.MulStrided[F]}
	default:
		panic("ufunc: no streaming kernel")
	}
	return longRunsOnly(k.run, floatBinary[F](op))
}

// streamMinRunBytes is the shortest run written with streaming stores:
// shorter ones (the rows of Outer or of a broadcast) would pay the
// kernel's SFENCE and partly written lines for each row, and measured
// slower.
const streamMinRunBytes = 64 << 10

// longRunsOnly returns a run function calling stream for runs of at least
// streamMinRunBytes and plain for shorter ones.
func longRunsOnly[F ndarray.Float](stream, plain binRun[F]) binRun[F] {
	var z F
	minRun := streamMinRunBytes / int(unsafe.Sizeof(z))
	return func(n int, dst []F, od, sd int, x []F, ox, sx int, y []F, oy, sy int) {
		if n >= minRun {
			stream(n, dst, od, sd, x, ox, sx, y, oy, sy)
		} else {
			plain(n, dst, od, sd, x, ox, sx, y, oy, sy)
		}
	}
}

// longRunsOnlyUnary is longRunsOnly for unary loops.
func longRunsOnlyUnary[F ndarray.Float](stream, plain unLoop[F]) unLoop[F] {
	var z F
	minRun := streamMinRunBytes / int(unsafe.Sizeof(z))
	return unLoop[F]{buffers: true, run: func(n int, dst []F, od, sd int, x []F, ox, sx int, buf []F) {
		if n >= minRun && sd == 1 && sx == 1 {
			stream.run(n, dst, od, sd, x, ox, sx, buf)
		} else {
			plain.run(n, dst, od, sd, x, ox, sx, buf)
		}
	}}
}

// large reports whether a fresh result of the broadcast shape of shapes
// would be written with streaming stores. Shapes that do not broadcast
// give any answer: the operation reports them.
func large[T ndarray.Elem](shapes ...[]int) bool {
	var z T
	ndim := 0
	for _, s := range shapes {
		ndim = max(ndim, len(s))
	}
	bytes := uint64(unsafe.Sizeof(z))
	for axis := 1; axis <= ndim; axis++ {
		d := 1
		for _, s := range shapes {
			if axis <= len(s) && s[len(s)-axis] != 1 {
				d = s[len(s)-axis]
			}
		}
		if d == 0 {
			return false
		}
		if bytes *= uint64(d); bytes >= streamMinBytes {
			return true
		}
	}
	return false
}

// freshBinaryRun returns the run function of op for a new result of x op y:
// the streaming one when the result is large and op has one, else
// binaryRun(op).
func freshBinaryRun[T ndarray.Number](op binOp, x, y *ndarray.Array[T]) binRun[T] {
	var z T
	if lim := streamMinBytes / int(unsafe.Sizeof(z)); x.Size() < lim && y.Size() < lim && x.Size()*y.Size() < lim {
		// The result has at most x.Size()*y.Size() elements: small (and
		// the shapes, which allocate, are not needed).
		return binaryRun[T](op)
	}
	switch any(z).(type) {
	case float64:
		if r := streamBinF64[op]; r != nil && large[T](x.Shape(), y.Shape()) {
			return any(r).(binRun[T])
		}
	case float32:
		if r := streamBinF32[op]; r != nil && large[T](x.Shape(), y.Shape()) {
			return any(r).(binRun[T])
		}
	}
	return binaryRun[T](op)
}

// freshUnaryLoop returns the loop of op (Abs or Square) for a new result of
// op(x).
func freshUnaryLoop[T ndarray.Number](op unOp, x *ndarray.Array[T]) *unLoop[T] {
	var z T
	if x.Size() < streamMinBytes/int(unsafe.Sizeof(z)) {
		return unaryLoop[T](op)
	}
	switch any(z).(type) {
	case float64:
		if streamUnF64[op].run != nil && large[T](x.Shape()) {
			return any(&streamUnF64[op]).(*unLoop[T])
		}
	case float32:
		if streamUnF32[op].run != nil && large[T](x.Shape()) {
			return any(&streamUnF32[op]).(*unLoop[T])
		}
	}
	return unaryLoop[T](op)
}
