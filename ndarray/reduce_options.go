package ndarray

// ReduceOption sets how a reduction such as [Sum] works: over which axes
// ([Axis]) and whether reduced axes stay as length 1 ([KeepDims]).
type ReduceOption func(*reduceConfig)

type reduceConfig struct {
	axes     []int // nil: every axis
	keepDims bool
}

// Axis reduces over the given axes (negative ones count from the end), as
// NumPy's axis=. Without Axis a reduction is over every axis; Axis() with no
// axes reduces over none, as axis=().
func Axis(axes ...int) ReduceOption {
	axes = append([]int{}, axes...)
	return func(c *reduceConfig) { c.axes = axes }
}

// KeepDims keeps the reduced axes in the result with length 1 when keep is
// true, so the result broadcasts against the input, as NumPy's keepdims=True.
func KeepDims(keep bool) ReduceOption {
	return func(c *reduceConfig) { c.keepDims = keep }
}

// reduction is a planned reduction of an array: which axes go, and the
// result's shape.
type reduction struct {
	reduced  []bool // per input axis
	outShape []int
}

func planReduction(shape []int, opts []ReduceOption) reduction {
	var c reduceConfig
	for _, o := range opts {
		o(&c)
	}
	n := len(shape)
	r := reduction{reduced: make([]bool, n)}
	if c.axes == nil {
		for i := range r.reduced {
			r.reduced[i] = true
		}
	} else {
		for _, ax := range normalizeAxes(c.axes, n) {
			r.reduced[ax] = true
		}
	}
	r.outShape = []int{}
	for i, d := range shape {
		switch {
		case !r.reduced[i]:
			r.outShape = append(r.outShape, d)
		case c.keepDims:
			r.outShape = append(r.outShape, 1)
		}
	}
	return r
}

// layout is an array's elements arranged for a reduction: o blocks, each of
// r rows of k contiguous elements; the result has o*k elements, and element
// (i, j) of it reduces data[i*r*k + j + t*k] for t < r.
type layout[T Elem] struct {
	data    []T
	o, r, k int
}

// arrange returns the layout of a for the reduction. With rows false the
// layout always has k == 1 (each result reduces one contiguous run).
func arrange[T Elem](a *Array[T], red reduction, rows bool) layout[T] {
	first, last := -1, -1
	contiguousBlock := true
	for i, r := range red.reduced {
		if r {
			if first < 0 {
				first = i
			} else if last != i-1 {
				contiguousBlock = false
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
	if first < 0 { // nothing reduced: each element is its own run
		return layout[T]{data: a.Values(), o: a.Size(), r: 1, k: 1}
	}
	if data, ok := a.Contiguous(); ok && contiguousBlock {
		l := layout[T]{data: data, o: prod(a.shape[:first]), r: prod(a.shape[first : last+1]), k: prod(a.shape[last+1:])}
		if l.k == 1 || rows {
			return l
		}
	}
	// Move the reduced axes last and copy, so each result is one run.
	var perm []int
	for i, r := range red.reduced {
		if !r {
			perm = append(perm, i)
		}
	}
	for i, r := range red.reduced {
		if r {
			perm = append(perm, i)
		}
	}
	b := a.Transpose(perm...)
	nKept := len(a.shape) - len(red.reduced) + countFalse(red.reduced)
	return layout[T]{data: b.Values(), o: prod(b.shape[:nKept]), r: prod(b.shape[nKept:]), k: 1}
}

// runs calls f for each result element's run of r elements (k == 1).
func (l layout[T]) runs(f func(i int, run []T)) {
	for i := range l.o {
		f(i, l.data[i*l.r:(i+1)*l.r])
	}
}

// rowBlocks calls f for each block: the destination of k results and the
// block's r rows of k elements.
func (l layout[T]) rowBlocks(f func(i int, rows []T)) {
	for i := range l.o {
		f(i, l.data[i*l.r*l.k:(i+1)*l.r*l.k])
	}
}

func countFalse(b []bool) int {
	n := 0
	for _, v := range b {
		if !v {
			n++
		}
	}
	return n
}
