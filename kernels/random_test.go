package kernels

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime/debug"
	"slices"
	"testing"

	"github.com/ndsimd/ndsimd/kernels/internal/guard"
)

// Tests of the random-number family: the twins against plain references
// (one PCG64 step at a time, MT19937's published first output, the polar
// formula), then every available implementation against the twins bit for
// bit, on slices that end (or start) at a PROT_NONE page.

// pcgLanesOf returns sixteen consecutive states from (h, l) with
// increment (ih, il) and the sixteen-step map, computed by single steps.
func pcgLanesOf(h, l, ih, il uint64) *PCG64Lanes {
	const multHi, multLo = 2549297995355413924, 4865540595714422341
	st := &PCG64Lanes{}
	for j := range 16 {
		h, l = pcgAffine(h, l, multHi, multLo, ih, il)
		st.Hi[j], st.Lo[j] = h, l
	}
	// the map of sixteen steps: A**16 and C*(A**15 + ... + 1)
	mh, ml, ch, cl := uint64(0), uint64(1), uint64(0), uint64(0)
	for range 16 {
		mh, ml = mul128(mh, ml, multHi, multLo)
		ch, cl = pcgAffine(ch, cl, multHi, multLo, ih, il)
	}
	st.MulHi, st.MulLo, st.IncHi, st.IncLo = mh, ml, ch, cl
	return st
}

func mul128(ah, al, bh, bl uint64) (uint64, uint64) {
	h, l := bits.Mul64(al, bl)
	return h + ah*bl + al*bh, l
}

// pcgReference is n words of PCG64 after the state (h, l), one step at a
// time, and the state after them.
func pcgReference(h, l, ih, il uint64, n int) ([]uint64, uint64, uint64) {
	out := make([]uint64, n)
	for i := range out {
		h, l = pcgAffine(h, l, 2549297995355413924, 4865540595714422341, ih, il)
		out[i] = bits.RotateLeft64(h^l, -int(h>>58))
	}
	return out, h, l
}

func TestPCG64WordsIsOneStepAtATime(t *testing.T) {
	h, l, ih, il := uint64(0x0123456789abcdef), uint64(0xfedcba9876543210), uint64(0x5851f42d4c957f2d), uint64(0x14057b7ef767814f)
	for _, impl := range Available() {
		hUseImpl(t, impl)
		for _, n := range []int{0, 16, 32, 48, 512, 528, 2000} {
			want, _, _ := pcgReference(h, l, ih, il, n)
			st := pcgLanesOf(h, l, ih, il)
			got := make([]uint64, n)
			PCG64Words(st, got)
			if !slices.Equal(got, want[:n]) {
				t.Fatalf("%s: PCG64Words of %d words differs from single steps", impl, n)
			}
			// the lanes are left at the next sixteen states
			if n > 0 {
				_, h16, l16 := pcgReference(h, l, ih, il, n+1)
				if st.Hi[0] != h16 || st.Lo[0] != l16 {
					t.Fatalf("%s n=%d: lane 0 left at (%x, %x), want (%x, %x)", impl, n, st.Hi[0], st.Lo[0], h16, l16)
				}
			}
			d := make([]float64, n)
			PCG64Doubles(pcgLanesOf(h, l, ih, il), d)
			for i, w := range want[:n] {
				if r := float64(w>>11) / (1 << 53); d[i] != r {
					t.Fatalf("%s: PCG64Doubles[%d] = %v, want %v", impl, i, d[i], r)
				}
			}
		}
	}
}

// mtSeeded is init_genrand(s), the reference MT19937 initialisation.
func mtSeeded(s uint32) *[624]uint32 {
	var k [624]uint32
	for i := range k {
		k[i] = s
		s = 1812433253*(s^(s>>30)) + uint32(i) + 1
	}
	return &k
}

