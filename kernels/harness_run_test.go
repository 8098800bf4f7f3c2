package kernels

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"sync"
	"testing"
)

// ---------------------------------------------------------------------------
// One case of the table-driven test.

// alias says which operands share one slice.
type hAlias int

const (
	aliasNone  hAlias = iota
	aliasDstX         // dst is x
	aliasDstY         // dst is y
	aliasXY           // y is x
	aliasDstXY        // dst, x and y are one slice
)

func (a hAlias) String() string {
	return [...]string{"none", "dst=x", "dst=y", "x=y", "dst=x=y"}[a]
}

// aliases returns the aliasings kernel kind k is tested with.
func (k hKind) aliases() []hAlias {
	switch k {
	case kBinary:
		return []hAlias{aliasNone, aliasDstX, aliasDstY, aliasXY, aliasDstXY}
	case kScalar, kRScalar, kUnary:
		return []hAlias{aliasNone, aliasDstX}
	case kPair, kAxpy:
		return []hAlias{aliasNone, aliasXY}
	}
	return []hAlias{aliasNone}
}

// owner returns the slot whose slice slot s uses under aliasing a.
func (a hAlias) owner(s hSlot) hSlot {
	switch {
	case s == slotDst && (a == aliasDstX || a == aliasDstXY):
		return slotX
	case s == slotDst && a == aliasDstY:
		return slotY
	case s == slotY && (a == aliasXY || a == aliasDstXY):
		return slotX
	}
	return s
}

type hCase struct {
	n     int
	off   [numSlots]int // start offset of each slice in its buffer
	alias hAlias
	data  hData
	seed  uint64
	s     int // index into scalars
	// given inputs (fuzzing), used when data == dataGiven
	gx, gy []float64
	gu     []uint8
	gs     float64 // the scalar
}

func (c *hCase) String() string {
	return fmt.Sprintf("n=%d offsets(dst,x,y)=%v alias=%s data=%s seed=%d", c.n, c.off, c.alias, c.data, c.seed)
}

// runCase runs kernel k of the active implementation impl and the generic
// twin on the same inputs and reports every difference, any write outside
// the output slice and any change to an input.
func hRunCase[T Float](r hReporter, impl string, k *hKernel[T], c *hCase) {
	r.Helper()
	rng := rand.New(rand.NewPCG(c.seed, uint64(c.n)))
	var bufs [numSlots]*hBuf[T]
	var u *hUbuf
	for _, s := range k.kind.uses() {
		o := c.alias.owner(s)
		if bufs[o] == nil {
			bufs[o] = hNewBuf[T](c.n, c.off[o])
		}
		bufs[s] = bufs[o]
	}
	if k.kind == kUint8 {
		u = hNewUbuf(c.n, c.off[slotX])
		ux := u.mem[u.lo:u.hi]
		if c.data == dataGiven {
			copy(ux, c.gu)
		} else {
			for i := range ux {
				ux[i] = uint8(rng.IntN(256))
			}
		}
	}
	reduceSafe := k.tol == tolSum
	for _, s := range []hSlot{slotX, slotY} {
		if k.kind == kUint8 || bufs[s] == nil || c.alias.owner(s) != s {
			continue
		}
		sl := bufs[s].s()
		switch {
		case c.data == dataGiven && s == slotX:
			for i := range sl {
				sl[i] = T(c.gx[i])
			}
		case c.data == dataGiven:
			for i := range sl {
				sl[i] = T(c.gy[i])
			}
		default:
			hFill(rng, c.data, sl, reduceSafe)
		}
	}
	if b := bufs[slotDst]; b != nil && c.alias.owner(slotDst) == slotDst {
		for i := range b.s() {
			b.mem[b.lo+i] = hUnwritten[T]()
		}
	}
	sc := hSpecials[T](false)
	s := sc[c.s%len(sc)]
	if c.s%2 == 0 {
		s = []T{2.5, -0.75, 1, -1, 0.1}[c.s/2%5]
	}
	if c.data == dataGiven {
		s = T(c.gs)
	}

	// Snapshots: the originals, and the buffers the generic twin runs on.
	var orig, ref [numSlots]*hBuf[T]
	for sl := range numSlots {
		if b := bufs[sl]; b != nil {
			if o := c.alias.owner(sl); o != sl {
				orig[sl], ref[sl] = orig[o], ref[o]
				continue
			}
			orig[sl], ref[sl] = b.clone(), b.clone()
		}
	}
	mk := func(bs [numSlots]*hBuf[T]) *hArgs[T] {
		a := &hArgs[T]{s: s}
		if bs[slotDst] != nil {
			a.dst = bs[slotDst].s()
		}
		if bs[slotX] != nil {
			a.x = bs[slotX].s()
		}
		if bs[slotY] != nil {
			a.y = bs[slotY].s()
		}
		if u != nil {
			a.u = u.mem[u.lo:u.hi:u.hi]
		}
		return a
	}
	got, want := mk(bufs), mk(ref)
	var x0, y0 []T
	if orig[slotX] != nil {
		x0 = orig[slotX].s()
	}
	if orig[slotY] != nil {
		y0 = orig[slotY].s()
	}
	uOrig := []uint8(nil)
	if u != nil {
		uOrig = slices.Clone(u.mem)
	}

	gr, gi := hCall(k.api, got)
	wr, wi := hCall(k.gen, want)

	where := hLazy(func() string { return fmt.Sprintf("impl=%s kernel=%s/%s %v", impl, k.name, hTypeName[T](), c) })
	if msg := hCheck(k, got, want, gr, wr, gi, wi, x0, y0); msg != "" {
		r.Errorf("%s: %s", where, msg)
	}
	out := hSlot(-1)
	if o := k.kind.out(); o >= 0 {
		out = c.alias.owner(o)
	}
	for sl := range numSlots {
		b := bufs[sl]
		if b == nil || c.alias.owner(sl) != sl {
			continue
		}
		if msg := b.guardErr(); msg != "" {
			r.Errorf("%s: %s slice: %s", where, sl, msg)
		}
		if sl != out {
			for i, v := range b.mem {
				if hBits(v) != hBits(orig[sl].mem[i]) {
					r.Errorf("%s: input %s changed at element %d: %s, was %s", where, sl, i-b.lo, hFmt(v), hFmt(orig[sl].mem[i]))
					break
				}
			}
		}
	}
	if u != nil && !slices.Equal(u.mem, uOrig) {
		r.Errorf("%s: the uint8 input (or its padding) changed", where)
	}
}

