package ndarray

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/ndsimd/ndsimd/kernels"
)

// Result types follow NumPy's. Go fixes a function's result type, so each
// reduction whose NumPy result type differs from its input's has a plain
// form for the element types where the two agree and explicit wide forms:
//
//	np.sum / np.prod    float32, float64, int64, uint64: Sum, Prod (same type)
//	                    signed integers, bool: SumInt64, ProdInt64 (int64)
//	                    unsigned integers: SumUint64, ProdUint64 (uint64)
//	                    np.sum(a, dtype=R): SumAs[R] (wraps in R, explicitly)
//	np.mean, var, std   float32, float64: Mean, Var, Std (same type)
//	np.linalg.norm      any type: MeanFloat64, VarFloat64, StdFloat64, NormFloat64
//	np.max, min, argmax every type, bool included: Max, Min, ArgMax, ArgMin
//
// So ndarray.Sum of a uint8 image does not compile, and SumUint64 gives
// NumPy's 29267230 where a uint8 sum would wrap.

// Sum returns the sum of the elements over the given axes (every axis by
// default), as np.sum, for the element types whose NumPy sum has the same
// type: float32, float64, int64 and uint64 (integers wrap modulo 2⁶⁴, as
// NumPy's). Floats are summed pairwise or better, never in one
// left-to-right loop. For smaller integers and bool use [SumInt64] or
// [SumUint64], which give NumPy's wide result.
func Sum[T Float | int64 | uint64](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	red := planReduction(a.shape, opts)
	switch x := any(a).(type) {
	case *Array[float64]:
		return any(sumFloat(x, red)).(*Array[T])
	case *Array[float32]:
		return any(sumFloat(x, red)).(*Array[T])
	case *Array[int64]:
		return any(foldWide(x, red, widenInt64[int64], false)).(*Array[T])
	default:
		return any(foldWide(any(a).(*Array[uint64]), red, widenUint64[uint64], false)).(*Array[T])
	}
}

// SumInt64 returns the sum over the given axes as int64: NumPy's sum of a
// signed integer array, and of a bool array (the count of true elements).
// For unsigned input it is np.sum(a, dtype=np.int64) (the bits of NumPy's
// uint64 sum).
func SumInt64[T Integer | bool](a *Array[T], opts ...ReduceOption) *Array[int64] {
	a.valid()
	return foldWide(a, planReduction(a.shape, opts), widenInt64[T], false)
}

// SumUint64 returns the sum over the given axes as uint64: NumPy's sum of
// an unsigned integer array (of a uint8 image, for one), wrapping modulo
// 2⁶⁴ as NumPy's.
func SumUint64[T Unsigned | bool](a *Array[T], opts ...ReduceOption) *Array[uint64] {
	a.valid()
	return foldWide(a, planReduction(a.shape, opts), widenUint64[T], false)
}

// SumAs returns the sum over the given axes accumulated in R, as
// np.sum(a, dtype=R): each element is converted to R first, so an integer
// R wraps in R (SumAs[uint8] of a uint8 image is its sum modulo 256, asked
// for explicitly), and a float R sums pairwise.
func SumAs[R Number, T Number](a *Array[T], opts ...ReduceOption) *Array[R] {
	b := AsType[R](a)
	red := planReduction(b.shape, opts)
	switch x := any(b).(type) {
	case *Array[float64]:
		return any(sumFloat(x, red)).(*Array[R])
	case *Array[float32]:
		return any(sumFloat(x, red)).(*Array[R])
	}
	l := walkReduction(b, red, walkRows)
	out := make([]R, l.o*l.k)
	if l.k == 1 {
		l.each(func(i int, visit func(func([]R))) {
			var s R
			visit(func(c []R) {
				for _, v := range c {
					s += v
				}
			})
			out[i] = s
		})
	} else {
		l.rowBlocks(func(i int, rows []R) {
			acc := out[i*l.k : (i+1)*l.k]
			for t := range l.r {
				for j, v := range rows[t*l.k : (t+1)*l.k] {
					acc[j] += v
				}
			}
		})
	}
	return Wrap(out, red.outShape...)
}

func sumFloat[F kernels.Float](a *Array[F], red reduction) *Array[F] {
	if run, ok := wholeRun(a, red); ok {
		return resultOf(kernels.Sum(run), red)
	}
	l := walkReduction(a, red, walkRows)
	out := make([]F, l.o*l.k)
	if l.k == 1 {
		l.each(func(i int, visit func(func([]F))) {
			var s F
			visit(func(c []F) { s += kernels.Sum(c) })
			out[i] = s
		})
	} else {
		l.rowBlocks(func(i int, rows []F) { sumRows(out[i*l.k:(i+1)*l.k], rows, l.r, l.k) })
	}
	return Wrap(out, red.outShape...)
}

