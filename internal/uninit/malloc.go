//go:build !ndsimd_nolinkname

package uninit

import "unsafe"

const enabled = true

// mallocgc is the runtime's allocator. Its signature is kept stable for the
// packages that link to it (runtime/malloc.go lists them); typ nil makes a
// pointer-free object, needzero false skips clearing reused memory.
//
//go:linkname mallocgc runtime.mallocgc
func mallocgc(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer

func mallocNoZero(size uintptr) unsafe.Pointer { return mallocgc(size, nil, false) }
