package ndarray

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

// The .npz format is a zip archive with one .npy member per array, named
// "<name>.npy", stored (np.savez) or deflated (np.savez_compressed).

// NPZWriter writes arrays into a .npz archive, in the order they are added.
// Close it to finish the archive.
type NPZWriter struct {
	zw         *zip.Writer
	compressed bool
	names      map[string]bool
}

// NewNPZWriter starts a .npz archive on w; its members are deflated when
// compressed is true (as np.savez_compressed), stored otherwise (as
// np.savez).
func NewNPZWriter(w io.Writer, compressed bool) *NPZWriter {
	return &NPZWriter{zw: zip.NewWriter(w), compressed: compressed, names: map[string]bool{}}
}

// npzTime is the modification time of every member, fixed so that the
// same arrays give the same bytes.
var npzTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Add writes array a, which must be an *Array[T] of a supported element
// type, as member name+".npy" (np.load's key is name). It is an error to
// add two arrays with the same name.
func (z *NPZWriter) Add(name string, a any, opts ...NPYOption) error {
	if name == "" || z.names[name] {
		return fmt.Errorf("npz: array name %q is empty or already used", name)
	}
	method := zip.Store
	if z.compressed {
		method = zip.Deflate
	}
	hdr := &zip.FileHeader{Name: name + ".npy", Method: method, Modified: npzTime}
	switch a.(type) {
	case *Array[float64], *Array[float32], *Array[int64], *Array[int32], *Array[int16], *Array[int8],
		*Array[uint64], *Array[uint32], *Array[uint16], *Array[uint8], *Array[bool]:
	default:
		return fmt.Errorf("npz: %q: %T is not an *ndarray.Array", name, a)
	}
	w, err := z.zw.CreateHeader(hdr)
	if err != nil {
		return err
	}
	z.names[name] = true
	switch a := a.(type) {
	case *Array[float64]:
		err = WriteNPY(w, a, opts...)
	case *Array[float32]:
		err = WriteNPY(w, a, opts...)
	case *Array[int64]:
		err = WriteNPY(w, a, opts...)
	case *Array[int32]:
		err = WriteNPY(w, a, opts...)
	case *Array[int16]:
		err = WriteNPY(w, a, opts...)
	case *Array[int8]:
		err = WriteNPY(w, a, opts...)
	case *Array[uint64]:
		err = WriteNPY(w, a, opts...)
	case *Array[uint32]:
		err = WriteNPY(w, a, opts...)
	case *Array[uint16]:
		err = WriteNPY(w, a, opts...)
	case *Array[uint8]:
		err = WriteNPY(w, a, opts...)
	case *Array[bool]:
		err = WriteNPY(w, a, opts...)
	}
	if err != nil {
		return fmt.Errorf("npz: %q: %w", name, err)
	}
	return nil
}

// Close finishes the archive (it does not close the underlying writer).
func (z *NPZWriter) Close() error { return z.zw.Close() }

// WriteNPZ writes the arrays (each an *Array[T]) to w as a .npz archive,
// members in the order of their sorted names; compressed selects deflate
// (np.savez_compressed) over store (np.savez).
func WriteNPZ(w io.Writer, arrays map[string]any, compressed bool) error {
	z := NewNPZWriter(w, compressed)
	names := make([]string, 0, len(arrays))
	for name := range arrays {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if err := z.Add(name, arrays[name]); err != nil {
			return err
		}
	}
	return z.Close()
}

// SaveNPZ writes the arrays to a .npz file at path (see [WriteNPZ]).
func SaveNPZ(path string, arrays map[string]any, compressed bool) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := WriteNPZ(f, arrays, compressed); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// NPZReader reads the arrays of a .npz archive.
type NPZReader struct {
	zr    *zip.Reader
	names []string
	files map[string]*zip.File
	size  int64 // of the archive
	close func() error
}

