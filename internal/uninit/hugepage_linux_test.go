//go:build linux

package uninit

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"testing"
	"time"
	"unsafe"

	"github.com/ndsimd/ndsimd/internal/hugepage"
)

// needAdvice skips the test unless blocks get the huge-page advice.
func needAdvice(t *testing.T) {
	if !hugepage.Active() {
		t.Skip("transparent huge pages are not in madvise mode here (or NDSIMD_HUGEPAGES=0): blocks are not advised")
	}
	if !hugepage.AdviceTakes() {
		t.Skip("MADV_HUGEPAGE does not show in the mappings here (an emulator such as qemu-user ignores it)")
	}
}

// TestLargeBlocksHugePages writes a block of Make and one of Zeroed and
// checks that their 2 MiB-aligned interiors are advised and backed by huge
// pages (as smaps counts them for the mappings that cover them).
//
// The heap hands out address ranges used before, and there the kernel may
// fault small pages even into advised, non-resident memory (a page table
// left from earlier small pages takes the fault; khugepaged merges them
// later), as it does for NumPy's reused malloc memory. So a block whose
// interior is not all huge is kept and another made, on address space the
// kept ones push further out, up to four times.
func TestLargeBlocksHugePages(t *testing.T) {
	needAdvice(t)
	for _, c := range []struct {
		name string
		make func(int) []float64
	}{
		{"Make", Make[float64]},
		{"Zeroed", Zeroed[float64]},
	} {
		t.Run(c.name, func(t *testing.T) {
			const n = 3<<20 + 1234 // 24 MiB
			// One P, so that Make does not hand out a listed block, and
			// freed heap memory given back to the OS first.
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
			runtime.GC()
			debug.FreeOSMemory()
			var kept [][]float64
			var lo, hi uintptr
			var huge uint64
			for range 4 {
				s := c.make(n)
				kept = append(kept, s)
				for i := range s {
					s[i] = 1
				}
				lo, hi = hugepage.Interior(uintptr(unsafe.Pointer(unsafe.SliceData(s))), n*8)
				huge = 0
				for a := lo; a < hi; {
					m, err := hugepage.MappingOf(a)
					if err != nil {
						t.Fatal(err)
					}
					if !slices.Contains(m.Flags, "hg") {
						t.Fatalf("mapping %#x-%#x of the block's interior has VmFlags %v, want hg", m.Lo, m.Hi, m.Flags)
					}
					huge += m.AnonHugeBytes
					a = m.Hi
				}
				if huge >= uint64(hi-lo) {
					return
				}
			}
			t.Errorf("the mappings of a written %d MiB interior hold %d KiB on huge pages, want %d KiB (four blocks tried)", (hi-lo)>>20, huge>>10, (hi-lo)>>10)
			runtime.KeepAlive(kept)
		})
	}
}

// waitCleanups collects until at most live advised blocks remain, letting
// the cleanup goroutine run, for up to two seconds.
func waitCleanups(live int) {
	for deadline := time.Now().Add(2 * time.Second); hugepage.Live() > live && time.Now().Before(deadline); {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

// freeAll runs the collector and returns all free memory to the OS twice
// (a finalized block lives one collection longer), then waits for the
// cleanups.
func freeAll(live int) {
	for range 2 {
		runtime.GC()
		debug.FreeOSMemory()
		runtime.Gosched()
	}
	waitCleanups(live)
	debug.FreeOSMemory()
}

// TestMemoryReturns makes, fills and drops many large blocks of both
// allocators, with one P and with two (block reuse), frees everything and
// checks that the resident memory (and the part on huge pages) comes back
// near where it started and that every block's advice was taken back.
func TestMemoryReturns(t *testing.T) {
	for _, procs := range []int{1, 2} {
		t.Run(fmt.Sprintf("procs=%d", procs), func(t *testing.T) {
			prev := runtime.GOMAXPROCS(procs)
			defer runtime.GOMAXPROCS(prev)
			live := hugepage.Live()
			freeAll(live)
			start, err := hugepage.ReadUsage()
			if err != nil {
				t.Fatal(err)
			}
			var keep [][]float64
			for i := range 120 {
				n := (4<<20 + i*37<<10) / 8 // 4 to 8.3 MiB
				var s []float64
				if i%2 == 0 {
					s = Make[float64](n)
				} else {
					s = Zeroed[float64](n)
				}
				for j := range s {
					s[j] = float64(j)
				}
				if i%10 == 0 {
					keep = append(keep, s) // some live across collections
				}
			}
			peak, _ := hugepage.ReadUsage()
			for k, s := range keep {
				if s[len(s)-1] != float64(len(s)-1) {
					t.Fatalf("kept block %d: last element %v, want %d", k, s[len(s)-1], len(s)-1)
				}
			}
			keep = nil
			freeAll(live)
			end, err := hugepage.ReadUsage()
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("Rss %d → %d → %d MiB, AnonHugePages %d → %d → %d MiB", start.RssBytes>>20, peak.RssBytes>>20, end.RssBytes>>20, start.AnonHugeBytes>>20, peak.AnonHugeBytes>>20, end.AnonHugeBytes>>20)
			const slack = 16 << 20
			if end.RssBytes > start.RssBytes+slack && !raceEnabled {
				t.Errorf("Rss %d MiB after dropping the blocks and freeing, %d MiB before", end.RssBytes>>20, start.RssBytes>>20)
			}
			if end.AnonHugeBytes > start.AnonHugeBytes+slack {
				t.Errorf("AnonHugePages %d MiB after dropping the blocks and freeing, %d MiB before", end.AnonHugeBytes>>20, start.AnonHugeBytes>>20)
			}
			if n := hugepage.Live(); n > live {
				t.Errorf("%d advised blocks still listed after freeing, %d before (a cleanup did not run)", n, live)
			}
		})
	}
}

// TestMappingsBounded makes and drops 1000 large blocks and checks that
// the advice and its taking back leave the number of mappings of the
// process bounded (each advice may split the heap's mapping).
func TestMappingsBounded(t *testing.T) {
	needAdvice(t)
	live := hugepage.Live()
	freeAll(live)
	before, err := hugepage.CountMappings()
	if err != nil {
		t.Fatal(err)
	}
	most := before
	for i := range 1000 {
		n := (4<<20 + (i%16)*(256<<10)) / 8 // 4 to 7.75 MiB
		s := Make[float64](n)
		s[0], s[n-1] = 1, 1
		if i%50 == 0 {
			c, _ := hugepage.CountMappings()
			most = max(most, c)
		}
	}
	freeAll(live)
	after, err := hugepage.CountMappings()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("mappings: %d before, at most %d during, %d after 1000 blocks of 4-8 MiB", before, most, after)
	const bound = 200
	if most > before+bound || after > before+bound {
		t.Errorf("mappings grew from %d to %d (at most %d during) over 1000 large blocks, want under +%d", before, after, most, bound)
	}
}
