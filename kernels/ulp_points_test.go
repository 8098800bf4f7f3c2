package kernels

import (
	"math"
	"math/rand/v2"
)

// Test points for the ULP tests: edges first, then n values split between
// log-spaced magnitudes of either sign (2^-1074 up to the range's end),
// uniform values over [lo, hi], and random bit patterns.

func mix64(r *rand.Rand, n int, lo, hi float64, edges []float64) []float64 {
	xs := append([]float64{}, edges...)
	top := math.Max(math.Abs(lo), math.Abs(hi))
	for i := range n {
		var x float64
		switch i % 3 {
		case 0: // log-spaced magnitude
			x = math.Exp2(-1074 + r.Float64()*(1074+math.Log2(top)))
			if lo < 0 && r.IntN(2) == 0 {
				x = -x
			}
		case 1:
			x = lo + (hi-lo)*r.Float64()
		default:
			x = math.Float64frombits(r.Uint64())
		}
		xs = append(xs, x)
	}
	return xs
}

func mix32(r *rand.Rand, n int, lo, hi float32, edges []float32) []float32 {
	xs := append([]float32{}, edges...)
	top := math.Max(math.Abs(float64(lo)), math.Abs(float64(hi)))
	for i := range n {
		var x float32
		switch i % 3 {
		case 0:
			x = float32(math.Exp2(-149 + r.Float64()*(149+math.Log2(top))))
			if lo < 0 && r.IntN(2) == 0 {
				x = -x
			}
		case 1:
			x = lo + (hi-lo)*r.Float32()
		default:
			x = math.Float32frombits(r.Uint32())
		}
		xs = append(xs, x)
	}
	return xs
}

func f32s(v []float64) []float32 {
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(x)
	}
	return out
}

// around returns x and its neighbours within k float64 steps.
func around(x float64, k int) []float64 {
	out := []float64{x}
	a, b := x, x
	for range k {
		a = math.Nextafter(a, math.Inf(-1))
		b = math.Nextafter(b, math.Inf(1))
		out = append(out, a, b)
	}
	return out
}

func around32(x float32, k int) []float32 {
	out := []float32{x}
	a, b := x, x
	for range k {
		a = math.Nextafter32(a, float32(math.Inf(-1)))
		b = math.Nextafter32(b, float32(math.Inf(1)))
		out = append(out, a, b)
	}
	return out
}

var specials64 = []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1), 1, -1,
	math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 0x1p-1022, -0x1p-1022, math.MaxFloat64, -math.MaxFloat64}

func expEdges64() []float64 {
	xs := append([]float64{}, specials64...)
	for _, e := range []float64{709.782712893384, 709.78, -708.3964185322641, -708.4, -744.4400719213812, -745.1332191019411, -745.1332191019412, -745.2, -746} {
		xs = append(xs, around(e, 4)...)
	}
	for k := -1080; k <= 1030; k += 7 { // near multiples of ln2 and ln2/16
		xs = append(xs, around(float64(k)*math.Ln2, 1)...)
		xs = append(xs, around(float64(k)*math.Ln2/16, 1)...)
	}
	return xs
}

func expEdges32() []float32 {
	xs := f32s(specials64)
	for _, e := range []float32{88.72283, 88.7228, -87.33654, -103.27893, -103.972076, -104} {
		xs = append(xs, around32(e, 4)...)
	}
	for k := -150; k <= 128; k++ {
		xs = append(xs, around32(float32(float64(k)*math.Ln2), 1)...)
		xs = append(xs, around32(float32(float64(k)*math.Ln2/16), 1)...)
	}
	return xs
}

func logEdges64() []float64 {
	xs := append([]float64{}, specials64...)
	for _, e := range []float64{1, math.Sqrt2, math.Sqrt2 / 2, 2, 0.5, math.E, 0x1p-1022, 0x1p-1060} {
		xs = append(xs, around(e, 6)...)
	}
	for i := 1; i < 200; i++ {
		xs = append(xs, 1+float64(i)*0x1p-40, 1-float64(i)*0x1p-40, math.Float64frombits(uint64(i*i*7919)))
	}
	return xs
}

func logEdges32() []float32 {
	xs := f32s(specials64)
	for _, e := range []float32{1, math.Sqrt2, math.Sqrt2 / 2, 2, 0.5, math.E, 0x1p-126, 0x1p-140} {
		xs = append(xs, around32(e, 6)...)
	}
	for i := 1; i < 200; i++ {
		xs = append(xs, 1+float32(i)*0x1p-20, 1-float32(i)*0x1p-20, math.Float32frombits(uint32(i*i*31)))
	}
	return xs
}

func tanhEdges() []float64 {
	xs := append([]float64{}, specials64...)
	for _, e := range []float64{0x1p-30, 0.0108, 0.0217, 0.5, 0.55, 0.625, 1, 9.01, 19.06, 20, 22} {
		xs = append(xs, around(e, 2)...)
		xs = append(xs, around(-e, 2)...)
	}
	return xs
}

func sigmoidEdges() []float64 {
	xs := append([]float64{}, specials64...)
	for _, e := range []float64{0x1p-60, 1, 36.7, 37, 87.3, 88.7, 103, 104, 708, 709.78, 745, 746} {
		xs = append(xs, around(e, 2)...)
		xs = append(xs, around(-e, 2)...)
	}
	return xs
}
