package ufunc

import (
	"errors"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/ndarray"
)

// TestRunCounts checks that operands are walked in as few runs (kernel
// calls) as coalescing allows.
func TestRunCounts(t *testing.T) {
	const m, n = 37, 53
	r := ndarray.NewRand(4)
	rn := func(shape ...int) *ndarray.Array[float64] { return ndarray.RandNormal[float64](r, shape...) }
	a, b := rn(m, n), rn(m, n)
	for _, c := range []struct {
		name string
		f    func()
		runs int64
	}{
		{"contiguous", func() { Add(a, b) }, 1},
		{"contiguous-3d", func() { Add(rn(4, 5, 6), rn(4, 5, 6)) }, 1},
		{"scalar", func() { Add(a, ndarray.Scalar(2.0)) }, 1},
		{"scalar-first", func() { Subtract(ndarray.Scalar(2.0), a) }, 1},
		{"0-d", func() { Add(ndarray.Scalar(1.0), ndarray.Scalar(2.0)) }, 1},
		{"column (M,N)+(M,1)", func() { Add(a, rn(m, 1)) }, m},
		{"row (M,N)+(1,N)", func() { Add(a, rn(1, n)) }, m},
		{"row (M,N)+(N,)", func() { Multiply(a, rn(n)) }, m},
		{"transposed, new C output", func() { Add(rn(n, m).T(), rn(n, m).T()) }, m},
		{"transposed into transposed out", func() { AddInto(ndarray.Zeros[float64](n, m).T(), rn(n, m).T(), rn(n, m).T()) }, 1},
		{"column slice", func() { Add(a.Slice(ndarray.All(), ndarray.To(n-1)), b.Slice(ndarray.All(), ndarray.To(n-1))) }, m},
		{"row step-slice", func() { Add(a.Slice(ndarray.Step(2)), b.Slice(ndarray.Step(2))) }, (m + 1) / 2},
		{"reversed 1-D", func() { Add(rn(100).Slice(ndarray.Step(-1)), rn(100)) }, 1},
		{"all reversed 2-D into reversed out", func() {
			rev := []ndarray.Slice{ndarray.Step(-1), ndarray.Step(-1)}
			AddInto(ndarray.Zeros[float64](m, n).Slice(rev...), a.Slice(rev...), b.Slice(rev...))
		}, 1},
		{"unary contiguous", func() { Exp(a) }, 1},
		{"unary transposed", func() { Exp(rn(n, m).T()) }, m},
		{"int contiguous", func() { Add(ndarray.Ones[int32](m, n), ndarray.Ones[int32](m, n)) }, 1},
		{"int column", func() { Add(ndarray.Ones[int32](m, n), ndarray.Ones[int32](m, 1)) }, m},
	} {
		if got := countRuns(c.f); got != c.runs {
			t.Errorf("%s: %d runs, want %d", c.name, got, c.runs)
		}
	}
}

