package kernels

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// The sort tests: every implementation's Sort against the generic twin
// (slices.Sort with NaN last) for every length 0..300 and for large runs,
// on random, sorted, reversed, many-equal, NaN-heavy, ±Inf and signed-zero
// inputs; and the assembly pieces (network, partition) on their own.

// sortRef is the reference: the non-NaN elements by slices.Sort, then the
// NaNs in their input order.
func sortRef[T Float](x []T) []T {
	var num, nans []T
	for _, v := range x {
		if v != v {
			nans = append(nans, v)
		} else {
			num = append(num, v)
		}
	}
	slices.Sort(num)
	return append(num, nans...)
}

// sortInputs returns the named inputs of length n.
func sortInputs[T Float](n int, rng *rand.Rand) map[string][]T {
	nan, inf := T(math.NaN()), T(math.Inf(1))
	gen := func(f func(i int) T) []T {
		x := make([]T, n)
		for i := range x {
			x[i] = f(i)
		}
		return x
	}
	return map[string][]T{
		"random":    gen(func(int) T { return T(rng.NormFloat64() * 1e3) }),
		"sorted":    gen(func(i int) T { return T(i) }),
		"reversed":  gen(func(i int) T { return T(n - i) }),
		"manyEqual": gen(func(int) T { return T(rng.IntN(4)) }),
		"allEqual":  gen(func(int) T { return 7 }),
		"nanHeavy": gen(func(int) T {
			if rng.IntN(3) > 0 {
				return nan
			}
			return T(rng.IntN(100) - 50)
		}),
		"infs": gen(func(int) T {
			switch rng.IntN(4) {
			case 0:
				return inf
			case 1:
				return -inf
			}
			return T(rng.Float64())
		}),
		"negZeros": gen(func(int) T { return T(math.Copysign(0, -1)) * T(rng.IntN(2)) }),
		"mixedZeros": gen(func(i int) T {
			if i%2 == 0 {
				return T(math.Copysign(0, -1))
			}
			return T(rng.IntN(3) - 1)
		}),
		"sawtooth": gen(func(i int) T { return T(i % 17) }),
	}
}

// sameSorted reports whether got is want up to the order of equal
// elements: equal values (-0 == +0, NaN == NaN) at every index, and the
// same multiset of bits.
func sameSorted[T Float](got, want []T) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := got[i], want[i]
		if g != w && (g == g || w == w) {
			return false
		}
	}
	key := func(x []T) []uint64 {
		out := make([]uint64, len(x))
		for i, v := range x {
			out[i] = math.Float64bits(float64(v))
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(key(got), key(want))
}

func TestSortEveryImpl(t *testing.T) {
	t.Run("f64", testSortEveryImpl[float64])
	t.Run("f32", testSortEveryImpl[float32])
}

func testSortEveryImpl[T Float](t *testing.T) {
	lengths := make([]int, 0, 310)
	for n := 0; n <= 300; n++ {
		lengths = append(lengths, n)
	}
	lengths = append(lengths, 1000, 4099, 100_003)
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			rng := rand.New(rand.NewPCG(1, 2))
			for _, n := range lengths {
				for name, x := range sortInputs[T](n, rng) {
					want := sortRef(x)
					got := slices.Clone(x)
					Sort(got)
					if !sameSorted(got, want) {
						t.Fatalf("%s n=%d: Sort differs from slices.Sort", name, n)
					}
				}
			}
		})
	}
}

// TestSortNetworkAndPartition checks the assembly pieces directly: the
// network for every length up to its limit and the partition's split.
func TestSortNetworkAndPartition(t *testing.T) {
	t.Run("f64", testSortPieces[float64])
	t.Run("f32", testSortPieces[float32])
}

