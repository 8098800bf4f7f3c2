package ufunc

import (
	"math/rand/v2"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// whereRef is where(c, x, y) with At and broadcasting.
func whereRef[T ndarray.Number](c *ndarray.Array[bool], x, y *ndarray.Array[T]) ([]int, []T) {
	shape := bcastShape(c.Shape(), x.Shape(), y.Shape())
	var out []T
	forEachIndex(shape, func(idx []int) {
		if at(c, idx) {
			out = append(out, at(x, idx))
		} else {
			out = append(out, at(y, idx))
		}
	})
	return shape, out
}

func randBools(r *rand.Rand, shape ...int) *ndarray.Array[bool] {
	n := 1
	for _, d := range shape {
		n *= d
	}
	b := make([]bool, n)
	for i := range b {
		b[i] = r.IntN(2) == 0
	}
	return ndarray.Wrap(b, shape...)
}

func testWhere[T ndarray.Number](t *testing.T, r *rand.Rand) {
	shapes := [][3][]int{
		{{1000}, {1000}, {1000}},
		{{1000}, {}, {1000}},
		{{1000}, {1000}, {}},
		{{1000}, {}, {}},
		{{4, 5}, {5}, {4, 1}},
		{{4, 1}, {1, 5}, {}},
	}
	for _, sh := range shapes {
		c := randBools(r, sh[0]...)
		x := ndarray.AsType[T](ndarray.RandNormal[float64](ndarray.NewRand(r.Uint64()), sh[1]...))
		y := ndarray.AsType[T](ndarray.RandNormal[float64](ndarray.NewRand(r.Uint64()), sh[2]...))
		shape, want := whereRef(c, x, y)
		checkArray(t, "where "+ndarray.DtypeOf[T](), Where(c, x, y), shape, want)
		if len(sh[0]) == 1 && sh[1] != nil && len(sh[1]) == 1 {
			// Strided operands.
			cs, xs := c.Slice(ndarray.Step(2)), x.Slice(ndarray.Step(2))
			ys := y
			if len(sh[2]) == 1 {
				ys = y.Slice(ndarray.Step(2))
			}
			shape, want := whereRef(cs, xs, ys)
			checkArray(t, "where strided "+ndarray.DtypeOf[T](), Where(cs, xs, ys), shape, want)
		}
	}
}

// Where for every element size (8, 4, 2, 1 bytes: the branch-free select
// works on the bits), broadcast, scalar and strided operands.
func TestWhere(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	testWhere[float64](t, r)
	testWhere[float32](t, r)
	testWhere[int64](t, r)
	testWhere[int32](t, r)
	testWhere[int16](t, r)
	testWhere[uint8](t, r)
	checkArray(t, "WhereScalar", WhereScalar(ndarray.FromSlice([]bool{true, false}), 1.0, 0.0), []int{2}, []float64{1, 0})
	b := Where(ndarray.FromSlice([]bool{true, false}), ndarray.FromSlice([]bool{true, true}), ndarray.Scalar(false))
	if v := b.Values(); !v[0] || v[1] {
		t.Fatalf("where on bools: %v", v)
	}
	// In place: out is x.
	x := ndarray.FromSlice([]float64{1, 2, 3})
	WhereInto(x, ndarray.FromSlice([]bool{false, true, false}), x, ndarray.Scalar(0.0))
	checkArray(t, "WhereInto in place", x, []int{3}, []float64{0, 2, 0})
	// Out overlapping an input as a shifted view: NumPy's result.
	z := ndarray.FromSlice([]float64{1, 2, 3, 4})
	WhereInto(z.Slice(ndarray.From(1)), ndarray.FromSlice([]bool{true, true, true}), z.Slice(ndarray.To(3)), ndarray.Scalar(0.0))
	checkArray(t, "WhereInto overlap", z, []int{4}, []float64{1, 1, 2, 3})
	if p := mustPanic(func() { Where(randBools(r, 3), ndarray.Zeros[float64](4), ndarray.Zeros[float64](3)) }); p == nil {
		t.Fatal("Where of (3,) (4,) (3,) did not panic")
	}
}

// NumPy 1.24's np.clip (from /usr/bin/python3): NaN stays, signed zeros,
// lo > hi gives hi, integers.
func TestClipNumPy(t *testing.T) {
	checkArray(t, "clip", Clip(ndarray.FromSlice([]float64{-3, 0.5, 3, nan, negz, 0}), -1, 1), []int{6}, []float64{-1, 0.5, 1, nan, negz, 0})
	checkArray(t, "clip zero lower bound", Clip(ndarray.FromSlice([]float64{negz, 0}), 0, 1), []int{2}, []float64{0, 0})
	checkArray(t, "clip -0 upper bound", Clip(ndarray.FromSlice([]float64{negz, 0}), -1, negz), []int{2}, []float64{negz, negz})
	checkArray(t, "clip lo > hi", Clip(ndarray.FromSlice([]float64{1, 5}), 3, 2), []int{2}, []float64{2, 2})
	checkArray(t, "clip int16", Clip(ndarray.FromSlice([]int16{-300, 5, 300}), -100, 100), []int{3}, []int16{-100, 5, 100})
	checkArray(t, "clip lower", ClipLower(ndarray.FromSlice([]float32{-2, 2, float32(nan)}), 0.5), []int{3}, []float32{0.5, 2, float32(nan)})
	checkArray(t, "clip upper", ClipUpper(ndarray.FromSlice([]uint8{1, 200}), 100), []int{2}, []uint8{1, 100})
	m := ndarray.FromSlice([]float64{-2, -1, 0, 1, 2, 3}, 2, 3)
	checkArray(t, "clip transposed", Clip(m.T(), 0, 1.5), []int{3, 2}, []float64{0, 1, 0, 1.5, 0, 1.5})
	out := ndarray.Zeros[float64](2, 3)
	ClipInto(out, m, 0, 1)
	ClipLowerInto(m, m, 1)
	ClipUpperInto(m, m, 2)
	checkArray(t, "ClipInto", out, []int{2, 3}, []float64{0, 0, 0, 1, 1, 1})
	checkArray(t, "ClipLowerInto+ClipUpperInto in place", m, []int{2, 3}, []float64{1, 1, 1, 1, 2, 2})
}