// TestOverlap checks out= when out is, or overlaps, an input: the result
// must be the one computed from the inputs as they were (NumPy's rule).
func TestOverlap(t *testing.T) {
	const n = 1000
	base := func() *ndarray.Array[float64] {
		return AddScalar(ndarray.RandUniform[float64](ndarray.NewRand(7), n), 1)
	}
	add := func(a, b float64) float64 { return a + b }
	type tc struct {
		name string
		run  func(b *ndarray.Array[float64]) (out *ndarray.Array[float64])
		// want computes the expected out from copies of the inputs.
		want func(b *ndarray.Array[float64]) ([]int, []float64)
	}
	ones := ndarray.Ones[float64](n - 1)
	cases := []tc{
		{"exact alias x", func(b *ndarray.Array[float64]) *ndarray.Array[float64] {
			return AddInto(b, b, ndarray.Ones[float64](n))
		}, func(b *ndarray.Array[float64]) ([]int, []float64) { return refBinary(b, ndarray.Ones[float64](n), add) }},
		{"exact alias both", func(b *ndarray.Array[float64]) *ndarray.Array[float64] {
			return MultiplyInto(b, b, b)
		}, func(b *ndarray.Array[float64]) ([]int, []float64) {
			return refBinary(b, b, func(x, y float64) float64 { return x * y })
		}},
		{"out=x[1:], x[:-1]", func(b *ndarray.Array[float64]) *ndarray.Array[float64] {
			return AddInto(b.Slice(ndarray.From(1)), b.Slice(ndarray.To(n-1)), ones)
		}, func(b *ndarray.Array[float64]) ([]int, []float64) {
			return refBinary(b.Slice(ndarray.To(n-1)), ones, add)
		}},
		{"out=x[:-1], x[1:]", func(b *ndarray.Array[float64]) *ndarray.Array[float64] {
			return AddInto(b.Slice(ndarray.To(n-1)), ones, b.Slice(ndarray.From(1)))
		}, func(b *ndarray.Array[float64]) ([]int, []float64) {
			return refBinary(ones, b.Slice(ndarray.From(1)), add)
		}},
		{"out=x[::-1], x", func(b *ndarray.Array[float64]) *ndarray.Array[float64] {
			return SubtractInto(b.Slice(ndarray.Step(-1)), b, ndarray.Scalar(0.5))
		}, func(b *ndarray.Array[float64]) ([]int, []float64) {
			return refBinary(b, ndarray.Scalar(0.5), func(x, y float64) float64 { return x - y })
		}},
		{"out=x, broadcast x[0]", func(b *ndarray.Array[float64]) *ndarray.Array[float64] {
			return AddInto(b, b, b.Slice(ndarray.To(1)))
		}, func(b *ndarray.Array[float64]) ([]int, []float64) { return refBinary(b, b.Slice(ndarray.To(1)), add) }},
		{"unary out=x[1:], x[:-1]", func(b *ndarray.Array[float64]) *ndarray.Array[float64] {
			return NegativeInto(b.Slice(ndarray.From(1)), b.Slice(ndarray.To(n-1)))
		}, func(b *ndarray.Array[float64]) ([]int, []float64) {
			return []int{n - 1}, refUnary(b.Slice(ndarray.To(n-1)), func(x float64) float64 { return -x })
		}},
		{"unary strided out=x[::2] x[:n/2]", func(b *ndarray.Array[float64]) *ndarray.Array[float64] {
			return SqrtInto(b.Slice(ndarray.Step(2)), b.Slice(ndarray.To(n/2)))
		}, func(b *ndarray.Array[float64]) ([]int, []float64) {
			sq := Sqrt(b.Slice(ndarray.To(n / 2)).Copy())
			return sq.Shape(), sq.Values()
		}},
	}
	for _, c := range cases {
		b := base()
		shape, want := c.want(b.Copy())
		out := c.run(b)
		checkArray(t, c.name, out, shape, want)
	}
}

// TestThreadsIndependent checks that results do not depend on the number
// of goroutines, and that large operations are split.
func TestThreadsIndependent(t *testing.T) {
	r := ndarray.NewRand(5)
	const m, n = 512, 1100 // 563200 elements: enough for 4 pieces of at least half of either threshold
	x := ndarray.RandNormal[float64](r, m, n)
	col := ndarray.RandNormal[float64](r, m, 1)
	xt := ndarray.RandNormal[float64](r, n, m).T()
	flat := ndarray.RandNormal[float64](r, m*n)
	ops := []struct {
		name string
		f    func() *ndarray.Array[float64]
	}{
		{"add contiguous", func() *ndarray.Array[float64] { return Add(x, x) }},
		{"add 1-D", func() *ndarray.Array[float64] { return Add(flat, flat) }},
		{"add column", func() *ndarray.Array[float64] { return Add(x, col) }},
		{"sub transposed", func() *ndarray.Array[float64] { return Subtract(xt, x) }},
		{"exp transposed", func() *ndarray.Array[float64] { return Exp(xt) }},
		{"tanh", func() *ndarray.Array[float64] { return Tanh(x) }},
		{"power", func() *ndarray.Array[float64] { return Power(x, col) }},
	}
	for _, op := range ops {
		prev := SetThreads(1)
		one := op.f().Values()
		SetThreads(4)
		var c atomic.Int64
		runCounter.Store(&c)
		four := op.f().Values()
		runCounter.Store(nil)
		SetThreads(prev)
		if c.Load() < 4 {
			t.Errorf("%s: %d runs with 4 threads, want the work split in at least 4", op.name, c.Load())
		}
		for i := range one {
			if !same(one[i], four[i]) {
				t.Errorf("%s: element %d is %v with 1 thread and %v with 4", op.name, i, one[i], four[i])
				break
			}
		}
	}
}

