package ndarray

import (
	"io"
	"slices"
	"unsafe"
)

// npyChunk is the number of bytes read or written at a time when the total
// is not known to be in the file, and the size of the byte-swapping buffer.
const npyChunk = 1 << 16

// elemBytes views the elements of s as bytes (no copy).
func elemBytes[T Elem](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var z T
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(z)))
}

// readCapped reads exactly n bytes from r, growing its buffer only as data
// arrives, so that a huge n announced by a short stream costs little.
func readCapped(r io.Reader, n int) ([]byte, error) {
	buf := make([]byte, min(n, npyChunk))
	done := 0
	for {
		if _, err := io.ReadFull(r, buf[done:]); err != nil {
			return nil, err
		}
		done = len(buf)
		if done == n {
			return buf, nil
		}
		buf = slices.Grow(buf, min(n-done, done))[:done+min(n-done, done)]
	}
}

// readElems reads n elements of type T stored with the given byte order.
// When trusted (r is known to hold them) the slice is allocated at once;
// otherwise it grows by doubling as data arrives.
func readElems[T Elem](r io.Reader, n int, bigEndian, trusted bool) ([]T, error) {
	var z T
	size := int(unsafe.Sizeof(z))
	var data []T
	if trusted {
		data = make([]T, n)
		if _, err := io.ReadFull(r, elemBytes(data)); err != nil {
			return nil, err
		}
	} else {
		data = make([]T, min(n, npyChunk/size))
		done := 0
		for {
			if _, err := io.ReadFull(r, elemBytes(data[done:])); err != nil {
				return nil, err
			}
			done = len(data)
			if done == n {
				break
			}
			data = slices.Grow(data, min(n-done, done))[:done+min(n-done, done)] // no temporary
		}
	}
	b := elemBytes(data)
	if size > 1 && bigEndian != nativeBigEndian {
		swapBytes(b, size)
	}
	if _, ok := any(z).(bool); ok {
		for i, c := range b {
			if c != 0 {
				b[i] = 1 // Go bools must be 0 or 1; NumPy reads any non-zero byte as True
			}
		}
	}
	return data, nil
}

// swapBytes reverses the byte order of every size-byte item of b in place.
func swapBytes(b []byte, size int) {
	switch size {
	case 2:
		for i := 0; i+1 < len(b); i += 2 {
			b[i], b[i+1] = b[i+1], b[i]
		}
	case 4:
		for i := 0; i+3 < len(b); i += 4 {
			b[i], b[i+1], b[i+2], b[i+3] = b[i+3], b[i+2], b[i+1], b[i]
		}
	case 8:
		for i := 0; i+7 < len(b); i += 8 {
			b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6], b[i+7] = b[i+7], b[i+6], b[i+5], b[i+4], b[i+3], b[i+2], b[i+1], b[i]
		}
	}
}

// writeElems writes data with the given byte order.
func writeElems[T Elem](w io.Writer, data []T, bigEndian bool) error {
	var z T
	size := int(unsafe.Sizeof(z))
	b := elemBytes(data)
	if size == 1 || bigEndian == nativeBigEndian {
		_, err := w.Write(b)
		return err
	}
	buf := make([]byte, min(len(b), npyChunk))
	for len(b) > 0 {
		k := copy(buf, b)
		swapBytes(buf[:k], size)
		if _, err := w.Write(buf[:k]); err != nil {
			return err
		}
		b = b[k:]
	}
	return nil
}
