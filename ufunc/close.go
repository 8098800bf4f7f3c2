package ufunc

import (
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
)

// CloseOption changes a tolerance of [IsClose] and [AllClose].
type CloseOption func(*closeConfig)

type closeConfig struct {
	rtol, atol float64
	equalNaN   bool
}

// RTol sets the relative tolerance (NumPy's rtol, default 1e-5).
func RTol(v float64) CloseOption { return func(c *closeConfig) { c.rtol = v } }

// ATol sets the absolute tolerance (NumPy's atol, default 1e-8).
func ATol(v float64) CloseOption { return func(c *closeConfig) { c.atol = v } }

// EqualNaN makes NaN close to NaN (NumPy's equal_nan, default false).
func EqualNaN(v bool) CloseOption { return func(c *closeConfig) { c.equalNaN = v } }

// IsClose reports elementwise whether x and y are close, np.isclose:
// |x - y| <= atol + rtol*|y| (not symmetric: y is the reference), with
// NumPy's defaults rtol 1e-5 and atol 1e-8. Infinities are close only to the
// same infinity, NaN to nothing unless EqualNaN(true). The operands
// broadcast.
func IsClose[F ndarray.Float](x, y *ndarray.Array[F], opts ...CloseOption) *ndarray.Array[bool] {
	return binaryTo(isCloseRun[F](opts), parallelMinCheap, nil, x, y)
}

// AllClose reports whether every element of x is close to y's, np.allclose
// (see [IsClose]).
func AllClose[F ndarray.Float](x, y *ndarray.Array[F], opts ...CloseOption) bool {
	for _, v := range IsClose(x, y, opts...).Values() {
		if !v {
			return false
		}
	}
	return true
}

// ArrayEqual reports whether x and y have the same shape and equal
// elements, np.array_equal (no broadcasting; NaN is not equal to NaN).
func ArrayEqual[T ndarray.Elem](x, y *ndarray.Array[T]) bool {
	if !equalShapes(x.Shape(), y.Shape()) {
		return false
	}
	for _, v := range Equal(x, y).Values() {
		if !v {
			return false
		}
	}
	return true
}

// isCloseRun is the run function of IsClose with the options applied; the
// arithmetic is in F with the tolerances rounded to F, as NumPy's.
func isCloseRun[F ndarray.Float](opts []CloseOption) binRunTo[F, bool] {
	c := closeConfig{rtol: 1e-5, atol: 1e-8}
	for _, o := range opts {
		o(&c)
	}
	rtol, atol, equalNaN := F(c.rtol), F(c.atol), c.equalNaN
	return func(n int, dst []bool, od, sd int, x []F, ox, sx int, y []F, oy, sy int) {
		for range n {
			a, b := x[ox], y[oy]
			fa, fb := float64(a), float64(b)
			switch {
			case math.IsNaN(fa) || math.IsNaN(fb):
				dst[od] = equalNaN && math.IsNaN(fa) && math.IsNaN(fb)
			case math.IsInf(fa, 0) || math.IsInf(fb, 0):
				dst[od] = a == b
			default:
				dst[od] = abs(a-b) <= atol+rtol*abs(b)
			}
			od, ox, oy = od+sd, ox+sx, oy+sy
		}
	}
}

func abs[F ndarray.Float](v F) F {
	if v < 0 {
		return -v
	}
	return v
}
