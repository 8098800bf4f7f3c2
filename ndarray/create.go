package ndarray

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Zeros returns a new array of the given shape filled with zeros.
func Zeros[T Elem](shape ...int) *Array[T] {
	return Wrap(make([]T, checkedSize(shape)), shape...)
}

// Full returns a new array of the given shape filled with v.
func Full[T Elem](v T, shape ...int) *Array[T] {
	data := make([]T, checkedSize(shape))
	for i := range data {
		data[i] = v
	}
	return Wrap(data, shape...)
}

// Ones returns a new array of the given shape filled with ones.
func Ones[T Number](shape ...int) *Array[T] { return Full(T(1), shape...) }

// Arange returns the 1-D array start, start+step, ... up to but not
// including stop, as np.arange. It panics with a *ValueError if step is 0.
func Arange[T Number](start, stop, step T) *Array[T] {
	if step == 0 {
		panic(&ValueError{Msg: "arange: step must not be zero"})
	}
	n := int(math.Ceil((float64(stop) - float64(start)) / float64(step)))
	if n < 0 {
		n = 0
	}
	data := make([]T, n)
	for i := range data {
		data[i] = start + T(i)*step
	}
	return Wrap(data, n)
}

// Linspace returns num evenly spaced values from start to stop, both
// included, as np.linspace.
func Linspace[T Float](start, stop T, num int) *Array[T] {
	if num < 0 {
		panic(&ValueError{Msg: fmt.Sprintf("Number of samples, %d, must be non-negative.", num)})
	}
	data := make([]T, num)
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
	data := make([]T, checkedSize(shape))
	for i := range data {
		data[i] = T(r.Float64())
	}
	return Wrap(data, shape...)
}

// RandNormal returns an array of the given shape with values drawn from the
// standard normal distribution, from r.
func RandNormal[T Float](r *rand.Rand, shape ...int) *Array[T] {
	data := make([]T, checkedSize(shape))
	for i := range data {
		data[i] = T(r.NormFloat64())
	}
	return Wrap(data, shape...)
}
