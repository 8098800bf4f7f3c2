package ndarray

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// NPYOption sets how [WriteNPY], [SaveNPY] and [NPZWriter] write a .npy
// file.
type NPYOption func(*npyOptions)

type npyOptions struct {
	order     byte // 0: as NumPy chooses; 'C' or 'F'
	bigEndian bool
	major     int // 0: the oldest version that can hold the header
	// versionSet is true when NPYVersion was given: then major is the
	// version asked for, and 0 (or anything but 1, 2, 3) is refused.
	versionSet bool
}

// NPYFortranOrder writes the data in Fortran (column-major) order with
// fortran_order True when fortran is true, and in C order when it is false.
// Without this option the order is NumPy's choice for np.save: Fortran when
// the array is Fortran-contiguous and not C-contiguous, C otherwise.
func NPYFortranOrder(fortran bool) NPYOption {
	return func(o *npyOptions) {
		o.order = 'C'
		if fortran {
			o.order = 'F'
		}
	}
}

// NPYBigEndian writes multi-byte elements big-endian ('>f8') instead of
// little-endian ('<f8').
func NPYBigEndian() NPYOption { return func(o *npyOptions) { o.bigEndian = true } }

// NPYVersion writes format version major.0 (1, 2 or 3). Without it the
// version is 1.0, or 2.0 when the header is longer than 1.0 allows, as
// NumPy does. A version that cannot hold the header is an error, and so is
// any other version, 0 included, as NumPy refuses version (0, 0).
func NPYVersion(major int) NPYOption {
	return func(o *npyOptions) { o.major, o.versionSet = major, true }
}

// npyAlign is NumPy's ARRAY_ALIGN: magic, length and header together are a
// multiple of 64 bytes.
const npyAlign = 64

// WriteNPY writes a to w in the .npy format that NumPy's np.load reads. With
// no options the bytes are those of NumPy 1.24's np.save on a little-endian
// machine: version 1.0, little-endian data, the same header text and
// padding. See [NPYFortranOrder], [NPYBigEndian] and [NPYVersion].
func WriteNPY[T Elem](w io.Writer, a *Array[T], opts ...NPYOption) error {
	var o npyOptions
	for _, f := range opts {
		f(&o)
	}
	fortran := o.order == 'F' || o.order == 0 && a.IsFContiguous() && !a.IsCContiguous()
	dt := dtypeFor[T]()
	dt.bigEndian = o.bigEndian && dt.size > 1
	if o.versionSet && (o.major < 1 || o.major > 3) {
		return fmt.Errorf("npy: we only support format version (1,0), (2,0), and (3,0), not (%d, 0)", o.major)
	}
	head, err := npyHeaderBytes(npyHeaderDict(dt.descr(), fortran, a.shape), o.major)
	if err != nil {
		return err
	}
	if _, err := w.Write(head); err != nil {
		return err
	}
	var data []T
	var ok bool
	if fortran {
		data, ok = a.T().Contiguous()
		if !ok {
			data = a.T().Values()
		}
	} else if data, ok = a.Contiguous(); !ok {
		data = a.Values()
	}
	return writeElems(w, data, dt.bigEndian)
}

// npyHeaderBytes wraps the header dict text in magic, version, length and
// padding.
func npyHeaderBytes(dict string, major int) ([]byte, error) {
	hlen := len(dict) + 1 // the final newline
	if major == 0 {
		major = 1
		if hlen+npyAlign-(10+hlen)%npyAlign > 1<<16-1 {
			major = 2
		}
	}
	prefix := 10
	switch major {
	case 1:
	case 2, 3:
		prefix = 12
	default:
		return nil, fmt.Errorf("npy: no format version %d.0 (only 1.0, 2.0 and 3.0)", major)
	}
	pad := npyAlign - (prefix+hlen)%npyAlign
	total := hlen + pad
	if major == 1 && total > 1<<16-1 {
		return nil, fmt.Errorf("npy: header of %d bytes is too long for format version 1.0", total)
	}
	out := make([]byte, 0, prefix+total)
	out = append(out, npyMagic...)
	out = append(out, byte(major), 0)
	if major == 1 {
		out = binary.LittleEndian.AppendUint16(out, uint16(total))
	} else {
		out = binary.LittleEndian.AppendUint32(out, uint32(total))
	}
	out = append(out, dict...)
	for range pad {
		out = append(out, ' ')
	}
	return append(out, '\n'), nil
}

// SaveNPY writes a to a .npy file at path (created or truncated), as
// [WriteNPY].
func SaveNPY[T Elem](path string, a *Array[T], opts ...NPYOption) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := WriteNPY(f, a, opts...); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
