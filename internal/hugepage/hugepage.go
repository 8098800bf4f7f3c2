// Package hugepage asks Linux for transparent huge pages (2 MiB) under the
// large blocks that hold array data, as NumPy does for every data buffer
// of 4 MiB or more (its madvise(MADV_HUGEPAGE), on by default on Linux).
//
// Why: a memory-bound loop over an 8 MiB operand walks 2048 pages of
// 4 KiB, and its TLB misses cost 10-15% of the loop (abs into an existing
// array of 2^20 float64: 240 µs on 4 KiB pages, 204 µs on huge pages).
// Where the system's THP mode is "always" every such block gets huge
// pages anyway, and under "never" none can; under "madvise" (the common
// default) a range gets them only when advised. [Advise] advises the
// 2 MiB-aligned interior of a block of [MinBytes] or more, under
// "madvise" only (the mode is read once), before the block's pages are
// first touched, so that the first writes fault in huge pages. On other
// systems it does nothing.
//
// Safety. The advice (the VMA flag VM_HUGEPAGE) belongs to the address
// range, not to the block: once the block dies the Go heap reuses the
// range for other objects, and khugepaged (which may fill up to 511 of a
// huge page's 512 small pages, max_ptes_none) could collapse sparsely
// used 2 MiB ranges into huge pages and grow the resident set, or
// collapse again what the runtime's scavenger has given back to the OS.
// That is why Go 1.21.1 withdrew its own use of the advice on the heap.
// So every advised block gets a cleanup (runtime.AddCleanup, with the
// range, not the block, as its argument) that takes the advice back
// (MADV_NOHUGEPAGE, which under "madvise" behaves as the default) once the
// collector has freed the block. A block that internal/uninit keeps for
// reuse is not freed yet (its finalizer runs first and the cleanup only
// when it is unreachable again) and keeps its huge pages. A cleanup runs
// some time after the free, when the range may already hold a new
// advised block: a registry of the live advised ranges makes the cleanup
// spare those. Until the cleanup runs, smaller objects placed in the range
// may get huge pages too; that window is one cleanup's delay.
//
// Every distinct advice splits the heap's mapping (one VMA per run of
// equal flags), so the number of mappings grows with the number of large
// blocks alive in the heap at once, not with the number of allocations
// (TestMappingsBounded measures it).
//
// NDSIMD_HUGEPAGES=0 in the environment turns the advice off (for
// measurements against small pages); [Set] does the same at run time.
package hugepage

import (
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/ndsimd/ndsimd/internal/env"
)

// MinBytes is the smallest block advised: NumPy's threshold.
const MinBytes = 4 << 20

// PageBytes is the size of a huge page (x86-64 and arm64 with 4 KiB base
// pages).
const PageBytes = 2 << 20

// Var is the environment variable that turns the advice off ("0").
const Var = "NDSIMD_HUGEPAGES"

// on is the setting of Set: whether Advise advises when the mode allows.
var on atomic.Bool

func init() {
	v := strings.TrimSpace(os.Getenv(Var))
	enabled, ok := parseSetting(v)
	if !ok {
		env.Warn(Var, v, "is not 0 or 1", "1 (huge pages for arrays of 4 MiB or more)")
	}
	on.Store(enabled)
}

// parseSetting reads a value of NDSIMD_HUGEPAGES: "0" is off, "1" or
// empty on; anything else is on and not ok.
func parseSetting(v string) (enabled, ok bool) {
	switch v {
	case "", "1":
		return true, true
	case "0":
		return false, true
	}
	return true, false
}

// Set turns the advice on or off for later blocks and returns the previous
// setting. Blocks advised already keep their advice until they die.
func Set(enabled bool) bool { return on.Swap(enabled) }

// Active reports whether Advise advises: the setting is on and the
// system's mode is "madvise".
func Active() bool { return on.Load() && madviseMode() }

// Interior returns the 2 MiB-aligned part [lo, hi) of the block of size
// bytes at start; lo == hi when there is none.
func Interior(start, size uintptr) (lo, hi uintptr) {
	lo = (start + PageBytes - 1) &^ (PageBytes - 1)
	hi = (start + size) &^ (PageBytes - 1)
	if hi < lo {
		hi = lo
	}
	return lo, hi
}

// Advise asks for huge pages under the block of size bytes at p, a fresh
// heap object (p its start) whose pages nobody has touched since the
// runtime handed it out, and takes the advice back once the collector has
// freed it. It does nothing for blocks under MinBytes and when Active is
// false. Call it once per allocation: a block reused without a new
// allocation keeps the advice and the cleanup of its first.
func Advise(p unsafe.Pointer, size uintptr) {
	if size < MinBytes || !Active() {
		return
	}
	lo, hi := Interior(uintptr(p), size)
	if lo == hi {
		return
	}
	id := ranges.add(lo, hi)
	runtime.AddCleanup((*byte)(p), unadvise, span{lo, hi, id})
}

// span is an advised range and the number that tells its block from a
// later block at the same address.
type span struct {
	lo, hi uintptr
	id     uint64
}

// registry is the advised ranges of the live blocks, by start address.
type registry struct {
	sync.Mutex
	live   map[uintptr]span
	nextID uint64
}

var ranges = registry{live: map[uintptr]span{}}

// add advises [lo, hi) and records it; it returns the range's id.
func (r *registry) add(lo, hi uintptr) uint64 {
	r.Lock()
	defer r.Unlock()
	r.nextID++
	r.live[lo] = span{lo, hi, r.nextID}
	madvise(lo, hi-lo, adviceHuge)
	return r.nextID
}

// unadvise is the cleanup of a freed block: it forgets s and takes the
// advice back from the parts of s that no live advised block covers.
func unadvise(s span) { ranges.remove(s) }

func (r *registry) remove(s span) {
	r.Lock()
	defer r.Unlock()
	if cur, ok := r.live[s.lo]; ok && cur.id == s.id {
		delete(r.live, s.lo)
	}
	for _, gap := range r.uncovered(s.lo, s.hi) {
		madvise(gap[0], gap[1]-gap[0], adviceDefault)
	}
}

// uncovered returns the parts of [lo, hi) outside every live range, in
// order. The lock is held.
func (r *registry) uncovered(lo, hi uintptr) [][2]uintptr {
	var over []span
	for _, l := range r.live {
		if l.lo < hi && l.hi > lo {
			over = append(over, l)
		}
	}
	slices.SortFunc(over, func(a, b span) int {
		switch {
		case a.lo < b.lo:
			return -1
		case a.lo > b.lo:
			return 1
		}
		return 0
	})
	var gaps [][2]uintptr
	at := lo
	for _, l := range over {
		if l.lo > at {
			gaps = append(gaps, [2]uintptr{at, l.lo})
		}
		at = max(at, l.hi)
	}
	if at < hi {
		gaps = append(gaps, [2]uintptr{at, hi})
	}
	return gaps
}

// Live returns how many advised blocks the collector has not freed yet
// (their cleanup has not run).
func Live() int {
	ranges.Lock()
	defer ranges.Unlock()
	return len(ranges.live)
}
