package ndarray

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// The .npy format (NumPy's numpy.lib.format): the magic "\x93NUMPY", a
// major and a minor version byte, the header length (2 bytes little-endian
// in version 1.0, 4 bytes in 2.0 and 3.0), the header (a Python dict
// literal, latin-1 in 1.0 and 2.0, UTF-8 in 3.0) padded with spaces and a
// newline, then the raw elements in C or Fortran order.

// npyMagic starts every .npy file.
const npyMagic = "\x93NUMPY"

// maxNPYHeader bounds the header length this package reads (NumPy's own
// default limit is 10000 characters).
const maxNPYHeader = 1 << 20

// ErrInvalidNPY is wrapped by every error about a malformed .npy file: bad
// magic, unsupported version, a header that does not parse or is missing
// keys, a negative or overflowing shape, truncated data. Test with
// errors.Is.
var ErrInvalidNPY = errors.New("invalid .npy file")

// UnsupportedDtypeError is returned for a .npy file whose element type this
// package cannot hold, such as object arrays ('O', pickles, which are never
// loaded), strings, complex numbers, float16 or structured dtypes.
type UnsupportedDtypeError struct {
	Descr  string // the header's descr
	Reason string
}

// Error returns the error message.
func (e *UnsupportedDtypeError) Error() string {
	return fmt.Sprintf("npy: unsupported dtype %q: %s", e.Descr, e.Reason)
}

// DtypeMismatchError is returned by the typed loaders ([LoadNPY],
// [LoadNPYFile], [LoadNPZ]) when the file holds another element type than
// the one asked for.
type DtypeMismatchError struct {
	Want string // the requested element type, e.g. "float64"
	Got  string // the file's element type, e.g. "float32"
}

// Error returns the error message.
func (e *DtypeMismatchError) Error() string {
	return fmt.Sprintf("npy: file holds %s, not %s (use ReadNPY to load any element type, then AsType to convert)", e.Got, e.Want)
}

func invalidNPY(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidNPY, fmt.Sprintf(format, args...))
}

// truncated reports data or a header that ends early.
func truncated(what string, err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%w: truncated %s: %w", ErrInvalidNPY, what, err)
}

// ReadNPYHeader reads the magic, version and header of a .npy file from r,
// leaving r at the start of the data. For a well-formed header with an
// element type this package cannot hold it returns the header and an
// *UnsupportedDtypeError.
func ReadNPYHeader(r io.Reader) (NPYHeader, error) {
	h, _, err := readNPYHeader(r)
	return h, err
}

func readNPYHeader(r io.Reader) (NPYHeader, npyDtype, error) {
	var h NPYHeader
	var pre [10]byte
	if _, err := io.ReadFull(r, pre[:8]); err != nil {
		if err == io.EOF {
			return h, npyDtype{}, invalidNPY("empty file, no magic string")
		}
		return h, npyDtype{}, truncated("magic string", err)
	}
	if string(pre[:6]) != npyMagic {
		return h, npyDtype{}, invalidNPY("missing magic string \\x93NUMPY (got %q)", pre[:6])
	}
	h.Major, h.Minor = int(pre[6]), int(pre[7])
	var hlen int
	switch {
	case h.Major == 1 && h.Minor == 0:
		if _, err := io.ReadFull(r, pre[8:10]); err != nil {
			return h, npyDtype{}, truncated("header length", err)
		}
		hlen = int(binary.LittleEndian.Uint16(pre[8:10]))
		h.DataOffset = 10 + hlen
	case (h.Major == 2 || h.Major == 3) && h.Minor == 0:
		var n [4]byte
		if _, err := io.ReadFull(r, n[:]); err != nil {
			return h, npyDtype{}, truncated("header length", err)
		}
		l := binary.LittleEndian.Uint32(n[:])
		if l > maxNPYHeader {
			return h, npyDtype{}, invalidNPY("header length %d is over the limit of %d bytes", l, maxNPYHeader)
		}
		hlen = int(l)
		h.DataOffset = 12 + hlen
	default:
		return h, npyDtype{}, invalidNPY("unsupported format version %d.%d (only 1.0, 2.0 and 3.0 exist)", h.Major, h.Minor)
	}
	text, err := readCapped(r, hlen)
	if err != nil {
		return h, npyDtype{}, truncated(fmt.Sprintf("header (%d bytes announced)", hlen), err)
	}
	var s string
	if h.Major == 3 {
		if !utf8.Valid(text) {
			return h, npyDtype{}, invalidNPY("version 3.0 header is not UTF-8")
		}
		s = string(text)
	} else {
		s = latin1(text)
	}
	dt, err := parseNPYDict(s, &h)
	if err != nil {
		return h, npyDtype{}, err
	}
	if _, err := npyDataBytes(h.Shape, dt.size); err != nil {
		return h, npyDtype{}, err
	}
	return h, dt, nil
}

