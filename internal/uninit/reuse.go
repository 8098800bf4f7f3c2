//go:build !ndsimd_nolinkname

package uninit

import (
	"math/bits"
	"runtime"
	"sync"
	"unsafe"
	"weak"
)

// Blocks of Make are reused once the garbage collector finds them
// unreachable, so that a loop making a large result per call writes into
// memory that is still mapped.
//
// Why: with two or more Ps the collector marks concurrently with the
// program, and a result allocated during the mark is counted live at the
// end of it even when dropped at once, so the heap goal swings between
// cycles (2×3 MiB, then 2×11 MiB, ...). The heap grows into fresh address
// space in the high cycles, the background scavenger gives those pages
// back to the OS (MADV_DONTNEED) in the low ones, and the next high cycle
// page-faults them in again, at several µs per 4 KiB page on a VM. With
// one P the mark runs within one allocation, the goal stays put and the
// same few blocks are reused, so blocks are reused only with two or more
// Ps.
//
// How: every block Make hands out from minReuseBytes up has a finalizer. When
// the collector finds the block unreachable (no array, view or Data slice
// points into it) the finalizer puts it in a free list of its size class,
// which holds it only through a weak pointer: a block not taken again
// before the next collection is freed by it as any garbage would be. So
// the lists never keep memory past one collection, debug.FreeOSMemory
// (called twice: a finalized object lives one collection longer) returns
// everything unused, and reuse never changes GOGC or the heap goal's rule:
// a reused block is not a new allocation, and a listed one is not live.

// Size classes: eight per power of two, so that a block serves requests
// up to 12.5% smaller than itself.
const (
	classesPerOctave = 8
	// minReuseBytes is the smallest block reused: smaller ones are plain
	// allocations (a 256 KiB matmul result measured no better reused).
	minReuseBytes = 1 << 20
	// maxReuseBytes is the largest block reused; larger ones are plain
	// allocations.
	maxReuseBytes = 64 << 20
	// maxListedBytes bounds the bytes of all free lists together.
	maxListedBytes = 64 << 20
	// maxListed bounds the length of one class's list.
	maxListed = 64
)

var (
	minOctave  = bits.Len(uint(minReuseBytes)) - 1
	numClasses = (bits.Len(uint(maxReuseBytes))-1-minOctave)*classesPerOctave + 1
)

// classOf returns the class of a block of size bytes (minReuseBytes <=
// size <= maxReuseBytes) and the class's block size.
func classOf(size uintptr) (class int, classBytes uintptr) {
	octave := bits.Len(uint(size-1)) - 1 // 2^octave < size <= 2^(octave+1)
	if size <= minReuseBytes {
		return 0, minReuseBytes
	}
	step := uintptr(1) << (octave - 3)
	k := (size - (uintptr(1) << octave) + step - 1) / step // 1..8
	return (octave-minOctave)*classesPerOctave + int(k), uintptr(1)<<octave + k*step
}

// freeListSet is the blocks waiting to be reused, per class, most recently
// freed last.
type freeListSet struct {
	sync.Mutex
	lists  [][]weak.Pointer[byte]
	listed uintptr // bytes in lists, dead entries included until pruned
}

var freeLists = freeListSet{lists: make([][]weak.Pointer[byte], numClasses)}

// finalizers[c] returns a block of class c to its free list.
var finalizers = func() []func(*byte) {
	f := make([]func(*byte), numClasses)
	for c := range f {
		f[c] = func(p *byte) { release(p, c) }
	}
	return f
}()

// classBytes[c] is the block size of class c.
var classBytes = func() []uintptr {
	s := make([]uintptr, numClasses)
	for c := range s {
		if c == 0 {
			s[c] = minReuseBytes
			continue
		}
		octave := (c-1)/classesPerOctave + minOctave
		k := uintptr((c-1)%classesPerOctave + 1)
		s[c] = uintptr(1)<<octave + k*(uintptr(1)<<(octave-3))
	}
	return s
}()

// allocReused returns a block of at least size bytes, reused when one of
// its class is free, with its finalizer set. Outside minReuseBytes to
// maxReuseBytes, and with one P (the heap reuses its blocks by itself
// there), it is a plain allocation.
func allocReused(size uintptr) unsafe.Pointer {
	if size < minReuseBytes || size > maxReuseBytes || runtime.GOMAXPROCS(0) == 1 {
		return mallocFresh(size)
	}
	c, cb := classOf(size)
	p := take(c)
	if p == nil {
		// Let the finalizer goroutine list what the last collection
		// found: with one P it runs only when this goroutine yields.
		runtime.Gosched()
		p = take(c)
	}
	if p == nil {
		p = (*byte)(mallocFresh(cb))
	} else {
		// Charge the collector's pacer for the allocation the reuse
		// replaces: an untouched block (no page of it is faulted in)
		// that is garbage at once. A reused block keeps the huge-page
		// advice (and its cleanup) of its first allocation.
		mallocNoZero(cb)
	}
	runtime.SetFinalizer(p, finalizers[c])
	return unsafe.Pointer(p)
}

// take pops the most recently freed live block of class c, or returns nil.
func take(c int) *byte {
	l := &freeLists
	l.Lock()
	defer l.Unlock()
	for n := len(l.lists[c]); n > 0; n-- {
		w := l.lists[c][n-1]
		l.lists[c] = l.lists[c][:n-1]
		l.listed -= classBytes[c]
		if p := w.Value(); p != nil {
			return p
		}
	}
	return nil
}

// release lists p, an unreachable block of class c, for reuse, unless the
// lists are full: then p is left to the collector.
func release(p *byte, c int) {
	l := &freeLists
	l.Lock()
	defer l.Unlock()
	if len(l.lists[c]) >= maxListed || l.listed+classBytes[c] > maxListedBytes {
		l.prune()
		if len(l.lists[c]) >= maxListed || l.listed+classBytes[c] > maxListedBytes {
			return
		}
	}
	l.lists[c] = append(l.lists[c], weak.Make(p))
	l.listed += classBytes[c]
}

// prune drops the entries whose block the collector has freed. The lock
// is held.
func (l *freeListSet) prune() {
	for c, list := range l.lists {
		kept := list[:0]
		for _, w := range list {
			if w.Value() != nil {
				kept = append(kept, w)
			} else {
				l.listed -= classBytes[c]
			}
		}
		clear(list[len(kept):])
		l.lists[c] = kept
	}
}
