package broadcast

import "slices"

// Iter walks N operands of one shape run by run, as NumPy's nditer does with
// an external inner loop. Operand 0 is normally the output.
//
// At construction:
//
//   - The axes are put in order of decreasing absolute stride of operand 0,
//     so the smallest strides are innermost; ties are broken by operand 1,
//     then 2, ..., and full ties keep C order. As in NumPy, a stride of 0
//     counts as a tie (a broadcast or reduced axis states no preference), so
//     a reduction over axis 0 of a C-ordered input walks axis 1 innermost,
//     where both the output and the input are contiguous.
//   - An axis on which every operand has a stride <= 0 (and one < 0) is
//     flipped to walk forwards from its other end.
//   - Axes of size 1 are dropped.
//   - Adjacent axes are merged when stride[outer] == stride[inner]*shape[inner]
//     for every operand.
//
// The innermost remaining axis gives the runs; the others are walked by an
// odometer that updates the offsets incrementally. The runs visit exactly the
// element tuples (one offset per operand) of an element-by-element walk of
// the original shape, in some order. A 0-d shape is one run of length 1; a
// shape with a zero-size axis has no runs.
//
// A typical loop, where element j of a run is at Offsets()[op] +
// j*Strides()[op] in operand op (inner strides may be 0 or negative):
//
//	it := broadcast.NewIter(shape, []int{outOff, xOff}, outStrides, xStrides)
//	st := it.Strides()
//	for it.Next() {
//		off := it.Offsets()
//		for j := range it.Len() {
//			out[off[0]+j*st[0]] = f(x[off[1]+j*st[1]])
//		}
//	}
//
// An Iter is not safe for concurrent use; use [Iter.Split] to give each
// goroutine its own.
type Iter struct {
	nop   int
	shape []int // coalesced shape, outer..inner; empty for a single run of one element
	n     int   // run length
	inner []int // inner stride per operand
	outer []int // outer axis sizes (shape without its last axis)
	ostr  []int // outer strides, ostr[ax*nop+op]
	back  []int // (outer[ax]-1)*ostr[ax*nop+op], to rewind an axis
	runs  int   // total number of runs

	lo, hi   int   // this iterator's runs are [lo, hi)
	startOff []int // offsets at run lo
	startCnt []int // odometer at run lo

	pos int   // current run; lo-1 before the first Next
	off []int // current offsets
	cnt []int // current odometer
}

// NewIter returns an iterator over operands that all have the given shape
// (already broadcast: strides may be 0 or negative). offsets[op] is the
// element offset of operand op's first element (nil means all 0), and
// strides[op] its strides in elements, one per axis. It panics with a
// [*ShapeError] if a dimension is negative, the size overflows int, or
// offsets or strides have the wrong length. The arguments are copied.
func NewIter(shape []int, offsets []int, strides ...[]int) *Iter {
	return newIter(false, shape, offsets, strides)
}

// NewIterCOrder is [NewIter] walking the elements in C order of shape (as
// NumPy's nditer with order='C'): the axes are neither reordered nor
// flipped, only length-1 axes dropped and chained axes merged. It is for
// loops whose result depends on the order, such as the index that argmax
// reports.
func NewIterCOrder(shape []int, offsets []int, strides ...[]int) *Iter {
	return newIter(true, shape, offsets, strides)
}

