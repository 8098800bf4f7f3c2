package kernels

// Guard-page tests: every kernel of every available implementation, for
// every length 0..67, with every slice ending exactly where a PROT_NONE
// page begins (and, separately, starting exactly where one ends). A read or
// write of even one byte outside a slice faults; debug.SetPanicOnFault turns
// the fault into a panic, which is recovered and reported naming the
// implementation, kernel, length and placement. The results are also
// compared with the generic twin.

import (
	"fmt"
	"math/rand/v2"
	"runtime/debug"
	"slices"
	"testing"

	"github.com/ndsimd/ndsimd/kernels/internal/guard"
)

// hGuardMax is the longest slice of the guard tests; strided operands
// need up to (hGuardMax-1)*7+1 elements.
const hGuardMax = 67

// hGuardRegions are guarded allocations for one element type and placement:
// one per operand, each longer than any slice a test takes from it.
type hGuardRegions[T Float] struct {
	place   guard.Placement
	dst     []T
	x, y    []T
	u       []uint8
	strided [3][]T
}

func hNewGuardRegions[T Float](t testing.TB, p guard.Placement) *hGuardRegions[T] {
	t.Helper()
	alloc := func(n int) []T {
		s, free, err := guard.Alloc[T](n, p)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(free)
		return s
	}
	r := &hGuardRegions[T]{place: p, dst: alloc(hGuardMax), x: alloc(hGuardMax), y: alloc(hGuardMax)}
	u, free, err := guard.Alloc[uint8](hGuardMax, p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(free)
	r.u = u
	for i := range r.strided {
		r.strided[i] = alloc((hGuardMax-1)*7 + 1)
	}
	return r
}

// take returns the n elements of region s that touch the protected page.
func hTake[E any](s []E, n int, p guard.Placement) []E {
	if p == guard.End {
		return s[len(s)-n:]
	}
	return s[:n:n]
}

// hFault runs f and describes what it panicked with (a fault becomes a
// panic under SetPanicOnFault, whose value has the faulting address), or
// returns "".
func hFault(f func()) (fault string) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		fault = fmt.Sprint(r)
		if a, ok := r.(interface{ Addr() uintptr }); ok {
			fault = fmt.Sprintf("fault at address %#x: %v", a.Addr(), r)
		}
	}()
	f()
	return ""
}

// hGuardKernel runs kernel k of the active implementation impl on guarded
// slices of every length 0..hGuardMax at the placement of regs. It sets
// SetPanicOnFault in the calling goroutine (it is per goroutine).
func hGuardKernel[T Float](r hReporter, impl string, k *hKernel[T], regs *hGuardRegions[T]) {
	r.Helper()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	rng := rand.New(rand.NewPCG(7, uint64(k.kind)))
	for n := 0; n <= hGuardMax; n++ {
		p := regs.place
		got := &hArgs[T]{s: 0.75}
		for _, s := range k.kind.uses() {
			switch {
			case s == slotDst:
				got.dst = hTake(regs.dst, n, p)
				for i := range got.dst {
					got.dst[i] = hUnwritten[T]()
				}
			case s == slotX && k.kind == kUint8:
				got.u = hTake(regs.u, n, p)
				for i := range got.u {
					got.u[i] = uint8(rng.IntN(256))
				}
			case s == slotX:
				got.x = hTake(regs.x, n, p)
				hFill(rng, hData(n%int(numDataKinds)), got.x, k.tol == tolSum)
			case s == slotY:
				got.y = hTake(regs.y, n, p)
				hFill(rng, dataRegular, got.y, k.tol == tolSum)
			}
		}
		want := &hArgs[T]{s: got.s, dst: slices.Clone(got.dst), x: slices.Clone(got.x), y: slices.Clone(got.y), u: slices.Clone(got.u)}
		x0, y0 := slices.Clone(got.x), slices.Clone(got.y)
		var gr T
		var gi int
		where := hLazy(func() string {
			return fmt.Sprintf("impl=%s kernel=%s/%s n=%d slices at the %s of a guard page", impl, k.name, hTypeName[T](), n, p)
		})
		if fault := hFault(func() { gr, gi = hCall(k.api, got) }); fault != "" {
			r.Errorf("%s: %v", where, fault)
			continue
		}
		wr, wi := hCall(k.gen, want)
		if msg := hCheck(k, got, want, gr, wr, gi, wi, x0, y0); msg != "" {
			r.Errorf("%s: %s", where, msg)
		}
	}
}

