package ndarray

import "github.com/ndsimd/ndsimd/broadcast"

// chunkSize is the most elements a strided run is gathered into at once
// (NumPy's ufunc buffer size), so that a reduction of a view never copies
// more than this per call.
const chunkSize = 8192

// walkAxis is one coalesced axis of a reduction's walk: its length and the
// strides of the result (0 on a reduced axis) and of the input.
type walkAxis struct{ n, out, in int }

// reduceWalk is how a reduction reads its input, planned by the ufuncs'
// planner: broadcast.Iter over the input's shape with two operands, the
// result (C strides on the kept axes, stride 0 on the reduced ones, as
// NumPy's reduce) and the input. The Iter orders the axes by the strides,
// flips the ones walked backwards, drops length-1 axes and merges what
// chains; its coalesced axes are then split into the kept ones (result
// stride ≠ 0), which number the results, and the reduced ones, which
// every result's run walks.
//
// Two forms follow from that geometry, the one contiguous/strided choice
// of the reductions:
//
//   - rows (k > 1, asked for by the caller): the walk is o blocks of r rows
//     of k contiguous elements, result i*k+j reducing data[base+i*r*k+t*k+j]
//     over t < r (axis 0 of a C array, say): rows are combined with
//     elementwise kernels, as NumPy's reduce adds rows into the output.
//   - runs (k == 1, o results each of r elements): each result's run is
//     passed to the caller as one slice when it is contiguous (directly to
//     the Sum/Max kernels), else gathered through the strides in chunks of
//     at most chunkSize, in the walk's order of the reduced axes.
type reduceWalk[T Elem] struct {
	data    []T
	base    int // input offset of the walk's first element
	o, r, k int
	kept    []walkAxis // outermost first
	red     []walkAxis // outermost first; out is 0
	buf     []T        // stream's chunk
	idx     []int      // stream's odometer
}

// walkForm is what a reduction's loop can take: walkRuns, or a
// combination of walkRows and walkCOrder.
type walkForm int

const (
	// walkRuns: each result reduces one run, its elements in the walk's
	// order (memory order for a view, as NumPy), for loops whose result
	// does not depend on the order beyond rounding.
	walkRuns walkForm = 0
	// walkRows: the rows form when the geometry allows it.
	walkRows walkForm = 1
	// walkCOrder: the elements in C order of the reduced axes
	// (broadcast.NewIterCOrder), for loops that report positions (argmax)
	// or keep the last of equal elements (the sign of max's zero).
	walkCOrder walkForm = 2
)

// walkReduction plans the reduction red of a for a loop of the given form.
func walkReduction[T Elem](a *Array[T], red reduction, form walkForm) *reduceWalk[T] {
	w := &reduceWalk[T]{data: a.data, base: a.offset, o: 1, r: red.count, k: 1}
	for i, d := range a.shape {
		if !red.isReduced(i) {
			w.o *= d
		}
	}
	if w.o == 0 || w.r == 0 {
		// No elements to walk: o results of nothing (NumPy's identity).
		return w
	}
	if data, ok := wholeRun(a, red); ok {
		w.red = []walkAxis{{n: len(data), in: 1}}
		return w
	}
	// The result's C strides on the kept axes, 0 on the reduced ones.
	var outBuf [MaxDims]int
	out := outBuf[:len(a.shape)]
	s := 1
	for i := len(a.shape) - 1; i >= 0; i-- {
		if !red.isReduced(i) {
			out[i] = s
			s *= a.shape[i]
		}
	}
	newIter := broadcast.NewIter
	if form&walkCOrder != 0 {
		newIter = broadcast.NewIterCOrder
	}
	it := newIter(a.shape, []int{0, a.offset}, out, a.strides)
	w.base = it.Offsets()[1]
	for ax, n := range it.Shape() {
		x := walkAxis{n: n, out: it.AxisStride(ax, 0), in: it.AxisStride(ax, 1)}
		if x.out == 0 {
			w.red = append(w.red, x)
		} else {
			w.kept = append(w.kept, x)
		}
	}
	if form&walkRows != 0 {
		w.asRows()
	}
	return w
}

// asRows switches the walk to the rows form when its geometry is o blocks
// of r rows of k > 1 contiguous elements, numbered as the results are.
func (w *reduceWalk[T]) asRows() {
	nk := len(w.kept)
	if len(w.red) != 1 || nk == 0 || nk > 2 {
		return
	}
	in := w.kept[nk-1]
	k, r := in.n, w.red[0].n
	if in.out != 1 || in.in != 1 || w.red[0].in != k {
		return
	}
	if nk == 2 && (w.kept[0].out != k || w.kept[0].in != r*k) {
		return
	}
	w.o, w.k = w.o/k, k
}

// each calls f for every result element i, in the order broadcast.Iter
// walks them, with a visitor that streams the elements of i's run as
// consecutive chunks; f may call visit more than once. The chunks alias
// the array or a scratch buffer: they must not be written or kept. Only
// for walks with k == 1.
func (w *reduceWalk[T]) each(f func(i int, visit func(func(chunk []T)))) {
	// One visitor serves every result (a closure per result would allocate
	// per result).
	v := &runVisitor[T]{w: w}
	visit := v.visit
	if w.r == 0 || len(w.kept) == 0 {
		for i := range w.o {
			v.base = w.base
			f(i, visit)
		}
		return
	}
	var sh, os, is [MaxDims]int
	for ax, x := range w.kept {
		sh[ax], os[ax], is[ax] = x.n, x.out, x.in
	}
	nk := len(w.kept)
	it := broadcast.NewIter(sh[:nk], []int{0, w.base}, os[:nk], is[:nk])
	st := it.Strides()
	for it.Next() {
		o := it.Offsets()
		for j := range it.Len() {
			v.base = o[1] + j*st[1]
			f(o[0]+j*st[0], visit)
		}
	}
}