// foldWide sums (or, with mul, multiplies) the elements of a converted to
// W, in W's wrapping arithmetic.
func foldWide[W int64 | uint64, T Elem](a *Array[T], red reduction, widen func([]W, []T), mul bool) *Array[W] {
	l := walkReduction(a, red, walkRows)
	out := make([]W, l.o*l.k)
	if mul {
		for i := range out {
			out[i] = 1
		}
	}
	if l.k == 1 {
		buf := make([]W, min(l.r, chunkSize))
		l.each(func(i int, visit func(func([]T))) {
			acc := out[i]
			visit(func(c []T) {
				for lo := 0; lo < len(c); lo += len(buf) {
					b := buf[:min(len(buf), len(c)-lo)]
					widen(b, c[lo:lo+len(b)])
					if mul {
						for _, v := range b {
							acc *= v
						}
					} else {
						for _, v := range b {
							acc += v
						}
					}
				}
			})
			out[i] = acc
		})
		return Wrap(out, red.outShape...)
	}
	buf := make([]W, l.k)
	l.rowBlocks(func(i int, rows []T) {
		acc := out[i*l.k : (i+1)*l.k]
		for t := range l.r {
			widen(buf, rows[t*l.k:(t+1)*l.k])
			if mul {
				for j, v := range buf {
					acc[j] *= v
				}
			} else {
				for j, v := range buf {
					acc[j] += v
				}
			}
		}
	})
	return Wrap(out, red.outShape...)
}

// sumRows sets dst to the sum of the r rows of k elements, pairwise over
// the rows: leaves of up to 8 rows are added in order, and leaf sums are
// combined like a binary counter (two partial sums of the same level merge
// into one of the next), so the error grows with log(r) as in pairwise
// summation and every row is read once. dst holds the bottom partial sum
// (where the total ends), a leaf is added in one call of kernels.SumRows,
// and one scratch block of (levels-1) × k elements is the only allocation.
// (Tiling the columns to keep the partial sums in L1 measured slower; a
// leaf of 128 rows measured ~35% faster for 1000×1000, at the cost of a
// weaker error bound and different bits.)
func sumRows[F kernels.Float](dst, rows []F, r, k int) {
	const leaf = 8
	// addLeaf sets s to the sum, in order, of rows [lo, hi), in one pass
	// (SumRows: the additions of adding the rows one by one into s).
	addLeaf := func(s []F, lo, hi int) {
		kernels.SumRows(hi-lo, k, rows, lo*k, k, s)
	}
	if r <= leaf {
		if r == 0 {
			clear(dst)
			return
		}
		addLeaf(dst, 0, r)
		return
	}
	depth := bits.Len(uint(r/leaf)) + 1 // the most partial sums at once
	scratch := make([]F, (depth-1)*k)
	slot := func(i int) []F {
		if i == 0 {
			return dst
		}
		return scratch[(i-1)*k : i*k]
	}
	var levels [64]int
	level := levels[:0] // the level of each partial sum on the stack
	for lo := 0; lo < r; lo += leaf {
		addLeaf(slot(len(level)), lo, min(lo+leaf, r))
		level = append(level, 0)
		for n := len(level); n >= 2 && level[n-1] == level[n-2]; n = len(level) {
			kernels.Add(slot(n-2), slot(n-2), slot(n-1))
			level = level[:n-1]
			level[n-2]++
		}
	}
	for n := len(level); n >= 2; n = len(level) {
		kernels.Add(slot(n-2), slot(n-2), slot(n-1))
		level = level[:n-1]
	}
}

// Prod returns the product of the elements over the given axes, as np.prod,
// for float32, float64, int64 and uint64 (the types whose NumPy product has
// the same type; integers wrap modulo 2⁶⁴); the product of no elements is 1.
// For smaller integers and bool use [ProdInt64] or [ProdUint64].
func Prod[T Float | int64 | uint64](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	red := planReduction(a.shape, opts)
	switch x := any(a).(type) {
	case *Array[float64]:
		return any(prodFloat(x, red)).(*Array[T])
	case *Array[float32]:
		return any(prodFloat(x, red)).(*Array[T])
	case *Array[int64]:
		return any(foldWide(x, red, widenInt64[int64], true)).(*Array[T])
	default:
		return any(foldWide(any(a).(*Array[uint64]), red, widenUint64[uint64], true)).(*Array[T])
	}
}

