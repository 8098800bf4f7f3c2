//go:build !ndsimd_nolinkname

package uninit

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"testing"
	"time"
	"unsafe"
)

// twoPs runs the rest of the test with at least two Ps: blocks are reused
// only then.
func twoPs(t *testing.T) {
	if prev := runtime.GOMAXPROCS(0); prev < 2 {
		runtime.GOMAXPROCS(2)
		t.Cleanup(func() { runtime.GOMAXPROCS(prev) })
	}
}

// TestOnePNoReuse checks that with one P blocks are plain allocations:
// dropped ones are never listed for reuse.
func TestOnePNoReuse(t *testing.T) {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	drainFreeLists()
	for range 8 {
		s := Make[float64](1 << 17)
		s[0] = 1
	}
	for range 3 {
		runtime.GC()
		runtime.Gosched()
	}
	freeLists.Lock()
	listed := freeLists.listed
	freeLists.Unlock()
	if listed != 0 {
		t.Errorf("with one P, %d bytes of dropped blocks were listed for reuse, want 0", listed)
	}
}

func TestClassOf(t *testing.T) {
	for _, c := range []struct {
		size        uintptr
		class       int
		classBytes  uintptr
		description string
	}{
		{minReuseBytes, 0, minReuseBytes, "the smallest block"},
		{minReuseBytes + 1, 1, minReuseBytes + minReuseBytes/8, "one past it: the first step"},
		{minReuseBytes + minReuseBytes/8, 1, minReuseBytes + minReuseBytes/8, "the first step exactly"},
		{2 * minReuseBytes, 8, 2 * minReuseBytes, "a power of two ends an octave"},
		{2*minReuseBytes + 1, 9, 2*minReuseBytes + minReuseBytes/4, "and the next starts"},
		{4_000_000, 16, 4 << 20, "a 1000×1000 float32 result"},
		{maxReuseBytes, numClasses - 1, maxReuseBytes, "the largest reused block"},
	} {
		class, cb := classOf(c.size)
		if class != c.class || cb != c.classBytes {
			t.Errorf("classOf(%d) (%s) = %d, %d; want %d, %d", c.size, c.description, class, cb, c.class, c.classBytes)
		}
	}
	prev := 0
	for size := uintptr(minReuseBytes); size <= maxReuseBytes; size += size/37 + 1 {
		class, cb := classOf(size)
		if cb < size || cb > size+size/8+1 || cb != classBytes[class] || class < prev {
			t.Fatalf("classOf(%d) = %d, %d (classBytes %d, previous class %d): want a block at most 1/8 larger, classes increasing", size, class, cb, classBytes[class], prev)
		}
		prev = class
	}
}

// TestFreeListsBounded lists more blocks than the lists hold, directly
// (as the finalizers would), and checks the bounds and the LIFO order.
func TestFreeListsBounded(t *testing.T) {
	drainFreeLists()
	c, cb := classOf(minReuseBytes + 1)
	blocks := make([]*byte, maxListed+3)
	for i := range blocks {
		blocks[i] = (*byte)(mallocNoZero(cb))
		release(blocks[i], c)
	}
	want := min(maxListed, int(maxListedBytes/cb)) // whichever bound comes first
	if n := len(freeLists.lists[c]); n != want {
		t.Errorf("%d blocks released: the list holds %d, want %d", len(blocks), n, want)
	}
	if p := take(c); p != blocks[want-1] {
		t.Errorf("take returned %p, want the last listed block %p", p, blocks[want-1])
	}
	big, bigBytes := classOf(maxReuseBytes)
	for range maxListedBytes/bigBytes + 2 {
		release((*byte)(mallocNoZero(bigBytes)), big)
	}
	if freeLists.listed > maxListedBytes {
		t.Errorf("lists hold %d bytes, bound %d", freeLists.listed, maxListedBytes)
	}
	runtime.KeepAlive(blocks)
	drainFreeLists()
}

func drainFreeLists() {
	for c := range numClasses {
		for take(c) != nil {
		}
	}
}

// noAutoGC turns automatic collection off for the rest of the test, so that
// the only cycles are the test's own: a listed block lives only until the
// next collection (by design), so a cycle the runtime starts between a
// block's drop and the test's collection would list it and the test's
// collection free it.
func noAutoGC(t *testing.T) {
	prev := debug.SetGCPercent(-1)
	t.Cleanup(func() { debug.SetGCPercent(prev) })
}

