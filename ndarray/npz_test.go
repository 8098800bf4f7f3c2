package ndarray

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNPZLoadsNumPyArchives(t *testing.T) {
	x := []float64{0, 1, 2, 3, 4, 5}
	for _, name := range []string{"stored.npz", "deflated.npz"} {
		z, err := OpenNPZFile(filepath.Join("testdata", "npy", name))
		if err != nil {
			t.Fatal(err)
		}
		defer z.Close()
		a, err := LoadNPZ[float64](z, "x")
		if err != nil {
			t.Fatal(err)
		}
		npyCheck(t, a, []int{2, 3}, x)
		h, err := z.Header("x.npy")
		if err != nil || h.Dtype != "float64" || FormatShape(h.Shape) != "(2, 3)" {
			t.Errorf("%s: header %+v, %v", name, h, err)
		}
		if _, err := LoadNPZ[float32](z, "x"); err == nil {
			t.Errorf("%s: LoadNPZ[float32] of a float64 array succeeded", name)
		}
		if _, err := z.Read("nothing"); err == nil {
			t.Errorf("%s: missing name accepted", name)
		}
	}
	b, _ := os.ReadFile(filepath.Join("testdata", "npy", "stored.npz"))
	m, err := ReadNPZ(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	npyCheck(t, m["y"].(*Array[uint8]), []int{3}, []uint8{1, 2, 3})
	b, _ = os.ReadFile(filepath.Join("testdata", "npy", "deflated.npz"))
	z, err := OpenNPZ(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"x", "flags"}, z.Names()); diff != "" {
		t.Errorf("names in np.savez_compressed's order (-want +got):\n%s", diff)
	}
	f, err := z.Read("flags")
	if err != nil {
		t.Fatal(err)
	}
	npyCheck(t, f.(*Array[bool]), []int{2}, []bool{true, false})
}

func TestNPZRoundTrip(t *testing.T) {
	arrays := map[string]any{
		"f8":  Arange(0.0, 12, 1).Reshape(3, 4).T(),
		"f4":  FromSlice([]float32{1.5, -2}),
		"i8":  FromSlice([]int64{-1}),
		"i4":  Zeros[int32](0, 2),
		"i2":  Scalar(int16(-3)),
		"i1":  FromSlice([]int8{-128, 127}),
		"u8":  FromSlice([]uint64{1 << 63}),
		"u4":  FromSlice([]uint32{7}),
		"u2":  FromSlice([]uint16{65535}),
		"u1":  FromSlice([]uint8{0, 255}, 1, 2),
		"b":   FromSlice([]bool{true}),
		"big": RandNormal[float64](NewRand(1), 100, 100),
	}
	for _, compressed := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteNPZ(&buf, arrays, compressed); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if want := map[bool]uint16{false: zip.Store, true: zip.Deflate}[compressed]; f.Method != want {
				t.Errorf("member %s method %d, want %d", f.Name, f.Method, want)
			}
		}
		got, err := ReadNPZ(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(arrays) {
			t.Fatalf("%d arrays back, want %d", len(got), len(arrays))
		}
		for name, a := range arrays {
			var w1, w2 bytes.Buffer
			npyWriteAny(&w1, a, NPYFortranOrder(false))
			npyWriteAny(&w2, got[name], NPYFortranOrder(false))
			if !bytes.Equal(w1.Bytes(), w2.Bytes()) {
				t.Errorf("compressed=%v: %s differs after the round trip", compressed, name)
			}
		}
	}
	z := NewNPZWriter(&bytes.Buffer{}, false)
	if err := z.Add("a", FromSlice([]int8{1})); err != nil {
		t.Fatal(err)
	}
	if err := z.Add("a", FromSlice([]int8{1})); err == nil {
		t.Error("duplicate name accepted")
	}
	if err := z.Add("s", []float64{1}); err == nil {
		t.Error("a plain slice accepted")
	}
	dir := t.TempDir()
	if err := SaveNPZ(filepath.Join(dir, "a.npz"), map[string]any{"x": FromSlice([]uint16{4, 5})}, true); err != nil {
		t.Fatal(err)
	}
	zf, err := OpenNPZFile(filepath.Join(dir, "a.npz"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := LoadNPZ[uint16](zf, "x")
	zf.Close()
	if err != nil {
		t.Fatal(err)
	}
	npyCheck(t, a, []int{2}, []uint16{4, 5})
}

// npzArchive builds a zip with the given members.
func npzArchive(t *testing.T, method uint16, members map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, b := range members {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	zw.Close()
	return buf.Bytes()
}

func TestNPZErrors(t *testing.T) {
	good := npyRaw(1, 0, "{'descr': '<i2', 'fortran_order': False, 'shape': (2,), }", []byte{1, 0, 2, 0})
	cases := []struct {
		name string
		zip  []byte
		want string
	}{
		{"not a zip", []byte("\x93NUMPY not a zip"), "zip"},
		{"truncated zip", npzArchive(t, zip.Store, map[string][]byte{"a.npy": good})[:40], "zip"},
		{"bad member", npzArchive(t, zip.Deflate, map[string][]byte{"a.npy": []byte("\x93NUMPY\x09")}), "invalid"},
		{"extra bytes", npzArchive(t, zip.Store, map[string][]byte{"a.npy": append(slices.Clone(good), 9)}), "invalid"},
		{"short data", npzArchive(t, zip.Deflate, map[string][]byte{"a.npy": good[:len(good)-1]}), "invalid"},
		{"not npy", npzArchive(t, zip.Store, map[string][]byte{"readme.txt": []byte("hello")}), "invalid"},
		{"pickle", npzArchive(t, zip.Store, map[string][]byte{"o.npy": npyRaw(1, 0, "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", []byte("\x80\x04."))}), "dtype"},
		{"huge shape", npzArchive(t, zip.Deflate, map[string][]byte{"a.npy": npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776,), }", make([]byte, 40))}), "invalid"},
	}
	// A stored member whose directory entry claims 1 TiB.
	var lie bytes.Buffer
	zw := zip.NewWriter(&lie)
	member := npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (137438953472,), }", make([]byte, 16))
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "a.npy", Method: zip.Store, CompressedSize64: 1 << 40, UncompressedSize64: 1 << 40})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(member)
	zw.Close()
	cases = append(cases, struct {
		name string
		zip  []byte
		want string
	}{"lying sizes", lie.Bytes(), "any"})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			defer func() {
				runtime.ReadMemStats(&after)
				if n := after.TotalAlloc - before.TotalAlloc; n > 4<<20 {
					t.Errorf("allocated %d bytes for a %d-byte archive", n, len(c.zip))
				}
			}()
			_, err := ReadNPZ(bytes.NewReader(c.zip), int64(len(c.zip)))
			var ue *UnsupportedDtypeError
			switch {
			case err == nil:
				t.Fatal("no error")
			case c.want == "zip" && !errors.Is(err, zip.ErrFormat) && !strings.Contains(err.Error(), "zip"):
				t.Fatalf("error %v, want a zip error", err)
			case c.want == "invalid" && !errors.Is(err, ErrInvalidNPY):
				t.Fatalf("error %v does not wrap ErrInvalidNPY", err)
			case c.want == "dtype" && !errors.As(err, &ue):
				t.Fatalf("error %v is not an UnsupportedDtypeError", err)
			}
		})
	}
}