// ProdInt64 returns the product over the given axes as int64, wrapping:
// NumPy's prod of a signed integer or bool array.
func ProdInt64[T Integer | bool](a *Array[T], opts ...ReduceOption) *Array[int64] {
	a.valid()
	return foldWide(a, planReduction(a.shape, opts), widenInt64[T], true)
}

// ProdUint64 returns the product over the given axes as uint64, wrapping:
// NumPy's prod of an unsigned integer array.
func ProdUint64[T Unsigned | bool](a *Array[T], opts ...ReduceOption) *Array[uint64] {
	a.valid()
	return foldWide(a, planReduction(a.shape, opts), widenUint64[T], true)
}

func prodFloat[F Float](a *Array[F], red reduction) *Array[F] {
	l := walkReduction(a, red, walkRows)
	out := make([]F, l.o*l.k)
	for i := range out {
		out[i] = 1
	}
	if l.k == 1 {
		l.each(func(i int, visit func(func([]F))) {
			acc := F(1)
			visit(func(c []F) {
				for _, v := range c {
					acc *= v
				}
			})
			out[i] = acc
		})
	} else {
		l.rowBlocks(func(i int, rows []F) {
			acc := out[i*l.k : (i+1)*l.k]
			for t := range l.r {
				for j, v := range rows[t*l.k : (t+1)*l.k] {
					acc[j] *= v
				}
			}
		})
	}
	return Wrap(out, red.outShape...)
}

// Max returns the largest element over the given axes, as np.max (amax),
// for every element type (for bool, whether any is true): NaN when any of
// them is NaN (the first), and for a zero result the sign of the last zero,
// as NumPy's scalar loop (max([-0., 0.]) is 0.). It panics with a
// *ValueError when it reduces no elements, which have no identity, even if
// the result is empty (NumPy's "zero-size array to reduction operation
// maximum which has no identity").
func Max[T Elem](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	return extreme(a, opts, "maximum", true)
}

// Min returns the smallest element over the given axes, as np.min (amin)
// (for bool, whether all are true); see [Max] for NaN, zeros and empty
// reductions.
func Min[T Elem](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	return extreme(a, opts, "minimum", false)
}

func extreme[T Elem](a *Array[T], opts []ReduceOption, name string, isMax bool) *Array[T] {
	red := planReduction(a.shape, opts)
	noIdentity(red, name)
	switch x := any(a).(type) {
	case *Array[float64]:
		return any(extremeFloat(x, red, isMax)).(*Array[T])
	case *Array[float32]:
		return any(extremeFloat(x, red, isMax)).(*Array[T])
	}
	less := lessOf[T]()
	better := func(v, m T) bool { return (isMax && less(m, v)) || (!isMax && less(v, m)) }
	l := walkReduction(a, red, walkRows|walkCOrder)
	out := make([]T, l.o*l.k)
	if l.k == 1 {
		l.each(func(i int, visit func(func([]T))) {
			first := true
			var m T
			visit(func(c []T) {
				if first {
					m, first = c[0], false
				}
				for _, v := range c {
					if better(v, m) {
						m = v
					}
				}
			})
			out[i] = m
		})
		return Wrap(out, red.outShape...)
	}
	l.rowBlocks(func(i int, rows []T) {
		acc := out[i*l.k : (i+1)*l.k]
		copy(acc, rows[:l.k])
		for t := 1; t < l.r; t++ {
			for j, v := range rows[t*l.k : (t+1)*l.k] {
				if better(v, acc[j]) {
					acc[j] = v
				}
			}
		}
	})
	return Wrap(out, red.outShape...)
}

