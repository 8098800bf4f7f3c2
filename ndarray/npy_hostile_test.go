package ndarray

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ndsimd/ndsimd/internal/hostile"
)

// allocated returns the bytes f allocates (runtime.MemStats.TotalAlloc).
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// The .npy readers refuse a shape with a 0 whose other dimensions overflow,
// in every order, as NumPy does.
func TestNPYOverflowZeroShape(t *testing.T) {
	dir := t.TempDir()
	for i, shape := range hostile.OverflowZeroShapes {
		file := hostile.NPY("<f8", shape, nil)
		path := filepath.Join(dir, "x.npy")
		os.WriteFile(path, file, 0o644)
		archive := npzOf(t, "x", file)
		readers := map[string]func() error{
			"ReadNPY": func() error { _, err := ReadNPY(bytes.NewReader(file)); return err },
			"ReadNPY stream": func() error {
				_, err := ReadNPY(struct{ io.Reader }{bytes.NewReader(file)})
				return err
			},
			"LoadNPY":     func() error { _, err := LoadNPY[float64](bytes.NewReader(file)); return err },
			"ReadNPYFile": func() error { _, err := ReadNPYFile(path); return err },
			"LoadNPYFile": func() error { _, err := LoadNPYFile[float64](path); return err },
			"ReadNPYHeader": func() error {
				_, err := ReadNPYHeader(bytes.NewReader(file))
				return err
			},
			"NPZReader.Read": func() error {
				z, err := OpenNPZ(bytes.NewReader(archive), int64(len(archive)))
				if err != nil {
					return err
				}
				_, err = z.Read("x")
				return err
			},
		}
		for name, read := range readers {
			var err error
			if p := catch(func() { err = read() }); p != nil {
				t.Errorf("shape %d %s: %s panicked: %v", i, shape, name, p)
				continue
			}
			var ve *ValueError
			if !errors.Is(err, ErrInvalidNPY) || !errors.As(err, &ve) || !strings.Contains(err.Error(), errTooBig) {
				t.Errorf("shape %s: %s: %v, want ErrInvalidNPY with %q", shape, name, err, errTooBig)
			}
		}
	}
}

// npzOf returns a .npz archive with one stored member name.npy holding the
// raw bytes file.
func npzOf(t *testing.T, name string, file []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := NewNPZWriter(&b, false)
	w, err := zw.zw.Create(name + ".npy")
	if err != nil {
		t.Fatal(err)
	}
	w.Write(file)
	zw.Close()
	return b.Bytes()
}

// More than MaxDims axes are refused at once, with NumPy's message, and
// without building the shape of a 200 000-axis file.
func TestNPYTooManyAxes(t *testing.T) {
	for _, n := range []int{33, 200000} {
		file := hostile.ManyAxes(n)
		t0 := time.Now()
		_, err := ReadNPY(bytes.NewReader(file))
		want := "maximum supported dimension for an ndarray is 32, found " + itoa(n)
		var ve *ValueError
		if !errors.Is(err, ErrInvalidNPY) || !errors.As(err, &ve) || ve.Msg != want {
			t.Errorf("%d axes: %v, want %q", n, err, want)
		}
		if err != nil && len(err.Error()) > 200 {
			t.Errorf("%d axes: the error is %d bytes long", n, len(err.Error()))
		}
		if d := time.Since(t0); d > 2*time.Second {
			t.Errorf("%d axes: refused after %v", n, d)
		}
	}
	a, err := ReadNPY(bytes.NewReader(hostile.ManyAxes(32)))
	if err != nil || a.(*Array[float64]).NDim() != 32 {
		t.Fatalf("32 axes: %v", err)
	}
}

// Deflated .npz members are read as they decompress: the zip's declared
// size is never trusted, memory grows only with the bytes that arrive, and
// a shape larger than the machine is refused before reading.
func TestNPZBombs(t *testing.T) {
	const limit = 24 << 20 // a few tens of MB
	tests := []struct {
		name string
		want string // in the error
	}{
		{"claims-314MB", "truncated data"},
		{"zip64-claims-42GB", ""}, // "Unable to allocate" here; "truncated" on a machine of more than 42 GB
		{"lying-small-shape", "more data than the header's shape"},
	}
	for _, tt := range tests {
		file := hostile.Bombs[tt.name].NPZ()
		var err error
		got := allocated(func() {
			var z *NPZReader
			z, err = OpenNPZ(bytes.NewReader(file), int64(len(file)))
			if err == nil {
				_, err = z.Read("x")
			}
		})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want an error with %q", tt.name, err, tt.want)
		}
		if got > limit {
			t.Errorf("%s: reading it allocated %d MB", tt.name, got>>20)
		}
		t.Logf("%s: %v; allocated %d KB", tt.name, err, got>>10)
	}
}

// A valid deflated member is read whole, with memory close to its size
// (the buffer grows by doubling as data arrives).
func TestNPZStreamedMember(t *testing.T) {
	const mib = 40
	file := hostile.Bomb{Elems: mib << 20 / 8, ZeroMiB: mib}.NPZ()
	var a any
	var err error
	got := allocated(func() {
		a, err = ReadNPZ(bytes.NewReader(file), int64(len(file)))
	})
	if err != nil {
		t.Fatal(err)
	}
	x := a.(map[string]any)["x"].(*Array[float64])
	if x.Size() != mib<<20/8 || Max(x).Item() != 0 {
		t.Fatalf("read %v elements", x.Shape())
	}
	if got > 4*mib<<20 {
		t.Errorf("a %d MiB member allocated %d MiB", mib, got>>20)
	}
}
