package kernels

import "math"

// The generic twins of the elementwise kernels. They are always compiled,
// they are the reference every assembly implementation is tested against,
// and they run where no assembly does.

func addGeneric[T Float](dst, x, y []T) {
	for i := range dst {
		dst[i] = x[i] + y[i]
	}
}

func subGeneric[T Float](dst, x, y []T) {
	for i := range dst {
		dst[i] = x[i] - y[i]
	}
}

func mulGeneric[T Float](dst, x, y []T) {
	for i := range dst {
		dst[i] = x[i] * y[i]
	}
}

func divGeneric[T Float](dst, x, y []T) {
	for i := range dst {
		dst[i] = x[i] / y[i]
	}
}

// maximumOf is NumPy's maximum: NaN if either is NaN (x's NaN if both are),
// else the larger, and y when they compare equal, so maximum(-0, +0) is +0
// and maximum(+0, -0) is -0, as NumPy 1.24 gives on x86-64 (its loops use
// MAXPD, which returns the second operand on a tie).
func maximumOf[T Float](x, y T) T {
	if x > y || x != x {
		return x
	}
	return y
}

// minimumOf is NumPy's minimum: NaN if either is NaN, else the smaller, and y
// when they compare equal.
func minimumOf[T Float](x, y T) T {
	if x < y || x != x {
		return x
	}
	return y
}

func maximumGeneric[T Float](dst, x, y []T) {
	for i := range dst {
		dst[i] = maximumOf(x[i], y[i])
	}
}

func minimumGeneric[T Float](dst, x, y []T) {
	for i := range dst {
		dst[i] = minimumOf(x[i], y[i])
	}
}

func addScalarGeneric[T Float](dst, x []T, s T) {
	for i := range dst {
		dst[i] = x[i] + s
	}
}

func subScalarGeneric[T Float](dst, x []T, s T) {
	for i := range dst {
		dst[i] = x[i] - s
	}
}

func mulScalarGeneric[T Float](dst, x []T, s T) {
	for i := range dst {
		dst[i] = x[i] * s
	}
}

func divScalarGeneric[T Float](dst, x []T, s T) {
	for i := range dst {
		dst[i] = x[i] / s
	}
}

func maximumScalarGeneric[T Float](dst, x []T, s T) {
	for i := range dst {
		dst[i] = maximumOf(x[i], s)
	}
}

func minimumScalarGeneric[T Float](dst, x []T, s T) {
	for i := range dst {
		dst[i] = minimumOf(x[i], s)
	}
}

func scalarSubGeneric[T Float](dst []T, s T, x []T) {
	for i := range dst {
		dst[i] = s - x[i]
	}
}

func scalarDivGeneric[T Float](dst []T, s T, x []T) {
	for i := range dst {
		dst[i] = s / x[i]
	}
}

// stridedGeneric returns the strided form of the binary operation op.
func stridedGeneric[T Float](op func(x, y T) T) stridedFunc[T] {
	return func(n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int) {
		for i := 0; i < n; i++ {
			dst[dOff] = op(x[xOff], y[yOff])
			dOff += dInc
			xOff += xInc
			yOff += yInc
		}
	}
}

func absGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = T(math.Abs(float64(x[i])))
	}
}

func copyGeneric[T Float](dst, x []T) {
	copy(dst, x[:len(dst)])
}

func negGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = -x[i]
	}
}

func sqrtGeneric[T Float](dst, x []T) {
	for i := range dst {
		// The float64 square root of a float32, rounded to float32, is the
		// correctly rounded float32 square root.
		dst[i] = T(math.Sqrt(float64(x[i])))
	}
}

func squareGeneric[T Float](dst, x []T) {
	for i := range dst {
		dst[i] = x[i] * x[i]
	}
}

func fromUint8Generic[T Float](dst []T, x []uint8) {
	for i := range dst {
		dst[i] = T(x[i])
	}
}

func axpyGeneric[T Float](alpha T, x, y []T) {
	for i := range y {
		// The conversion rounds the product, so the compiler cannot fuse
		// it into an FMA (it does on arm64): the twin rounds twice on
		// every architecture, as the assembly does.
		y[i] += T(alpha * x[i])
	}
}

func scaleGeneric[T Float](alpha T, x []T) {
	for i := range x {
		x[i] *= alpha
	}
}