func testSortPieces[T Float](t *testing.T) {
	for _, impl := range Available() {
		restore, err := Use(impl)
		if err != nil {
			t.Fatal(err)
		}
		k := kernelsOf[T]().sort
		restore()
		if k.part == nil { // the generic sort: slices.Sort
			continue
		}
		t.Run(impl, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(3, 4))
			for n := 0; n <= k.netMax; n++ {
				for name, x := range sortInputs[T](n, rng) {
					if name == "nanHeavy" || name == "mixedZeros" {
						continue
					}
					// guards around the run must stay untouched
					buf := make([]T, n+32)
					for i := range buf {
						buf[i] = -12345
					}
					copy(buf[16:], x)
					k.net(buf[16 : 16+n])
					if !slices.Equal(buf[16:16+n], sortRef(x)) && !sameSorted(buf[16:16+n], sortRef(x)) {
						t.Fatalf("net %s n=%d: %v", name, n, buf[16:16+n])
					}
					for i := range 16 {
						if buf[i] != -12345 || buf[16+n+i] != -12345 {
							t.Fatalf("net %s n=%d wrote outside the run", name, n)
						}
					}
				}
			}
			for _, n := range []int{k.partMin, k.partMin + k.lanes, k.partMin + 3*k.lanes, 10 * k.partMin, 1024 * k.lanes} {
				for name, x := range sortInputs[T](n, rng) {
					if name == "nanHeavy" || name == "mixedZeros" {
						continue
					}
					for _, p := range []T{x[0], x[n/2], x[n-1], 0.5, T(math.Inf(-1)), T(math.Inf(1))} {
						y := slices.Clone(x)
						m := k.part(y, p)
						if m < 0 || m > n {
							t.Fatalf("part %s n=%d p=%v: m=%d", name, n, p, m)
						}
						for i, v := range y {
							if (i < m) != (v < p) {
								t.Fatalf("part %s n=%d p=%v: y[%d]=%v, m=%d", name, n, p, i, v, m)
							}
						}
						a, b := slices.Clone(x), slices.Clone(y)
						slices.SortFunc(a, cmp.Compare)
						slices.SortFunc(b, cmp.Compare)
						if !slices.Equal(a, b) {
							t.Fatalf("part %s n=%d p=%v: not a permutation", name, n, p)
						}
					}
				}
			}
		})
	}
}

func BenchmarkSort(b *testing.B) {
	for _, n := range []int{1000, 1 << 20} {
		rng := rand.New(rand.NewPCG(5, 6))
		x64 := make([]float64, n)
		for i := range x64 {
			x64[i] = rng.Float64()
		}
		x32 := make([]float32, n)
		for i := range x32 {
			x32[i] = float32(rng.Float64())
		}
		for _, impl := range Available() {
			b.Run(impl+"/f64/"+itoaT(n), func(b *testing.B) {
				hUseImpl(b, impl)
				y := make([]float64, n)
				for b.Loop() {
					copy(y, x64)
					Sort(y)
				}
			})
			b.Run(impl+"/f32/"+itoaT(n), func(b *testing.B) {
				hUseImpl(b, impl)
				y := make([]float32, n)
				for b.Loop() {
					copy(y, x32)
					Sort(y)
				}
			})
		}
	}
}

func itoaT(n int) string {
	if n >= 1<<20 {
		return "1M"
	}
	return "1000"
}

// TestSortFollowsUse checks that the sort family switches with every other
// family: under Use(name) the sort kernels are name's own, or the generic
// ones (slices.Sort) where name has none, as SortKernel and HasVectorSort
// report.
func TestSortFollowsUse(t *testing.T) {
	for _, name := range Available() {
		t.Run(name, func(t *testing.T) {
			hUseImpl(t, name)
			im := lookup(name)
			for _, c := range []struct {
				elem   string
				own    bool
				vector bool
			}{
				{"f64", im.f64.sort.part != nil, HasVectorSort[float64]()},
				{"f32", im.f32.sort.part != nil, HasVectorSort[float32]()},
			} {
				want := "generic"
				if c.own {
					want = name
				}
				if got := SortKernel(c.elem); got != want {
					t.Errorf("SortKernel(%s) = %s, want %s", c.elem, got, want)
				}
				if c.vector != (want != "generic") {
					t.Errorf("HasVectorSort for %s = %v under %s", c.elem, c.vector, name)
				}
			}
			if name == "generic" && (HasVectorArgsortF64() || ArgsortKernel() != "generic") {
				t.Errorf("generic: ArgsortF64 uses %s's kernels", ArgsortKernel())
			}
		})
	}
}
