package ufunc

import (
	"math"
	"slices"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// refDot is np.dot's definition with At loops, accumulated in float64; it
// also returns the bound sum(|a||b|) of every element's terms.
func refDot[T ndarray.Float](a, b *ndarray.Array[T]) (shape []int, want, bound []float64) {
	as, bs := a.Shape(), b.Shape()
	k := as[len(as)-1]
	shape = slices.Clone(as[:len(as)-1])
	if len(bs) >= 2 {
		shape = append(append(shape, bs[:len(bs)-2]...), bs[len(bs)-1])
	}
	na := len(as) - 1
	forEachIndex(shape, func(idx []int) {
		ai := append(slices.Clone(idx[:na]), 0)
		var bi []int
		if len(bs) == 1 {
			bi = []int{0}
		} else {
			bi = append(append(slices.Clone(idx[na:len(idx)-1]), 0), idx[len(idx)-1])
		}
		var s, m float64
		for p := range k {
			ai[na] = p
			bi[max(len(bs)-2, 0)] = p
			v := float64(a.At(ai...)) * float64(b.At(bi...))
			s += v
			m += math.Abs(v)
		}
		want = append(want, s)
		bound = append(bound, m)
	})
	return shape, want, bound
}

// refMatmul is np.matmul's definition with At loops; the shape it returns
// keeps the axes of length 1 added for 1-D operands.
func refMatmul[T ndarray.Float](a, b *ndarray.Array[T]) (full []int, want, bound []float64) {
	as, bs := a.Shape(), b.Shape()
	if len(as) == 1 {
		a = a.Reshape(1, as[0])
	}
	if len(bs) == 1 {
		b = b.Reshape(bs[0], 1)
	}
	as, bs = a.Shape(), b.Shape()
	batch := bcastShape(as[:len(as)-2], bs[:len(bs)-2])
	n, k, m := as[len(as)-2], as[len(as)-1], bs[len(bs)-1]
	full = append(slices.Clone(batch), n, m)
	forEachIndex(full, func(idx []int) {
		var s, mag float64
		ai := append(slices.Clone(idx[:len(batch)]), idx[len(batch)], 0)
		bi := append(slices.Clone(idx[:len(batch)]), 0, idx[len(batch)+1])
		for p := range k {
			ai[len(ai)-1], bi[len(bi)-2] = p, p
			v := float64(at(a, ai)) * float64(at(b, bi))
			s += v
			mag += math.Abs(v)
		}
		want = append(want, s)
		bound = append(bound, mag)
	})
	return full, want, bound
}

func checkSums[T ndarray.Float](t *testing.T, name string, got *ndarray.Array[T], shape []int, want, bound []float64) {
	t.Helper()
	if !slices.Equal(got.Shape(), shape) {
		t.Errorf("%s: shape %v, want %v", name, got.Shape(), shape)
		return
	}
	eps := 0x1p-52
	var z T
	if _, ok := any(z).(float32); ok {
		eps = 0x1p-23
	}
	for i, g := range got.Values() {
		if d := math.Abs(float64(g) - want[i]); d > 2*eps*(bound[i]+1e-300)*float64(10) {
			t.Errorf("%s: element %d is %v, want %v", name, i, g, want[i])
			return
		}
	}
}

func TestDot(t *testing.T) {
	t.Run("float64", testDot[float64])
	t.Run("float32", testDot[float32])
}

func testDot[T ndarray.Float](t *testing.T) {
	r := ndarray.NewRand(8)
	rn := func(shape ...int) *ndarray.Array[T] { return ndarray.RandNormal[T](r, shape...) }
	for _, c := range []struct {
		name string
		a, b *ndarray.Array[T]
	}{
		{"1d.1d", rn(7), rn(7)},
		{"1d.1d strided", rn(14).Slice(ndarray.Step(2)), rn(7).Slice(ndarray.Step(-1))},
		{"2d.1d", rn(2, 3), rn(3)},
		{"1d.2d", rn(3), rn(3, 4)},
		{"2d.2d", rn(5, 3), rn(3, 4)},
		{"2d.2d transposed", rn(3, 5).T(), rn(4, 3).T()},
		{"2d.2d sliced", rn(6, 6).Slice(ndarray.Step(2), ndarray.SS(1, 4, 1)), rn(3, 8).Slice(ndarray.All(), ndarray.Step(-2))},
		{"3d.1d", rn(2, 3, 4), rn(4)},
		{"1d.3d", rn(4), rn(2, 4, 5)},
		{"3d.3d", rn(2, 3, 4), rn(5, 4, 2)},
		{"2d.3d", rn(3, 4), rn(2, 4, 3).Transpose(0, 1, 2)},
		{"4d.2d", rn(2, 1, 3, 4), rn(4, 2)},
		{"empty k", rn(2, 0), rn(0, 3)},
		{"empty m", rn(0, 3), rn(3, 2)},
	} {
		shape, want, bound := refDot(c.a, c.b)
		checkSums(t, c.name, Dot(c.a, c.b), shape, want, bound)
	}
	// 0-d operands multiply.
	x := rn(2, 3)
	shape, want := refBinary(x, ndarray.Scalar(T(3)), func(a, b T) T { return a * b })
	checkArray(t, "scalar", Dot(ndarray.Scalar(T(3)), x), shape, want)
}

func TestMatmul(t *testing.T) {
	t.Run("float64", testMatmul[float64])
	t.Run("float32", testMatmul[float32])
}

func testMatmul[T ndarray.Float](t *testing.T) {
	r := ndarray.NewRand(9)
	rn := func(shape ...int) *ndarray.Array[T] { return ndarray.RandNormal[T](r, shape...) }
	for _, c := range []struct {
		name  string
		a, b  *ndarray.Array[T]
		shape []int
	}{
		{"2d@2d", rn(2, 3), rn(3, 4), []int{2, 4}},
		{"1d@2d", rn(3), rn(3, 4), []int{4}},
		{"2d@1d", rn(2, 3), rn(3), []int{2}},
		{"1d@1d", rn(3), rn(3), []int{}},
		{"3d@2d", rn(5, 2, 3), rn(3, 4), []int{5, 2, 4}},
		{"3d transposed@2d", rn(3, 5, 2).Transpose(1, 2, 0), rn(3, 4), []int{5, 2, 4}},
		{"3d@3d", rn(5, 2, 3), rn(5, 3, 4), []int{5, 2, 4}},
		{"2d@3d", rn(2, 3), rn(5, 3, 4), []int{5, 2, 4}},
		{"1d@3d", rn(3), rn(5, 3, 4), []int{5, 4}},
		{"3d@1d", rn(5, 2, 3), rn(3), []int{5, 2}},
		{"batch broadcast", rn(2, 1, 2, 3), rn(3, 3, 4).Slice(ndarray.Step(-1)), []int{2, 3, 2, 4}},
		{"transposed batch", rn(4, 3, 2).T(), rn(3, 2, 4).Transpose(1, 2, 0), []int{2, 3, 3}},
		{"empty batch", rn(0, 2, 3), rn(3, 4), []int{0, 2, 4}},
		{"empty k", rn(2, 0), rn(0, 3), []int{2, 3}},
	} {
		full, want, bound := refMatmul(c.a, c.b)
		got := Matmul(c.a, c.b)
		if !slices.Equal(got.Shape(), c.shape) {
			t.Errorf("%s: shape %v, want %v", c.name, got.Shape(), c.shape)
			continue
		}
		checkSums(t, c.name, got.Reshape(full...), full, want, bound)
	}
}

func TestOuter(t *testing.T) {
	a := ndarray.FromSlice([]float64{1, 2, 3, 4}, 2, 2).T()
	b := ndarray.FromSlice([]float64{10, -1, 0.5})
	got := Outer(a, b)
	// a flattened in C order of the transposed view is 1, 3, 2, 4.
	want := []float64{10, -1, 0.5, 30, -3, 1.5, 20, -2, 1, 40, -4, 2}
	checkArray(t, "outer", got, []int{4, 3}, want)
	checkArray(t, "outer int", Outer(ndarray.FromSlice([]int32{2, 3}), ndarray.FromSlice([]int32{5})), []int{2, 1}, []int32{10, 15})
}
