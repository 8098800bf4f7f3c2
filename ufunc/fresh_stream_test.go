package ufunc

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// TestFreshStreamResults checks the new results of Add, Subtract, Multiply
// and Abs on both sides of streamMinBytes (the streaming kernels above it)
// against the At reference, for contiguous, broadcast, strided and scalar
// operands, on one and two threads. The package's tests poison fresh
// allocations, so an element the streaming kernels leave unwritten fails.
func TestFreshStreamResults(t *testing.T) {
	testFreshStream[float64](t)
	testFreshStream[float32](t)
}

func testFreshStream[T ndarray.Float](t *testing.T) {
	var z T
	big := streamMinBytes/int(sizeOf(z)) + 7 // just above the threshold
	small := streamMinBytes/int(sizeOf(z)) - 9
	r := rand.New(rand.NewPCG(1, 2))
	rnd := func(shape ...int) *ndarray.Array[T] {
		a := ndarray.Zeros[T](shape...)
		d := a.Data()
		for i := range d {
			d[i] = T(r.NormFloat64())
		}
		return withSpecials(a, r)
	}
	rows := big/300 + 1
	wide := rnd(rows, 600)
	cases := []struct {
		name string
		x, y *ndarray.Array[T]
	}{
		{"contiguous", rnd(big), rnd(big)},
		{"below the threshold", rnd(small), rnd(small)},
		{"broadcast row", rnd(rows, 300), rnd(300)},
		{"scalar", rnd(big), rnd()},
		{"strided", wide.Slice(ndarray.All(), ndarray.SS(0, 600, 2)), rnd(rows, 300)},
		{"offset view", rnd(big + 3).Slice(ndarray.From(3)), rnd(big)},
	}
	binops := []struct {
		name string
		f    func(x, y *ndarray.Array[T]) *ndarray.Array[T]
		ref  func(a, b T) T
	}{
		{"Add", Add[T], func(a, b T) T { return a + b }},
		{"Subtract", Subtract[T], func(a, b T) T { return a - b }},
		{"Multiply", Multiply[T], func(a, b T) T { return a * b }},
	}
	for _, threads := range []int{1, 2} {
		prev := SetThreads(threads)
		for _, c := range cases {
			for _, op := range binops {
				name := fmt.Sprintf("%s %T %s threads=%d", op.name, z, c.name, threads)
				shape, want := refBinary(c.x, c.y, op.ref)
				checkArray(t, name, op.f(c.x, c.y), shape, want)
			}
			name := fmt.Sprintf("Abs %T %s threads=%d", z, c.name, threads)
			checkArray(t, name, Abs(c.x), c.x.Shape(), refUnary(c.x, func(a T) T { return T(math.Abs(float64(a))) }))
		}
		SetThreads(prev)
	}
}

// TestLarge checks the size test that picks the streaming kernels.
func TestLarge(t *testing.T) {
	tests := []struct {
		n    int
		want bool
	}{
		{streamMinBytes/8 - 1, false},
		{streamMinBytes / 8, true},
		{streamMinBytes/8 + 1, true},
	}
	for _, tt := range tests {
		if got := large(ndarray.Zeros[float64](tt.n)); got != tt.want {
			t.Errorf("large(%d float64) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

func sizeOf[T ndarray.Float](T) uintptr {
	var z T
	if _, ok := any(z).(float32); ok {
		return 4
	}
	return 8
}