func extremeFloat[F kernels.Float](a *Array[F], red reduction, isMax bool) *Array[F] {
	l := walkReduction(a, red, walkRows|walkCOrder)
	out := make([]F, l.o*l.k)
	if l.k == 1 {
		l.each(func(i int, visit func(func([]F))) {
			first := true
			var m F
			visit(func(c []F) {
				var v F
				if isMax {
					v = kernels.Max(c)
				} else {
					v = kernels.Min(c)
				}
				// Chunks combine as elements do: the first NaN stays, and a
				// later value equal to m replaces it (the last zero's sign).
				switch {
				case first:
					m, first = v, false
				case m != m:
				case v != v, v == m, isMax && v > m, !isMax && v < m:
					m = v
				}
			})
			out[i] = m
		})
		return Wrap(out, red.outShape...)
	}
	l.rowBlocks(func(i int, rows []F) {
		dst := out[i*l.k : (i+1)*l.k]
		copy(dst, rows[:l.k])
		for t := 1; t < l.r; t++ {
			// maximum(acc, row) keeps acc's NaN and takes row on a tie.
			if isMax {
				kernels.Maximum(dst, dst, rows[t*l.k:(t+1)*l.k])
			} else {
				kernels.Minimum(dst, dst, rows[t*l.k:(t+1)*l.k])
			}
		}
	})
	return Wrap(out, red.outShape...)
}

// Mean returns the arithmetic mean of a float array over the given axes, as
// np.mean: the sum divided by the count (NaN for no elements), in T. For
// integer and bool arrays, whose NumPy mean is float64, use [MeanFloat64].
func Mean[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	red := planReduction(a.shape, opts)
	s := sumFloat(a, red)
	for i := range s.data {
		s.data[i] /= T(red.count)
	}
	return s
}

// MeanFloat64 returns the mean over the given axes as float64, for any
// element type: NumPy's np.mean of an integer or bool array, and
// np.mean(a, dtype=np.float64) of a float32 one. Elements are converted to
// float64 and summed pairwise, as NumPy does.
func MeanFloat64[T Elem](a *Array[T], opts ...ReduceOption) *Array[float64] {
	a.valid()
	red := planReduction(a.shape, opts)
	l := walkReduction(a, red, walkRuns)
	out := make([]float64, l.o)
	buf := floatBuf[T](l.r)
	l.each(func(i int, visit func(func([]T))) {
		var s float64
		visitFloat64(visit, buf)(func(c []float64) { s += pairwiseSum(c) })
		out[i] = s / float64(red.count)
	})
	return Wrap(out, red.outShape...)
}

// visitFloat64 turns a visitor of T chunks into one of float64 chunks,
// converted in buf (of min(r, chunkSize) elements, made once per
// reduction by floatBuf).
func visitFloat64[T Elem](visit func(func([]T)), buf []float64) func(func([]float64)) {
	if v, ok := any(visit).(func(func([]float64))); ok {
		return v
	}
	return func(g func([]float64)) {
		visit(func(c []T) {
			for lo := 0; lo < len(c); lo += len(buf) {
				b := buf[:min(len(buf), len(c)-lo)]
				widenFloat64(b, c[lo:lo+len(b)])
				g(b)
			}
		})
	}
}

func floatBuf[T Elem](r int) []float64 {
	if isFloat64[T]() {
		return nil
	}
	return make([]float64, min(r, chunkSize))
}

func isFloat64[T Elem]() bool {
	_, ok := any(*new(T)).(float64)
	return ok
}

// pairwiseSum is NumPy's pairwise summation (pairwise_sum in
// loops_utils.h): below 8 elements a loop from 0; up to 128, eight
// accumulators combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)) then the
// rest; above, two halves split at a multiple of 8. Var and Std use it so
// that small exact inputs round as NumPy's do (var(eye(3)) is
// 0.2222222222222222).
func pairwiseSum[F Float](x []F) F {
	n := len(x)
	switch {
	case n < 8:
		var s F
		for _, v := range x {
			s += v
		}
		return s
	case n <= 128:
		var r [8]F
		copy(r[:], x[:8])
		i := 8
		for ; i < n-n%8; i += 8 {
			for j := range 8 {
				r[j] += x[i+j]
			}
		}
		s := ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
		for ; i < n; i++ {
			s += x[i]
		}
		return s
	}
	n2 := n / 2
	n2 -= n2 % 8
	return pairwiseSum(x[:n2]) + pairwiseSum(x[n2:])
}

// Var returns the variance of a float array over the given axes, as np.var:
// the sum of squared deviations from the mean divided by max(N-ddof, 0)
// ([DDof], 0 by default), computed in T with NumPy's two passes (the mean,
// then the pairwise sum of squared deviations). For integer and bool
// arrays use [VarFloat64].
func Var[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	return moments(a, opts, false)
}

// Std returns the standard deviation over the given axes, as np.std: the
// square root of [Var] (with the same [DDof]).
func Std[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	return moments(a, opts, true)
}