// testLengths are the lengths every kernel is tested at: all of 0..67
// (more than 4 vectors of 16 lanes plus a tail of 3) and two long ones.
func hLengths() []int {
	var ls []int
	for n := 0; n <= 67; n++ {
		ls = append(ls, n)
	}
	return append(ls, 1000, 4099)
}

// testOffsets are the start offsets (in elements) of the slices.
func hOffsets() []int {
	if hSlow() {
		return []int{0, 1, 5}
	}
	return []int{0, 1, 2, 3, 4, 5, 6, 7}
}

// hSlow reports whether the tests should take smaller sets: with -short,
// or when the arm64 test binary runs under qemu-user (about 15 times
// slower), which shows the host's x86 /proc/cpuinfo.
func hSlow() bool {
	hSlowOnce.Do(func() {
		hSlowVal = testing.Short()
		if runtime.GOARCH == "arm64" {
			b, _ := os.ReadFile("/proc/cpuinfo")
			hSlowVal = hSlowVal || bytes.Contains(b, []byte("vendor_id"))
		}
	})
	return hSlowVal
}

var (
	hSlowOnce sync.Once
	hSlowVal  bool
)

// checkKernel runs kernel k of implementation impl (already active)
// through every length, offset, aliasing and kind of data.
func hCheckKernel[T Float](r hReporter, impl string, k *hKernel[T]) {
	r.Helper()
	var seed uint64
	for _, n := range hLengths() {
		for _, o := range hOffsets() {
			for _, a := range k.kind.aliases() {
				seed++
				c := hCase{
					n: n, alias: a, seed: seed, s: int(seed),
					// the slices start at different offsets from each other,
					// changing with the length
					off:  [numSlots]int{o, (o + n) % 8, (o + 2*n + 3) % 8},
					data: hData((n + o + int(a)) % int(numDataKinds)),
				}
				hRunCase(r, impl, k, &c)
			}
		}
	}
}

// hUseImpl makes impl the active implementation until the test ends.
func hUseImpl(t testing.TB, impl string) {
	t.Helper()
	restore, err := Use(impl)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(restore)
}

func TestKernelsVsGeneric(t *testing.T) {
	t.Run("f64", testKernelsVsGeneric[float64])
	t.Run("f32", testKernelsVsGeneric[float32])
	hLogTwinOff(t)
}

func testKernelsVsGeneric[T Float](t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			for _, k := range hKernelTable[T]() {
				t.Run(k.name, func(t *testing.T) { hCheckKernel(hCapReports(t), impl, &k) })
			}
		})
	}
}
