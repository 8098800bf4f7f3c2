package random

import (
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
)

// Source is a generator that can shuffle and choose: *Generator or
// *RandomState.
type Source interface {
	bits() bitGen
	// choiceIndex draws the indexes of choice from a population of n.
	choiceIndex(n int, p []float64, replace bool, shape []int, fromArray bool) *ndarray.Array[int64]
}

func (g *Generator) bits() bitGen { return g.bg }

// ShuffleWith is rng.shuffle(a) (or RandomState.shuffle): it permutes a in
// place along axis 0, drawing the swap indices as NumPy does (for i from
// len-1 down to 1, j = random_interval(i)).
func ShuffleWith[T ndarray.Elem](src Source, a *ndarray.Array[T]) {
	if a.ReadOnly() {
		panic(&ndarray.ValueError{Msg: "array is read-only"})
	}
	if a.NDim() == 0 {
		panic(&ndarray.AxisError{Axis: 0, NDim: 0, Msg: "axis 0 is out of bounds for array of dimension 0"})
	}
	shuffleAxis0(src.bits(), a)
}

// ShuffleAxis is rng.shuffle(a, axis=axis): a permuted in place along
// axis, the sub-arrays along it moved whole, drawn as [ShuffleWith] draws
// (the legacy RandomState.shuffle has no axis). A negative axis counts
// from the end; one out of range panics with NumPy's *ndarray.AxisError.
func ShuffleAxis[T ndarray.Elem](g *Generator, a *ndarray.Array[T], axis int) {
	if a.ReadOnly() {
		panic(&ndarray.ValueError{Msg: "array is read-only"})
	}
	shuffleAxis0(g.bg, axisFirst(a, axis))
}

// PermutedAxis is rng.permutation(a, axis=axis): a shuffled copy of a
// along axis (a itself is left alone), drawn as [ShuffleAxis] draws (NumPy
// shuffles an index array of the same length with the same draws).
func PermutedAxis[T ndarray.Elem](g *Generator, a *ndarray.Array[T], axis int) *ndarray.Array[T] {
	axisFirst(a, axis) // the axis check before the copy
	out := a.Copy()
	ShuffleAxis(g, out, axis)
	return out
}

// axisFirst is np.swapaxes(a, 0, axis) (a view), with NumPy's AxisError
// for an axis out of range.
func axisFirst[T ndarray.Elem](a *ndarray.Array[T], axis int) *ndarray.Array[T] {
	nd := a.NDim()
	if axis < -nd || axis >= nd {
		panic(&ndarray.AxisError{Axis: axis, NDim: nd,
			Msg: fmt.Sprintf("axis %d is out of bounds for array of dimension %d", axis, nd)})
	}
	if axis < 0 {
		axis += nd
	}
	if axis == 0 {
		return a
	}
	perm := make([]int, nd)
	for i := range perm {
		perm[i] = i
	}
	perm[0], perm[axis] = axis, 0
	return a.Transpose(perm...)
}

// shuffleAxis0 is the shuffle loop along axis 0 of an array of at least
// one dimension.
func shuffleAxis0[T ndarray.Elem](b bitGen, a *ndarray.Array[T]) {
	n := a.Dim(0)
	if a.Size() == 0 {
		return
	}
	if d, ok := a.Contiguous(); ok && a.NDim() == 1 {
		for i := n - 1; i >= 1; i-- {
			j := int(randomInterval(b, uint64(i)))
			d[i], d[j] = d[j], d[i]
		}
		return
	}
	var buf *ndarray.Array[T]
	for i := n - 1; i >= 1; i-- {
		j := int(randomInterval(b, uint64(i)))
		if i == j {
			continue
		}
		ri, rj := a.Index(i), a.Index(j)
		if buf == nil {
			buf = rj.Copy()
		} else {
			buf.Assign(rj)
		}
		rj.Assign(ri)
		ri.Assign(buf)
	}
}

// PermutedWith is rng.permutation(a) for an array: a shuffled copy of a
// along axis 0 (a itself is left alone).
func PermutedWith[T ndarray.Elem](src Source, a *ndarray.Array[T]) *ndarray.Array[T] {
	out := a.Copy()
	ShuffleWith(src, out)
	return out
}

// Permutation is rng.permutation(n): np.arange(n) shuffled.
func (g *Generator) Permutation(n int) *ndarray.Array[int64] {
	return permutation(g, n)
}

