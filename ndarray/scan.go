package ndarray

import "fmt"

// Cumsum returns the running sums along one axis, as np.cumsum(a, axis):
// with Axis(k) along axis k, without it over the flattened array (a 1-D
// result). Each sum adds the next element to the previous sum, left to
// right, as NumPy does, so float results match it bit for bit. The result
// has a's type: integers wrap; use [CumsumInt64] or [CumsumUint64] for the
// widened result NumPy gives small integer types.
func Cumsum[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	return scan(a, opts, "cumsum", false)
}

// Cumprod returns the running products along one axis (or flattened), as
// np.cumprod: each product multiplies the previous by the next element.
func Cumprod[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	a.valid()
	return scan(a, opts, "cumprod", true)
}

// CumsumInt64 is [Cumsum] of a signed integer array in int64, as NumPy
// gives for int8, int16 and int32 (and int64) input.
func CumsumInt64[T Signed](a *Array[T], opts ...ReduceOption) *Array[int64] {
	a.valid()
	return Cumsum(AsType[int64](a), opts...)
}

// CumsumUint64 is [Cumsum] of an unsigned integer array in uint64, as NumPy
// gives for uint8, uint16 and uint32 input.
func CumsumUint64[T Unsigned](a *Array[T], opts ...ReduceOption) *Array[uint64] {
	a.valid()
	return Cumsum(AsType[uint64](a), opts...)
}

// CumprodInt64 is [Cumprod] of a signed integer array in int64, as NumPy.
func CumprodInt64[T Signed](a *Array[T], opts ...ReduceOption) *Array[int64] {
	a.valid()
	return Cumprod(AsType[int64](a), opts...)
}

// CumprodUint64 is [Cumprod] of an unsigned integer array in uint64.
func CumprodUint64[T Unsigned](a *Array[T], opts ...ReduceOption) *Array[uint64] {
	a.valid()
	return Cumprod(AsType[uint64](a), opts...)
}

func scan[T Number](a *Array[T], opts []ReduceOption, name string, product bool) *Array[T] {
	axis, given := optionAxis(opts, len(a.shape), name)
	shape := a.shape
	if !given {
		shape = []int{a.Size()}
		axis = 0
	}
	src, ok := a.Contiguous()
	if !ok {
		src = a.Values()
	}
	out := newUninit[T](shape...)
	if len(out.data) == 0 {
		return out
	}
	outer, n, inner := splitShape(shape, axis)
	for o := range outer {
		x := src[o*n*inner : (o+1)*n*inner]
		y := out.data[o*n*inner : (o+1)*n*inner]
		if inner == 1 {
			if product {
				cumprodRun(y, x)
			} else {
				cumsumRun(y, x)
			}
			continue
		}
		copy(y[:inner], x[:inner])
		for i := 1; i < n; i++ {
			prev := y[(i-1)*inner : i*inner]
			row := x[i*inner : (i+1)*inner]
			dst := y[i*inner : (i+1)*inner]
			for j := range dst {
				if product {
					dst[j] = prev[j] * row[j]
				} else {
					dst[j] = prev[j] + row[j]
				}
			}
		}
	}
	return out
}

// cumsumRun writes the running sums of x into y, sequentially.
func cumsumRun[T Number](y, x []T) {
	y = y[:len(x)]
	var s T
	for i, v := range x {
		s += v
		y[i] = s
	}
}

func cumprodRun[T Number](y, x []T) {
	y = y[:len(x)]
	var s T = 1
	for i, v := range x {
		s *= v
		y[i] = s
	}
}

// Diff returns the n-th discrete difference along axis, as np.diff(a, n,
// axis): out[i] = a[i+1] - a[i], applied n times, so the axis shrinks by n
// (to no less than 0). It panics with a *ValueError for a negative n or a
// 0-d a.
func Diff[T Number](a *Array[T], n, axis int) *Array[T] {
	if n < 0 {
		panic(&ValueError{Msg: fmt.Sprintf("order must be non-negative but got %d", n)})
	}
	if len(a.shape) == 0 {
		panic(&ValueError{Msg: "diff requires input that is at least one dimensional"})
	}
	axis = normalizeAxis(axis, len(a.shape))
	if n == 0 {
		return a.Copy()
	}
	cur := a.Copy()
	for range n {
		outer, m, inner := splitShape(cur.shape, axis)
		if m == 0 {
			break
		}
		shape := cur.Shape()
		shape[axis] = m - 1
		out := newUninit[T](shape...)
		for o := range outer {
			x := cur.data[o*m*inner : (o+1)*m*inner]
			y := out.data[o*(m-1)*inner : (o+1)*(m-1)*inner]
			for j := range y {
				y[j] = x[j+inner] - x[j]
			}
		}
		cur = out
	}
	return cur
}
