package ufunc

import (
	"unsafe"

	"github.com/ndsimd/ndsimd/ndarray"
)

// Where returns an array with x's element where cond is true and y's where
// it is false, np.where(cond, x, y); the three operands broadcast together.
// It panics with a *broadcast.Error if their shapes do not broadcast.
func Where[T ndarray.Elem](cond *ndarray.Array[bool], x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return ternary(whereLoop[T], parallelMinCheap, nil, cond, x, y)
}

// WhereInto stores where(cond, x, y) in out and returns out (see [AddInto]).
func WhereInto[T ndarray.Elem](out *ndarray.Array[T], cond *ndarray.Array[bool], x, y *ndarray.Array[T]) *ndarray.Array[T] {
	return ternary(whereLoop[T], parallelMinCheap, out, cond, x, y)
}

// WhereScalar returns where(cond, x, y) with two numbers:
// np.where(cond, 1.0, 0.0).
func WhereScalar[T ndarray.Elem](cond *ndarray.Array[bool], x, y T) *ndarray.Array[T] {
	return Where(cond, ndarray.Scalar(x), ndarray.Scalar(y))
}

// whereLoop is the run function of Where. Contiguous runs (x and y each
// contiguous or one value) select bit patterns without branches: the
// condition byte (0 or 1) becomes an all-zeros or all-ones mask.
func whereLoop[T ndarray.Elem](n int, dst []T, od, sd int, c []bool, oc, sc int, x []T, ox, sx int, y []T, oy, sy int) {
	if sd == 1 && sc == 1 && (sx == 1 || sx == 0) && (sy == 1 || sy == 0) {
		var z T
		if whereKernels(dst[od:od+n], c[oc:oc+n], x, ox, sx, y, oy, sy) {
			return
		}
		d, m := dst[od:od+n], boolBytes(c[oc:oc+n])
		switch unsafe.Sizeof(z) {
		case 8:
			selectRun(reinterpret[uint64](d), m, reinterpret[uint64](x[ox:ox+max(n*sx, 1)]), sx, reinterpret[uint64](y[oy:oy+max(n*sy, 1)]), sy)
		case 4:
			selectRun(reinterpret[uint32](d), m, reinterpret[uint32](x[ox:ox+max(n*sx, 1)]), sx, reinterpret[uint32](y[oy:oy+max(n*sy, 1)]), sy)
		case 2:
			selectRun(reinterpret[uint16](d), m, reinterpret[uint16](x[ox:ox+max(n*sx, 1)]), sx, reinterpret[uint16](y[oy:oy+max(n*sy, 1)]), sy)
		default:
			selectRun(reinterpret[uint8](d), m, reinterpret[uint8](x[ox:ox+max(n*sx, 1)]), sx, reinterpret[uint8](y[oy:oy+max(n*sy, 1)]), sy)
		}
		return
	}
	for range n {
		if c[oc] {
			dst[od] = x[ox]
		} else {
			dst[od] = y[oy]
		}
		od, oc, ox, oy = od+sd, oc+sc, ox+sx, oy+sy
	}
}

// word is the unsigned integer of each element size.
type word interface {
	uint64 | uint32 | uint16 | uint8
}

// selectRun sets d[i] to a[i] where m[i] is 1 and to b[i] where it is 0;
// a (b) is one value when sa (sb) is 0.
func selectRun[W word](d []W, m []uint8, a []W, sa int, b []W, sb int) {
	m = m[:len(d)]
	switch {
	case sa == 1 && sb == 1:
		a, b = a[:len(d)], b[:len(d)]
		for i := range d {
			k := -W(m[i])
			d[i] = b[i] ^ ((a[i] ^ b[i]) & k)
		}
	case sa == 1:
		a, v := a[:len(d)], b[0]
		for i := range d {
			k := -W(m[i])
			d[i] = v ^ ((a[i] ^ v) & k)
		}
	case sb == 1:
		u, b := a[0], b[:len(d)]
		for i := range d {
			k := -W(m[i])
			d[i] = b[i] ^ ((u ^ b[i]) & k)
		}
	default:
		u, v := a[0], b[0]
		for i := range d {
			k := -W(m[i])
			d[i] = v ^ ((u ^ v) & k)
		}
	}
}

// boolBytes views a bool slice as its bytes (each 0 or 1).
func boolBytes(b []bool) []uint8 {
	return unsafe.Slice((*uint8)(unsafe.Pointer(unsafe.SliceData(b))), len(b))
}

// reinterpret views a slice of T as a slice of W, an unsigned integer of
// the same size.
func reinterpret[W word, T any](s []T) []W {
	return unsafe.Slice((*W)(unsafe.Pointer(unsafe.SliceData(s))), len(s))
}