// VarFloat64 returns the variance as float64 for any element type: NumPy's
// np.var of integer and bool arrays (np.var(a, dtype=np.float64) of
// float32 ones).
func VarFloat64[T Elem](a *Array[T], opts ...ReduceOption) *Array[float64] {
	a.valid()
	return momentsFloat64(a, opts, false)
}

// StdFloat64 returns the standard deviation as float64 for any element
// type: the square root of [VarFloat64].
func StdFloat64[T Elem](a *Array[T], opts ...ReduceOption) *Array[float64] {
	a.valid()
	return momentsFloat64(a, opts, true)
}

func moments[F Float](a *Array[F], opts []ReduceOption, root bool) *Array[F] {
	red := planReduction(a.shape, opts)
	l := walkReduction(a, red, walkRuns)
	out := make([]F, l.o)
	v := newVarRun[F](l.r, red.count, configOf(opts).ddof, root)
	l.each(func(i int, visit func(func([]F))) { out[i] = v.run(visit) })
	return Wrap(out, red.outShape...)
}

func momentsFloat64[T Elem](a *Array[T], opts []ReduceOption, root bool) *Array[float64] {
	red := planReduction(a.shape, opts)
	l := walkReduction(a, red, walkRuns)
	out := make([]float64, l.o)
	v := newVarRun[float64](l.r, red.count, configOf(opts).ddof, root)
	buf := floatBuf[T](l.r)
	l.each(func(i int, visit func(func([]T))) { out[i] = v.run(visitFloat64(visit, buf)) })
	return Wrap(out, red.outShape...)
}

// varRun is NumPy's _var of runs of n elements: the mean (pairwise sum
// over n), then the pairwise sum of the squared deviations, divided by
// max(n-ddof, 0); its square root when root is set. Its method values are
// made once, so a run costs no allocation.
type varRun[F Float] struct {
	n, ddof     int
	root        bool
	s, mean, ss F
	dev         []F
	sum, sq     func([]F)
}

func newVarRun[F Float](r, n, ddof int, root bool) *varRun[F] {
	v := &varRun[F]{n: n, ddof: ddof, root: root, dev: make([]F, min(r, chunkSize))}
	v.sum, v.sq = v.addSum, v.addSq
	return v
}

func (v *varRun[F]) addSum(c []F) { v.s += pairwiseSum(c) }

func (v *varRun[F]) addSq(c []F) {
	for lo := 0; lo < len(c); lo += len(v.dev) {
		d := v.dev[:min(len(v.dev), len(c)-lo)]
		for j, x := range c[lo : lo+len(d)] {
			x -= v.mean
			d[j] = x * x
		}
		v.ss += pairwiseSum(d)
	}
}

func (v *varRun[F]) run(visit func(func([]F))) F {
	v.s, v.ss = 0, 0
	visit(v.sum)
	v.mean = v.s / F(v.n)
	visit(v.sq)
	r := v.ss / F(max(v.n-v.ddof, 0))
	if v.root {
		r = F(math.Sqrt(float64(r)))
	}
	return r
}

// Norm returns the 2-norm (the square root of the sum of squares) over the
// given axes, as np.linalg.norm(a, axis=..., keepdims=...) with the default
// ord: over every axis (no Axis) the 2-norm of the flattened array, over
// one axis the vector norms, over two the Frobenius norms. More axes, or
// Axis() with none, panic with NumPy's *ValueError "Improper number of
// dimensions to norm."; two equal axes with "Duplicate axes given.". For
// integer and bool arrays, whose NumPy norm is float64, use [NormFloat64].
func Norm[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	red := planNorm(a.shape, opts)
	l := walkReduction(a, red, walkRuns)
	out := make([]T, l.o)
	l.each(func(i int, visit func(func([]T))) {
		var s T
		visit(func(c []T) { s += kernels.SumSq(c) })
		out[i] = T(math.Sqrt(float64(s)))
	})
	return Wrap(out, red.outShape...)
}

// NormFloat64 returns the 2-norm as float64 for any element type, as
// np.linalg.norm gives for integer and bool arrays (see [Norm]).
func NormFloat64[T Elem](a *Array[T], opts ...ReduceOption) *Array[float64] {
	a.valid()
	red := planNorm(a.shape, opts)
	l := walkReduction(a, red, walkRuns)
	out := make([]float64, l.o)
	buf := floatBuf[T](l.r)
	l.each(func(i int, visit func(func([]T))) {
		var s float64
		visitFloat64(visit, buf)(func(c []float64) { s += kernels.SumSq(c) })
		out[i] = math.Sqrt(s)
	})
	return Wrap(out, red.outShape...)
}

