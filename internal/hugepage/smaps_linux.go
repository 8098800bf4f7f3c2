//go:build linux

package hugepage

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// Mapping describes the mapping (VMA) of the process that holds an
// address, from /proc/self/smaps: for tests and diagnostics.
type Mapping struct {
	Lo, Hi uintptr
	// Flags are the mapping's VmFlags: "hg" marks advised ranges, "nh"
	// ranges whose advice was taken back.
	Flags []string
	// AnonHugeBytes is how much of the mapping huge pages back.
	AnonHugeBytes uint64
}

// MappingOf returns the mapping that holds addr.
func MappingOf(addr uintptr) (Mapping, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return Mapping{}, err
	}
	defer f.Close()
	var cur Mapping
	found := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if lo, hi, ok := parseRange(fields[0]); ok {
			if found {
				break
			}
			cur = Mapping{Lo: lo, Hi: hi}
			found = lo <= addr && addr < hi
			continue
		}
		if !found {
			continue
		}
		switch fields[0] {
		case "AnonHugePages:":
			kb, _ := strconv.ParseUint(fields[1], 10, 64)
			cur.AnonHugeBytes = kb << 10
		case "VmFlags:":
			cur.Flags = fields[1:]
		}
	}
	if !found {
		return Mapping{}, fmt.Errorf("hugepage: no mapping holds %#x", addr)
	}
	return cur, sc.Err()
}

// parseRange reads the "lo-hi" that starts a mapping's header line.
func parseRange(s string) (lo, hi uintptr, ok bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, false
	}
	l, err1 := strconv.ParseUint(a, 16, 64)
	h, err2 := strconv.ParseUint(b, 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return uintptr(l), uintptr(h), true
}

// Usage is the process's resident memory, from /proc/self/smaps_rollup.
type Usage struct {
	RssBytes, AnonHugeBytes uint64
}

// ReadUsage returns the process's resident memory now.
func ReadUsage() (Usage, error) {
	b, err := os.ReadFile("/proc/self/smaps_rollup")
	if err != nil {
		return Usage{}, err
	}
	var u Usage
	for _, line := range strings.Split(string(b), "\n") {
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		kb, _ := strconv.ParseUint(fields[1], 10, 64)
		switch fields[0] {
		case "Rss:":
			u.RssBytes = kb << 10
		case "AnonHugePages:":
			u.AnonHugeBytes = kb << 10
		}
	}
	return u, nil
}

// CountMappings returns the number of mappings of the process (lines of
// /proc/self/maps).
func CountMappings() (int, error) {
	b, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0, err
	}
	return strings.Count(string(b), "\n"), nil
}

// AdviceTakes reports whether MADV_HUGEPAGE shows in the process's
// mappings: it advises a scratch mapping and looks for the "hg" flag.
// Emulators such as qemu-user accept the call and ignore it.
func AdviceTakes() bool {
	mem, err := syscall.Mmap(-1, 0, 2*PageBytes, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return false
	}
	defer syscall.Munmap(mem)
	lo, hi := Interior(uintptr(unsafe.Pointer(&mem[0])), uintptr(len(mem)))
	if lo == hi {
		return false
	}
	madvise(lo, hi-lo, adviceHuge)
	m, err := MappingOf(lo)
	return err == nil && slices.Contains(m.Flags, "hg")
}