func newIter(cOrder bool, shape []int, offsets []int, strides [][]int) *Iter {
	size, err := Size(shape)
	if err != nil {
		panic(err)
	}
	nop, nd := len(strides), len(shape)
	if offsets != nil && len(offsets) != nop {
		panic(&ShapeError{Shape: append([]int{}, shape...), Msg: "mismatch in number of offsets and operands"})
	}
	for _, s := range strides {
		if len(s) != nd {
			panic(&ShapeError{Shape: append([]int{}, shape...), Msg: "mismatch in length of strides and shape"})
		}
	}

	// One allocation for every int slice of the iterator and the scratch
	// space: axis strides (nd*nop) and axis order (nd) for construction,
	// then shape, inner, ostr, back, startOff, startCnt, off, cnt.
	buf := make([]int, nd*nop+nd+max(nd, 1)+nop+2*nd*nop+nop+nd+nop+nd)
	take := func(n int) []int {
		s := buf[:n:n]
		buf = buf[n:]
		return s
	}
	axStr := take(nd * nop) // axStr[d*nop+op]: operand op's stride on axis d
	order := take(nd)       // kept axes, outermost first
	it := &Iter{nop: nop}
	it.shape = take(max(nd, 1))
	it.inner = take(nop)
	it.ostr = take(nd * nop)
	it.back = take(nd * nop)
	it.startOff = take(nop)
	it.startCnt = take(nd)
	it.off = take(nop)
	it.cnt = take(nd)
	base := it.startOff
	copy(base, offsets)

	if size == 0 {
		it.shape = it.shape[:1]
		it.shape[0] = 0
		it.build()
		return it
	}

	// Keep the axes of size > 1, each with its strides.
	order = order[:0]
	for d, n := range shape {
		if n == 1 {
			continue
		}
		s := axStr[d*nop : d*nop+nop]
		neg, pos := false, false
		for op := range nop {
			v := strides[op][d]
			s[op] = v
			neg = neg || v < 0
			pos = pos || v > 0
		}
		if neg && !pos && !cOrder {
			// Every operand walks this axis backwards (or not at all):
			// walk it forwards from the other end.
			for op := range nop {
				base[op] += s[op] * (n - 1)
				s[op] = -s[op]
			}
		}
		order = append(order, d)
	}

	// Stable insertion sort, outermost first: a goes before b when the
	// first operand whose strides on a and b are different and both
	// non-zero has the larger absolute stride on a. As in NumPy, a stride
	// 0 (a broadcast or reduced axis) expresses no preference, so a
	// reduction over axis 0 still walks the contiguous axis 1 innermost.
	outerThan := func(a, b int) bool {
		for op := range nop {
			x, y := abs(axStr[a*nop+op]), abs(axStr[b*nop+op])
			if x != y && x != 0 && y != 0 {
				return x > y
			}
		}
		return false
	}
	for i := 1; i < len(order) && !cOrder; i++ {
		for j := i; j > 0 && outerThan(order[j], order[j-1]); j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}

	// Merge from the inside out, building the coalesced axes innermost
	// first: sizes in it.shape, strides in it.ostr (reversed below).
	m := 0
	for i := len(order) - 1; i >= 0; i-- {
		d := order[i]
		s := axStr[d*nop : d*nop+nop]
		if m > 0 {
			in := it.ostr[(m-1)*nop : m*nop]
			n := it.shape[m-1]
			chain := true
			for op, v := range s {
				if v != in[op]*n {
					chain = false
					break
				}
			}
			if chain {
				it.shape[m-1] *= shape[d]
				continue
			}
		}
		it.shape[m] = shape[d]
		copy(it.ostr[m*nop:], s)
		m++
	}
	it.shape = it.shape[:m]
	slices.Reverse(it.shape)
	if m > 0 {
		copy(it.inner, it.ostr[:nop])
		// Outer strides, outermost first.
		for lo, hi := 0, m-1; lo < hi; lo, hi = lo+1, hi-1 {
			for op := range nop {
				it.ostr[lo*nop+op], it.ostr[hi*nop+op] = it.ostr[hi*nop+op], it.ostr[lo*nop+op]
			}
		}
		it.ostr = it.ostr[:(m-1)*nop]
	}
	it.build()
	return it
}

// build fills the derived fields from shape and ostr and sets the range to
// all runs; startOff holds the offsets of the first element.
func (it *Iter) build() {
	nd := len(it.shape)
	it.n = 1
	it.outer = nil
	if nd > 0 {
		it.n = it.shape[nd-1]
		it.outer = it.shape[:nd-1]
	}
	it.runs = 1
	for _, n := range it.outer {
		it.runs *= n
	}
	if it.n == 0 {
		it.runs = 0
		it.outer = nil
	}
	it.ostr = it.ostr[:len(it.outer)*it.nop]
	it.back = it.back[:len(it.ostr)]
	for ax, n := range it.outer {
		for op := range it.nop {
			it.back[ax*it.nop+op] = it.ostr[ax*it.nop+op] * (n - 1)
		}
	}
	it.lo, it.hi = 0, it.runs
	it.startCnt = it.startCnt[:len(it.outer)]
	it.cnt = it.cnt[:len(it.outer)]
	it.Reset()
}

// Reset rewinds the iterator to before its first run.
func (it *Iter) Reset() {
	copy(it.off, it.startOff)
	copy(it.cnt, it.startCnt)
	it.pos = it.lo - 1
}

