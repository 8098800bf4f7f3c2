package ufunc

import (
	"unsafe"

	"github.com/ndsimd/ndsimd/internal/uninit"
	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// Large fresh results are written with streaming (non-temporal) stores.
//
// A fresh result's memory is cold: the Go heap hands out a block that has
// not been touched since the last garbage collection, where NumPy's malloc
// gives back the block just freed, still in cache. Ordinary stores first
// read every line of a cold block from memory and then evict the inputs
// from the cache to hold it; streaming stores write the lines to memory
// without reading them and leave the inputs cached. Below streamMinBytes
// (uninit.StreamMinBytes) the result would stay in cache and the next
// operation would read it from there, so ordinary stores win.
//
// The engine makes the choice once, for every operation with a fresh
// result (freshBinary, freshUnary), from the result's size in bytes (the
// broadcast size output computed): an operation that has streaming
// kernels (Add, Subtract, Multiply, Abs, Square: kernels.AddStream and
// kin, given to binaryStream/unaryStream) runs them on a large result.
const streamMinBytes = uninit.StreamMinBytes

// streamMinRunBytes is the shortest run written with streaming stores:
// shorter ones (the rows of Outer or of a broadcast) would pay the
// kernel's SFENCE and partly written lines for each row, and measured
// slower.
const streamMinRunBytes = 64 << 10

// streams reports whether a fresh result of size elements of U is written
// with streaming stores (when its operation has them).
func streams[U ndarray.Elem](size int) bool {
	var z U
	return size >= streamMinBytes/int(unsafe.Sizeof(z))
}

// freshBinary returns the run function of a binary operation for a fresh
// result of size elements: stream (the operation's streaming kernels) on
// the long runs of a large result, else run. Operations without streaming
// kernels (stream nil) keep ordinary stores: computing them chunk by chunk
// into a cached buffer and streaming that out with kernels.CopyStream was
// measured slower (Exp 1.1 ms against 0.63 ms into a cold block, Greater
// float32 about 20% slower): the streaming stores did not overlap with the
// computation, where the reads for ownership of ordinary stores did.
func freshBinary[T, U ndarray.Elem](run, stream binRunTo[T, U], size int) binRunTo[T, U] {
	if stream == nil || !streams[U](size) {
		return run
	}
	var z U
	minRun := streamMinRunBytes / int(unsafe.Sizeof(z))
	return func(n int, dst []U, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
		if n >= minRun {
			stream(n, dst, od, sd, x, ox, sx, y, oy, sy)
		} else {
			run(n, dst, od, sd, x, ox, sx, y, oy, sy)
		}
	}
}

// freshUnary is freshBinary for unary loops: stream on the long
// contiguous runs of a large result, else loop.
func freshUnary[T ndarray.Elem](loop, stream *unLoop[T], size int) *unLoop[T] {
	if stream == nil || !streams[T](size) {
		return loop
	}
	var z T
	minRun := streamMinRunBytes / int(unsafe.Sizeof(z))
	return &unLoop[T]{buffers: loop.buffers || stream.buffers, run: func(n int, dst []T, od, sd int, x []T, ox, sx int, buf []T) {
		if n >= minRun && sd == 1 && sx == 1 {
			stream.run(n, dst, od, sd, x, ox, sx, buf)
		} else {
			loop.run(n, dst, od, sd, x, ox, sx, buf)
		}
	}}
}

// The streaming run functions of the float operations that have streaming
// kernels (nil for the others), built once.
var (
	streamBinF64 [opPow + 1]binRun[float64]
	streamBinF32 [opPow + 1]binRun[float32]
	streamUnF64  = [opSquare + 1]unLoop[float64]{
		opAbs:    sliceLoop(kernels.AbsStream[float64]),
		opSquare: sliceLoop(kernels.SquareStream[float64]),
	}
	streamUnF32 = [opSquare + 1]unLoop[float32]{
		opAbs:    sliceLoop(kernels.AbsStream[float32]),
		opSquare: sliceLoop(kernels.SquareStream[float32]),
	}
)

func init() {
	streamBinF64[opAdd], streamBinF32[opAdd] = streamBinaryKernels[float64](opAdd), streamBinaryKernels[float32](opAdd)
	streamBinF64[opSub], streamBinF32[opSub] = streamBinaryKernels[float64](opSub), streamBinaryKernels[float32](opSub)
	streamBinF64[opMul], streamBinF32[opMul] = streamBinaryKernels[float64](opMul), streamBinaryKernels[float32](opMul)
}

// streamBinaryKernels is floatBinary(op) with the contiguous kernels
// replaced by their streaming twins (Outer's rows are the scalar form).
func streamBinaryKernels[F ndarray.Float](op binOp) binRun[F] {
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
	return k.run
}

// streamBinaryRun returns op's run function with streaming stores, or nil
// when T or op has none.
func streamBinaryRun[T ndarray.Number](op binOp) binRun[T] {
	var z T
	switch any(z).(type) {
	case float64:
		if r := streamBinF64[op]; r != nil {
			return any(r).(binRun[T])
		}
	case float32:
		if r := streamBinF32[op]; r != nil {
			return any(r).(binRun[T])
		}
	}
	return nil
}

// streamUnaryLoop returns op's loop with streaming stores, or nil when T
// or op has none.
func streamUnaryLoop[T ndarray.Number](op unOp) *unLoop[T] {
	var z T
	switch any(z).(type) {
	case float64:
		if streamUnF64[op].run != nil {
			return any(&streamUnF64[op]).(*unLoop[T])
		}
	case float32:
		if streamUnF32[op].run != nil {
			return any(&streamUnF32[op]).(*unLoop[T])
		}
	}
	return nil
}
