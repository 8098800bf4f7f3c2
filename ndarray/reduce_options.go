package ndarray

import "fmt"

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
	if len(opts) == 0 {
		// The options see a pointer to c, which moves it to the heap:
		// declared past this return, the common call allocates nothing.
		return reduceConfig{}
	}
	var c reduceConfig
	for _, o := range opts {
		o(&c)
	}
	return c
}

// reduction is a planned reduction of an array: which axes go, and the
// result's shape.
type reduction struct {
	reduced  uint64 // bit i: input axis i is reduced (MaxDims <= 64)
	outShape []int
	count    int // the number of elements each result reduces
}

// isReduced reports whether input axis i is reduced.
func (r reduction) isReduced(i int) bool { return r.reduced>>i&1 != 0 }

func planReduction(shape []int, opts []ReduceOption) reduction {
	c := configOf(opts)
	n := len(shape)
	var r reduction
	switch {
	case c.axes == nil:
		r.reduced = 1<<n - 1
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
			r.reduced |= 1 << ax
		}
	}
	r.count = 1
	kept := 0
	for i, d := range shape {
		if r.isReduced(i) {
			r.count *= d
		}
		if !r.isReduced(i) || c.keepDims {
			kept++
		}
	}
	if kept > 0 {
		r.outShape = make([]int, 0, kept)
	}
	for i, d := range shape {
		switch {
		case !r.isReduced(i):
			r.outShape = append(r.outShape, d)
		case c.keepDims:
			r.outShape = append(r.outShape, 1)
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
