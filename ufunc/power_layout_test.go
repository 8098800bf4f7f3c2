package ufunc

import (
	"math"
	"testing"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// Power gives kernels.Pow's value for every element whatever the layout:
// same shape, a broadcast scalar exponent or base, a broadcast row,
// transposed and reversed operands, for float64 and float32, with runs
// shorter and longer than the kernels' buffers.
func TestPowerLayouts(t *testing.T) {
	for _, n := range []int{3, 7, 9, 300, 600} {
		xs := make([]float64, 2*n)
		ys := make([]float64, 2*n)
		for i := range xs {
			xs[i] = 0.25 + float64(i%17)*0.7
			ys[i] = -3 + float64(i%11)*0.55
		}
		xs[1], ys[2] = -2, 3 // a negative base with an integer exponent
		x := ndarray.FromSlice(xs, 2, n)
		y := ndarray.FromSlice(ys, 2, n)
		cases := []struct {
			name string
			a, b *ndarray.Array[float64]
		}{
			{"same shape", x, y},
			{"scalar exponent", x, ndarray.Scalar(1.37)},
			{"scalar base", ndarray.Scalar(2.5), y},
			{"row exponent", x, y.Slice(ndarray.S(0, 1))},
			{"transposed", x.T(), y.T()},
			{"reversed", x.Slice(ndarray.All(), ndarray.Step(-1)), y},
		}
		for _, c := range cases {
			for _, f32 := range []bool{false, true} {
				var got, a, b []float64
				var shape []int
				if f32 {
					A, B := ndarray.AsType[float32](c.a), ndarray.AsType[float32](c.b)
					r := Power(A, B)
					shape = r.Shape()
					got = ndarray.AsType[float64](r).Values()
					a = ndarray.AsType[float64](A.BroadcastTo(shape...)).Values()
					b = ndarray.AsType[float64](B.BroadcastTo(shape...)).Values()
				} else {
					r := Power(c.a, c.b)
					shape = r.Shape()
					got = r.Values()
					a = c.a.BroadcastTo(shape...).Values()
					b = c.b.BroadcastTo(shape...).Values()
				}
				for i := range got {
					want := kernels.Pow(a[i], b[i])
					if f32 {
						want = float64(float32(want))
					}
					if got[i] != want && !(math.IsNaN(got[i]) && math.IsNaN(want)) {
						t.Errorf("n=%d %s f32=%v: element %d: %v ** %v = %v, want %v", n, c.name, f32, i, a[i], b[i], got[i], want)
						break
					}
				}
			}
		}
	}
}