// latin1 decodes ISO 8859-1 bytes.
func latin1(b []byte) string {
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return string(b)
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// npyDataBytes returns the number of data bytes of an array of the given
// shape and item size, or an error wrapping ErrInvalidNPY (and the
// *ValueError of the package's one size computation, shapeSize) for more
// than MaxDims axes or a shape whose size in bytes overflows int, in any
// order of its dimensions and even with a 0 among them, as NumPy refuses.
func npyDataBytes(shape []int, itemSize int) (int64, error) {
	n, err := shapeSize(shape, itemSize)
	if err != nil {
		if len(shape) > MaxDims {
			return 0, fmt.Errorf("%w: %w", ErrInvalidNPY, err)
		}
		return 0, fmt.Errorf("%w: shape %s: %w", ErrInvalidNPY, FormatShape(shape), err)
	}
	return int64(n) * int64(itemSize), nil
}

// remaining returns how many bytes r still holds when r can tell (a
// *bytes.Reader, *strings.Reader, *os.File or other io.Seeker), or -1.
func remaining(r io.Reader) int64 {
	if l, ok := r.(interface{ Len() int }); ok {
		return int64(l.Len())
	}
	if s, ok := r.(io.Seeker); ok {
		cur, err := s.Seek(0, io.SeekCurrent)
		if err != nil {
			return -1
		}
		end, err := s.Seek(0, io.SeekEnd)
		if _, err2 := s.Seek(cur, io.SeekStart); err != nil || err2 != nil || end < cur {
			return -1
		}
		return end - cur
	}
	return -1
}

// ReadNPY reads a .npy file of any supported element type from r and
// returns the array as an any holding *Array[float64], *Array[float32],
// *Array[int64], ..., *Array[uint8] or *Array[bool]. Use a type switch, or
// [ReadNPYHeader] and [LoadNPY] when the type is known.
//
// Errors wrap [ErrInvalidNPY] for malformed files; other element types give
// an *[UnsupportedDtypeError]. Before allocating, the data size is checked
// against what r holds when r can tell (see [LoadNPY]).
func ReadNPY(r io.Reader) (any, error) {
	return readNPYAny(r, remaining(r))
}

func readNPYAny(r io.Reader, limit int64) (any, error) {
	h, dt, err := readNPYHeader(r)
	if err != nil {
		return nil, err
	}
	if limit >= 0 {
		limit -= int64(h.DataOffset)
	}
	switch dt.name() {
	case "float64":
		return readNPYData[float64](r, h, dt, limit)
	case "float32":
		return readNPYData[float32](r, h, dt, limit)
	case "int64":
		return readNPYData[int64](r, h, dt, limit)
	case "int32":
		return readNPYData[int32](r, h, dt, limit)
	case "int16":
		return readNPYData[int16](r, h, dt, limit)
	case "int8":
		return readNPYData[int8](r, h, dt, limit)
	case "uint64":
		return readNPYData[uint64](r, h, dt, limit)
	case "uint32":
		return readNPYData[uint32](r, h, dt, limit)
	case "uint16":
		return readNPYData[uint16](r, h, dt, limit)
	case "uint8":
		return readNPYData[uint8](r, h, dt, limit)
	default:
		return readNPYData[bool](r, h, dt, limit)
	}
}

// LoadNPY reads a .npy file holding elements of type T from r, leaving any
// bytes after the array unread (so a stream may carry several arrays, as
// repeated np.save calls on one file object write). A file of
// another element type gives a *[DtypeMismatchError] (no conversion is
// made); malformed files give errors wrapping [ErrInvalidNPY]. Fortran-order
// files load as Fortran-contiguous arrays with the file's logical shape.
//
// When r can tell how many bytes it holds (it has a Len method, as
// *bytes.Reader, or is an io.Seeker, as *os.File), a shape larger than the
// rest of the file is refused before any allocation; otherwise the data is
// read in chunks, so memory grows only with the bytes actually read.
func LoadNPY[T Elem](r io.Reader) (*Array[T], error) {
	return loadNPY[T](r, remaining(r))
}

func loadNPY[T Elem](r io.Reader, limit int64) (*Array[T], error) {
	h, dt, err := readNPYHeader(r)
	if err != nil {
		return nil, err
	}
	if want := dtypeFor[T](); !want.sameType(dt) {
		return nil, &DtypeMismatchError{Want: want.name(), Got: dt.name()}
	}
	if limit >= 0 {
		limit -= int64(h.DataOffset)
	}
	return readNPYData[T](r, h, dt, limit)
}

// readNPYData reads the elements that follow a header and shapes them.
func readNPYData[T Elem](r io.Reader, h NPYHeader, dt npyDtype, limit int64) (*Array[T], error) {
	nbytes, err := npyDataBytes(h.Shape, dt.size)
	if err != nil {
		return nil, err
	}
	if limit >= 0 && nbytes > limit {
		return nil, invalidNPY("shape %s needs %d data bytes but the file holds %d", FormatShape(h.Shape), nbytes, limit)
	}
	n := int(nbytes / int64(dt.size))
	if !canAllocate(n, dt.size) {
		return nil, fmt.Errorf("%w: %w", ErrInvalidNPY, unableToAllocate[T](h.Shape))
	}
	data, err := readElems[T](r, n, dt.bigEndian, limit >= 0)
	if err != nil {
		return nil, truncated(fmt.Sprintf("data (shape %s needs %d bytes)", FormatShape(h.Shape), nbytes), err)
	}
	if !h.FortranOrder || len(h.Shape) < 2 {
		return Wrap(data, h.Shape...), nil
	}
	rev := make([]int, len(h.Shape))
	for i, d := range h.Shape {
		rev[len(rev)-1-i] = d
	}
	return Wrap(data, rev...).T(), nil
}

// npyTrailing returns an error if r holds more bytes: a file or archive
// member holds one array, and more data than its shape needs means the
// header is wrong. (Streams may hold several arrays one after another, so
// LoadNPY and ReadNPY leave any further bytes unread.)
func npyTrailing(r io.Reader) error {
	var one [1]byte
	n, err := io.ReadFull(r, one[:])
	if n > 0 {
		return invalidNPY("more data than the header's shape and dtype need")
	}
	if err != io.EOF {
		return fmt.Errorf("npy: after the data: %w", err)
	}
	return nil
}

// LoadNPYFile reads the .npy file at path, which must hold elements of type
// T (see [LoadNPY]). Unlike LoadNPY it is an error for the file to hold
// more bytes than the array.
func LoadNPYFile[T Elem](path string) (*Array[T], error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a, err := LoadNPY[T](f)
	if err == nil {
		err = npyTrailing(f)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// ReadNPYFile reads the .npy file at path, of any supported element type
// (see [ReadNPY]). As with [LoadNPYFile], bytes after the array are an
// error.
func ReadNPYFile(path string) (any, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a, err := ReadNPY(f)
	if err == nil {
		err = npyTrailing(f)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}
