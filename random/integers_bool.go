package random

import "github.com/ndsimd/ndsimd/ndarray"

// IntegersBool is rng.integers(low, high, shape, dtype=bool,
// endpoint=endpoint): booleans in [low, high), or [low, high] when endpoint
// is true, drawn as NumPy's random_bounded_bool_fill draws them: when the
// range holds two values, each is one bit of a buffered 32-bit draw, lowest
// bit first (a new draw every 32 values); when it holds one, no draws. For
// NumPy's one-argument form rng.integers(2, dtype=bool) pass low = 0,
// high = 2. Bounds outside bool's range or an empty range panic with
// NumPy's message ("low is out of bounds for bool", "high is out of bounds
// for bool", "low >= high", "high <= 0", "low > high", "high < 0"), unless
// no values are drawn.
func (g *Generator) IntegersBool(low, high int64, endpoint bool, shape ...int) *ndarray.Array[bool] {
	out := zeros[bool](shape)
	if d := out.Data(); len(d) > 0 {
		boundedFillBool(g.bg, low, high, endpoint, d)
	}
	return out
}

// RandintBool is RandomState.randint(low, high, shape, dtype=bool), drawn
// and checked as [Generator.IntegersBool] (the legacy generator draws the
// same way, on MT19937's 32-bit words).
func (rs *RandomState) RandintBool(low, high int64, shape ...int) *ndarray.Array[bool] {
	out := zeros[bool](shape)
	if d := out.Data(); len(d) > 0 {
		boundedFillBool(&rs.mt, low, high, false, d)
	}
	return out
}

// boundedFillBool checks the bounds as NumPy's _rand_bool does and fills
// out as random_bounded_bool_fill (buffered_bounded_bool) does.
func boundedFillBool(b bitGen, low, high int64, closed bool, out []bool) {
	// NumPy subtracts 1 from an open high first; these are its tests on
	// the closed bounds, written so that nothing overflows.
	highOut, empty, one := high > 1, low > high, low == high
	if !closed {
		highOut, empty, one = high > 2, low >= high, low == high-1
	}
	switch {
	case low < 0:
		panic(&ndarray.ValueError{Msg: "low is out of bounds for bool"})
	case highOut:
		panic(&ndarray.ValueError{Msg: "high is out of bounds for bool"})
	case empty:
		panic(&ndarray.ValueError{Msg: boundsError(closed, low)})
	case one:
		for i := range out {
			out[i] = low != 0
		}
		return
	}
	var buf uint32
	bcnt := 0
	for i := range out {
		if bcnt == 0 {
			buf, bcnt = b.next32(), 31
		} else {
			buf >>= 1
			bcnt--
		}
		out[i] = buf&1 != 0
	}
}

// boundsError is NumPy's format_bounds_error: the message for an empty
// range, worded for the one-argument form when low is 0.
func boundsError(closed bool, low int64) string {
	switch {
	case low == 0 && closed:
		return "high < 0"
	case low == 0:
		return "high <= 0"
	case closed:
		return "low > high"
	}
	return "low >= high"
}
