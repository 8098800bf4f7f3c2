package ufunc

import (
	"unsafe"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// Fresh results of Add, Subtract, Multiply and Abs are written with
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
	streamAbsF64 = sliceLoop(kernels.AbsStream[float64])
	streamAbsF32 = sliceLoop(kernels.AbsStream[float32])
)

func init() {
	streamBinF64[opAdd], streamBinF32[opAdd] = streamBinary[float64](opAdd), streamBinary[float32](opAdd)
	streamBinF64[opSub], streamBinF32[opSub] = streamBinary[float64](opSub), streamBinary[float32](opSub)
	streamBinF64[opMul], streamBinF32[opMul] = streamBinary[float64](opMul), streamBinary[float32](opMul)
}

// streamBinary is floatBinary(op) with the contiguous kernel replaced by
// its streaming twin.
func streamBinary[F ndarray.Float](op binOp) binRun[F] {
	var k floatKernels[F]
	switch op {
	case opAdd:
		k = floatKernels[F]{kernels.AddStream[F], kernels.AddScalar[F],
			func(d []F, s F, x []F) { kernels.AddScalar(d, x, s) }, kernels.AddStrided[F]}
	case opSub:
		k = floatKernels[F]{kernels.SubStream[F], kernels.SubScalar[F], kernels.ScalarSub[F], kernels.SubStrided[F]}
	case opMul:
		k = floatKernels[F]{kernels.MulStream[F], kernels.MulScalar[F],
			func(d []F, s F, x []F) { kernels.MulScalar(d, x, s) }, kernels.MulStrided[F]}
	default:
		panic("ufunc: no streaming kernel")
	}
	return k.run
}

// large reports whether a fresh result at least as large as x would be
// written with streaming stores.
func large[T ndarray.Elem](x *ndarray.Array[T]) bool {
	var z T
	return uintptr(x.Size())*unsafe.Sizeof(z) >= streamMinBytes
}

// freshBinaryRun returns the run function of op for a new result of x op y:
// the streaming one when the result is large and op has one, else
// binaryRun(op).
func freshBinaryRun[T ndarray.Number](op binOp, x, y *ndarray.Array[T]) binRun[T] {
	if large(x) || large(y) {
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
	}
	return binaryRun[T](op)
}

// freshAbsLoop returns the loop of Abs for a new result of abs(x).
func freshAbsLoop[T ndarray.Number](x *ndarray.Array[T]) *unLoop[T] {
	if large(x) {
		var z T
		switch any(z).(type) {
		case float64:
			return any(&streamAbsF64).(*unLoop[T])
		case float32:
			return any(&streamAbsF32).(*unLoop[T])
		}
	}
	return unaryLoop[T](opAbs)
}
