package ndarray

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Zeros returns a new array of the given shape filled with zeros. Like every
// constructor it panics with a *ShapeError for a negative dimension, and
// with a *ValueError in NumPy's words for more than [MaxDims] axes, for a
// shape whose size in bytes overflows int ("array is too big; ...") and
// for one larger than the Go runtime can allocate ("Unable to allocate
// ...").
func Zeros[T Elem](shape ...int) *Array[T] {
	return Wrap(allocate[T](shape), shape...)
}

// Full returns a new array of the given shape filled with v.
func Full[T Elem](v T, shape ...int) *Array[T] {
	data := allocate[T](shape)
	for i := range data {
		data[i] = v
	}
	return Wrap(data, shape...)
}

// Ones returns a new array of the given shape filled with ones.
func Ones[T Number](shape ...int) *Array[T] { return Full(T(1), shape...) }

// Arange returns the 1-D array start, start+step, ... up to but not
// including stop, as np.arange. It panics with a *ValueError if step is 0,
// if the length is NaN ("arange: cannot compute length", as for a NaN
// bound), if it does not fit an int ("Maximum allowed size exceeded", as
// for an infinite bound) or if the array would be too big (see [Zeros]).
func Arange[T Number](start, stop, step T) *Array[T] {
	if step == 0 {
		panic(&ValueError{Msg: "arange: step must not be zero"})
	}
	n := arangeLength(float64(stop)-float64(start), float64(step))
	data := allocate[T]([]int{n})
	for i := range data {
		data[i] = start + T(i)*step
	}
	return Wrap(data, n)
}

// arangeLength is NumPy's length of arange: ceil(delta/step), refusing a
// NaN and a length outside int the same way on every architecture (Go's
// float-to-int conversion of such values differs between amd64 and
// arm64).
func arangeLength(delta, step float64) int {
	v := delta / step
	if v == 0 && delta != 0 { // delta/step underflowed: one element or none
		if math.Signbit(v) {
			return 0
		}
		return 1
	}
	v = math.Ceil(v)
	switch {
	case math.IsNaN(v):
		panic(&ValueError{Msg: "arange: cannot compute length"})
	case v >= 1<<63 || v < -(1<<63):
		panic(&ValueError{Msg: "Maximum allowed size exceeded"})
	case v < 0:
		return 0
	}
	return int(v)
}

// Linspace returns num evenly spaced values from start to stop, both
// included, as np.linspace. It panics with a *ValueError for a negative
// num or one too big to allocate (see [Zeros]).
func Linspace[T Float](start, stop T, num int) *Array[T] {
	if num < 0 {
		panic(&ValueError{Msg: fmt.Sprintf("Number of samples, %d, must be non-negative.", num)})
	}
	data := allocate[T]([]int{num})
	if num == 1 {
		data[0] = start
	}
	if num > 1 {
		step := (float64(stop) - float64(start)) / float64(num-1)
		for i := range data {
			data[i] = T(float64(start) + float64(i)*step)
		}
		data[num-1] = stop
	}
	return Wrap(data, num)
}

// Eye returns the n×n identity matrix.
func Eye[T Number](n int) *Array[T] {
	a := Zeros[T](n, n)
	for i := range n {
		a.data[i*n+i] = 1
	}
	return a
}

// NewRand returns a random source seeded with seed (PCG), so that the
// random arrays made from it repeat from run to run.
func NewRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
}

// RandUniform returns an array of the given shape with values drawn
// uniformly from [0, 1), from r.
func RandUniform[T Float](r *rand.Rand, shape ...int) *Array[T] {
	data := allocate[T](shape)
	for i := range data {
		data[i] = T(r.Float64())
	}
	return Wrap(data, shape...)
}

// RandNormal returns an array of the given shape with values drawn from the
// standard normal distribution, from r.
func RandNormal[T Float](r *rand.Rand, shape ...int) *Array[T] {
	data := allocate[T](shape)
	for i := range data {
		data[i] = T(r.NormFloat64())
	}
	return Wrap(data, shape...)
}
