package ndarray

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadNPY feeds arbitrary bytes to the .npy readers: they must return
// an array or an error, never panic, and never allocate more than the
// input can fill. Seeds: the error table, the NumPy fixtures and Go-written
// files.
func FuzzReadNPY(f *testing.F) {
	for _, c := range npyErrorCases {
		f.Add(c.file)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "npy", "*.npy"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	var buf bytes.Buffer
	WriteNPY(&buf, Arange(0.0, 12, 1).Reshape(3, 4), NPYFortranOrder(true), NPYBigEndian(), NPYVersion(3))
	f.Add(buf.Bytes())
	f.Add(npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776,), }", make([]byte, 30)))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadNPY(bytes.NewReader(data))
		b, errStream := ReadNPY(struct{ io.Reader }{bytes.NewReader(data)})
		if (err == nil) != (errStream == nil) {
			t.Fatalf("with a length hint: %v; as a stream: %v", err, errStream)
		}
		var ue *UnsupportedDtypeError
		if err != nil && !errors.Is(err, ErrInvalidNPY) && !errors.As(err, &ue) {
			t.Fatalf("error %v is neither ErrInvalidNPY nor UnsupportedDtypeError", err)
		}
		if err != nil {
			return
		}
		// What loads must write back and load to the same values.
		var out bytes.Buffer
		if err := npyWriteAny(&out, a); err != nil {
			t.Fatal(err)
		}
		c, err := ReadNPY(&out)
		if err != nil {
			t.Fatalf("re-reading what was written: %v", err)
		}
		var x, y, z bytes.Buffer
		npyWriteAny(&x, a)
		npyWriteAny(&y, b)
		npyWriteAny(&z, c)
		if !bytes.Equal(x.Bytes(), y.Bytes()) || !bytes.Equal(x.Bytes(), z.Bytes()) {
			t.Fatal("the same file loaded to different arrays")
		}
	})
}
