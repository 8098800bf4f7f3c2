package ufunc

import (
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
)

// Arctan2 returns the angle of the point (y, x) elementwise with
// broadcasting, np.arctan2(y, x) (in (-π, π], with the IEEE signs of zero).
func Arctan2[F ndarray.Float](y, x *ndarray.Array[F]) *ndarray.Array[F] {
	return binary(runFor[F](&arctan2Runs), parallelMinCostly, nil, y, x)
}

// Arctan2Into stores np.arctan2(y, x) in out and returns out (see [AddInto]).
func Arctan2Into[F ndarray.Float](out, y, x *ndarray.Array[F]) *ndarray.Array[F] {
	return binary(runFor[F](&arctan2Runs), parallelMinCostly, out, y, x)
}

// Hypot returns sqrt(x² + y²) elementwise with broadcasting, without
// overflow or underflow in the squares, np.hypot.
func Hypot[F ndarray.Float](x, y *ndarray.Array[F]) *ndarray.Array[F] {
	return binary(runFor[F](&hypotRuns), parallelMinCostly, nil, x, y)
}

// HypotInto stores np.hypot(x, y) in out and returns out (see [AddInto]).
func HypotInto[F ndarray.Float](out, x, y *ndarray.Array[F]) *ndarray.Array[F] {
	return binary(runFor[F](&hypotRuns), parallelMinCostly, out, x, y)
}

// Mod returns the remainder of x / y elementwise with broadcasting, with
// the sign of y as in Python, np.mod (np.remainder, x % y). For integers
// x % 0 is 0, as NumPy gives (with a warning); for floats it is NaN.
func Mod[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(runFor[T](&modRuns), parallelMinCheap, nil, x, y)
}

// ModInto stores np.mod(x, y) in out and returns out (see [AddInto]).
func ModInto[T ndarray.Number](out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(runFor[T](&modRuns), parallelMinCheap, out, x, y)
}

// FloorDivide returns floor(x / y) elementwise with broadcasting, as
// Python's //, np.floor_divide. For integers x // 0 is 0 as NumPy gives
// (with a warning), and the most negative value // -1 wraps to itself; for
// floats x // 0 is ±Inf or NaN.
func FloorDivide[T ndarray.Number](x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(runFor[T](&floorDivRuns), parallelMinCheap, nil, x, y)
}

// FloorDivideInto stores np.floor_divide(x, y) in out and returns out (see
// [AddInto]).
func FloorDivideInto[T ndarray.Number](out, x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return binary(runFor[T](&floorDivRuns), parallelMinCheap, out, x, y)
}

var (
	arctan2Runs = typedRuns{f64: atan2Run[float64], f32: atan2Run[float32]}
	hypotRuns   = typedRuns{f64: hypotRun[float64], f32: hypotRun[float32]}
	modRuns     = typedRuns{
		f64: floatModRun[float64], f32: floatModRun[float32],
		i64: intModRun[int64], i32: intModRun[int32], i16: intModRun[int16], i8: intModRun[int8],
		u64: intModRun[uint64], u32: intModRun[uint32], u16: intModRun[uint16], u8: intModRun[uint8],
	}
	floorDivRuns = typedRuns{
		f64: floatFloorDivRun[float64], f32: floatFloorDivRun[float32],
		i64: intFloorDivRun[int64], i32: intFloorDivRun[int32], i16: intFloorDivRun[int16], i8: intFloorDivRun[int8],
		u64: intFloorDivRun[uint64], u32: intFloorDivRun[uint32], u16: intFloorDivRun[uint16], u8: intFloorDivRun[uint8],
	}
)

func atan2Run[F ndarray.Float](n int, dst []F, od, sd int, x []F, ox, sx int, y []F, oy, sy int) {
	for range n {
		dst[od] = F(math.Atan2(float64(x[ox]), float64(y[oy])))
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

func hypotRun[F ndarray.Float](n int, dst []F, od, sd int, x []F, ox, sx int, y []F, oy, sy int) {
	for range n {
		dst[od] = hypot(x[ox], y[oy])
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

// hypot is sqrt(x²+y²): float32 exactly in float64 (the squares and their
// sum are exact there, so one rounding of the square root, then one to
// float32), float64 by math.Hypot.
func hypot[F ndarray.Float](x, y F) F {
	var z F
	if _, ok := any(z).(float32); ok {
		a, b := float64(x), float64(y)
		if math.IsInf(a, 0) || math.IsInf(b, 0) {
			return F(math.Inf(1))
		}
		return F(math.Sqrt(a*a + b*b))
	}
	return F(math.Hypot(float64(x), float64(y)))
}

func floatModRun[F ndarray.Float](n int, dst []F, od, sd int, x []F, ox, sx int, y []F, oy, sy int) {
	for range n {
		_, dst[od] = floatDivmod(x[ox], y[oy])
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

func floatFloorDivRun[F ndarray.Float](n int, dst []F, od, sd int, x []F, ox, sx int, y []F, oy, sy int) {
	for range n {
		dst[od], _ = floatDivmod(x[ox], y[oy])
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

// floatDivmod is NumPy's npy_divmod (and npy_floor_divide, npy_remainder
// for b == 0): the floor quotient and Python's remainder, in F.
func floatDivmod[F ndarray.Float](a, b F) (floordiv, mod F) {
	mod = F(math.Mod(float64(a), float64(b))) // fmod is exact
	if b == 0 {
		return a / b, mod
	}
	div := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			div--
		}
	} else {
		mod = F(math.Copysign(0, float64(b)))
	}
	if div != 0 {
		floordiv = F(math.Floor(float64(div)))
		if div-floordiv > 0.5 {
			floordiv++
		}
	} else {
		floordiv = F(math.Copysign(0, float64(a/b)))
	}
	return floordiv, mod
}

func intModRun[T ndarray.Integer](n int, dst []T, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
	for range n {
		a, b := x[ox], y[oy]
		var r T
		if b != 0 {
			r = a % b
			if r != 0 && (r < 0) != (b < 0) {
				r += b
			}
		}
		dst[od] = r
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

func intFloorDivRun[T ndarray.Integer](n int, dst []T, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
	for range n {
		a, b := x[ox], y[oy]
		var q T
		if b != 0 {
			q = a / b
			if (a%b != 0) && ((a < 0) != (b < 0)) {
				q--
			}
		}
		dst[od] = q
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}
