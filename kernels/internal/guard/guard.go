// Package guard allocates slices that sit flush against an inaccessible
// (PROT_NONE) page, so that a kernel reading or writing even one byte past
// the end of its slice (or before its start) faults at once instead of
// silently touching a neighbour. Tests turn the fault into a panic with
// debug.SetPanicOnFault(true), called in the goroutine that runs the kernel.
//
// It works on linux/amd64 and linux/arm64 (also under qemu-user); elsewhere
// [Supported] is false and the allocators return [ErrUnsupported].
package guard

import "errors"

// ErrUnsupported is returned by the allocators where guard pages are not
// implemented.
var ErrUnsupported = errors.New("guard: guard pages are not supported on this platform")

// Placement says which end of a slice touches the protected page.
type Placement int

const (
	// End places the slice so that its last element ends exactly where a
	// PROT_NONE page begins: any read or write past the end faults.
	End Placement = iota
	// Start places the slice so that its first element begins exactly
	// where a PROT_NONE page ends: any access before the start faults.
	Start
)

// String returns the text form.
func (p Placement) String() string {
	if p == Start {
		return "start"
	}
	return "end"
}