func TestSetThreads(t *testing.T) {
	prev := SetThreads(3)
	defer SetThreads(prev)
	if Threads() != 3 {
		t.Errorf("Threads() = %d after SetThreads(3)", Threads())
	}
	if p := SetThreads(0); p != 3 {
		t.Errorf("SetThreads returned %d, want 3", p)
	}
	if Threads() < 1 {
		t.Errorf("default Threads() = %d", Threads())
	}
}

// TestErrors checks the typed panics and NumPy's messages.
func TestErrors(t *testing.T) {
	f := ndarray.Zeros[float64]
	for _, c := range []struct {
		name string
		f    func()
		want string
		kind any
	}{
		{"broadcast", func() { Add(f(2, 3), f(4)) }, "operands could not be broadcast together with shapes (2,3) (4,) ", &broadcast.Error{}},
		{"broadcast unary out", func() { ExpInto(f(3), f(4)) }, "operands could not be broadcast together with shapes (4,) (3,) ", &broadcast.Error{}},
		{"out too small", func() { AddInto(f(3), f(2, 3), f(3)) }, "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)", &ndarray.ShapeError{}},
		{"out wrong", func() { AddInto(f(4), f(2, 3), f(3)) }, "operands could not be broadcast together with shapes (2,3) (3,) (4,) ", &broadcast.Error{}},
		{"out read-only", func() { AddInto(f(3).BroadcastTo(2, 3), f(2, 3), f(3)) }, "", &ndarray.ReadOnlyError{}},
		{"unary out read-only", func() { NegativeInto(f(1).BroadcastTo(3), f(3)) }, "", &ndarray.ReadOnlyError{}},
		{"dot", func() { Dot(f(2, 3), f(4)) }, "shapes (2,3) and (4,) not aligned: 3 (dim 1) != 4 (dim 0)", &ndarray.ShapeError{}},
		{"dot 3d", func() { Dot(f(2, 3, 4), f(5, 3, 2)) }, "shapes (2,3,4) and (5,3,2) not aligned: 4 (dim 2) != 3 (dim 1)", &ndarray.ShapeError{}},
		{"matmul", func() { Matmul(f(2, 3), f(4, 5)) }, "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)", &ndarray.ShapeError{}},
		{"matmul 0-d", func() { Matmul(ndarray.Scalar(1.0), f(2)) }, "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)", &ndarray.ShapeError{}},
		{"matmul batch", func() { Matmul(f(2, 2, 3), f(3, 3, 4)) }, "operands could not be broadcast together with remapped shapes [original->remapped]: (2,2,3)->(2,newaxis,newaxis) (3,3,4)->(3,newaxis,newaxis)  and requested shape (2,4)", &broadcast.Error{}},
	} {
		v := mustPanic(c.f)
		err, ok := v.(error)
		if !ok {
			t.Errorf("%s: panicked with %v (%T), want an error", c.name, v, v)
			continue
		}
		var match bool
		switch c.kind.(type) {
		case *broadcast.Error:
			var e *broadcast.Error
			match = errors.As(err, &e)
		case *ndarray.ShapeError:
			var e *ndarray.ShapeError
			match = errors.As(err, &e)
		case *ndarray.ReadOnlyError:
			var e *ndarray.ReadOnlyError
			match = errors.As(err, &e)
		}
		if !match {
			t.Errorf("%s: panicked with %T, want %T", c.name, err, c.kind)
		}
		if c.want != "" && err.Error() != c.want {
			t.Errorf("%s: message\n%q, want\n%q", c.name, err.Error(), c.want)
		}
	}
}

