//go:build linux

package hugepage

import (
	"slices"
	"syscall"
	"testing"
	"unsafe"
)

// flagsOf returns the VmFlags of the mapping holding addr.
func flagsOf(t *testing.T, addr uintptr) []string {
	t.Helper()
	m, err := MappingOf(addr)
	if err != nil {
		t.Fatal(err)
	}
	return m.Flags
}

// TestStaleCleanupSparesLiveBlock advises a range, advises it again as a
// new block at the same address would be, runs the first block's cleanup
// late (as the cleanup goroutine may) and checks that the advice stays,
// then that the second block's cleanup takes it back.
func TestStaleCleanupSparesLiveBlock(t *testing.T) {
	if !AdviceTakes() {
		t.Skip("MADV_HUGEPAGE does not show in the mappings here (an emulator such as qemu-user ignores it)")
	}
	mem, err := syscall.Mmap(-1, 0, 4*PageBytes, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mem)
	lo, hi := Interior(uintptr(unsafe.Pointer(&mem[0])), uintptr(len(mem)))
	if hi-lo < PageBytes {
		t.Fatalf("no huge page in a mapping of %d bytes", len(mem))
	}
	old := ranges.add(lo, hi)
	if f := flagsOf(t, lo); !slices.Contains(f, "hg") {
		t.Fatalf("advised range has VmFlags %v, want hg", f)
	}
	cur := ranges.add(lo, lo+PageBytes) // a smaller new block at the same address
	ranges.remove(span{lo, hi, old})
	if f := flagsOf(t, lo); !slices.Contains(f, "hg") {
		t.Errorf("after a stale cleanup the live block's range has VmFlags %v, want hg", f)
	}
	if hi-lo > PageBytes {
		if f := flagsOf(t, lo+PageBytes); !slices.Contains(f, "nh") {
			t.Errorf("the rest of the dead block's range has VmFlags %v, want nh (advice taken back)", f)
		}
	}
	ranges.remove(span{lo, lo + PageBytes, cur})
	if f := flagsOf(t, lo); !slices.Contains(f, "nh") || slices.Contains(f, "hg") {
		t.Errorf("after the live block's cleanup its range has VmFlags %v, want nh", f)
	}
	ranges.Lock()
	_, listed := ranges.live[lo]
	ranges.Unlock()
	if listed {
		t.Errorf("range %#x still listed as live after both cleanups", lo)
	}
}
