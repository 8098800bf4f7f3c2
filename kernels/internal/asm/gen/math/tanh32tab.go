package main

import (
	"math"
	"strconv"
)

// tanh32Deg is the degree of TanhF32AVX512's polynomials S_j.
const tanh32Deg = 6

// tanh32S names the table of the coefficients of y^d of the S_j.
func tanh32S(d int) string { return "t32s" + strconv.Itoa(d) }

// tanh32Tab are TanhF32AVX512's tables, indexed by the piece's slot (the
// piece number mod 16): the point t0, c0 = tanh(t0) rounded to float32
// and the coefficients s[d] of S_j.
type tanh32Tab struct {
	t0, c0 [16]float32
	s      [tanh32Deg + 1][16]float32
}

// tanh32Table fits the pieces of tanhF32Zs. Piece [lo, hi) (hi at most
// 9.5, the clamp) gets t0, the float32 nearest its centre whose tanh lies
// within 2^-11 ULP of a float32 (searched outward over 2^12 neighbours,
// else the best found), and S_j interpolating (tanh(t0 + y) - c0)/y at the
// Chebyshev nodes of [lo - t0, hi - t0], in float64, rounded to float32;
// the piece below 1/8 has t0 = c0 = 0 and S the even part of the
// interpolant of (tanh(y) - y)/y on [-1/8, 1/8] (no constant or odd
// terms, so S(0) = 0 exactly). Unused slots repeat the first piece. The
// result's accuracy is checked by TestF32Scan, not here.
func tanh32Table() (t tanh32Tab) {
	slot := func(lo float64) int {
		return int(math.Float32bits(float32(lo))>>22) % 16
	}
	tinySlot := int(math.Float32bits(0.125)>>22-1) % 16
	set := func(j int, t0, c0 float32, s []float64) {
		t.t0[j], t.c0[j] = t0, c0
		for d, v := range s {
			t.s[d][j] = float32(v)
		}
	}
	tiny := chebFit(func(y float64) float64 {
		if math.Abs(y) < 1e-2 { // the series, free of cancellation
			z := y * y
			return z * (-1.0/3 + z*(2.0/15+z*(-17.0/315+z*62.0/2835)))
		}
		return (math.Tanh(y) - y) / y
	}, -0.125, 0.125, tanh32Deg)
	for d := range tiny {
		if d%2 == 1 || d == 0 {
			tiny[d] = 0
		}
	}
	for j := range 16 {
		set(j, 0, 0, tiny) // unused slots
	}
	set(tinySlot, 0, 0, tiny)
	for e := -3; e <= 3; e++ {
		for h := range 2 {
			lo := math.Ldexp(1+0.5*float64(h), e)
			hi := min(math.Ldexp(1+0.5*float64(h+1), e), 9.5)
			if lo >= hi {
				continue
			}
			t0 := tanh32Point(float32((lo + hi) / 2))
			T := math.Tanh(float64(t0))
			sech2 := 1 - T*T
			s := chebFit(func(y float64) float64 {
				if y == 0 {
					return sech2
				}
				ty := math.Tanh(y) // tanh(t0+y) - tanh(t0) without cancellation
				return ty / y * sech2 / (1 + T*ty)
			}, lo-float64(t0), hi-float64(t0), tanh32Deg)
			set(slot(lo), t0, float32(T), s)
		}
	}
	return t
}

// tanh32Point returns the float32 next to c whose tanh is nearest a float32
// in ULPs of that float32 (stopping at the first within 2^-11 ULP).
func tanh32Point(c float32) float32 {
	best, bestErr := c, math.Inf(1)
	for d := range 1 << 12 {
		for _, sg := range []int32{1, -1} {
			t0 := math.Float32frombits(uint32(int32(math.Float32bits(c)) + sg*int32(d)))
			T := math.Tanh(float64(t0))
			c0 := float32(T)
			ulp := float64(math.Nextafter32(c0, 2) - c0)
			if e := math.Abs(T-float64(c0)) / ulp; e < bestErr {
				best, bestErr = t0, e
			}
		}
		if bestErr < 1.0/2048 {
			break
		}
	}
	return best
}

// chebFit returns the coefficients (constant first) of the polynomial of
// degree deg interpolating f at the Chebyshev nodes of [a, b], by Gaussian
// elimination with partial pivoting on the Vandermonde system.
func chebFit(f func(float64) float64, a, b float64, deg int) []float64 {
	n := deg + 1
	m := make([][]float64, n)
	for i := range m {
		y := (a+b)/2 + (b-a)/2*math.Cos(float64(2*i+1)*math.Pi/float64(2*n))
		row := make([]float64, n+1)
		p := 1.0
		for d := range n {
			row[d] = p
			p *= y
		}
		row[n] = f(y)
		m[i] = row
	}
	for c := range n {
		piv := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[piv][c]) {
				piv = r
			}
		}
		m[c], m[piv] = m[piv], m[c]
		for r := c + 1; r < n; r++ {
			q := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= q * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		v := m[r][n]
		for k := r + 1; k < n; k++ {
			v -= m[r][k] * x[k]
		}
		x[r] = v / m[r][r]
	}
	return x
}
