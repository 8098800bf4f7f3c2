//go:build ndsimd_nolinkname

package uninit

import "unsafe"

func allocReused(size uintptr) unsafe.Pointer {
	panic("uninit: not used with the ndsimd_nolinkname tag")
}
