package ufunc

import "github.com/ndsimd/ndsimd/ndarray"

// The comparison loops: one per operator, each with a contiguous form, the
// two forms with a scalar operand (stride 0) and the general strided one.
// Go's comparison operators give IEEE (and NumPy's) answers for NaN: every
// ordered comparison and == are false, != is true.

// cmpEq is the run function of x == y.
func cmpEq[T ndarray.Elem](n int, dst []bool, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
	if sd == 1 && cmpKernels(opEq, dst[od:od+n], x, ox, sx, y, oy, sy) {
		return
	}
	if sd == 1 {
		d := dst[od : od+n]
		switch {
		case sx == 1 && sy == 1:
			a, b := x[ox:ox+n], y[oy:oy+n]
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = a[i] == b[i]
			}
			return
		case sx == 1 && sy == 0:
			a, s := x[ox:ox+n], y[oy]
			a = a[:len(d)]
			for i := range d {
				d[i] = a[i] == s
			}
			return
		case sx == 0 && sy == 1:
			s, b := x[ox], y[oy:oy+n]
			b = b[:len(d)]
			for i := range d {
				d[i] = s == b[i]
			}
			return
		}
	}
	for range n {
		dst[od] = x[ox] == y[oy]
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

// cmpNe is the run function of x != y.
func cmpNe[T ndarray.Elem](n int, dst []bool, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
	if sd == 1 && cmpKernels(opNe, dst[od:od+n], x, ox, sx, y, oy, sy) {
		return
	}
	if sd == 1 {
		d := dst[od : od+n]
		switch {
		case sx == 1 && sy == 1:
			a, b := x[ox:ox+n], y[oy:oy+n]
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = a[i] != b[i]
			}
			return
		case sx == 1 && sy == 0:
			a, s := x[ox:ox+n], y[oy]
			a = a[:len(d)]
			for i := range d {
				d[i] = a[i] != s
			}
			return
		case sx == 0 && sy == 1:
			s, b := x[ox], y[oy:oy+n]
			b = b[:len(d)]
			for i := range d {
				d[i] = s != b[i]
			}
			return
		}
	}
	for range n {
		dst[od] = x[ox] != y[oy]
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

// cmpLt is the run function of x < y.
func cmpLt[T ndarray.Number](n int, dst []bool, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
	if sd == 1 && cmpKernels(opLt, dst[od:od+n], x, ox, sx, y, oy, sy) {
		return
	}
	if sd == 1 {
		d := dst[od : od+n]
		switch {
		case sx == 1 && sy == 1:
			a, b := x[ox:ox+n], y[oy:oy+n]
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = a[i] < b[i]
			}
			return
		case sx == 1 && sy == 0:
			a, s := x[ox:ox+n], y[oy]
			a = a[:len(d)]
			for i := range d {
				d[i] = a[i] < s
			}
			return
		case sx == 0 && sy == 1:
			s, b := x[ox], y[oy:oy+n]
			b = b[:len(d)]
			for i := range d {
				d[i] = s < b[i]
			}
			return
		}
	}
	for range n {
		dst[od] = x[ox] < y[oy]
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

// cmpLe is the run function of x <= y.
func cmpLe[T ndarray.Number](n int, dst []bool, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
	if sd == 1 && cmpKernels(opLe, dst[od:od+n], x, ox, sx, y, oy, sy) {
		return
	}
	if sd == 1 {
		d := dst[od : od+n]
		switch {
		case sx == 1 && sy == 1:
			a, b := x[ox:ox+n], y[oy:oy+n]
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = a[i] <= b[i]
			}
			return
		case sx == 1 && sy == 0:
			a, s := x[ox:ox+n], y[oy]
			a = a[:len(d)]
			for i := range d {
				d[i] = a[i] <= s
			}
			return
		case sx == 0 && sy == 1:
			s, b := x[ox], y[oy:oy+n]
			b = b[:len(d)]
			for i := range d {
				d[i] = s <= b[i]
			}
			return
		}
	}
	for range n {
		dst[od] = x[ox] <= y[oy]
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

// cmpGt is the run function of x > y.
func cmpGt[T ndarray.Number](n int, dst []bool, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
	if sd == 1 && cmpKernels(opGt, dst[od:od+n], x, ox, sx, y, oy, sy) {
		return
	}
	if sd == 1 {
		d := dst[od : od+n]
		switch {
		case sx == 1 && sy == 1:
			a, b := x[ox:ox+n], y[oy:oy+n]
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = a[i] > b[i]
			}
			return
		case sx == 1 && sy == 0:
			a, s := x[ox:ox+n], y[oy]
			a = a[:len(d)]
			for i := range d {
				d[i] = a[i] > s
			}
			return
		case sx == 0 && sy == 1:
			s, b := x[ox], y[oy:oy+n]
			b = b[:len(d)]
			for i := range d {
				d[i] = s > b[i]
			}
			return
		}
	}
	for range n {
		dst[od] = x[ox] > y[oy]
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}

// cmpGe is the run function of x >= y.
func cmpGe[T ndarray.Number](n int, dst []bool, od, sd int, x []T, ox, sx int, y []T, oy, sy int) {
	if sd == 1 && cmpKernels(opGe, dst[od:od+n], x, ox, sx, y, oy, sy) {
		return
	}
	if sd == 1 {
		d := dst[od : od+n]
		switch {
		case sx == 1 && sy == 1:
			a, b := x[ox:ox+n], y[oy:oy+n]
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = a[i] >= b[i]
			}
			return
		case sx == 1 && sy == 0:
			a, s := x[ox:ox+n], y[oy]
			a = a[:len(d)]
			for i := range d {
				d[i] = a[i] >= s
			}
			return
		case sx == 0 && sy == 1:
			s, b := x[ox], y[oy:oy+n]
			b = b[:len(d)]
			for i := range d {
				d[i] = s >= b[i]
			}
			return
		}
	}
	for range n {
		dst[od] = x[ox] >= y[oy]
		od, ox, oy = od+sd, ox+sx, oy+sy
	}
}