// MT19937 seeded with 5489 (the reference's default) outputs 3499211612,
// 581869302, 3890346734 first, and its 10000th output is 4123659995
// (C++'s std::mt19937 specification).
func TestMT19937TwistIsTheReference(t *testing.T) {
	for _, impl := range Available() {
		hUseImpl(t, impl)
		key := mtSeeded(5489)
		var out [624]uint32
		MT19937Twist(key, &out)
		if got := out[:3]; !slices.Equal(got, []uint32{3499211612, 581869302, 3890346734}) {
			t.Errorf("%s: first outputs %v", impl, got)
		}
		for range 10000 / 624 {
			MT19937Twist(key, &out)
		}
		if got := out[10000%624-1]; got != 4123659995 {
			t.Errorf("%s: 10000th output %d, want 4123659995", impl, got)
		}
	}
}

func TestPolarScaleIsTheFormula(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, impl := range Available() {
		hUseImpl(t, impl)
		for n := range 40 {
			f, r2 := make([]float64, n), make([]float64, n)
			for i := range f {
				r2[i] = rng.Float64()
				f[i] = math.Log(r2[i])
			}
			want := make([]float64, n)
			for i := range f {
				want[i] = math.Sqrt(-2 * f[i] / r2[i])
			}
			PolarScale(f, r2)
			if !slices.Equal(f, want) {
				t.Fatalf("%s n=%d: %v, want %v", impl, n, f, want)
			}
		}
	}
}

// lemireReference is Lemire32Pairs one half word at a time.
func lemireReference(words []uint64, rngExcl, threshold, off uint64) ([]int64, int) {
	var out []int64
	for k := 0; k+8 <= len(words); k += 8 {
		var block []int64
		for _, w := range words[k : k+8] {
			for _, h := range []uint64{w & 0xffffffff, w >> 32} {
				m := h * rngExcl
				if uint32(m) < uint32(threshold) {
					return out, k
				}
				block = append(block, int64(off+m>>32))
			}
		}
		out = append(out, block...)
	}
	return out, len(words) &^ 7
}

func TestLemire32PairsIsTheReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, impl := range Available() {
		hUseImpl(t, impl)
		for _, r := range []uint64{1, 3, 10, 1000, 1 << 20, 3_000_000_000, 0xfffffffe} {
			excl := r + 1
			threshold := (0xffffffff - r) % excl
			for _, n := range []int{0, 7, 8, 9, 64, 100, 1000} {
				words := make([]uint64, n)
				for i := range words {
					words[i] = rng.Uint64()
				}
				want, wk := lemireReference(words, excl, threshold, 5)
				pairs := make([]int64, 2*n)
				k := Lemire32Pairs(words, pairs, excl, threshold, 5)
				if k != wk || !slices.Equal(pairs[:2*k], want) {
					t.Fatalf("%s range %d n=%d: used %d words, want %d; values differ: %v", impl, r, n, k, wk, !slices.Equal(pairs[:2*k], want))
				}
			}
		}
	}
}

