//go:build ndsimd_nolinkname

package uninit

import "unsafe"

const enabled = false

func mallocNoZero(size uintptr) unsafe.Pointer {
	panic("uninit: not used with the ndsimd_nolinkname tag")
}

func mallocZeroed(size uintptr) unsafe.Pointer {
	panic("uninit: not used with the ndsimd_nolinkname tag")
}
