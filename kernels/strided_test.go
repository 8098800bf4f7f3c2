package kernels

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// ---------------------------------------------------------------------------
// Strided kernels.

// incs are the increments of the strided tests.
var hIncs = []int{-7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7}

// stridedLengths are taken in turn by the increment triples.
var hStridedLengths = []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 67}

// stridedOperand is one operand of a strided call: a buffer, a start
// offset and an increment such that n elements fit with a margin of pad on
// both sides.
type hStridedOperand[T Float] struct {
	mem      []T
	off, inc int
}

func hNewStrided[T Float](n, base, inc int) hStridedOperand[T] {
	span := 1
	if n > 0 {
		span = (n-1)*max(inc, -inc) + 1
	}
	op := hStridedOperand[T]{mem: make([]T, hPad+base+span+hPad), off: hPad + base, inc: inc}
	if inc < 0 && n > 0 {
		op.off += (n - 1) * -inc
	}
	return op
}

// touched reports whether index i is one a strided kernel of n elements reads or writes.
func (op hStridedOperand[T]) touched(n, i int) bool {
	for j, p := 0, op.off; j < n; j, p = j+1, p+op.inc {
		if p == i {
			return true
		}
	}
	return false
}

func hCheckStrided[T Float](r hReporter, impl string, k *hStridedKernel[T]) {
	r.Helper()
	idx := 0
	for _, di := range hIncs {
		for _, xi := range hIncs {
			for _, yi := range hIncs {
				n := hStridedLengths[idx%len(hStridedLengths)]
				base := idx % 8
				idx++
				if hSlow() && idx%3 != 0 {
					continue
				}
				hRunStrided(r, impl, k, n, [3]int{di, xi, yi}, base, false, hData(idx%int(numDataKinds)), uint64(idx), nil)
				if di == xi {
					hRunStrided(r, impl, k, n, [3]int{di, xi, yi}, base, true, hData((idx+1)%int(numDataKinds)), uint64(idx), nil)
				}
			}
		}
	}
	// Every length at unit and negative unit increments.
	for n := 0; n <= 67; n++ {
		for _, inc := range [][3]int{{1, 1, 1}, {-1, 1, -1}, {2, 1, 3}, {1, 0, 1}} {
			idx++
			hRunStrided(r, impl, k, n, inc, n%8, false, hData(idx%int(numDataKinds)), uint64(idx), nil)
		}
	}
}

// runStrided runs one strided case; inPlace makes dst the x slice (with
// x's offset and increment).
func hRunStrided[T Float](r hReporter, impl string, k *hStridedKernel[T], n int, inc [3]int, base int, inPlace bool, d hData, seed uint64, given []float64) {
	r.Helper()
	rng := rand.New(rand.NewPCG(seed, uint64(n)))
	dst := hNewStrided[T](n, base, inc[0])
	x := hNewStrided[T](n, (base+3)%8, inc[1])
	y := hNewStrided[T](n, (base+5)%8, inc[2])
	if len(given) > 0 {
		// the values come from the fuzzer, repeated as needed
		for i := range x.mem {
			x.mem[i] = T(given[i%len(given)])
		}
		for i := range y.mem {
			y.mem[i] = T(given[(i+len(x.mem))%len(given)])
		}
	} else {
		hFill(rng, d, x.mem, false)
		hFill(rng, d, y.mem, false)
	}
	for i := range dst.mem {
		dst.mem[i] = hGuardVal[T]()
	}
	for j, p := 0, dst.off; j < n; j, p = j+1, p+dst.inc {
		dst.mem[p] = hUnwritten[T]()
	}
	if inPlace {
		dst = x
	}
	x0, y0, d0 := slices.Clone(x.mem), slices.Clone(y.mem), slices.Clone(dst.mem)
	rx, ry, rd := slices.Clone(x.mem), slices.Clone(y.mem), slices.Clone(dst.mem)
	if inPlace {
		rd = rx
	}
	k.api(n, dst.mem, dst.off, dst.inc, x.mem, x.off, x.inc, y.mem, y.off, y.inc)
	k.gen(n, rd, dst.off, dst.inc, rx, x.off, x.inc, ry, y.off, y.inc)
	where := hLazy(func() string {
		return fmt.Sprintf("impl=%s kernel=%s/%s n=%d incs(dst,x,y)=%v offsets=(%d,%d,%d) in-place=%v data=%s",
			impl, k.name, hTypeName[T](), n, inc, dst.off, x.off, y.off, inPlace, d)
	})
	for i := range dst.mem {
		if dst.touched(n, i) {
			if !hSame(dst.mem[i], rd[i]) {
				r.Errorf("%s: dst[%d] = %s, want %s", where, i, hFmt(dst.mem[i]), hFmt(rd[i]))
				return
			}
		} else if hBits(dst.mem[i]) != hBits(d0[i]) {
			r.Errorf("%s: dst[%d], which is not an output element, changed to %s", where, i, hFmt(dst.mem[i]))
			return
		}
	}
	for _, in := range []struct {
		name      string
		mem, orig []T
	}{{"x", x.mem, x0}, {"y", y.mem, y0}} {
		if inPlace && in.name == "x" {
			continue
		}
		for i := range in.mem {
			if hBits(in.mem[i]) != hBits(in.orig[i]) {
				r.Errorf("%s: input %s[%d] changed to %s", where, in.name, i, hFmt(in.mem[i]))
				return
			}
		}
	}
}

func TestStridedVsGeneric(t *testing.T) {
	t.Run("f64", testStridedVsGeneric[float64])
	t.Run("f32", testStridedVsGeneric[float32])
}

func testStridedVsGeneric[T Float](t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			for _, k := range hStridedTable[T]() {
				t.Run(k.name, func(t *testing.T) { hCheckStrided(hCapReports(t), impl, &k) })
			}
		})
	}
}