// Next advances to the next run and reports whether there is one. Call it
// before the first run. It does not allocate.
func (it *Iter) Next() bool {
	if it.pos+1 >= it.hi {
		it.pos = it.hi
		return false
	}
	it.pos++
	if it.pos == it.lo {
		return true // off already holds the offsets of run lo
	}
	nop := it.nop
	off := it.off[:nop]
	for ax := len(it.outer) - 1; ax >= 0; ax-- {
		c := it.cnt[ax] + 1
		if c < it.outer[ax] {
			it.cnt[ax] = c
			for op, s := range it.ostr[ax*nop : ax*nop+nop] {
				off[op] += s
			}
			return true
		}
		it.cnt[ax] = 0
		for op, s := range it.back[ax*nop : ax*nop+nop] {
			off[op] -= s
		}
	}
	return true // not reached: pos < hi <= Runs() leaves a digit to carry into
}

// Offsets returns the element offset, per operand, of the first element of
// the current run (before the first [Iter.Next], of the first run). The slice is owned by the iterator and changes with
// [Iter.Next]; do not modify it.
func (it *Iter) Offsets() []int { return it.off }

// AxisStride returns operand op's stride, in elements, on coalesced axis ax
// of [Iter.Shape] (outermost first; the last axis is the runs' axis, whose
// stride is Strides()[op]). With Shape and the offsets before the first
// [Iter.Next] it describes the whole walk, so a caller can plan work over
// several runs (a reduction's rows, for one).
func (it *Iter) AxisStride(ax, op int) int {
	if ax == len(it.shape)-1 {
		return it.inner[op]
	}
	return it.ostr[ax*it.nop+op]
}

// Len returns the length of every run: the size of the innermost coalesced
// axis (1 for a 0-d shape, 0 when there are no runs).
func (it *Iter) Len() int { return it.n }

// Strides returns the stride, in elements, of each operand within a run. It
// is the same for every run; do not modify it.
func (it *Iter) Strides() []int { return it.inner }

// Runs returns the total number of runs of the full iteration (not only of a
// sub-iterator made by [Iter.Split]).
func (it *Iter) Runs() int { return it.runs }

// Shape returns the coalesced shape, outermost axis first, whose last axis is
// the run length. It is empty when everything is a single run of one element
// (a 0-d or all-ones shape) and (0) when there are no runs. Do not modify it.
func (it *Iter) Shape() []int { return it.shape }

// NumOperands returns the number of operands.
func (it *Iter) NumOperands() int { return it.nop }

// Index returns the number of the current run in [0, Runs()), valid after
// [Iter.Next] returned true; for a sub-iterator from [Iter.Split] it counts
// in the full iteration.
func (it *Iter) Index() int { return it.pos }

// Range returns the runs [lo, hi) that this iterator walks: all of them for
// an iterator from [NewIter], a part for one from [Iter.Split].
func (it *Iter) Range() (lo, hi int) { return it.lo, it.hi }

// Split divides this iterator's runs into min(k, n) contiguous ranges of
// nearly equal size (they differ by at most one run), where n is the number
// of runs in its range, and returns a fresh iterator for each, in order.
// Together they walk every run exactly once, and each can be used in its own
// goroutine. With k < 1 or no runs it returns a single fresh iterator. The
// receiver is not changed.
func (it *Iter) Split(k int) []*Iter {
	n := it.hi - it.lo
	k = min(max(k, 1), max(n, 1))
	out := make([]*Iter, k)
	q, r := n/k, n%k
	lo := it.lo
	for i := range out {
		hi := lo + q
		if i < r {
			hi++
		}
		out[i] = it.sub(lo, hi)
		lo = hi
	}
	return out
}

// sub returns a fresh iterator over runs [lo, hi), sharing the read-only
// geometry with it.
func (it *Iter) sub(lo, hi int) *Iter {
	s := *it
	s.lo, s.hi = lo, hi
	s.startOff = make([]int, it.nop)
	s.startCnt = make([]int, len(it.outer))
	s.off = make([]int, it.nop)
	s.cnt = make([]int, len(it.outer))
	// Offsets at run 0, then the odometer digits of lo.
	for op := range it.nop {
		s.startOff[op] = it.startOff[op]
	}
	for ax := range it.outer {
		for op := range it.nop {
			s.startOff[op] -= it.startCnt[ax] * it.ostr[ax*it.nop+op]
		}
	}
	rem := lo
	for ax := len(it.outer) - 1; ax >= 0 && rem > 0; ax-- {
		c := rem % it.outer[ax]
		rem /= it.outer[ax]
		s.startCnt[ax] = c
		for op := range it.nop {
			s.startOff[op] += c * it.ostr[ax*it.nop+op]
		}
	}
	s.Reset()
	return &s
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
