package ufunc

import "github.com/ndsimd/ndsimd/ndarray"

// intBinary returns a Go loop for op on an integer type (wrapping on
// overflow, as NumPy's integer arithmetic).
func intBinary[T ndarray.Number](op binOp) binRun[T] {
	switch op {
	case opAdd:
		return func(n int, dst []T, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
			if sd == 1 && sx == 1 && sy == 1 {
				d, a, b := dst[od:od+n], x[ox:ox+n], y[oy:oy+n]
				for i := range d {
					d[i] = a[i] + b[i]
				}
				return
			}
			for range n {
				dst[od] = x[ox] + y[oy]
				od, ox, oy = od+sd, ox+sx, oy+sy
			}
		}
	case opSub:
		return func(n int, dst []T, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
			if sd == 1 && sx == 1 && sy == 1 {
				d, a, b := dst[od:od+n], x[ox:ox+n], y[oy:oy+n]
				for i := range d {
					d[i] = a[i] - b[i]
				}
				return
			}
			for range n {
				dst[od] = x[ox] - y[oy]
				od, ox, oy = od+sd, ox+sx, oy+sy
			}
		}
	case opMul:
		return func(n int, dst []T, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
			if sd == 1 && sx == 1 && sy == 1 {
				d, a, b := dst[od:od+n], x[ox:ox+n], y[oy:oy+n]
				for i := range d {
					d[i] = a[i] * b[i]
				}
				return
			}
			for range n {
				dst[od] = x[ox] * y[oy]
				od, ox, oy = od+sd, ox+sx, oy+sy
			}
		}
	case opMax:
		return func(n int, dst []T, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
			for range n {
				dst[od] = max(x[ox], y[oy])
				od, ox, oy = od+sd, ox+sx, oy+sy
			}
		}
	case opMin:
		return func(n int, dst []T, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
			for range n {
				dst[od] = min(x[ox], y[oy])
				od, ox, oy = od+sd, ox+sx, oy+sy
			}
		}
	}
	panic("ufunc: no integer loop for this operation")
}

// intUnary returns a Go loop for op on an integer type. Abs and Negative
// wrap as in NumPy (abs of the most negative value is itself; negating an
// unsigned value wraps modulo 2^bits).
func intUnary[T ndarray.Number](op unOp) unRun[T] {
	switch op {
	case opAbs:
		return func(n int, dst []T, od, sd int, x []T, ox, sx int, _ []T) {
			for range n {
				v := x[ox]
				if v < 0 {
					v = -v
				}
				dst[od] = v
				od, ox = od+sd, ox+sx
			}
		}
	case opNeg:
		return func(n int, dst []T, od, sd int, x []T, ox, sx int, _ []T) {
			for range n {
				dst[od] = -x[ox]
				od, ox = od+sd, ox+sx
			}
		}
	case opSquare:
		return func(n int, dst []T, od, sd int, x []T, ox, sx int, _ []T) {
			for range n {
				dst[od] = x[ox] * x[ox]
				od, ox = od+sd, ox+sx
			}
		}
	}
	panic("ufunc: no integer loop for this operation")
}
