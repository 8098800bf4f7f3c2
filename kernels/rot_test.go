package kernels

import (
	"math"
	"testing"
)

// TestRot compares Rot under every available implementation with the
// generic twin bit for bit, for lengths covering the vector loops and the
// scalar tails, and checks the rotation against a float64 reference.
func TestRot(t *testing.T) {
	for _, im := range Implementations() {
		if !im.Available {
			continue
		}
		restore, err := Use(im.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, 1, 3, 7, 8, 15, 16, 17, 31, 33, 64, 100, 301} {
			testRotN[float64](t, im.Name, n)
			testRotN[float32](t, im.Name, n)
		}
		restore()
	}
}

func testRotN[T Float](t *testing.T, impl string, n int) {
	t.Helper()
	x, y := randSlice[T](n + 1)[:n], randSlice[T](n + 2)[1:n+1]
	c, s := T(0.6), T(-0.8)
	gx, gy := append([]T(nil), x...), append([]T(nil), y...)
	rotGeneric(gx, gy, c, s)
	ox, oy := append([]T(nil), x...), append([]T(nil), y...)
	Rot(x, y, c, s)
	for i := range x {
		if math.Float64bits(float64(x[i])) != math.Float64bits(float64(gx[i])) || math.Float64bits(float64(y[i])) != math.Float64bits(float64(gy[i])) {
			t.Fatalf("%s %T n=%d: element %d = (%v, %v), generic (%v, %v)", impl, x[0], n, i, x[i], y[i], gx[i], gy[i])
		}
		wx := float64(c)*float64(ox[i]) + float64(s)*float64(oy[i])
		wy := float64(c)*float64(oy[i]) - float64(s)*float64(ox[i])
		tol := 4 * epsOfT[T]()
		if math.Abs(float64(x[i])-wx) > tol || math.Abs(float64(y[i])-wy) > tol {
			t.Fatalf("%s n=%d: element %d = (%v, %v), want (%v, %v)", impl, n, i, x[i], y[i], wx, wy)
		}
	}
}

func epsOfT[T Float]() float64 {
	var z T
	if _, ok := any(z).(float32); ok {
		return 0x1p-23
	}
	return 0x1p-52
}

// TestRotLengths checks that Rot rejects vectors of different lengths.
func TestRotLengths(t *testing.T) {
	defer func() {
		if _, ok := recover().(*LengthError); !ok {
			t.Error("Rot of lengths 3 and 2 did not panic with a *LengthError")
		}
	}()
	Rot([]float64{1, 2, 3}, []float64{1, 2}, 1, 0)
}
