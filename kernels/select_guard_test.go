package kernels

// Guard-page tests of the selection kernels: every kernel of every
// available implementation on slices that end exactly where a PROT_NONE
// page begins (and start exactly where one ends), for every length
// 0..hGuardMax; Compress writes to a dst of exactly the count it needs.

import (
	"fmt"
	"math/rand/v2"
	"runtime/debug"
	"slices"
	"testing"

	"github.com/ndsimd/ndsimd/kernels/internal/guard"
)

func TestSelectGuardPages(t *testing.T) {
	if !guard.Supported {
		t.Skip("guard pages are not supported on this platform")
	}
	t.Run("f64", testSelectGuard[float64])
	t.Run("f32", testSelectGuard[float32])
}

func selGuardAlloc[E any](t *testing.T, p guard.Placement) []E {
	s, free, err := guard.Alloc[E](hGuardMax, p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(free)
	return s
}

func testSelectGuard[T Float](t *testing.T) {
	twin := genericOps[T]()
	for _, p := range []guard.Placement{guard.End, guard.Start} {
		dst, x, y := selGuardAlloc[T](t, p), selGuardAlloc[T](t, p), selGuardAlloc[T](t, p)
		bd, m := selGuardAlloc[bool](t, p), selGuardAlloc[bool](t, p)
		ix := selGuardAlloc[int64](t, p)
		for _, impl := range Available() {
			t.Run(fmt.Sprint(impl, "/", p), func(t *testing.T) {
				hUseImpl(t, impl)
				defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
				o := &kernelsOf[T]().ops
				rng := rand.New(rand.NewPCG(5, 9))
				for n := 0; n <= hGuardMax; n++ {
					xs, ys, ms := hTake(x, n, p), hTake(y, n, p), hTake(m, n, p)
					for i := range xs {
						xs[i], ys[i], ms[i] = selValue[T](rng), selValue[T](rng), rng.IntN(2) == 0
					}
					is := hTake(ix, n, p)
					for i := range is {
						is[i] = int64(rng.IntN(n + 1)) // n itself is out of range: the kernel stops there
					}
					c := 0
					for _, b := range ms {
						if b {
							c++
						}
					}
					runs := []struct {
						name string
						f    func() (bools []bool, vals []T)
						g    func() (bools []bool, vals []T)
					}{
						{"Greater", func() ([]bool, []T) { d := hTake(bd, n, p); o.Greater(d, xs, ys); return d, nil },
							func() ([]bool, []T) { d := make([]bool, n); twin.Greater(d, xs, ys); return d, nil }},
						{"LessEqualScalar", func() ([]bool, []T) { d := hTake(bd, n, p); o.LessEqualScalar(d, xs, 0.25); return d, nil },
							func() ([]bool, []T) { d := make([]bool, n); twin.LessEqualScalar(d, xs, 0.25); return d, nil }},
						{"Where", func() ([]bool, []T) { d := hTake(dst, n, p); o.Where(d, ms, xs, ys); return nil, d },
							func() ([]bool, []T) { d := make([]T, n); twin.Where(d, ms, xs, ys); return nil, d }},
						{"Clip", func() ([]bool, []T) { d := hTake(dst, n, p); o.Clip(d, xs, -0.5, 0.5); return nil, d },
							func() ([]bool, []T) { d := make([]T, n); twin.Clip(d, xs, -0.5, 0.5); return nil, d }},
						{"TakeInRange", func() ([]bool, []T) {
							d := hTake(dst, n, p)
							k := o.TakeInRange(d, xs, is)
							return nil, append(slices.Clone(d[:k]), T(k))
						}, func() ([]bool, []T) {
							d := make([]T, n)
							k := twin.TakeInRange(d, xs, is)
							return nil, append(d[:k], T(k))
						}},
						{"Compress", func() ([]bool, []T) { d := hTake(dst, c, p); o.Compress(d, xs, ms); return nil, d },
							func() ([]bool, []T) { d := make([]T, c); twin.Compress(d, xs, ms); return nil, d }},
					}
					for _, r := range runs {
						var gb []bool
						var gv []T
						if fault := hFault(func() { gb, gv = r.f() }); fault != "" {
							t.Errorf("impl=%s %s/%s n=%d at the %s of a guard page: %s", impl, r.name, hTypeName[T](), n, p, fault)
							continue
						}
						gb, gv = slices.Clone(gb), slices.Clone(gv)
						wb, wv := r.g()
						if !slices.Equal(gb, wb) || len(gv) != len(wv) || selSameVals(gv, wv) >= 0 {
							t.Errorf("impl=%s %s/%s n=%d at the %s of a guard page: differs from the twin", impl, r.name, hTypeName[T](), n, p)
						}
					}
				}
			})
		}
	}
}