// TestInts covers the integer loops, with wrapping as in NumPy.
func TestInts(t *testing.T) {
	x := ndarray.FromSlice([]int8{-128, -3, 0, 5, 127, 100}, 2, 3)
	y := ndarray.FromSlice([]int8{1, -2, 3})
	for _, c := range []struct {
		name string
		got  *ndarray.Array[int8]
		want []int8
	}{
		{"add", Add(x, y), []int8{-127, -5, 3, 6, 125, 103}},
		{"subtract", Subtract(x, y), []int8{127, -1, -3, 4, -127, 97}},
		{"multiply", Multiply(x, y), []int8{-128, 6, 0, 5, 2, 44}},
		{"maximum", Maximum(x, y), []int8{1, -2, 3, 5, 127, 100}},
		{"minimum", Minimum(x, y), []int8{-128, -3, 0, 1, -2, 3}},
		{"abs", Abs(x), []int8{-128, 3, 0, 5, 127, 100}},
		{"negative", Negative(x), []int8{-128, 3, 0, -5, -127, -100}},
		{"square", Square(x), []int8{0, 9, 0, 25, 1, 16}},
		{"transposed", Add(x.T(), x.T()).T(), []int8{0, -6, 0, 10, -2, -56}},
	} {
		checkArray(t, c.name, c.got, c.got.Shape(), c.want)
		if !slices.Equal(c.got.Shape(), []int{2, 3}) {
			t.Errorf("%s: shape %v", c.name, c.got.Shape())
		}
	}
	u := ndarray.FromSlice([]uint8{0, 1, 255})
	checkArray(t, "uint8 negative", Negative(u), []int{3}, []uint8{0, 255, 1})
	checkArray(t, "uint8 abs", Abs(u), []int{3}, []uint8{0, 1, 255})
	checkArray(t, "uint8 add", Add(u, ndarray.Scalar[uint8](1)), []int{3}, []uint8{1, 2, 0})

	// Broadcast and strided int64 against the reference.
	r := ndarray.NewRand(6)
	big := ndarray.AsType[int64](MultiplyScalar(ndarray.RandNormal[float64](r, 5, 7), 1e6))
	row := ndarray.AsType[int64](MultiplyScalar(ndarray.RandNormal[float64](r, 7), 1e6)).Slice(ndarray.Step(-1))
	ops := []struct {
		name string
		f    func(x, y *ndarray.Array[int64]) *ndarray.Array[int64]
		ref  func(a, b int64) int64
	}{
		{"add", Add[int64], func(a, b int64) int64 { return a + b }},
		{"subtract", Subtract[int64], func(a, b int64) int64 { return a - b }},
		{"multiply", Multiply[int64], func(a, b int64) int64 { return a * b }},
		{"maximum", Maximum[int64], func(a, b int64) int64 { return max(a, b) }},
		{"minimum", Minimum[int64], func(a, b int64) int64 { return min(a, b) }},
	}
	for _, op := range ops {
		for _, p := range [][2]*ndarray.Array[int64]{{big, row}, {row, big}, {big.T(), ndarray.Scalar[int64](-7)}, {big, big}} {
			shape, want := refBinary(p[0], p[1], op.ref)
			checkArray(t, "int64 "+op.name, op.f(p[0], p[1]), shape, want)
		}
	}
}
