//go:build !ndsimd_nolinkname

package uninit

import (
	"unsafe"

	"github.com/ndsimd/ndsimd/internal/hugepage"
)

const enabled = true

// mallocgc is the runtime's allocator. Its signature is kept stable for the
// packages that link to it (runtime/malloc.go lists them); typ nil makes a
// pointer-free object, needzero false skips clearing reused memory.
//
//go:linkname mallocgc runtime.mallocgc
func mallocgc(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer

func mallocNoZero(size uintptr) unsafe.Pointer { return mallocgc(size, nil, false) }

// mallocFresh returns a new block of size bytes without clearing it,
// advised for huge pages (see internal/hugepage) before anything touches
// it.
func mallocFresh(size uintptr) unsafe.Pointer {
	p := mallocgc(size, nil, false)
	hugepage.Advise(p, size)
	return p
}

// mallocZeroed returns a new zeroed block of size bytes, advised for huge
// pages. The runtime clears only memory used before, not memory fresh from
// the OS, so the pages the first writes fault in get the advice; reused
// memory is mostly faulted in already (pages the scavenger gave back are
// faulted in again by the clearing, as small pages).
func mallocZeroed(size uintptr) unsafe.Pointer {
	p := mallocgc(size, nil, true)
	hugepage.Advise(p, size)
	return p
}
