package random

import (
	"github.com/ndsimd/ndsimd/ndarray"
)

// Source is a generator that can shuffle: *Generator or *RandomState.
type Source interface {
	bits() bitGen
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
	n := a.Dim(0)
	if a.Size() == 0 {
		return
	}
	b := src.bits()
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
// replacement, when the sample is larger than n.
func (g *Generator) Choice(n int, replace bool, shape ...int) *ndarray.Array[int64] {
	size := 1
	for _, s := range shape {
		if s < 0 {
			panic(&ndarray.ValueError{Msg: "negative dimensions are not allowed"})
		}
		size *= s
	}
	if n <= 0 && size != 0 {
		panic(&ndarray.ValueError{Msg: "a must be a positive integer unless no samples are taken"})
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
