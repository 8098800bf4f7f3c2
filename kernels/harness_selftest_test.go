package kernels

import (
	"fmt"
	"math"
	"slices"
	"testing"
	"unsafe"

	"github.com/ndsimd/ndsimd/kernels/internal/guard"
)

// ---------------------------------------------------------------------------
// The checks can fail: implementations with planted bugs, registered for
// this test only, must be caught, and their correct kernels must not be.

// hRecorder is a reporter that counts errors instead of failing.
type hRecorder struct {
	n     int
	first string
}

func (r *hRecorder) Helper() {}

func (r *hRecorder) Errorf(format string, args ...any) {
	if r.n == 0 {
		r.first = fmt.Sprintf(format, args...)
	}
	r.n++
}

// hRegisterFake adds an implementation made of the generic twins with
// some kernels replaced, until the test ends. Tests run one at a time
// (none of this package's tests call t.Parallel before it), so changing
// the registry here is safe.
func hRegisterFake(t *testing.T, name string, set64 func(o *ops[float64]), set32 func(o *ops[float32])) {
	t.Helper()
	g := genericImpl()
	im := &impl{name: name, available: true}
	set64(&im.f64.ops)
	set32(&im.f32.ops)
	im.fillFrom(g)
	impls = append(impls, im)
	t.Cleanup(func() { impls = slices.DeleteFunc(impls, func(x *impl) bool { return x == im }) })
}

var hSink float64

// hPastEnd returns the element just past the end of x (or just before its
// start, with before), read without a bounds check, as a buggy assembly
// tail or head loop would.
func hPastEnd[T Float](x []T, before bool) T {
	if len(x) == 0 {
		return 0
	}
	p := unsafe.Pointer(unsafe.SliceData(x))
	if before {
		return *(*T)(unsafe.Add(p, -int(unsafe.Sizeof(x[0]))))
	}
	return *(*T)(unsafe.Add(p, len(x)*int(unsafe.Sizeof(x[0]))))
}

func hBrokenOps[T Float](o *ops[T]) {
	// Add forgets the last element when the length is 3 mod 4.
	o.Add = func(dst, x, y []T) {
		n := len(dst)
		if n%4 == 3 {
			n--
		}
		addGeneric(dst[:n], x[:n], y[:n])
	}
	// Mul writes one element past the end of dst.
	o.Mul = func(dst, x, y []T) {
		mulGeneric(dst, x, y)
		if len(dst) > 0 {
			*(*T)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(dst)), len(dst)*int(unsafe.Sizeof(dst[0])))) = 0
		}
	}
	// Abs reads one element past the end of x; Neg one before its start.
	o.Abs = func(dst, x []T) { hSink += float64(hPastEnd(x, false)); absGeneric(dst, x) }
	o.Neg = func(dst, x []T) { hSink += float64(hPastEnd(x, true)); negGeneric(dst, x) }
	// Maximum has x86 MAXPD semantics: y when either is NaN.
	o.Maximum = func(dst, x, y []T) {
		for i := range dst {
			if x[i] > y[i] {
				dst[i] = x[i]
			} else {
				dst[i] = y[i]
			}
		}
	}
	// Sum accumulates sequentially in T, with 8 accumulators.
	o.Sum = func(x []T) T {
		var acc [8]T
		for i, v := range x {
			acc[i%8] += v
		}
		var s T
		for _, a := range acc {
			s += a
		}
		return s
	}
	// ArgMax returns the last of equal largest elements.
	o.ArgMax = func(x []T) int {
		k := argMaxGeneric(x)
		for i := len(x) - 1; i > k; i-- {
			if x[i] == x[k] {
				return i
			}
		}
		return k
	}
	// Exp is 3 ULP off.
	o.Exp = func(dst, x []T) {
		expGeneric(dst, x)
		for i, v := range dst {
			if v != v || math.IsInf(float64(v), 0) || v == 0 {
				continue
			}
			dst[i] = hFromBits[T](hBits(v) + 3)
		}
	}
	// FromUint8 converts through int8.
	o.FromUint8 = func(dst []T, x []uint8) {
		for i := range dst {
			dst[i] = T(int8(x[i]))
		}
	}
	// AddStrided walks dst forwards when its increment is negative.
	o.AddStrided = func(n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int) {
		if dInc < 0 {
			dOff, dInc = dOff+(n-1)*dInc, -dInc
		}
		for i := 0; i < n; i++ {
			dst[dOff+i*dInc] = x[xOff+i*xInc] + y[yOff+i*yInc]
		}
	}
	// MulStrided reads x one element past its last index.
	o.MulStrided = func(n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int) {
		if n > 0 {
			last := xOff + (n-1)*xInc
			hSink += float64(hPastEnd(x[:last+1], false))
		}
		genericOps[T]().MulStrided(n, dst, dOff, dInc, x, xOff, xInc, y, yOff, yInc)
	}
}

