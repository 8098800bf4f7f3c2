// Package uninit allocates large slices of numbers without zeroing them,
// for results that are overwritten in full before anyone reads them.
//
// Go zeroes every allocation. For a fresh 8 MiB result of an elementwise
// op that costs as much as the op itself: the runtime clears the reused
// memory (or the kernel page-faults fresh memory in) and the kernel then
// writes all of it again. NumPy's allocator hands back freed memory as it
// is. [Make] asks the runtime for memory without the clearing, through the
// same internal allocator entry (runtime.mallocgc with needzero false) that
// the runtime uses for strings and byte slices it fills at once; the memory
// is an ordinary garbage-collected, pointer-free object. With two or more
// Ps a block is handed out again once the collector finds it unreachable
// (see reuse.go for why and how), so a loop of large results keeps
// writing memory that is still mapped. Blocks of 4 MiB or more are
// advised for huge pages before their first page is touched
// (internal/hugepage), as are those of [Zeroed], the zeroed allocation
// of the ndarray constructors.
//
// The contract is the caller's: every element of the slice must be written
// before any is read, and nothing may read it if the writing stops half
// way (a panic). Built with the ndsimd_nolinkname tag (for a toolchain
// that no longer lets outside packages link to runtime.mallocgc), [Make]
// is plain make; the purego tag, which leaves out assembly, does not
// change it.
package uninit

import (
	"sync/atomic"
	"unsafe"

	"github.com/ndsimd/ndsimd/internal/hugepage"
)

// Number is the element types Make serves: types without pointers.
type Number interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~int |
		~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uint | ~uintptr |
		~float32 | ~float64 | ~complex64 | ~complex128 | ~bool
}

// StreamMinBytes is the size from which a fresh result is cold memory
// best written with streaming (non-temporal) stores: the Go heap hands
// out a block untouched since the last collection, and ordinary stores
// would first read each of its lines. Below it the result stays in cache
// for the next operation, and ordinary stores win. The ufunc engine and
// ndarray's copies into fresh blocks use it.
const StreamMinBytes = 1 << 20

// minBytes is the size below which Make is make: small allocations come
// from size-class spans that are cheap to clear, and the saving is nil.
const minBytes = 64 << 10

// Make returns a slice of n elements (len and cap n) whose contents are
// unspecified: every element must be written before any is read. It panics
// as make does for a negative or too large n.
func Make[T Number](n int) []T {
	var zero T
	size := unsafe.Sizeof(zero)
	if !enabled || n < 0 || uintptr(n) > maxAlloc/size || uintptr(n)*size < minBytes {
		s := make([]T, n)
		adviseMade(s)
		PoisonFill(s)
		return s
	}
	s := unsafe.Slice((*T)(allocReused(uintptr(n)*size)), n)
	PoisonFill(s)
	return s
}

// Zeroed returns a zeroed slice of n elements (len and cap n), as make
// does, with a block of hugepage.MinBytes or more advised for huge pages
// before its first page is touched (see internal/hugepage). It panics as
// make does for a negative or too large n.
func Zeroed[T Number](n int) []T {
	var zero T
	size := unsafe.Sizeof(zero)
	if !enabled || n < 0 || uintptr(n) > maxAlloc/size || uintptr(n)*size < hugepage.MinBytes {
		s := make([]T, n)
		adviseMade(s)
		return s
	}
	return unsafe.Slice((*T)(mallocZeroed(uintptr(n)*size)), n)
}

// adviseMade advises the block of s, just made by make, for huge pages:
// make clears only memory used before, so the pages of a large block
// fresh from the OS are still untouched.
func adviseMade[T Number](s []T) {
	var zero T
	if len(s) > 0 {
		hugepage.Advise(unsafe.Pointer(unsafe.SliceData(s)), uintptr(len(s))*unsafe.Sizeof(zero))
	}
}

// maxAlloc bounds the sizes Make passes to the runtime; larger requests go
// to make, which reports them.
const maxAlloc = 1 << 47

var poisoned atomic.Bool

// Poison makes every later Make, whatever its size, fill its slice with 0xFF
// bytes (NaN for floats, -1 for signed integers): the test suites of the
// packages that call Make turn it on, so an element their code leaves
// unwritten shows up as a wrong result instead of a lucky zero.
func Poison(on bool) { poisoned.Store(on) }

// PoisonFill fills s with 0xFF bytes when Poison is on, and does nothing
// otherwise: the callers that hand out storage of their own whose contents
// are unspecified (as Make's are) call it, so that their tests see an
// unwritten element as under Make.
func PoisonFill[T Number](s []T) {
	if poisoned.Load() {
		poison(s)
	}
}

func poison[T Number](s []T) {
	var zero T
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), uintptr(len(s))*unsafe.Sizeof(zero))
	if len(b) > 0 {
		b[0] = 0xFF
		for done := 1; done < len(b); done *= 2 {
			copy(b[done:], b[:done])
		}
	}
}
