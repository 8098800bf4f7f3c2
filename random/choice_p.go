package random

import (
	"math"
	"sort"

	"github.com/ndsimd/ndsimd/ndarray"
)

// ChoiceP is rng.choice(n, shape, replace, p): indices into np.arange(n)
// drawn with the probabilities p (nil for uniform, as [Generator.Choice]).
// As NumPy does it: with replacement, one uniform draw per value looked up
// in the normalised cumulative sum of p (cdf.searchsorted(u,
// side='right')); without, rounds of such draws, each round zeroing the
// probabilities already taken and keeping the first appearance of each new
// index. It panics with NumPy's messages when p does not have n entries,
// contains NaN or a negative value, does not sum to 1 within
// sqrt(float64 eps), or (without replacement) has fewer non-zero entries
// than the sample.
func (g *Generator) ChoiceP(n int, p []float64, replace bool, shape ...int) *ndarray.Array[int64] {
	return g.choiceIndex(n, p, replace, shape, false)
}

// ChoiceP is RandomState.choice(n, shape, replace, p), drawn as
// [Generator.ChoiceP] but from the legacy stream, with the legacy messages.
func (rs *RandomState) ChoiceP(n int, p []float64, replace bool, shape ...int) *ndarray.Array[int64] {
	return rs.choiceIndex(n, p, replace, shape, false)
}

// ChoiceFrom is rng.choice(a, shape, replace, p, axis) for an array a (or
// RandomState.choice(a, shape, replace, p), where a must be 1-d and axis
// 0): the sub-arrays of a along axis at indexes drawn as [Generator.ChoiceP]
// draws them from a population of a.shape[axis], i.e. a.take(idx, axis).
// The result's shape is a's with that axis replaced by shape. An empty
// axis panics when values are drawn, with NumPy's message.
//
// A 0-d a of an integer (or bool) dtype is NumPy's integer population:
// choice(np.array(n)) is choice(n), indexes into np.arange(n) drawn as
// [Generator.ChoiceP] draws them (axis is then unused), returned as T
// (NumPy returns them as int64). A 0-d float a panics with NumPy's message
// ("a must be a sequence or an integer, not <class 'numpy.ndarray'>" for a
// Generator, "a must be 1-dimensional or an integer" for a RandomState).
func ChoiceFrom[T ndarray.Elem](src Source, a *ndarray.Array[T], p []float64, replace bool, axis int, shape ...int) *ndarray.Array[T] {
	_, legacy := src.(*RandomState)
	nd := a.NDim()
	if nd == 0 {
		return choiceFromScalar(src, a, p, replace, legacy, shape)
	}
	if legacy {
		if nd != 1 {
			panic(&ndarray.ValueError{Msg: "a must be 1-dimensional"})
		}
		if axis != 0 {
			panic(&ndarray.ValueError{Msg: "RandomState.choice takes no axis"})
		}
	}
	if axis < -nd || axis >= nd {
		// a.shape[axis] in NumPy's Python code
		panic(&ndarray.IndexError{Index: axis, Msg: "tuple index out of range"})
	}
	if axis < 0 {
		axis += nd
	}
	idx := src.choiceIndex(a.Dim(axis), p, replace, shape, true)
	return ndarray.TakeAxis(a, idx, axis)
}

// choiceFromScalar is choice(a) for a 0-d a: an integer population of
// int(a), or NumPy's error for a float a.
func choiceFromScalar[T ndarray.Elem](src Source, a *ndarray.Array[T], p []float64, replace, legacy bool, shape []int) *ndarray.Array[T] {
	var zero T
	switch any(zero).(type) {
	case float64, float32:
		if legacy {
			panic(&ndarray.ValueError{Msg: "a must be 1-dimensional or an integer"})
		}
		panic(&ndarray.ValueError{Msg: "a must be a sequence or an integer, not <class 'numpy.ndarray'>"})
	}
	n := ndarray.AsType[int64](a).Data()[0]
	idx := src.choiceIndex(int(n), p, replace, shape, false)
	return ndarray.AsType[T](idx)
}

// checkP validates choice's p as NumPy does, in NumPy's order; legacy
// selects RandomState's wording.
func checkP(p []float64, n int, legacy bool) {
	if len(p) != n {
		if legacy {
			panic(&ndarray.ValueError{Msg: "'a' and 'p' must have same size"})
		}
		panic(&ndarray.ValueError{Msg: "a and p must have same size"})
	}
	if len(p) == 0 {
		// NumPy reads p[0] of an empty p in kahan_sum; nothing sums to 1.
		panic(&ndarray.ValueError{Msg: "probabilities do not sum to 1"})
	}
	sum := kahanSum(p)
	if math.IsNaN(sum) {
		panic(&ndarray.ValueError{Msg: "probabilities contain NaN"})
	}
	for _, v := range p {
		if v < 0 {
			panic(&ndarray.ValueError{Msg: "probabilities are not non-negative"})
		}
	}
	if atol := math.Sqrt(0x1p-52); math.Abs(sum-1) > atol {
		panic(&ndarray.ValueError{Msg: "probabilities do not sum to 1"})
	}
}

// kahanSum is NumPy's kahan_sum (compensated, from p[0]).
func kahanSum(p []float64) float64 {
	sum, c := p[0], 0.0
	for _, v := range p[1:] {
		y := v - c
		t := sum + y
		c = (t - sum) - y
		sum = t
	}
	return sum
}

// normalizedCDF is cdf = np.cumsum(p); cdf /= cdf[-1] (a sequential sum).
func normalizedCDF(p []float64, cdf []float64) {
	s := 0.0
	for i, v := range p {
		s += v
		cdf[i] = s
	}
	last := cdf[len(cdf)-1]
	for i := range cdf {
		cdf[i] /= last
	}
}

// searchRight is cdf.searchsorted(u, side='right'): the count of cdf
// values <= u.
func searchRight(cdf []float64, u float64) int64 {
	return int64(sort.Search(len(cdf), func(i int) bool { return cdf[i] > u }))
}

// choiceP is the p branch of choice (Generator's and RandomState's, which
// differ only in their uniform draws and one message).
func choiceP(uniforms func(n int) []float64, p []float64, replace bool, shape []int, size int, tooLarge string) *ndarray.Array[int64] {
	cdf := make([]float64, len(p))
	if replace {
		out := zeros[int64](shape)
		d := out.Data()
		normalizedCDF(p, cdf)
		for i, u := range uniforms(len(d)) {
			d[i] = searchRight(cdf, u)
		}
		return out
	}
	if size > len(p) {
		panic(&ndarray.ValueError{Msg: tooLarge})
	}
	nonzero := 0
	for _, v := range p {
		if v > 0 {
			nonzero++
		}
	}
	if nonzero < size {
		panic(&ndarray.ValueError{Msg: "Fewer non-zero entries in p than size"})
	}
	out := zeros[int64](shape)
	found := out.Data()
	q := append([]float64(nil), p...)
	seen := make(map[int64]bool)
	for n := 0; n < size; {
		x := uniforms(size - n)
		for _, j := range found[:n] {
			q[j] = 0
		}
		normalizedCDF(q, cdf)
		clear(seen)
		m := n
		for _, u := range x {
			// np.unique(new, return_index=True), the indexes sorted:
			// each new value at its first appearance, in order
			if v := searchRight(cdf, u); !seen[v] {
				seen[v] = true
				found[m] = v
				m++
			}
		}
		n = m
	}
	return out
}
