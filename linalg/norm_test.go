package linalg

import (
	"fmt"
	"math"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

func TestNormVector(t *testing.T) {
	x := ndarray.Wrap([]float64{3, -4, 0, 1, -2, 2}, 6)
	abs := []float64{3, 4, 0, 1, 2, 2}
	pnorm := func(p float64) float64 {
		var s float64
		for _, v := range abs {
			s += math.Pow(v, p)
		}
		return math.Pow(s, 1/p)
	}
	cases := []struct {
		ord  Ord
		want float64
	}{
		{Default, math.Sqrt(34)},
		{P(2), math.Sqrt(34)},
		{P(1), 12},
		{P(0), 5},
		{P(math.Inf(1)), 4},
		{P(math.Inf(-1)), 0},
		{P(3), pnorm(3)},
		{P(0.5), pnorm(0.5)},
		{P(-1), pnorm(-1)},
	}
	for _, c := range cases {
		got, err := Norm(x, c.ord, nil, false)
		if err != nil {
			t.Fatal(err)
		}
		if g := got.Item(); math.Abs(g-c.want) > 1e-14*math.Abs(c.want) && !(math.IsInf(c.want, 0) && g == c.want) {
			t.Errorf("ord %s: %v, want %v", c.ord, g, c.want)
		}
	}
}

func TestNormAxes(t *testing.T) {
	// x[i][j][k] = i*100 + j*10 + k - 50
	x := ndarray.Zeros[float64](2, 3, 4)
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 4; k++ {
				x.Set(float64(i*100+j*10+k-50), i, j, k)
			}
		}
	}
	// Vector 1-norms along axis 1.
	got, _ := Norm(x, P(1), []int{1}, false)
	if fmt.Sprint(got.Shape()) != "(2, 4)" {
		t.Fatalf("shape %v", got.Shape())
	}
	for i := 0; i < 2; i++ {
		for k := 0; k < 4; k++ {
			var want float64
			for j := 0; j < 3; j++ {
				want += math.Abs(x.At(i, j, k))
			}
			if got.At(i, k) != want {
				t.Errorf("1-norm [%d,%d] = %v, want %v", i, k, got.At(i, k), want)
			}
		}
	}
	kept, _ := Norm(x, P(1), []int{-2}, true)
	if fmt.Sprint(kept.Shape()) != "(2, 1, 4)" {
		t.Errorf("keepdims shape %v", kept.Shape())
	}
	// Matrix norms over axes (2, 0): rows along axis 2, columns along axis 0.
	for _, ord := range []Ord{P(1), P(-1), P(math.Inf(1)), P(math.Inf(-1)), Fro, Nuc, P(2), P(-2)} {
		got, err := Norm(x, ord, []int{2, 0}, false)
		if err != nil {
			t.Fatal(err)
		}
		for j := 0; j < 3; j++ {
			m := make([]float64, 0, 8)
			for k := 0; k < 4; k++ {
				for i := 0; i < 2; i++ {
					m = append(m, x.At(i, j, k))
				}
			}
			want := refMatrixNorm(dense{4, 2, m}, ord)
			if g := got.At(j); math.Abs(g-want) > 1e-12*want {
				t.Errorf("ord %s axes (2,0) [%d] = %v, want %v", ord, j, g, want)
			}
		}
	}
	kept, _ = Norm(x, Fro, []int{0, 2}, true)
	if fmt.Sprint(kept.Shape()) != "(1, 3, 1)" {
		t.Errorf("matrix keepdims shape %v", kept.Shape())
	}
	all, _ := Norm(x, Default, nil, true)
	if fmt.Sprint(all.Shape()) != "(1, 1, 1)" {
		t.Errorf("keepdims of the flattened norm: shape %v", all.Shape())
	}
}

// refMatrixNorm computes a matrix norm from its definition; the 2-norms
// from the eigenvalues of AᵀA by the Jacobi-free route of a 2×2 formula
// (the test matrices have two columns).
func refMatrixNorm(a dense, ord Ord) float64 {
	colSums := make([]float64, a.n)
	rowSums := make([]float64, a.m)
	var fro float64
	for i := 0; i < a.m; i++ {
		for j := 0; j < a.n; j++ {
			v := a.at(i, j)
			colSums[j] += math.Abs(v)
			rowSums[i] += math.Abs(v)
			fro += v * v
		}
	}
	g := mul(a.t(), a) // 2×2
	tr, det := g.d[0]+g.d[3], g.d[0]*g.d[3]-g.d[1]*g.d[2]
	disc := math.Sqrt(tr*tr/4 - det)
	s1, s2 := math.Sqrt(tr/2+disc), math.Sqrt(math.Max(tr/2-disc, 0))
	maxOf := func(x []float64, big bool) float64 {
		r := x[0]
		for _, v := range x {
			if (big && v > r) || (!big && v < r) {
				r = v
			}
		}
		return r
	}
	switch {
	case ord.is(1):
		return maxOf(colSums, true)
	case ord.is(-1):
		return maxOf(colSums, false)
	case ord.is(math.Inf(1)):
		return maxOf(rowSums, true)
	case ord.is(math.Inf(-1)):
		return maxOf(rowSums, false)
	case ord.kind == ordFro:
		return math.Sqrt(fro)
	case ord.kind == ordNuc:
		return s1 + s2
	case ord.is(2):
		return s1
	case ord.is(-2):
		return s2
	}
	panic("ord")
}

func TestNormFloat32(t *testing.T) {
	x := ndarray.Wrap([]float32{1, 2, 3, 4}, 2, 2)
	got, err := Norm(x, P(2), nil, false)
	if err != nil {
		t.Fatal(err)
	}
	want := math.Sqrt(15 + math.Sqrt(221)) // largest singular value
	if math.Abs(float64(got.Item())-want) > 1e-6*want {
		t.Errorf("2-norm = %v, want %v", got.Item(), want)
	}
}
