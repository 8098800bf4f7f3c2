package ndarray

import (
	"fmt"

	"github.com/ndsimd/ndsimd/broadcast"
)

// ReduceOption sets how a reduction such as [Sum] works: over which axes
// ([Axis]), whether reduced axes stay as length 1 ([KeepDims]) and, for
// [Var] and [Std], the delta degrees of freedom ([DDof]).
type ReduceOption func(*reduceConfig)

type reduceConfig struct {
	axes     []int // nil: every axis
	keepDims bool
	ddof     int
}

// Axis reduces over the given axes (negative ones count from the end), as
// NumPy's axis=. Without Axis a reduction is over every axis; Axis() with no
// axes reduces over none, as axis=(). A 0-d array takes axis 0 and -1, as
// NumPy does.
func Axis(axes ...int) ReduceOption {
	axes = append([]int{}, axes...)
	return func(c *reduceConfig) { c.axes = axes }
}

// KeepDims keeps the reduced axes in the result with length 1 when keep is
// true, so the result broadcasts against the input, as NumPy's keepdims=True.
func KeepDims(keep bool) ReduceOption {
	return func(c *reduceConfig) { c.keepDims = keep }
}

// DDof sets the delta degrees of freedom of [Var] and [Std] (and their
// Float64 forms), as NumPy's ddof=: the sum of squared deviations is divided
// by max(N-ddof, 0) (N-ddof = 0 gives NaN or +Inf, as NumPy). Other
// reductions ignore it.
func DDof(ddof int) ReduceOption {
	return func(c *reduceConfig) { c.ddof = ddof }
}

func configOf(opts []ReduceOption) reduceConfig {
	var c reduceConfig
	for _, o := range opts {
		o(&c)
	}
	return c
}

// reduction is a planned reduction of an array: which axes go, and the
// result's shape.
type reduction struct {
	reduced  []bool // per input axis
	outShape []int
	count    int // the number of elements each result reduces
}

func planReduction(shape []int, opts []ReduceOption) reduction {
	c := configOf(opts)
	n := len(shape)
	r := reduction{reduced: make([]bool, n)}
	switch {
	case c.axes == nil:
		for i := range r.reduced {
			r.reduced[i] = true
		}
	case n == 0:
		// NumPy lets a 0-d array reduce over axis 0 (or -1): the result is
		// the element itself.
		for _, ax := range c.axes {
			if ax != 0 && ax != -1 {
				panic(axisError(ax, 0))
			}
		}
	default:
		for _, ax := range normalizeAxes(c.axes, n) {
			r.reduced[ax] = true
		}
	}
	r.outShape = []int{}
	r.count = 1
	for i, d := range shape {
		switch {
		case !r.reduced[i]:
			r.outShape = append(r.outShape, d)
		case c.keepDims:
			r.outShape = append(r.outShape, 1)
		}
		if r.reduced[i] {
			r.count *= d
		}
	}
	return r
}

// noIdentity panics with NumPy's ValueError when the reduction op, which
// has no identity (maximum, minimum), reduces no elements: NumPy raises
// even when the result itself is empty.
func noIdentity(red reduction, op string) {
	if red.count == 0 {
		panic(&ValueError{Msg: fmt.Sprintf("zero-size array to reduction operation %s which has no identity", op)})
	}
}

// chunkSize is the most elements a strided run is gathered into at once
// (NumPy's ufunc buffer size), so that a reduction of a view never copies
// more than this per call.
const chunkSize = 8192

// layout is an array's elements arranged for a reduction, read in place.
// A C-contiguous array whose reduced axes are adjacent has data set: o
// blocks, each of r rows of k contiguous elements; the result has o*k
// elements, and element (i, j) of it reduces data[i*r*k + j + t*k] for
// t < r. Any other array (a transposed, sliced or broadcast view, or
// reduced axes apart) has k == 1 and src set: each result's run of r
// elements is read through the strides, a chunk at a time.
type layout[T Elem] struct {
	data    []T
	o, r, k int

	src                    *Array[T]
	keptShape, keptStrides []int
	redShape, redStrides   []int // collapsed: adjacent axes merged
	buf                    []T
	idx                    []int // stream's multi-index
}