// OpenNPZ opens the .npz archive of the given size held by r.
func OpenNPZ(r io.ReaderAt, size int64) (*NPZReader, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("npz: %w", err)
	}
	z := &NPZReader{zr: zr, files: map[string]*zip.File{}, size: size}
	for _, f := range zr.File {
		name := strings.TrimSuffix(f.Name, ".npy")
		if _, dup := z.files[name]; dup {
			return nil, fmt.Errorf("npz: two members named %q", name)
		}
		z.names = append(z.names, name)
		z.files[name] = f
	}
	return z, nil
}

// OpenNPZFile opens the .npz file at path. Close the reader when done.
func OpenNPZFile(path string) (*NPZReader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	z, err := OpenNPZ(f, st.Size())
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	z.close = f.Close
	return z, nil
}

// Close closes the file opened by [OpenNPZFile]; for [OpenNPZ] it does
// nothing.
func (z *NPZReader) Close() error {
	if z.close == nil {
		return nil
	}
	return z.close()
}

// Names returns the names of the archive's arrays in archive order,
// without the ".npy" suffix (np.load(...).files).
func (z *NPZReader) Names() []string { return slices.Clone(z.names) }

// open returns the member's reader and an upper bound of its size that is
// safe to allocate up to (or -1).
func (z *NPZReader) open(name string) (io.ReadCloser, int64, error) {
	f, ok := z.files[strings.TrimSuffix(name, ".npy")]
	if !ok {
		return nil, 0, fmt.Errorf("npz: no array named %q", name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, 0, fmt.Errorf("npz: %q: %w", name, err)
	}
	// A stored member's bytes are in the archive (archive/zip refuses a
	// member that yields more than UncompressedSize64 bytes, and a stored
	// member's bytes are its compressed bytes, at most the archive's size),
	// so its size is safe to allocate at once. A deflated member's declared
	// size is never trusted: a few hundred KB of deflate can claim (and
	// yield) hundreds of MB, so its data is read as it is decompressed, the
	// buffer growing with the bytes that actually arrive and the reading
	// stopping at what the .npy header's shape needs.
	limit := int64(-1)
	c := min(f.CompressedSize64, uint64(max(z.size, 0)))
	if u := f.UncompressedSize64; f.Method == zip.Store && u <= c && u < 1<<62 {
		limit = int64(u)
	}
	return rc, limit, nil
}

// Header returns the .npy header of the named array.
func (z *NPZReader) Header(name string) (NPYHeader, error) {
	rc, _, err := z.open(name)
	if err != nil {
		return NPYHeader{}, err
	}
	defer rc.Close()
	h, err := ReadNPYHeader(rc)
	if err != nil {
		err = fmt.Errorf("npz: %q: %w", name, err)
	}
	return h, err
}

// Read returns the named array as an any holding an *Array[T] (see
// [ReadNPY]). The name may carry the ".npy" suffix or not.
func (z *NPZReader) Read(name string) (any, error) {
	rc, limit, err := z.open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	a, err := readNPYAny(rc, limit)
	if err == nil {
		err = npyTrailing(rc)
	}
	if err != nil {
		return nil, fmt.Errorf("npz: %q: %w", name, err)
	}
	return a, nil
}

// LoadNPZ returns the named array of z, which must hold elements of type T
// (see [LoadNPY]).
func LoadNPZ[T Elem](z *NPZReader, name string) (*Array[T], error) {
	rc, limit, err := z.open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	a, err := loadNPY[T](rc, limit)
	if err == nil {
		err = npyTrailing(rc)
	}
	if err != nil {
		return nil, fmt.Errorf("npz: %q: %w", name, err)
	}
	return a, nil
}

// ReadNPZ reads every array of the .npz archive of the given size held by
// r, keyed by name (without ".npy"), each an any holding an *Array[T].
func ReadNPZ(r io.ReaderAt, size int64) (map[string]any, error) {
	z, err := OpenNPZ(r, size)
	if err != nil {
		return nil, err
	}
	out := make(map[string]any, len(z.names))
	for _, name := range z.names {
		if out[name], err = z.Read(name); err != nil {
			return nil, err
		}
	}
	return out, nil
}
