package ndarray

import (
	"bytes"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The files in testdata/npy were written by NumPy 1.24 with
// testdata/make_npy.py; the values below are the ones that script stores.

// npyFixture2x3 is the 2x3 array make_npy.py writes for each dtype:
// [[0, 1, -1 (max for unsigned)], [min, max, 7]].
func npyFixture2x3[T Number](lo, hi, minus1 T) []T {
	return []T{0, 1, minus1, lo, hi, 7}
}

func npyLoadFixture[T Elem](t *testing.T, name string, shape []int, want []T) {
	t.Helper()
	for _, file := range []string{name + ".npy", name + "_be.npy"} {
		a, err := LoadNPYFile[T](filepath.Join("testdata", "npy", file))
		if err != nil {
			t.Fatal(err)
		}
		npyCheck(t, a, shape, want)
	}
}

func TestNPYLoadsNumPyFiles(t *testing.T) {
	s := []int{2, 3}
	npyLoadFixture(t, "float64", s, npyFixture2x3(-math.MaxFloat64, math.MaxFloat64, -1))
	npyLoadFixture(t, "float32", s, npyFixture2x3[float32](-math.MaxFloat32, math.MaxFloat32, -1))
	npyLoadFixture(t, "int64", s, npyFixture2x3[int64](math.MinInt64, math.MaxInt64, -1))
	npyLoadFixture(t, "int32", s, npyFixture2x3[int32](math.MinInt32, math.MaxInt32, -1))
	npyLoadFixture(t, "int16", s, npyFixture2x3[int16](math.MinInt16, math.MaxInt16, -1))
	npyLoadFixture(t, "int8", s, npyFixture2x3[int8](math.MinInt8, math.MaxInt8, -1))
	npyLoadFixture(t, "uint64", s, npyFixture2x3[uint64](0, math.MaxUint64, math.MaxUint64))
	npyLoadFixture(t, "uint32", s, npyFixture2x3[uint32](0, math.MaxUint32, math.MaxUint32))
	npyLoadFixture(t, "uint16", s, npyFixture2x3[uint16](0, math.MaxUint16, math.MaxUint16))
	npyLoadFixture(t, "uint8", s, npyFixture2x3[uint8](0, math.MaxUint8, math.MaxUint8))

	dir := filepath.Join("testdata", "npy")
	load := func(name string) any {
		t.Helper()
		a, err := ReadNPYFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	npyCheck(t, load("bool.npy").(*Array[bool]), s, []bool{true, false, true, false, false, true})
	npyCheck(t, load("specials.npy").(*Array[float64]), []int{6},
		[]float64{math.Float64frombits(0x7ff8000000000000) /* np.nan */, math.Inf(1), math.Inf(-1), math.Copysign(0, -1), 5e-324, 0.1})
	ar := make([]float64, 24)
	ai := make([]int16, 24)
	for i := range ar {
		ar[i], ai[i] = float64(i), int16(i)
	}
	f8 := load("fortran_f8.npy").(*Array[float64])
	npyCheck(t, f8, []int{2, 3, 4}, ar)
	if !f8.IsFContiguous() {
		t.Error("fortran_order file did not load F-contiguous")
	}
	npyCheck(t, load("fortran_i2_be.npy").(*Array[int16]), []int{2, 3, 4}, ai)
	sc := load("scalar.npy").(*Array[float64])
	if sc.NDim() != 0 || sc.Item() != 3.5 {
		t.Errorf("scalar.npy: shape %v value %v", sc.Shape(), sc.Item())
	}
	npyCheck(t, load("empty.npy").(*Array[int32]), []int{0, 3}, nil)
	npyCheck(t, load("v2.npy").(*Array[int64]), []int{5}, []int64{0, 1, 2, 3, 4})
	npyCheck(t, load("v3.npy").(*Array[uint16]), []int{5}, []uint16{0, 1, 2, 3, 4})
	for file, major := range map[string]int{"v2.npy": 2, "v3.npy": 3, "int8.npy": 1} {
		f, _ := os.Open(filepath.Join(dir, file))
		h, err := ReadNPYHeader(f)
		f.Close()
		if err != nil || h.Major != major {
			t.Errorf("%s: version %d (%v), want %d", file, h.Major, err, major)
		}
	}

	for _, bad := range []string{"object.npy", "structured.npy", "complex.npy", "float16.npy", "unicode.npy"} {
		_, err := ReadNPYFile(filepath.Join(dir, bad))
		var ue *UnsupportedDtypeError
		if !errors.As(err, &ue) {
			t.Errorf("%s: error %v, want *UnsupportedDtypeError", bad, err)
		}
	}
}

// TestNPYWritesNumPyBytes checks that WriteNPY with default options gives
// the very bytes np.save wrote for the fixtures (little-endian ones).
func TestNPYWritesNumPyBytes(t *testing.T) {
	dir := filepath.Join("testdata", "npy")
	for _, name := range []string{"float64", "float32", "int64", "int32", "int16", "int8", "uint64", "uint32",
		"uint16", "uint8", "bool", "specials", "fortran_f8", "scalar", "empty", "v2"} {
		want, err := os.ReadFile(filepath.Join(dir, name+".npy"))
		if err != nil {
			t.Fatal(err)
		}
		a, err := ReadNPY(bytes.NewReader(want))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := npyWriteAny(&buf, a); err != nil {
			t.Fatal(err)
		}
		if name == "v2" { // np.lib.format.write_array(version=(2, 0))
			buf.Reset()
			npyWriteAny(&buf, a, NPYVersion(2))
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s: wrote\n%q\nNumPy wrote\n%q", name, buf.Bytes(), want)
		}
	}
}

// npyWriteAny writes an *Array[T] held in an any.
func npyWriteAny(buf *bytes.Buffer, a any, opts ...NPYOption) error {
	switch a := a.(type) {
	case *Array[float64]:
		return WriteNPY(buf, a, opts...)
	case *Array[float32]:
		return WriteNPY(buf, a, opts...)
	case *Array[int64]:
		return WriteNPY(buf, a, opts...)
	case *Array[int32]:
		return WriteNPY(buf, a, opts...)
	case *Array[int16]:
		return WriteNPY(buf, a, opts...)
	case *Array[int8]:
		return WriteNPY(buf, a, opts...)
	case *Array[uint64]:
		return WriteNPY(buf, a, opts...)
	case *Array[uint32]:
		return WriteNPY(buf, a, opts...)
	case *Array[uint16]:
		return WriteNPY(buf, a, opts...)
	case *Array[uint8]:
		return WriteNPY(buf, a, opts...)
	case *Array[bool]:
		return WriteNPY(buf, a, opts...)
	}
	return errors.New("not an array")
}

// npyPython returns the path of a Python that has NumPy, or skips.
func npyPython(t *testing.T) string {
	t.Helper()
	const py = "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("no /usr/bin/python3: cannot check that NumPy reads the files")
	}
	if err := exec.Command(py, "-c", "import numpy").Run(); err != nil {
		t.Skip("/usr/bin/python3 has no numpy: cannot check that NumPy reads the files")
	}
	return py
}

// TestNumPyLoadsNPYFiles writes files from Go and has NumPy load and check
// them.
func TestNumPyLoadsNPYFiles(t *testing.T) {
	py := npyPython(t)
	dir := t.TempDir()
	save := func(name string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	ar := Arange(0.0, 24, 1).Reshape(2, 3, 4)
	save("f8", SaveNPY(filepath.Join(dir, "f8.npy"), ar))
	save("f8_F", SaveNPY(filepath.Join(dir, "f8_F.npy"), ar, NPYFortranOrder(true)))
	save("f8_view", SaveNPY(filepath.Join(dir, "f8_view.npy"), ar.Transpose(1, 2, 0).Slice(SS(2, -4, -1))))
	save("f4_be", SaveNPY(filepath.Join(dir, "f4_be.npy"), AsType[float32](ar), NPYBigEndian(), NPYFortranOrder(true)))
	save("i8_v3", SaveNPY(filepath.Join(dir, "i8_v3.npy"), FromSlice([]int64{math.MinInt64, -1, math.MaxInt64}), NPYVersion(3)))
	save("i4", SaveNPY(filepath.Join(dir, "i4.npy"), FromSlice([]int32{math.MinInt32, -1, math.MaxInt32})))
	save("i2_be", SaveNPY(filepath.Join(dir, "i2_be.npy"), FromSlice([]int16{math.MinInt16, -1, math.MaxInt16}), NPYBigEndian()))
	save("i1", SaveNPY(filepath.Join(dir, "i1.npy"), FromSlice([]int8{-128, -1, 127})))
	save("u8_v2", SaveNPY(filepath.Join(dir, "u8_v2.npy"), FromSlice([]uint64{0, 1, math.MaxUint64}), NPYVersion(2)))
	save("u4", SaveNPY(filepath.Join(dir, "u4.npy"), FromSlice([]uint32{0, 1, math.MaxUint32})))
	save("u2", SaveNPY(filepath.Join(dir, "u2.npy"), FromSlice([]uint16{0, 1, math.MaxUint16})))
	save("u1", SaveNPY(filepath.Join(dir, "u1.npy"), FromSlice([]uint8{0, 1, 255})))
	save("b1", SaveNPY(filepath.Join(dir, "b1.npy"), FromSlice([]bool{true, false, true, true}, 2, 2)))
	save("scalar", SaveNPY(filepath.Join(dir, "scalar.npy"), Scalar(-2.5)))
	save("empty", SaveNPY(filepath.Join(dir, "empty.npy"), Zeros[float32](3, 0)))
	save("npz", SaveNPZ(filepath.Join(dir, "s.npz"), map[string]any{"x": ar, "y": FromSlice([]uint8{9})}, false))
	save("npzc", SaveNPZ(filepath.Join(dir, "c.npz"), map[string]any{"x": ar, "flags": FromSlice([]bool{true, false})}, true))

	script := `
import sys, os
import numpy as np
d = sys.argv[1]
def load(name, **kw):
    return np.load(os.path.join(d, name), **kw)
ar = np.arange(24.0).reshape(2, 3, 4)
def check(name, got, want, dtype, fortran=None):
    assert got.dtype == np.dtype(dtype), (name, got.dtype, dtype)
    assert got.shape == np.shape(want), (name, got.shape, np.shape(want))
    assert np.array_equal(got, want), (name, got, want)
    if fortran is not None:
        assert got.flags.f_contiguous == fortran or got.ndim < 2, (name, got.flags)
check("f8", load("f8.npy"), ar, "<f8", False)
check("f8_F", load("f8_F.npy"), ar, "<f8", True)
check("f8_view", load("f8_view.npy"), ar.transpose(1, 2, 0)[2:-4:-1], "<f8")
check("f4_be", load("f4_be.npy"), ar.astype(np.float32), ">f4", True)
check("i8_v3", load("i8_v3.npy"), [-2**63, -1, 2**63 - 1], "<i8")
check("i4", load("i4.npy"), [-2**31, -1, 2**31 - 1], "<i4")
check("i2_be", load("i2_be.npy"), [-2**15, -1, 2**15 - 1], ">i2")
check("i1", load("i1.npy"), [-128, -1, 127], "|i1")
check("u8_v2", load("u8_v2.npy"), np.array([0, 1, 2**64 - 1], dtype=np.uint64), "<u8")
check("u4", load("u4.npy"), [0, 1, 2**32 - 1], "<u4")
check("u2", load("u2.npy"), [0, 1, 2**16 - 1], "<u2")
check("u1", load("u1.npy"), [0, 1, 255], "|u1")
check("b1", load("b1.npy"), [[True, False], [True, True]], "|b1")
check("scalar", load("scalar.npy"), np.array(-2.5), "<f8")
check("empty", load("empty.npy"), np.zeros((3, 0)), "<f4")
with open(os.path.join(d, "i8_v3.npy"), "rb") as f:
    assert np.lib.format.read_magic(f) == (3, 0)
with open(os.path.join(d, "u8_v2.npy"), "rb") as f:
    assert np.lib.format.read_magic(f) == (2, 0)
for name in ["s.npz", "c.npz"]:
    z = load(name)
    check(name + ":x", z["x"], ar, "<f8")
s = load("s.npz")
assert s.files == ["x", "y"], s.files
check("s.npz:y", s["y"], [9], "|u1")
check("c.npz:flags", load("c.npz")["flags"], [True, False], "|b1")
import zipfile
assert all(i.compress_type == zipfile.ZIP_STORED for i in zipfile.ZipFile(os.path.join(d, "s.npz")).infolist())
assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in zipfile.ZipFile(os.path.join(d, "c.npz")).infolist())
print("ok")
`
	out, err := exec.Command(py, "-c", script, dir).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Fatalf("NumPy check failed: %v\n%s", err, out)
	}
}
