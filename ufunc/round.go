package ufunc

import (
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
)

// Round returns x rounded to the given number of decimals, np.round (also
// np.around): half-way cases go to the even neighbour, as NumPy does. It
// uses NumPy's algorithm, so the results are NumPy's bit for bit: with
// f = 10**decimals, rint(x*f)/f for decimals >= 0 and rint(x/f)*f (f =
// 10**-decimals) for negative decimals, in F's precision (so, like
// NumPy's, the result follows the product x*f as rounded in binary, not the
// exact decimal value of x).
func Round[F ndarray.Float](x *ndarray.Array[F], decimals int) *ndarray.Array[F] {
	loop := roundLoop[F](decimals)
	return unary(&loop, parallelMinCheap, nil, x)
}

// RoundInto stores np.round(x, decimals) in out and returns out (see
// [ExpInto]).
func RoundInto[F ndarray.Float](out, x *ndarray.Array[F], decimals int) *ndarray.Array[F] {
	loop := roundLoop[F](decimals)
	return unary(&loop, parallelMinCheap, out, x)
}

// roundLoop is the loop of Round with the given decimals.
func roundLoop[F ndarray.Float](decimals int) unLoop[F] {
	if decimals == 0 {
		return sliceLoop(rintSlice[F])
	}
	scaleUp := decimals > 0
	if !scaleUp {
		decimals = -decimals
	}
	f := F(powerOfTen(decimals))
	return sliceLoop(func(dst, x []F) {
		x = x[:len(dst)]
		for i := range dst {
			if scaleUp {
				dst[i] = F(math.RoundToEven(float64(x[i]*f))) / f
			} else {
				dst[i] = F(math.RoundToEven(float64(x[i]/f))) * f
			}
		}
	})
}

// powerOfTen is 10**n as NumPy's round computes it: exact up to 1e8, then
// multiplied by 10 in float64 (n >= 0).
func powerOfTen(n int) float64 {
	p10 := [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}
	if n < len(p10) {
		return p10[n]
	}
	r := 1e9
	for ; n > 9; n-- {
		r *= 10
	}
	return r
}
