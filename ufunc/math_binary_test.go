package ufunc

import (
	"errors"
	"math"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// NumPy 1.24's np.mod and np.floor_divide (from /usr/bin/python3): Python's
// signs, float x % 0 and x // 0, Inf divisors.
func TestModFloorDivideFloatNumPy(t *testing.T) {
	a := []float64{5, -5, 5, -5, 0, 7, negz, 3, 1e300, -7.5}
	b := []float64{3, 3, -3, -3, 0, 0, 2, -inf, 1e-300, 2}
	wantMod := []float64{2, 1, -1, -2, nan, nan, 0, -inf, 4.891554850853602e-301, 0.5}
	wantDiv := []float64{1, -2, -2, 1, nan, inf, negz, -1, inf, -4}
	x, y := ndarray.FromSlice(a), ndarray.FromSlice(b)
	checkArray(t, "mod", Mod(x, y), []int{len(a)}, wantMod)
	checkArray(t, "floor_divide", FloorDivide(x, y), []int{len(a)}, wantDiv)
	// float32: the same algorithm in float32 for values exact there.
	x32, y32 := ndarray.AsType[float32](x.Slice(ndarray.To(8))), ndarray.AsType[float32](y.Slice(ndarray.To(8)))
	w32 := make([]float32, 8)
	for i := range w32 {
		w32[i] = float32(wantMod[i])
	}
	checkArray(t, "mod float32", Mod(x32, y32), []int{8}, w32)
}

func TestModFloorDivideIntNumPy(t *testing.T) {
	a := ndarray.FromSlice([]int8{7, -7, 7, -7, 0, 5, -128, -128})
	b := ndarray.FromSlice([]int8{2, 2, -2, -2, 3, 0, -1, 0})
	checkArray(t, "mod int8", Mod(a, b), []int{8}, []int8{1, 1, -1, -1, 0, 0, 0, 0})
	checkArray(t, "floor_divide int8", FloorDivide(a, b), []int{8}, []int8{3, -4, -4, 3, 0, 0, -128, 0})
	u, v := ndarray.FromSlice([]uint8{7, 200, 0, 255}), ndarray.FromSlice([]uint8{2, 7, 0, 0})
	checkArray(t, "mod uint8", Mod(u, v), []int{4}, []uint8{1, 4, 0, 0})
	checkArray(t, "floor_divide uint8", FloorDivide(u, v), []int{4}, []uint8{3, 28, 0, 0})
	// Against Go's reference over every int16 pair of a grid, broadcast.
	var xs []int16
	for i := -40; i <= 40; i += 3 {
		xs = append(xs, int16(i))
	}
	col := ndarray.FromSlice(xs, len(xs), 1)
	row := ndarray.FromSlice(xs)
	shape, want := refBinary(col, row, func(p, q int16) int16 {
		if q == 0 {
			return 0
		}
		return int16(math.Floor(float64(p) / float64(q)))
	})
	checkArray(t, "floor_divide int16 grid", FloorDivide(col, row), shape, want)
	_, wantMod := refBinary(col, row, func(p, q int16) int16 {
		if q == 0 {
			return 0
		}
		return p - q*int16(math.Floor(float64(p)/float64(q)))
	})
	checkArray(t, "mod int16 grid", Mod(col, row), shape, wantMod)
}

func TestIntegerPower(t *testing.T) {
	x := ndarray.FromSlice([]int64{2, 3, -2, 0, 7, -1})
	y := ndarray.FromSlice([]int64{62, 40, 3, 0, 1, 5})
	// NumPy's values, 3**40 wrapped to int64.
	checkArray(t, "power int64", Power(x, y), []int{6}, []int64{4611686018427387904, -6289078614652622815, -8, 1, 7, -1})
	checkArray(t, "power uint8", Power(ndarray.FromSlice([]uint8{2, 3}), ndarray.FromSlice([]uint8{7, 5})), []int{2}, []uint8{128, 243})
	checkArray(t, "ScalarPower", ScalarPower(int32(2), ndarray.FromSlice([]int32{0, 1, 10})), []int{3}, []int32{1, 2, 1024})
	p := mustPanic(func() { Power(x, ndarray.FromSlice([]int64{1, 2, -1, 0, 0, 0})) })
	var ve *ndarray.ValueError
	if err, ok := p.(error); !ok || !errors.As(err, &ve) || ve.Msg != "Integers to negative integer powers are not allowed." {
		t.Fatalf("negative exponent: panic %v, want NumPy's ValueError", p)
	}
	// Floats still use math.Pow.
	checkArray(t, "power float64", PowerScalar(ndarray.FromSlice([]float64{4, 9}), 0.5), []int{2}, []float64{2, 3})
}

func TestArctan2Hypot(t *testing.T) {
	// NumPy's arctan2 for the signed zeros and the quadrants.
	y := ndarray.FromSlice([]float64{0, negz, 0, negz, 1, -1})
	x := ndarray.FromSlice([]float64{0, 0, negz, negz, -1, -1})
	checkArray(t, "arctan2", Arctan2(y, x), []int{6}, []float64{0, negz, math.Pi, -math.Pi, 2.356194490192345, -2.356194490192345})
	// hypot against math.Hypot, broadcast, with overflow-prone values.
	a := ndarray.FromSlice([]float64{3, 1e200, 1e-200, inf, nan}, 5, 1)
	b := ndarray.FromSlice([]float64{4, 1e200, nan})
	shape, want := refBinary(a, b, math.Hypot)
	checkArray(t, "hypot", Hypot(a, b), shape, want)
	// float32 hypot is exact in float64 then rounded once.
	checkArray(t, "hypot float32", HypotScalar(ndarray.FromSlice([]float32{3, 5, 3e38}), 4), []int{3},
		[]float32{5, float32(math.Sqrt(41)), float32(math.Sqrt(9e76 + 16))})
}

func TestScalarOnEitherSide(t *testing.T) {
	x := ndarray.FromSlice([]float64{1, 2, 4})
	checkArray(t, "1 - x", ScalarSubtract(1.0, x), []int{3}, []float64{0, -1, -3})
	checkArray(t, "2 / x", ScalarDivide(2.0, x), []int{3}, []float64{2, 1, 0.5})
	checkArray(t, "x % 3", ModScalar(ndarray.FromSlice([]int32{-4, 4}), 3), []int{2}, []int32{2, 1})
	checkArray(t, "7 % x", ScalarMod(int32(7), ndarray.FromSlice([]int32{-4, 4})), []int{2}, []int32{-1, 3})
	checkArray(t, "x // 2", FloorDivideScalar(ndarray.FromSlice([]float64{-3, 3}), 2), []int{2}, []float64{-2, 1})
	checkArray(t, "7 // x", ScalarFloorDivide(7.0, ndarray.FromSlice([]float64{-2, 2})), []int{2}, []float64{-4, 3})
	checkArray(t, "max(x, 2)", MaximumScalar(x, 2), []int{3}, []float64{2, 2, 4})
	checkArray(t, "min(2, x)", ScalarMinimum(2.0, x), []int{3}, []float64{1, 2, 2})
	checkArray(t, "arctan2(1, x)", ScalarArctan2(1.0, ndarray.FromSlice([]float64{0})), []int{1}, []float64{math.Pi / 2})
	checkArray(t, "arctan2(x, 1)", Arctan2Scalar(ndarray.FromSlice([]float64{0}), 1), []int{1}, []float64{0})
}