// planNorm checks the axes as np.linalg.norm does, then plans the
// reduction.
func planNorm(shape []int, opts []ReduceOption) reduction {
	c := configOf(opts)
	if c.axes != nil {
		switch len(c.axes) {
		case 1:
		case 2:
			if normalizeAxis(c.axes[0], len(shape)) == normalizeAxis(c.axes[1], len(shape)) {
				panic(&ValueError{Msg: "Duplicate axes given."})
			}
		default:
			panic(&ValueError{Msg: "Improper number of dimensions to norm."})
		}
	}
	return planReduction(shape, opts)
}

// ArgMax returns the indexes of the largest elements along one axis (or in
// the flattened array without Axis), as np.argmax, for every element type:
// the first one, or the first NaN. It panics with a *ValueError when the
// axis is empty, even if the result is empty.
func ArgMax[T Elem](a *Array[T], opts ...ReduceOption) *Array[int64] {
	a.valid()
	return argExtreme(a, opts, "argmax", true)
}

// ArgMin returns the indexes of the smallest elements along one axis (or in
// the flattened array), as np.argmin.
func ArgMin[T Elem](a *Array[T], opts ...ReduceOption) *Array[int64] {
	a.valid()
	return argExtreme(a, opts, "argmin", false)
}

func argExtreme[T Elem](a *Array[T], opts []ReduceOption, name string, isMax bool) *Array[int64] {
	if c := configOf(opts); c.axes != nil && len(c.axes) != 1 {
		panic(&ValueError{Msg: fmt.Sprintf("%s takes one axis or none, not %d", name, len(c.axes))})
	}
	red := planReduction(a.shape, opts)
	if red.count == 0 {
		panic(&ValueError{Msg: "attempt to get " + name + " of an empty sequence"})
	}
	l := walkReduction(a, red, walkCOrder)
	out := make([]int64, l.o)
	if l.contiguousRuns() && argRows(l, out, isMax) {
		return Wrap(out, red.outShape...)
	}
	arg := argOf[T](isMax)
	if l.contiguousRuns() {
		l.eachRun(func(i int, run []T) { out[i] = int64(arg(run)) })
		return Wrap(out, red.outShape...)
	}
	less := lessOf[T]()
	l.each(func(i int, visit func(func([]T))) {
		best, k, off := *new(T), -1, 0
		visit(func(c []T) {
			j := arg(c)
			v := c[j]
			switch {
			case k < 0:
				best, k = v, off+j
			case best != best: // a NaN: the first stays
			case v != v, isMax && less(best, v), !isMax && less(v, best):
				best, k = v, off+j
			}
			off += len(c)
		})
		out[i] = int64(k)
	})
	return Wrap(out, red.outShape...)
}

// argRows computes a float argmax (isMax) or argmin whose runs are the rows
// of a matrix (runMatrix) with one call of the kernels' ArgMaxRows or
// ArgMinRows, reporting whether it could.
func argRows[T Elem](l *reduceWalk[T], out []int64, isMax bool) bool {
	rows, off, ld, ok := l.runMatrix()
	if !ok {
		return false
	}
	switch data := any(l.data).(type) {
	case []float64:
		f := kernels.ArgMinRows[float64]
		if isMax {
			f = kernels.ArgMaxRows[float64]
		}
		f(rows, l.r, data, off, ld, out)
	case []float32:
		f := kernels.ArgMinRows[float32]
		if isMax {
			f = kernels.ArgMaxRows[float32]
		}
		f(rows, l.r, data, off, ld, out)
	default:
		return false
	}
	return true
}

// argOf returns the index of the first largest (smallest) element of a
// non-empty run, or of its first NaN.
func argOf[T Elem](isMax bool) func([]T) int {
	var z T
	switch any(z).(type) {
	case float64:
		f := kernels.ArgMin[float64]
		if isMax {
			f = kernels.ArgMax[float64]
		}
		return any(f).(func([]T) int)
	case float32:
		f := kernels.ArgMin[float32]
		if isMax {
			f = kernels.ArgMax[float32]
		}
		return any(f).(func([]T) int)
	}
	less := lessOf[T]()
	return func(run []T) int {
		k := 0
		for i, v := range run {
			if (isMax && less(run[k], v)) || (!isMax && less(v, run[k])) {
				k = i
			}
		}
		return k
	}
}
