package kernels

import "unsafe"

// StreamFence orders the non-temporal stores of CopyStream and
// CopyStreamElems before every later store (SFENCE on amd64; nothing
// where the streaming kernels are plain stores). Call it after the last
// piece of a streamed result, before the result is used or shared.
func StreamFence() {
	// A fenced streaming kernel given nothing to store runs only its
	// closing SFENCE.
	AbsStreamF32(nil, nil)
}

// CopyStreamElems copies src into dst (the same length) for elements of
// any type without pointers (numbers, bools: PointerFree), storing with CopyStream's
// non-temporal stores: the copy's lines go to memory without being read
// into the cache first. Like CopyStream it does not fence: call
// StreamFence after the last piece. The bytes up to dst's first 4-byte
// boundary and after its last one are copied with copy; so is everything
// when src and dst are not equally aligned modulo 4, or when the active
// implementation has no streaming stores (its CopyStream is copy).
func CopyStreamElems[E PointerFree](dst, src []E) {
	checkLen2(len(dst), len(src))
	var z E
	n := len(dst) * int(unsafe.Sizeof(z))
	if n == 0 {
		return
	}
	d := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(dst))), n)
	s := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(src))), n)
	da, sa := uintptr(unsafe.Pointer(&d[0])), uintptr(unsafe.Pointer(&s[0]))
	if da%4 != sa%4 || n < 64 {
		copy(d, s)
		return
	}
	head := int(-da % 4)
	words := (n - head) / 4
	copy(d[:head], s[:head])
	if words > 0 {
		CopyStreamF32(unsafe.Slice((*float32)(unsafe.Pointer(&d[head])), words),
			unsafe.Slice((*float32)(unsafe.Pointer(&s[head])), words))
	}
	copy(d[head+4*words:], s[head+4*words:])
}
