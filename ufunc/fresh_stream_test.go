package ufunc

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/ndarray"
)

// TestFreshPlainResults checks the new results of operations without
// streaming kernels (Divide, Maximum, Exp, Sqrt, Greater, LessEqual,
// Equal) through the engine's fresh path: each must equal the same
// operation into a zeroed output, bit for bit, on both sides of
// streamMinBytes, for the layouts of TestFreshStreamResults, on one and
// two threads. Fresh allocations are poisoned, so an element left
// unwritten fails.
func TestFreshPlainResults(t *testing.T) {
	testFreshPlain[float64](t)
	testFreshPlain[float32](t)
}

func testFreshPlain[T ndarray.Float](t *testing.T) {
	var z T
	cases := freshCases[T](rand.New(rand.NewPCG(3, 4)), true)
	binops := []struct {
		name string
		f    func(x, y *ndarray.Array[T]) *ndarray.Array[T]
		into func(out, x, y *ndarray.Array[T]) *ndarray.Array[T]
	}{
		{"Divide", Divide[T], DivideInto[T]},
		{"Maximum", Maximum[T], MaximumInto[T]},
	}
	cmps := []struct {
		name string
		f    func(x, y *ndarray.Array[T]) *ndarray.Array[bool]
		into func(out *ndarray.Array[bool], x, y *ndarray.Array[T]) *ndarray.Array[bool]
	}{
		{"Greater", Greater[T], GreaterInto[T]},
		{"LessEqual", LessEqual[T], LessEqualInto[T]},
		{"Equal", Equal[T], EqualInto[T]},
	}
	unops := []struct {
		name string
		f    func(x *ndarray.Array[T]) *ndarray.Array[T]
		into func(out, x *ndarray.Array[T]) *ndarray.Array[T]
	}{
		{"Exp", Exp[T], ExpInto[T]},
		{"Sqrt", Sqrt[T], SqrtInto[T]},
	}
	for _, threads := range []int{1, 2} {
		prev := SetThreads(threads)
		for _, c := range cases {
			name := func(op string) string { return fmt.Sprintf("%s %T %s threads=%d", op, z, c.name, threads) }
			for _, op := range binops {
				got := op.f(c.x, c.y)
				want := op.into(ndarray.Zeros[T](got.Shape()...), c.x, c.y)
				checkArray(t, name(op.name), got, want.Shape(), want.Values())
			}
			for _, op := range cmps {
				got := op.f(c.x, c.y)
				want := op.into(ndarray.Zeros[bool](got.Shape()...), c.x, c.y)
				if !slices.Equal(got.Shape(), want.Shape()) || !slices.Equal(got.Values(), want.Values()) {
					t.Errorf("%s: fresh result differs from the Into result", name(op.name))
				}
			}
			for _, op := range unops {
				got := op.f(c.x)
				want := op.into(ndarray.Zeros[T](got.Shape()...), c.x)
				checkArray(t, name(op.name), got, want.Shape(), want.Values())
			}
		}
		SetThreads(prev)
	}
}

// TestFreshStreamResults checks the new results of Add, Subtract, Multiply,
// Abs and Square on both sides of streamMinBytes (the streaming kernels above it)
// against the At reference, for contiguous, broadcast, strided and scalar
// operands, on one and two threads. The package's tests poison fresh
// allocations, so an element the streaming kernels leave unwritten fails.
func TestFreshStreamResults(t *testing.T) {
	testFreshStream[float64](t)
	testFreshStream[float32](t)
}

func testFreshStream[T ndarray.Float](t *testing.T) {
	var z T
	cases := freshCases[T](rand.New(rand.NewPCG(1, 2)), false)
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
			name = fmt.Sprintf("Square %T %s threads=%d", z, c.name, threads)
			checkArray(t, name, Square(c.x), c.x.Shape(), refUnary(c.x, func(a T) T { return a * a }))
		}
		SetThreads(prev)
	}
}

// TestStreams checks the size test that picks streaming stores, on the
// broadcast size the engine computes.
func TestStreams(t *testing.T) {
	n := streamMinBytes / 8
	tests := []struct {
		shapes [][]int
		want   bool
	}{
		{[][]int{{n - 1}}, false},
		{[][]int{{n}}, true},
		{[][]int{{n + 1}}, true},
		{[][]int{{n / 512, 1}, {1, 512}}, true}, // an outer product
		{[][]int{{n/512 - 1, 1}, {512}}, false}, // just below
		{[][]int{{n, 0}, {1}}, false},           // empty
		{[][]int{{2, 1, n / 4}, {3, 1}}, true},  // 6*n/4 elements
		{[][]int{{}, {}}, false},                // scalars
	}
	for _, tt := range tests {
		shape, err := broadcast.Shapes(tt.shapes...)
		if err != nil {
			t.Fatal(err)
		}
		size, err := broadcast.Size(shape)
		if err != nil {
			t.Fatal(err)
		}
		if got := streams[float64](size); got != tt.want {
			t.Errorf("streams[float64](size of broadcast %v) = %v, want %v", tt.shapes, got, tt.want)
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

// freshCase is one pair of operands of the fresh-result tests.
type freshCase[T ndarray.Float] struct {
	name string
	x, y *ndarray.Array[T]
}

// freshCases returns the operand layouts the fresh-result tests run, with
// random values and specials from r: contiguous on both sides of
// streamMinBytes, broadcast, scalar on either side, outer, long rows,
// strided and an offset view; withBool adds a pair whose bool comparison
// result is itself just over streamMinBytes.
func freshCases[T ndarray.Float](r *rand.Rand, withBool bool) []freshCase[T] {
	var z T
	big := streamMinBytes/int(sizeOf(z)) + 7 // just above the threshold
	small := streamMinBytes/int(sizeOf(z)) - 9
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
	cases := []freshCase[T]{
		{"contiguous", rnd(big), rnd(big)},
		{"below the threshold", rnd(small), rnd(small)},
		{"broadcast row", rnd(rows, 300), rnd(300)},
		{"scalar", rnd(big), rnd()},
		{"scalar first", rnd(), rnd(big)},
		{"outer", rnd(rows, 1), rnd(1, 600)},
		{"long rows", rnd(4, big/4+1), rnd(4, 1)},
		{"strided", wide.Slice(ndarray.All(), ndarray.SS(0, 600, 2)), rnd(rows, 300)},
		{"offset view", rnd(big + 3).Slice(ndarray.From(3)), rnd(big)},
	}
	if withBool {
		bigBool := streamMinBytes + 5 // a bool result of more than 1 MiB
		cases = append(cases, freshCase[T]{"bool contiguous", rnd(bigBool), rnd(bigBool)})
	}
	return cases
}
