package ufunc

import (
	"github.com/ndsimd/ndsimd/ndarray"
)

// power is Power and PowerInto: the float loop, or for integers a check
// that no exponent is negative (before any goroutine starts) and the
// integer loop.
func power[T ndarray.Number](out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	if !isInteger[T]() {
		return binary(binaryRun[T](opPow), opPow.minSize(), out, x, y)
	}
	var zero T
	if zero-1 < zero { // signed
		for _, v := range y.Values() {
			if v < 0 {
				panic(&ndarray.ValueError{Msg: "Integers to negative integer powers are not allowed."})
			}
		}
	}
	return binary(runFor[T](&intPowRuns), parallelMinCheap, out, x, y)
}

var intPowRuns = typedRuns{
	i64: intPowRun[int64], i32: intPowRun[int32], i16: intPowRun[int16], i8: intPowRun[int8],
	u64: intPowRun[uint64], u32: intPowRun[uint32], u16: intPowRun[uint16], u8: intPowRun[uint8],
}

func intPowRun[T ndarray.Integer](n int, dst []T, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
	for range n {
		dst[od] = intPow(x[ox], y[oy])
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

// intPow is b**e (e >= 0) by repeated squaring, wrapping like NumPy's
// integer power.
func intPow[T ndarray.Integer](b, e T) T {
	r := T(1)
	for e > 0 {
		if e&1 != 0 {
			r *= b
		}
		b *= b
		e >>= 1
	}
	return r
}
