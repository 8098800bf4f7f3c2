//go:build linux && (amd64 || arm64)

package guard

import (
	"fmt"
	"syscall"
	"unsafe"
)

// Supported reports whether guard pages work on this platform.
const Supported = true

// Alloc returns a slice of n elements of type T (len and cap n) placed
// against a PROT_NONE page as p says, and a function that unmaps it. The
// mapping is [PROT_NONE page][data pages][PROT_NONE page]; with End the
// slice ends at the start of the last page, with Start it begins at the
// end of the first. The memory is zeroed and not managed by the Go
// garbage collector, so T must not contain pointers. The slice must not be
// used after free is called.
func Alloc[T any](n int, p Placement) (s []T, free func(), err error) {
	if n < 0 {
		return nil, nil, fmt.Errorf("guard: negative length %d", n)
	}
	var zero T
	size := int(unsafe.Sizeof(zero))
	page := syscall.Getpagesize()
	bytes := n * size
	dataPages := (bytes + page - 1) / page
	if dataPages == 0 {
		dataPages = 1
	}
	total := (dataPages + 2) * page
	mem, err := syscall.Mmap(-1, 0, total, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, nil, fmt.Errorf("guard: mmap %d bytes: %w", total, err)
	}
	free = func() { _ = syscall.Munmap(mem) }
	if err := syscall.Mprotect(mem[:page], syscall.PROT_NONE); err != nil {
		free()
		return nil, nil, fmt.Errorf("guard: mprotect: %w", err)
	}
	if err := syscall.Mprotect(mem[total-page:], syscall.PROT_NONE); err != nil {
		free()
		return nil, nil, fmt.Errorf("guard: mprotect: %w", err)
	}
	start := page // Start: right after the first protected page
	if p == End {
		start = total - page - bytes // End: right before the last one
	}
	base := unsafe.Pointer(unsafe.SliceData(mem))
	return unsafe.Slice((*T)(unsafe.Add(base, start)), n), free, nil
}