// arrange returns the layout of a for the reduction. With rows false the
// layout always has k == 1 (each result reduces one run).
func arrange[T Elem](a *Array[T], red reduction, rows bool) *layout[T] {
	first, last := -1, -1
	adjacent := true
	for i, r := range red.reduced {
		if r {
			if first < 0 {
				first = i
			} else if last != i-1 {
				adjacent = false
			}
			last = i
		}
	}
	prod := func(s []int) int {
		p := 1
		for _, d := range s {
			p *= d
		}
		return p
	}
	if data, ok := a.Contiguous(); ok && (adjacent || first < 0) {
		if first < 0 { // nothing reduced: each element is its own run
			return &layout[T]{data: data, o: len(data), r: 1, k: 1}
		}
		l := &layout[T]{data: data, o: prod(a.shape[:first]), r: prod(a.shape[first : last+1]), k: prod(a.shape[last+1:])}
		if l.k == 1 || rows {
			return l
		}
	}
	l := &layout[T]{src: a, o: 1, r: red.count, k: 1}
	for i, d := range a.shape {
		if red.reduced[i] {
			if d == 1 {
				continue
			}
			if n := len(l.redShape); n > 0 && l.redStrides[n-1] == a.strides[i]*d {
				l.redShape[n-1] *= d
				l.redStrides[n-1] = a.strides[i]
				continue
			}
			l.redShape = append(l.redShape, d)
			l.redStrides = append(l.redStrides, a.strides[i])
		} else {
			l.o *= d
			l.keptShape = append(l.keptShape, d)
			l.keptStrides = append(l.keptStrides, a.strides[i])
		}
	}
	return l
}

// each calls f for every result element i, in the order broadcast.Iter
// walks them (C order for the results, coalesced), with a visitor that
// streams the elements of i's run, in C order, as consecutive chunks; f may
// call visit more than once. The chunks alias the array or a scratch
// buffer: they must not be written or kept.
func (l *layout[T]) each(f func(i int, visit func(func(chunk []T)))) {
	// One visitor serves every result (a closure per result would allocate
	// per result).
	v := &runVisitor[T]{l: l}
	visit := v.visit
	if l.src == nil {
		for i := range l.o {
			v.base = i * l.r
			f(i, visit)
		}
		return
	}
	// The results are walked by the ufuncs' planner, broadcast.Iter, with
	// the result (C order) as operand 0 and the kept axes of the source as
	// operand 1; each result's run is then streamed in C order of the
	// reduced axes, so the order of its elements (and the sum's bits) does
	// not depend on the walk.
	it := broadcast.NewIter(l.keptShape, []int{0, l.src.offset}, broadcast.ContiguousStrides(l.keptShape), l.keptStrides)
	st := it.Strides()
	for it.Next() {
		o := it.Offsets()
		for j := range it.Len() {
			v.base = o[1] + j*st[1]
			f(o[0]+j*st[0], visit)
		}
	}
}

// runVisitor streams the run of the result whose run starts at base.
type runVisitor[T Elem] struct {
	l    *layout[T]
	base int
}

func (v *runVisitor[T]) visit(g func([]T)) {
	if l := v.l; l.src == nil {
		g(l.data[v.base : v.base+l.r])
	} else {
		l.stream(v.base, g)
	}
}

// stream passes the run that starts at offset base to g in chunks.
func (l *layout[T]) stream(base int, g func([]T)) {
	if l.r == 0 {
		return
	}
	data := l.src.data
	n := len(l.redShape)
	if n == 0 {
		g(data[base : base+1])
		return
	}
	if n == 1 && l.redStrides[0] == 1 {
		g(data[base : base+l.r])
		return
	}
	if l.buf == nil {
		l.buf = make([]T, min(l.r, chunkSize))
	}
	buf := l.buf
	fill := 0
	inner, is := l.redShape[n-1], l.redStrides[n-1]
	if l.idx == nil {
		l.idx = make([]int, n-1)
	}
	idx := l.idx
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
			p += l.redStrides[j]
			if idx[j] < l.redShape[j] {
				break
			}
			p -= idx[j] * l.redStrides[j]
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

// rowBlocks calls f for each block: the destination index of its k results
// and the block's r rows of k elements (only for a layout with data).
func (l *layout[T]) rowBlocks(f func(i int, rows []T)) {
	for i := range l.o {
		f(i, l.data[i*l.r*l.k:(i+1)*l.r*l.k])
	}
}

// runs calls f with each result's run of r elements as one slice (layouts
// made with rows false): the data in place when it is arranged, else the
// run gathered through the strides into a reused buffer. f must not keep
// or change the run.
func (l *layout[T]) runs(f func(i int, run []T)) {
	if l.src == nil {
		for i := range l.o {
			f(i, l.data[i*l.r:(i+1)*l.r])
		}
		return
	}
	buf := make([]T, l.r)
	l.each(func(i int, visit func(func(chunk []T))) {
		n := 0
		visit(func(chunk []T) { n += copy(buf[n:], chunk) })
		f(i, buf[:n])
	})
}