func permutation(src Source, n int) *ndarray.Array[int64] {
	if n < 0 {
		n = 0
	}
	out := ndarray.Zeros[int64](n)
	d := out.Data()
	for i := range d {
		d[i] = int64(i)
	}
	ShuffleWith(src, out)
	return out
}

// Choice is rng.choice(n, shape, replace): indices into np.arange(n). With
// replacement they are rng.integers(0, n, shape). Without, NumPy's
// Generator takes Floyd's algorithm with a hash set and then shuffles the
// sample, unless n > 10000 and the sample is more than n/50, when it
// shuffles the tail of np.arange(n); both are reproduced. It panics with
// NumPy's messages when n <= 0 for a non-empty sample or, without
// replacement, when the sample is larger than n. [Generator.ChoiceP] takes
// probabilities, [ChoiceFrom] chooses from an array.
func (g *Generator) Choice(n int, replace bool, shape ...int) *ndarray.Array[int64] {
	return g.choiceIndex(n, nil, replace, shape, false)
}

func (g *Generator) choiceIndex(n int, p []float64, replace bool, shape []int, fromArray bool) *ndarray.Array[int64] {
	size := sampleSize(shape)
	if n <= 0 && size != 0 {
		if fromArray {
			panic(&ndarray.ValueError{Msg: "a cannot be empty unless no samples are taken"})
		}
		panic(&ndarray.ValueError{Msg: "a must be a positive integer unless no samples are taken"})
	}
	if p != nil {
		checkP(p, n, false)
		return choiceP(g.uniforms, p, replace, shape, size, "Cannot take a larger sample than population when replace is False")
	}
	if replace {
		return g.Integers(0, int64(n), shape...)
	}
	if size > n {
		panic(&ndarray.ValueError{Msg: "Cannot take a larger sample than population when replace is False"})
	}
	out := zeros[int64](shape)
	d := out.Data()
	if size == 0 {
		return out
	}
	if n > 10000 && size > n/50 {
		idx := make([]int64, n)
		for i := range idx {
			idx[i] = int64(i)
		}
		shuffleTail(g.bg, idx, max(n-size, 1))
		copy(d, idx[n-size:])
		return out
	}
	floyd(g.bg, n, d)
	shuffleTail(g.bg, d, 1)
	return out
}

// uniforms is rng.random((n,)) as a slice.
func (g *Generator) uniforms(n int) []float64 {
	u := make([]float64, n)
	fillDoubles(g.bg, u)
	return u
}

// sampleSize is the product of a sample's shape; a negative dimension
// panics with NumPy's message.
func sampleSize(shape []int) int {
	size := 1
	for _, s := range shape {
		if s < 0 {
			panic(&ndarray.ValueError{Msg: "negative dimensions are not allowed"})
		}
		size *= s
	}
	return size
}

// shuffleTail is _shuffle_int(n, first): for i from n-1 down to first, swap
// with j = random_bounded_uint64(0, i) (Lemire, not random_interval).
func shuffleTail(b bitGen, d []int64, first int) {
	for i := len(d) - 1; i >= first; i-- {
		j := boundedUint64(b, 0, uint64(i))
		d[i], d[j] = d[j], d[i]
	}
}

// floyd is the Floyd sample of Generator.choice: for j from n-size to n-1,
// draw val in [0, j] and keep it unless already taken, else keep j; the set
// of taken values is an open-addressing table of a power-of-two size at
// least 1.2*size, probed linearly, as NumPy's is (its probing does not
// change the draws, only the bookkeeping).
func floyd(b bitGen, n int, out []int64) {
	size := len(out)
	mask := genMask(uint64(1.2 * float64(size)))
	set := make([]uint64, mask+1)
	const empty = ^uint64(0)
	for i := range set {
		set[i] = empty
	}
	for j := n - size; j < n; j++ {
		val := boundedUint64(b, 0, uint64(j))
		loc := val & mask
		for set[loc] != empty && set[loc] != val {
			loc = (loc + 1) & mask
		}
		if set[loc] == empty {
			set[loc] = val
			out[j-n+size] = int64(val)
			continue
		}
		loc = uint64(j) & mask
		for set[loc] != empty {
			loc = (loc + 1) & mask
		}
		set[loc] = uint64(j)
		out[j-n+size] = int64(j)
	}
}