// reusedWithin collects once, waits (for up to two seconds) until the
// finalizer has listed the block at addr, a block dropped before, and then
// makes blocks of n float64, keeping them, while listed ones remain: it
// returns the one at addr and whether it came. Waiting makes it
// independent of when the finalizer goroutine gets to run; making several
// allows for other garbage of the class listed by the same collection.
// The caller has called noAutoGC before making the block.
func reusedWithin(n int, addr uintptr) ([]float64, bool) {
	runtime.GC()
	if !listedWithin(addr, 2*time.Second) {
		return nil, false
	}
	var kept [][]float64
	for range maxListed {
		s := Make[float64](n)
		if uintptr(unsafe.Pointer(unsafe.SliceData(s))) == addr {
			return s, true
		}
		kept = append(kept, s)
		if !listed(addr) {
			break
		}
	}
	runtime.KeepAlive(kept)
	return nil, false
}

// listedWithin reports whether the block at addr shows up in a free list
// within d.
func listedWithin(addr uintptr, d time.Duration) bool {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(100 * time.Microsecond) {
		if listed(addr) {
			return true
		}
	}
	return false
}

// listed reports whether the block at addr is in a free list.
func listed(addr uintptr) bool {
	l := &freeLists
	l.Lock()
	defer l.Unlock()
	for _, list := range l.lists {
		for _, w := range list {
			if uintptr(unsafe.Pointer(w.Value())) == addr {
				return true
			}
		}
	}
	return false
}

// TestBlockReused drops a block and checks that a later Make of a nearby
// size hands it out again once the collector has found it unreachable.
func TestBlockReused(t *testing.T) {
	twoPs(t)
	noAutoGC(t)
	const n = 1 << 18
	s := Make[float64](n)
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	s = nil
	if _, ok := reusedWithin(n-100, addr); !ok {
		t.Errorf("a dropped block of %d float64 was not listed and handed out again after one collection", n)
	}
}

// TestViewKeepsBlock keeps only an interior slice of a block (as a view or
// a Data slice does), makes and overwrites many blocks of its class across
// collections, and checks that the kept elements never change.
func TestViewKeepsBlock(t *testing.T) {
	twoPs(t)
	const n = 1 << 18
	s := Make[float64](n)
	for i := range s {
		s[i] = float64(i)
	}
	view := s[n/2 : n/2+8]
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	s = nil
	for round := range 20 {
		runtime.GC()
		runtime.Gosched()
		for range 4 {
			b := Make[float64](n)
			if p := uintptr(unsafe.Pointer(unsafe.SliceData(b))); p == lo {
				t.Fatalf("round %d: the block under a live view was handed out again", round)
			}
			for i := range b {
				b[i] = -1
			}
		}
	}
	for i, v := range view {
		if v != float64(n/2+i) {
			t.Fatalf("view[%d] = %v after reuse pressure, want %d", i, v, n/2+i)
		}
	}
}

// TestPoisonReused checks that a reused block is poisoned like a new one.
func TestPoisonReused(t *testing.T) {
	twoPs(t)
	noAutoGC(t)
	Poison(true)
	defer Poison(false)
	const n = 1 << 18
	s := Make[float64](n)
	for i := range s {
		s[i] = 0
	}
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	s = nil
	r, ok := reusedWithin(n, addr)
	if !ok {
		t.Fatal("the dropped block was not listed and handed out again after one collection")
	}
	for i, v := range r {
		if v == v {
			t.Fatalf("reused poisoned block [%d] = %v, want NaN", i, v)
		}
	}
}

// TestConcurrentReuse has goroutines make, fill, collect and check blocks
// of one class at once: a block handed out twice would show another
// goroutine's pattern (and the race detector would see the writes).
func TestConcurrentReuse(t *testing.T) {
	twoPs(t)
	const n = 1<<18 + 1
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for round := range 30 {
				s := Make[int32](n)
				want := int32(g*1000 + round)
				for i := range s {
					s[i] = want
				}
				if round%5 == 0 {
					runtime.GC()
				}
				runtime.Gosched()
				for i, v := range s {
					if v != want {
						t.Errorf("goroutine %d round %d: [%d] = %d, want %d", g, round, i, v, want)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

// TestFreeOSMemoryReturnsBlocks drops blocks and checks that two calls of
// debug.FreeOSMemory (a finalized block lives one collection longer)
// leave none of them in the heap.
func TestFreeOSMemoryReturnsBlocks(t *testing.T) {
	twoPs(t)
	objects := func() uint64 {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	debug.FreeOSMemory()
	before := objects()
	for range 32 {
		s := Make[float64](1 << 18) // 2 MiB
		s[0] = 1
	}
	runtime.GC()
	runtime.Gosched()
	for range 2 {
		debug.FreeOSMemory()
		runtime.Gosched()
	}
	if after := objects(); after > before+4<<20 {
		t.Errorf("heap objects %d bytes after two FreeOSMemory calls, %d before making 64 MiB of blocks", after, before)
	}
}
