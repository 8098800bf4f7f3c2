package ndarray

import "fmt"

// Slice is one axis of a basic slice, Python's start:stop:step. The zero
// value is ":" (the whole axis). HasStart and HasStop false mean the start
// or stop was left out, as in "::-1"; a Step of 0 in the struct is a step
// left out (Python's None), which means 1. An explicit step of 0 is refused
// as in Python: SS and Step panic with a *ValueError "slice step cannot be
// zero".
type Slice struct {
	Start, Stop, Step int
	HasStart, HasStop bool
}

// S is the slice start:stop.
func S(start, stop int) Slice {
	return Slice{Start: start, Stop: stop, Step: 1, HasStart: true, HasStop: true}
}

// SS is the slice start:stop:step.
func SS(start, stop, step int) Slice {
	mustStep(step)
	return Slice{Start: start, Stop: stop, Step: step, HasStart: true, HasStop: true}
}

// All is the slice ":".
func All() Slice { return Slice{Step: 1} }

// From is the slice "start:".
func From(start int) Slice { return Slice{Start: start, Step: 1, HasStart: true} }

// To is the slice ":stop".
func To(stop int) Slice { return Slice{Stop: stop, Step: 1, HasStop: true} }

// Step is the slice "::step"; Step(-1) reverses an axis.
func Step(step int) Slice {
	mustStep(step)
	return Slice{Step: step}
}

// mustStep panics with Python's ValueError for a step of 0.
func mustStep(step int) {
	if step == 0 {
		panic(&ValueError{Msg: "slice step cannot be zero"})
	}
}

// indices returns the first index, the step and the count of the slice on
// an axis of length n, clipping start and stop exactly as Python's
// slice.indices does.
func (s Slice) indices(n int) (start, step, count int) {
	step = s.Step
	if step == 0 {
		step = 1 // a Step of 0 in the struct is a step left out
	}
	clip := func(i, lo, hi int) int {
		if i < 0 {
			i += n
			if i < lo {
				i = lo
			}
		} else if i > hi {
			i = hi
		}
		return i
	}
	var stop int
	if step > 0 {
		start, stop = 0, n
		if s.HasStart {
			start = clip(s.Start, 0, n)
		}
		if s.HasStop {
			stop = clip(s.Stop, 0, n)
		}
		if stop > start {
			count = (stop-start-1)/step + 1
		}
	} else {
		start, stop = n-1, -1
		if s.HasStart {
			start = clip(s.Start, -1, n-1)
		}
		if s.HasStop {
			stop = clip(s.Stop, -1, n-1)
		}
		if start > stop {
			count = (start-stop-1)/(-step) + 1
		}
	}
	return start, step, count
}

// Slice returns the view a[s0, s1, ...]: one Slice per leading axis, the
// remaining axes whole. Out-of-range bounds are clipped as in Python. It
// panics with an *IndexError if there are more slices than axes.
func (a *Array[T]) Slice(s ...Slice) *Array[T] {
	a.valid()
	if len(s) > len(a.shape) {
		panic(&IndexError{Msg: fmt.Sprintf("too many indices for array: array is %d-dimensional, but %d were indexed", len(a.shape), len(s))})
	}
	v := a.view(a.shape, a.strides, a.offset)
	for k, sl := range s {
		start, step, count := sl.indices(a.shape[k])
		if count > 0 {
			v.offset += start * a.strides[k]
		}
		v.shape[k] = count
		v.strides[k] = a.strides[k] * step
	}
	return v
}

// Index returns the view a[i0, i1, ...]: the sub-array at the given indexes
// of the leading axes, which it drops (so a 2-D array's Index(1) is its
// second row). Negative indexes count from the end.
func (a *Array[T]) Index(idx ...int) *Array[T] {
	a.valid()
	if len(idx) > len(a.shape) {
		panic(&IndexError{Msg: fmt.Sprintf("too many indices for array: array is %d-dimensional, but %d were indexed", len(a.shape), len(idx))})
	}
	offset := a.offsetOf(idx)
	k := len(idx)
	return a.view(a.shape[k:], a.strides[k:], offset)
}