// contiguousRuns reports whether every result's run is one contiguous
// slice and the runs start at a constant stride along one kept axis (or
// there is a single run): the axis=-1 reduction of a C-contiguous array or
// of a view of whole rows, which eachRun walks without the visitor.
func (w *reduceWalk[T]) contiguousRuns() bool {
	return w.k == 1 && w.r > 0 && len(w.red) == 1 && w.red[0].in == 1 && len(w.kept) <= 1
}

// eachRun calls f for every result i with its run, a slice of the array,
// for walks where contiguousRuns holds. f must not change the run.
func (w *reduceWalk[T]) eachRun(f func(i int, run []T)) {
	if len(w.kept) == 0 {
		for i := range w.o {
			f(i, w.data[w.base:w.base+w.r])
		}
		return
	}
	x := w.kept[0]
	p, q := w.base, 0
	for range x.n {
		f(q, w.data[p:p+w.r:p+w.r])
		p += x.in
		q += x.out
	}
}

// runMatrix returns, for walks where contiguousRuns holds, the runs as the
// rows of a matrix: row i (result i) starts at data[off+i*ld]; ok is false
// when the runs do not step forward by at least their length (a reversed
// or overlapping view), or the results are not numbered one by one.
func (w *reduceWalk[T]) runMatrix() (rows, off, ld int, ok bool) {
	if len(w.kept) == 0 {
		return w.o, w.base, w.r, w.o == 1
	}
	x := w.kept[0]
	return x.n, w.base, x.in, x.out == 1 && x.in >= w.r
}

// runVisitor streams the run of the result whose run starts at base.
type runVisitor[T Elem] struct {
	w    *reduceWalk[T]
	base int
}

func (v *runVisitor[T]) visit(g func([]T)) { v.w.stream(v.base, g) }

// stream passes the run that starts at offset base to g: in one piece when
// it is contiguous, else in chunks gathered in the walk's order.
func (w *reduceWalk[T]) stream(base int, g func([]T)) {
	if w.r == 0 {
		return
	}
	data := w.data
	n := len(w.red)
	if n == 0 {
		g(data[base : base+1])
		return
	}
	if n == 1 && w.red[0].in == 1 {
		g(data[base : base+w.r])
		return
	}
	if w.buf == nil {
		w.buf = make([]T, min(w.r, chunkSize))
		w.idx = make([]int, n-1)
	}
	buf, idx := w.buf, w.idx
	fill := 0
	inner, is := w.red[n-1].n, w.red[n-1].in
	p := base
	for {
		for t := range inner {
			buf[fill] = data[p+t*is]
			fill++
			if fill == len(buf) {
				g(buf)
				fill = 0
			}
		}
		j := n - 2
		for ; j >= 0; j-- {
			idx[j]++
			p += w.red[j].in
			if idx[j] < w.red[j].n {
				break
			}
			p -= idx[j] * w.red[j].in
			idx[j] = 0
		}
		if j < 0 {
			break
		}
	}
	if fill > 0 {
		g(buf[:fill])
	}
}

// wholeRun returns a's elements as one slice when the reduction has a
// single result and a is C-contiguous (NumPy's trivial loop): the walk
// broadcast.Iter would plan is then one axis of stride 1, and a reduction
// can pass the slice to its kernel without planning (no allocation).
func wholeRun[T Elem](a *Array[T], red reduction) ([]T, bool) {
	if red.count != a.Size() || red.count == 0 {
		return nil, false
	}
	return a.Contiguous()
}

// resultOf returns the single result v of red as an array of red's shape.
func resultOf[T Elem](v T, red reduction) *Array[T] {
	if len(red.outShape) == 0 {
		return Scalar(v)
	}
	return Wrap([]T{v}, red.outShape...)
}

// rowBlocks calls f for each block of a rows walk: the destination index
// of its k results and the block's r rows of k elements.
func (w *reduceWalk[T]) rowBlocks(f func(i int, rows []T)) {
	n := w.r * w.k
	for i := range w.o {
		f(i, w.data[w.base+i*n:w.base+(i+1)*n])
	}
}

// runs calls f with each result's run of r elements as one slice (walks
// not made with walkRows): the data in place when it is contiguous, else the
// run gathered through the strides into a reused buffer. f must not keep
// or change the run.
func (w *reduceWalk[T]) runs(f func(i int, run []T)) {
	var buf []T
	w.each(func(i int, visit func(func(chunk []T))) {
		var run []T
		visit(func(chunk []T) {
			if run == nil && len(chunk) == w.r {
				run = chunk
				return
			}
			if buf == nil {
				buf = make([]T, w.r)
			}
			if run == nil {
				run = buf[:0]
			}
			run = append(run, chunk...)
		})
		if run == nil {
			run = []T{}
		}
		f(i, run)
	})
}