// TestRandomGuardPages runs every random kernel of every implementation
// on buffers that end (or start) at a PROT_NONE page, against the twins.
func TestRandomGuardPages(t *testing.T) {
	if !guard.Supported {
		t.Skip("guard pages are not supported on this platform")
	}
	const max = 128
	twin := genericRandomKernels()
	for _, p := range []guard.Placement{guard.End, guard.Start} {
		wordsBuf, pairsBuf := guardAlloc[uint64](t, p, max), guardAlloc[int64](t, p, 2*max)
		fBuf, r2Buf := guardAlloc[float64](t, p, max), guardAlloc[float64](t, p, max)
		keyBuf, outBuf := guardAlloc[uint32](t, p, 624), guardAlloc[uint32](t, p, 624)
		for _, impl := range Available() {
			t.Run(fmt.Sprint(impl, "/", p), func(t *testing.T) {
				hUseImpl(t, impl)
				defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
				rng := rand.New(rand.NewPCG(7, 8))
				for n := 0; n <= max; n += 16 {
					st := pcgLanesOf(rng.Uint64(), rng.Uint64(), 0, 1)
					twinSt := *st
					st2 := &twinSt
					d := hTake((wordsBuf), n, p)
					want := make([]uint64, n)
					twin.pcgWords(st2, want)
					if fault := hFault(func() { PCG64Words(st, d) }); fault != "" {
						t.Fatalf("PCG64Words n=%d: %s", n, fault)
					}
					if !slices.Equal(d, want) || *st != *st2 {
						t.Fatalf("PCG64Words n=%d differs from the twin", n)
					}
					f := hTake((fBuf), n, p)
					wantF := make([]float64, n)
					twin.pcgDoubles(st2, wantF)
					if fault := hFault(func() { PCG64Doubles(st, f) }); fault != "" {
						t.Fatalf("PCG64Doubles n=%d: %s", n, fault)
					}
					if !slices.Equal(f, wantF) || *st != *st2 {
						t.Fatalf("PCG64Doubles n=%d differs from the twin", n)
					}
				}
				for n := 0; n <= max; n++ {
					w := hTake((wordsBuf), n, p)
					for i := range w {
						w[i] = rng.Uint64()
					}
					for _, r := range []uint64{6, 0xfffffff0} { // rejections rare, and frequent
						excl := r + 1
						th := (0xffffffff - r) % excl
						pairs := hTake((pairsBuf), 2*(n&^7), p)
						want := make([]int64, len(pairs))
						wk := twin.lemire(w, want, excl, th, 3)
						var k int
						if fault := hFault(func() { k = Lemire32Pairs(w, pairs, excl, th, 3) }); fault != "" {
							t.Fatalf("Lemire32Pairs n=%d: %s", n, fault)
						}
						if k != wk || !slices.Equal(pairs[:2*k], want[:2*k]) {
							t.Fatalf("Lemire32Pairs n=%d range %d: %d words, twin %d", n, r, k, wk)
						}
					}
					f, r2 := hTake((fBuf), n, p), hTake((r2Buf), n, p)
					for i := range f {
						r2[i] = rng.Float64()
						f[i] = math.Log(r2[i])
					}
					want := slices.Clone(f)
					twin.polar(want, r2)
					if fault := hFault(func() { PolarScale(f, r2) }); fault != "" {
						t.Fatalf("PolarScale n=%d: %s", n, fault)
					}
					if !slices.Equal(f, want) {
						t.Fatalf("PolarScale n=%d differs from the twin", n)
					}
				}
				key, out := (*[624]uint32)((keyBuf)), (*[624]uint32)((outBuf))
				*key = *mtSeeded(rng.Uint32())
				wantKey, wantOut := *key, [624]uint32{}
				twin.twist(&wantKey, &wantOut)
				if fault := hFault(func() { MT19937Twist(key, out) }); fault != "" {
					t.Fatalf("MT19937Twist: %s", fault)
				}
				if *key != wantKey || *out != wantOut {
					t.Fatal("MT19937Twist differs from the twin")
				}
			})
		}
	}
}

// guardAlloc is guard.Alloc of n elements, freed when t ends.
func guardAlloc[E any](t *testing.T, p guard.Placement, n int) []E {
	s, free, err := guard.Alloc[E](n, p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(free)
	return s
}

func TestRandomKernelsLengthErrors(t *testing.T) {
	for name, f := range map[string]func(){
		"PCG64Words(17)":     func() { PCG64Words(&PCG64Lanes{}, make([]uint64, 17)) },
		"PCG64Doubles(8)":    func() { PCG64Doubles(&PCG64Lanes{}, make([]float64, 8)) },
		"Lemire32Pairs(8,8)": func() { Lemire32Pairs(make([]uint64, 8), make([]int64, 8), 3, 1, 0) },
		"PolarScale(3,2)":    func() { PolarScale(make([]float64, 3), make([]float64, 2)) },
	} {
		func() {
			defer func() {
				if _, ok := recover().(*LengthError); !ok {
					t.Errorf("%s did not panic with a *LengthError", name)
				}
			}()
			f()
		}()
	}
}