func TestHarnessCatchesBrokenKernels(t *testing.T) {
	const name = "broken-for-test"
	hRegisterFake(t, name, hBrokenOps[float64], hBrokenOps[float32])
	hUseImpl(t, name)
	t.Run("f64", hHarnessCatches[float64])
	t.Run("f32", hHarnessCatches[float32])
}

func hHarnessCatches[T Float](t *testing.T) {
	const name = "broken-for-test"
	// broken: which check must catch each planted bug.
	broken := map[string]string{
		"Add": "table", "Mul": "table", "Maximum": "table", "ArgMax": "table", "Exp": "table", "FromUint8": "table",
		"Abs": "guard", "Neg": "guard", "Sum": "accuracy",
		"AddStrided": "table", "MulStrided": "guard",
	}
	guarded := guard.Supported
	var regs []*hGuardRegions[T]
	if guarded {
		regs = []*hGuardRegions[T]{hNewGuardRegions[T](t, guard.End), hNewGuardRegions[T](t, guard.Start)}
	}
	for _, k := range hKernelTable[T]() {
		if _, ok := broken[k.name]; !ok && !slices.Contains([]string{"Sub", "DivScalar", "Sqrt", "Tanh", "Dot", "ArgMin", "Axpy"}, k.name) {
			continue // a few correct kernels are enough to show no false alarms
		}
		var table, pages hRecorder
		hCheckKernel(&table, name, &k)
		if guarded {
			for _, rg := range regs {
				hGuardKernel(&pages, name, &k, rg)
			}
		}
		hExpectCaught(t, k.name, broken[k.name], guarded, table, pages)
	}
	for _, k := range hStridedTable[T]() {
		if _, ok := broken[k.name]; !ok && k.name != "MinimumStrided" {
			continue
		}
		var table, pages hRecorder
		hCheckStrided(&table, name, &k)
		if guarded {
			for _, rg := range regs {
				hGuardStrided(&pages, name, &k, rg)
			}
		}
		hExpectCaught(t, k.name, broken[k.name], guarded, table, pages)
	}
	var acc hRecorder
	hSumAccuracy[T](&acc, name, "Sum")
	if acc.n == 0 {
		t.Errorf("the sum accuracy check did not catch a sum with 8 sequential accumulators")
	} else {
		t.Logf("caught as expected (accuracy): %s", acc.first)
	}
}

func hExpectCaught(t *testing.T, kernel, by string, guarded bool, table, pages hRecorder) {
	t.Helper()
	switch by {
	case "table":
		if table.n == 0 {
			t.Errorf("%s: the table-driven check did not catch the planted bug", kernel)
		} else {
			t.Logf("caught as expected (table): %s", table.first)
		}
	case "guard":
		if table.n != 0 {
			t.Errorf("%s: the table-driven check reported a harmless over-read: %s", kernel, table.first)
		}
		if guarded && pages.n == 0 {
			t.Errorf("%s: the guard-page check did not catch the read outside the slice", kernel)
		} else if guarded {
			t.Logf("caught as expected (guard page): %s", pages.first)
		}
	case "":
		if table.n != 0 || pages.n != 0 {
			t.Errorf("%s is not broken, but the checks reported: %s %s", kernel, table.first, pages.first)
		}
	}
	if by == "table" && guarded && pages.n == 0 && kernel == "Mul" {
		t.Errorf("Mul: the guard-page check did not catch the write past the end")
	}
}
