package ndarray

import (
	"fmt"
	"unsafe"
)

// npyDtype is a .npy type descriptor that this package can hold: a kind
// ('f', 'i', 'u' or 'b'), an item size in bytes and a byte order.
type npyDtype struct {
	kind      byte // 'f', 'i', 'u', 'b'
	size      int  // bytes per element
	bigEndian bool // the data's byte order (for size > 1)
}

// name returns NumPy's name of the dtype, e.g. "float64".
func (d npyDtype) name() string {
	switch d.kind {
	case 'f':
		return fmt.Sprintf("float%d", 8*d.size)
	case 'i':
		return fmt.Sprintf("int%d", 8*d.size)
	case 'u':
		return fmt.Sprintf("uint%d", 8*d.size)
	}
	return "bool"
}

// descr returns the dtype's descriptor as NumPy writes it: '<f8', '>i4',
// '|u1', '|b1'.
func (d npyDtype) descr() string {
	order := byte('<')
	switch {
	case d.size == 1:
		order = '|'
	case d.bigEndian:
		order = '>'
	}
	return fmt.Sprintf("%c%c%d", order, d.kind, d.size)
}

// nativeBigEndian reports whether the machine stores numbers big-endian.
var nativeBigEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 0
}()

// dtypeFor returns the descriptor of T in native byte order.
func dtypeFor[T Elem]() npyDtype {
	var z T
	size := int(unsafe.Sizeof(z))
	var kind byte
	switch any(z).(type) {
	case float64, float32:
		kind = 'f'
	case int64, int32, int16, int8:
		kind = 'i'
	case uint64, uint32, uint16, uint8:
		kind = 'u'
	default:
		kind = 'b'
	}
	return npyDtype{kind: kind, size: size, bigEndian: nativeBigEndian && size > 1}
}

// sameType reports whether two descriptors name the same element type,
// whatever their byte orders.
func (d npyDtype) sameType(e npyDtype) bool { return d.kind == e.kind && d.size == e.size }

// parseDescr reads a simple NumPy type string such as '<f8', '>u2', '|b1'
// or 'i4'. Everything this package cannot hold (object 'O', strings,
// structured, complex, float16, datetimes, ...) is an *UnsupportedDtypeError.
func parseDescr(s string) (npyDtype, error) {
	unsupported := func(why string) (npyDtype, error) {
		return npyDtype{}, &UnsupportedDtypeError{Descr: s, Reason: why}
	}
	rest := s
	var order byte = '='
	if len(rest) > 0 && (rest[0] == '<' || rest[0] == '>' || rest[0] == '|' || rest[0] == '=') {
		order, rest = rest[0], rest[1:]
	}
	if len(rest) < 2 {
		return unsupported("not a simple numeric type")
	}
	kind := rest[0]
	size := 0
	for _, c := range rest[1:] {
		if c < '0' || c > '9' || size > 1000 {
			return unsupported("not a simple numeric type")
		}
		size = 10*size + int(c-'0')
	}
	switch kind {
	case 'O':
		return unsupported("Python objects (pickles) are never loaded")
	case 'f':
		if size != 4 && size != 8 {
			return unsupported(fmt.Sprintf("float%d is not an element type of ndarray", 8*size))
		}
	case 'i', 'u':
		if size != 1 && size != 2 && size != 4 && size != 8 {
			return unsupported("not an integer size of ndarray")
		}
	case 'b':
		if size != 1 {
			return unsupported("bool must be 1 byte")
		}
	default:
		return unsupported(fmt.Sprintf("kind %q is not an element type of ndarray", kind))
	}
	d := npyDtype{kind: kind, size: size}
	switch order {
	case '>':
		d.bigEndian = size > 1
	case '<':
	default: // '|' and '=': native
		d.bigEndian = nativeBigEndian && size > 1
	}
	return d, nil
}