// hGuardStrided runs strided kernel k on guarded operands for every length
// 0..hGuardMax and increments -7..7 (all three operands with the same
// increment, and mixed), with the extreme elements touching the page.
func hGuardStrided[T Float](r hReporter, impl string, k *hStridedKernel[T], regs *hGuardRegions[T]) {
	r.Helper()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	rng := rand.New(rand.NewPCG(11, 13))
	for n := 0; n <= hGuardMax; n++ {
		for _, inc := range hIncs {
			if inc != 1 && inc != -1 && !hGuardStridedLength(n) {
				continue // every length for unit increments, some for the others
			}
			for _, incs := range [][3]int{{inc, inc, inc}, {1, inc, -inc}} {
				var sl [3][]T
				var off [3]int
				for j := range 3 {
					l := 0
					if n > 0 {
						l = (n-1)*max(incs[j], -incs[j]) + 1
					}
					sl[j] = hTake(regs.strided[j], l, regs.place)
					if incs[j] < 0 && n > 0 {
						off[j] = l - 1
					}
				}
				hFill(rng, dataRegular, sl[1], false)
				hFill(rng, dataSpecial, sl[2], false)
				for i := range sl[0] {
					sl[0][i] = hUnwritten[T]()
				}
				want := [3][]T{slices.Clone(sl[0]), slices.Clone(sl[1]), slices.Clone(sl[2])}
				where := hLazy(func() string {
					return fmt.Sprintf("impl=%s kernel=%s/%s n=%d incs(dst,x,y)=%v slices at the %s of a guard page",
						impl, k.name, hTypeName[T](), n, incs, regs.place)
				})
				if fault := hFault(func() {
					k.api(n, sl[0], off[0], incs[0], sl[1], off[1], incs[1], sl[2], off[2], incs[2])
				}); fault != "" {
					r.Errorf("%s: %v", where, fault)
					continue
				}
				k.gen(n, want[0], off[0], incs[0], want[1], off[1], incs[1], want[2], off[2], incs[2])
				for i := range want[0] {
					if !hSame(sl[0][i], want[0][i]) {
						r.Errorf("%s: dst[%d] = %s, want %s", where, i, hFmt(sl[0][i]), hFmt(want[0][i]))
						break
					}
				}
			}
		}
	}
}

// hGuardStridedLength reports whether length n is tested at non-unit
// increments.
func hGuardStridedLength(n int) bool {
	return n <= 9 || n%8 == 7 || n%8 == 0 || n%8 == 1
}

func TestGuardPages(t *testing.T) {
	if !guard.Supported {
		t.Skip("guard pages are not supported on this platform")
	}
	t.Run("f64", testGuardPages[float64])
	t.Run("f32", testGuardPages[float32])
}

func testGuardPages[T Float](t *testing.T) {
	regs := []*hGuardRegions[T]{hNewGuardRegions[T](t, guard.End), hNewGuardRegions[T](t, guard.Start)}
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			for _, k := range hKernelTable[T]() {
				t.Run(k.name, func(t *testing.T) {
					for _, rg := range regs {
						hGuardKernel(hCapReports(t), impl, &k, rg)
					}
				})
			}
			for _, k := range hStridedTable[T]() {
				t.Run(k.name, func(t *testing.T) {
					for _, rg := range regs {
						hGuardStrided(hCapReports(t), impl, &k, rg)
					}
				})
			}
		})
	}
}
