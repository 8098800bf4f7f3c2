package ndarray

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// npyValues returns n test values of type T from a reference list that
// holds zero, ones, negatives (wrapped for unsigned types), extremes and
// fractions.
func npyValues[T Elem](n int) []T {
	ref := []float64{0, 1, -1, 2, -128, 127, 255, 3.5, -0.25, 1e10, -7, 65535}
	out := make([]T, n)
	for i := range out {
		v := ref[i%len(ref)] + float64(i/len(ref))
		var z T
		switch any(z).(type) {
		case bool:
			out[i] = any(int(v)%3 == 0).(T)
		case float64:
			out[i] = any(v).(T)
		case float32:
			out[i] = any(float32(v)).(T)
		default:
			out[i] = npyWrap[T](int64(v))
		}
	}
	return out
}

// npyWrap converts an integer to an integer type T with wrap-around.
func npyWrap[T Elem](v int64) T {
	var z T
	var r any
	switch any(z).(type) {
	case int64:
		r = v
	case int32:
		r = int32(v)
	case int16:
		r = int16(v)
	case int8:
		r = int8(v)
	case uint64:
		r = uint64(v)
	case uint32:
		r = uint32(v)
	case uint16:
		r = uint16(v)
	case uint8:
		r = uint8(v)
	}
	return r.(T)
}

// npyEqual compares elements bit for bit (so NaNs and -0 count).
func npyEqual[T Elem](a, b T) bool {
	switch x := any(a).(type) {
	case float64:
		return math.Float64bits(x) == math.Float64bits(any(b).(float64))
	case float32:
		return math.Float32bits(x) == math.Float32bits(any(b).(float32))
	}
	return a == b
}

// npyCheck fails unless got has the shape and the C-order values want.
func npyCheck[T Elem](t *testing.T, got *Array[T], shape []int, want []T) {
	t.Helper()
	if diff := cmp.Diff(shape, []int(got.Shape()), cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("shape (-want +got):\n%s", diff)
	}
	// npyEqual: the same bits for floats (NaN payloads, -0), == otherwise.
	if diff := cmp.Diff(want, got.Values(), cmp.Comparer(npyEqual[T]), cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("elements in C order (-want +got):\n%s", diff)
	}
}

func npyRoundTrips[T Elem](t *testing.T) {
	shapes := [][]int{{}, {0}, {5}, {2, 3}, {3, 1, 4}, {2, 0, 3}, {2, 3, 2, 2}}
	for _, shape := range shapes {
		n := 1
		for _, d := range shape {
			n *= d
		}
		want := npyValues[T](n)
		for _, opts := range []struct {
			name string
			o    []NPYOption
		}{
			{"default", nil},
			{"C", []NPYOption{NPYFortranOrder(false)}},
			{"F", []NPYOption{NPYFortranOrder(true)}},
			{"big", []NPYOption{NPYBigEndian()}},
			{"F/big/v2", []NPYOption{NPYFortranOrder(true), NPYBigEndian(), NPYVersion(2)}},
			{"v3", []NPYOption{NPYVersion(3)}},
		} {
			t.Run(FormatShape(shape)+"/"+opts.name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := WriteNPY(&buf, Wrap(slices.Clone(want), shape...), opts.o...); err != nil {
					t.Fatal(err)
				}
				got, err := LoadNPY[T](bytes.NewReader(buf.Bytes()))
				if err != nil {
					t.Fatal(err)
				}
				npyCheck(t, got, shape, want)
				fortran := strings.HasPrefix(opts.name, "F")
				if fortran && !got.IsFContiguous() || !fortran && !got.IsCContiguous() {
					t.Errorf("loaded strides %v do not match the file's order", got.Strides())
				}
				// Through the discovering reader and a stream that cannot
				// tell its length (the chunked path).
				anyA, err := ReadNPY(struct{ io.Reader }{bytes.NewReader(buf.Bytes())})
				if err != nil {
					t.Fatal(err)
				}
				a2, ok := anyA.(*Array[T])
				if !ok {
					t.Fatalf("ReadNPY gave %T", anyA)
				}
				npyCheck(t, a2, shape, want)
			})
		}
	}
}

func TestNPYRoundTripEveryDtype(t *testing.T) {
	t.Run("float64", npyRoundTrips[float64])
	t.Run("float32", npyRoundTrips[float32])
	t.Run("int64", npyRoundTrips[int64])
	t.Run("int32", npyRoundTrips[int32])
	t.Run("int16", npyRoundTrips[int16])
	t.Run("int8", npyRoundTrips[int8])
	t.Run("uint64", npyRoundTrips[uint64])
	t.Run("uint32", npyRoundTrips[uint32])
	t.Run("uint16", npyRoundTrips[uint16])
	t.Run("uint8", npyRoundTrips[uint8])
	t.Run("bool", npyRoundTrips[bool])
}

func TestNPYRoundTripViewsAndBigData(t *testing.T) {
	// A strided, transposed view is written with its logical values.
	base := Arange(0.0, 60, 1).Reshape(3, 4, 5)
	view := base.Slice(SS(2, -4, -1), All(), SS(0, 5, 2)).Transpose(2, 0, 1)
	for _, fortran := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteNPY(&buf, view, NPYFortranOrder(fortran)); err != nil {
			t.Fatal(err)
		}
		got, err := LoadNPY[float64](&buf)
		if err != nil {
			t.Fatal(err)
		}
		npyCheck(t, got, view.Shape(), view.Values())
	}
	// Larger than one read chunk, through a stream of unknown length.
	big := make([]float32, 7*10007) // > 4 read chunks
	for i := range big {
		big[i] = float32(i) * 0.5
	}
	var buf bytes.Buffer
	if err := WriteNPY(&buf, FromSlice(big, 7, len(big)/7), NPYBigEndian()); err != nil {
		t.Fatal(err)
	}
	got, err := LoadNPY[float32](struct{ io.Reader }{&buf})
	if err != nil {
		t.Fatal(err)
	}
	npyCheck(t, got, []int{7, len(big) / 7}, big)
}

// npyRaw builds a .npy file with any version bytes, header text and data.
func npyRaw(major, minor byte, header string, data []byte) []byte {
	b := []byte(npyMagic)
	b = append(b, major, minor)
	if major == 1 {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(header)))
	} else {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(header)))
	}
	b = append(b, header...)
	return append(b, data...)
}

func TestNPYHandMadeHeaders(t *testing.T) {
	// Big-endian int32 [1, 256, -2], written by hand.
	be := npyRaw(1, 0, "{'descr': '>i4', 'fortran_order': False, 'shape': (3,), }\n",
		[]byte{0, 0, 0, 1, 0, 0, 1, 0, 0xff, 0xff, 0xff, 0xfe})
	a, err := LoadNPY[int32](bytes.NewReader(be))
	if err != nil {
		t.Fatal(err)
	}
	npyCheck(t, a, []int{3}, []int32{1, 256, -2})

	// Big-endian float64 1.5 as a 0-d array, double quotes, keys in another
	// order, no trailing comma, version 2.0.
	f := npyRaw(2, 0, `{"shape": (), "fortran_order": False, "descr": ">f8"}`, []byte{0x3f, 0xf8, 0, 0, 0, 0, 0, 0})
	b, err := LoadNPY[float64](bytes.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	if b.NDim() != 0 || b.Item() != 1.5 {
		t.Fatalf("got %v with shape %v, want 1.5 with shape ()", b.Item(), b.Shape())
	}

	// Fortran order by hand: shape (2, 3) stored column by column.
	fo := npyRaw(1, 0, "{'descr': '<i2', 'fortran_order': True, 'shape': (2, 3), }\n",
		[]byte{1, 0, 4, 0, 2, 0, 5, 0, 3, 0, 6, 0})
	c, err := LoadNPY[int16](bytes.NewReader(fo))
	if err != nil {
		t.Fatal(err)
	}
	npyCheck(t, c, []int{2, 3}, []int16{1, 2, 3, 4, 5, 6})

	// Python 2 longs, bool bytes other than 0/1 (NumPy reads them as True),
	// version 3.0 with a UTF-8 header (non-ASCII in trailing white space is
	// not allowed, so it sits in nothing; plain ASCII is valid UTF-8).
	p2 := npyRaw(3, 0, "{'descr': '|b1', 'fortran_order': False, 'shape': (2L, 2L), }\n", []byte{0, 1, 2, 255})
	d, err := LoadNPY[bool](bytes.NewReader(p2))
	if err != nil {
		t.Fatal(err)
	}
	npyCheck(t, d, []int{2, 2}, []bool{false, true, true, true})
	if v := d.At(1, 1); v != true || !v {
		t.Fatal("bool from byte 255 is not a proper true")
	}

	// Stream with two arrays one after another.
	var buf bytes.Buffer
	WriteNPY(&buf, FromSlice([]int8{1, 2}))
	WriteNPY(&buf, FromSlice([]uint16{3}))
	x, err1 := LoadNPY[int8](&buf)
	y, err2 := LoadNPY[uint16](&buf)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	npyCheck(t, x, []int{2}, []int8{1, 2})
	npyCheck(t, y, []int{1}, []uint16{3})
}

func TestNPYHeaderVersionChoice(t *testing.T) {
	// A header dict too long for version 1.0 (arrays have at most MaxDims
	// axes, so only a long dict made by hand reaches the limit).
	dict := "{'descr': '<i1', 'fortran_order': False, 'shape': (1,), }" + strings.Repeat(" ", 70000)
	head, err := npyHeaderBytes(dict, 0)
	if err != nil {
		t.Fatal(err)
	}
	if head[6] != 2 || len(head)%npyAlign != 0 {
		t.Fatalf("version %d.%d, %d bytes, want 2.0 for a long header", head[6], head[7], len(head))
	}
	if _, err := npyHeaderBytes(dict, 1); err == nil {
		t.Fatal("version 1.0 accepted a header longer than 65535 bytes")
	}
	for _, v := range []int{0, 4, -1} {
		err := WriteNPY(io.Discard, FromSlice([]int8{7}), NPYVersion(v))
		want := fmt.Sprintf("npy: we only support format version (1,0), (2,0), and (3,0), not (%d, 0)", v)
		if err == nil || err.Error() != want {
			t.Errorf("NPYVersion(%d): %v, want %q", v, err, want)
		}
	}
	h, err := ReadNPYHeader(bytes.NewReader(append(head, 7)))
	if err != nil {
		t.Fatal(err)
	}
	if h.Major != 2 || len(h.Shape) != 1 || h.DataOffset != len(head) {
		t.Fatalf("header %d.%d, %d axes, data at %d", h.Major, h.Minor, len(h.Shape), h.DataOffset)
	}
}

// npyErrorCases are files that must be refused; class is "invalid" (wraps
// ErrInvalidNPY), "dtype" (*UnsupportedDtypeError).
var npyErrorCases = []struct {
	name, class string
	file        []byte
}{
	{"empty file", "invalid", nil},
	{"short magic", "invalid", []byte("\x93NUM")},
	{"wrong magic", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", make([]byte, 8))[1:]},
	{"zip magic", "invalid", []byte("PK\x03\x04\x14\x00\x00\x00\x00\x00")},
	{"version 4.0", "invalid", npyRaw(4, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", make([]byte, 8))},
	{"version 1.1", "invalid", npyRaw(1, 1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", make([]byte, 8))},
	{"truncated length", "invalid", []byte("\x93NUMPY\x01\x00\x10")},
	{"truncated v2 length", "invalid", []byte("\x93NUMPY\x02\x00\x10\x00")},
	{"truncated header", "invalid", []byte("\x93NUMPY\x01\x00\x40\x00{'descr': '<f8'")},
	{"huge v2 header length", "invalid", []byte("\x93NUMPY\x02\x00\xff\xff\xff\xff{'descr'")},
	{"unterminated dict", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), ", nil)},
	{"missing comma", "invalid", npyRaw(1, 0, "{'descr': '<f8' 'fortran_order': False, 'shape': (2,)}", nil)},
	{"code, not a literal", "invalid", npyRaw(1, 0, "__import__('os').system('echo pwned')", nil)},
	{"call in value", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': tuple([1]), }", nil)},
	{"float dimension", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3.5), }", nil)},
	{"hex dimension", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (0x10,), }", nil)},
	{"not a dict", "invalid", npyRaw(1, 0, "[1, 2]", nil)},
	{"missing key", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'shape': (2,), }", nil)},
	{"extra key", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'x': 1}", nil)},
	{"duplicate key", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", nil)},
	{"fortran_order not bool", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': 1, 'shape': (2,), }", nil)},
	{"shape is a list", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': [2, 3], }", nil)},
	{"shape is a str", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': '(2,)', }", nil)},
	{"shape is an int", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': 2, }", nil)},
	{"descr is an int", "invalid", npyRaw(1, 0, "{'descr': 8, 'fortran_order': False, 'shape': (2,), }", nil)},
	{"deep nesting", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': "+strings.Repeat("(", 5000)+"}", nil)},
	{"unterminated string", "invalid", npyRaw(1, 0, "{'descr': '<f8, 'fortran_order': False, 'shape': (2,)}", nil)},
	{"escape in string", "invalid", npyRaw(1, 0, "{'descr': '\\x3cf8', 'fortran_order': False, 'shape': (2,)}", nil)},
	{"integer overflow", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999999,), }", nil)},
	{"junk after dict", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), } x", make([]byte, 8))},
	{"v3 header not UTF-8", "invalid", npyRaw(3, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }\xff", make([]byte, 8))},
	{"negative dimension", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (-1, 3), }", make([]byte, 64))},
	{"shape overflows", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776, 1099511627776, 1099511627776), }", nil)},
	{"shape overflows int64 bytes", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (2305843009213693952,), }", nil)},
	{"shape bigger than file", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776,), }", make([]byte, 24))},
	{"data shorter than shape", "invalid", npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }", make([]byte, 40))},
	{"data missing", "invalid", npyRaw(1, 0, "{'descr': '<i2', 'fortran_order': True, 'shape': (2, 3), }", nil)},
	{"object (pickle)", "dtype", npyRaw(1, 0, "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", []byte("\x80\x04cos\nsystem\n"))},
	{"complex", "dtype", npyRaw(1, 0, "{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }", make([]byte, 16))},
	{"float16", "dtype", npyRaw(1, 0, "{'descr': '<f2', 'fortran_order': False, 'shape': (1,), }", make([]byte, 2))},
	{"float128", "dtype", npyRaw(1, 0, "{'descr': '<f16', 'fortran_order': False, 'shape': (1,), }", make([]byte, 16))},
	{"unicode", "dtype", npyRaw(1, 0, "{'descr': '<U2', 'fortran_order': False, 'shape': (1,), }", make([]byte, 8))},
	{"bytes", "dtype", npyRaw(1, 0, "{'descr': '|S3', 'fortran_order': False, 'shape': (1,), }", make([]byte, 3))},
	{"void", "dtype", npyRaw(1, 0, "{'descr': '|V8', 'fortran_order': False, 'shape': (1,), }", make([]byte, 8))},
	{"datetime", "dtype", npyRaw(1, 0, "{'descr': '<M8[ns]', 'fortran_order': False, 'shape': (1,), }", make([]byte, 8))},
	{"structured", "dtype", npyRaw(1, 0, "{'descr': [('x', '<f8'), ('y', '<i4')], 'fortran_order': False, 'shape': (1,), }", make([]byte, 12))},
	{"dtype name", "dtype", npyRaw(1, 0, "{'descr': 'float64', 'fortran_order': False, 'shape': (1,), }", make([]byte, 8))},
	{"empty descr", "dtype", npyRaw(1, 0, "{'descr': '', 'fortran_order': False, 'shape': (1,), }", make([]byte, 8))},
	{"bool of 2 bytes", "dtype", npyRaw(1, 0, "{'descr': '<b2', 'fortran_order': False, 'shape': (1,), }", make([]byte, 2))},
}

func TestNPYErrors(t *testing.T) {
	for _, c := range npyErrorCases {
		for _, src := range []struct {
			name string
			r    func() io.Reader
		}{
			{"bytes.Reader", func() io.Reader { return bytes.NewReader(c.file) }},
			{"stream", func() io.Reader { return struct{ io.Reader }{bytes.NewReader(c.file)} }},
		} {
			t.Run(c.name+"/"+src.name, func(t *testing.T) {
				_, err := ReadNPY(src.r())
				npyCheckClass(t, err, c.class)
				if _, err = LoadNPY[float64](src.r()); err == nil {
					t.Fatal("LoadNPY[float64] accepted the file")
				}
			})
		}
	}
}

func npyCheckClass(t *testing.T, err error, class string) {
	t.Helper()
	var ue *UnsupportedDtypeError
	switch {
	case err == nil:
		t.Fatalf("no error, want %s", class)
	case class == "invalid" && !errors.Is(err, ErrInvalidNPY):
		t.Fatalf("error %q does not wrap ErrInvalidNPY", err)
	case class == "dtype" && !errors.As(err, &ue):
		t.Fatalf("error %q is not an *UnsupportedDtypeError", err)
	}
}

func TestNPYHugeShapeFailsFast(t *testing.T) {
	// 1<<40 float64s announced by a 100-byte file: refused before
	// allocating, with or without a length hint.
	f := npyRaw(1, 0, "{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776,), }", make([]byte, 30))
	for _, r := range []io.Reader{bytes.NewReader(f), struct{ io.Reader }{bytes.NewReader(f)}} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, err := ReadNPY(r)
		d := time.Since(start)
		runtime.ReadMemStats(&after)
		if !errors.Is(err, ErrInvalidNPY) {
			t.Fatalf("error %v", err)
		}
		if d > time.Second {
			t.Fatalf("took %v", d)
		}
		if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
			t.Fatalf("allocated %d bytes for a %d-byte file", n, len(f))
		}
	}
}

func TestNPYDtypeMismatch(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteNPY(&buf, FromSlice([]float32{1, 2})); err != nil {
		t.Fatal(err)
	}
	_, err := LoadNPY[float64](&buf)
	var me *DtypeMismatchError
	if !errors.As(err, &me) || me.Got != "float32" || me.Want != "float64" {
		t.Fatalf("error %v, want a DtypeMismatchError float32 vs float64", err)
	}
}

func TestNPYFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.npy")
	a := FromSlice([]int16{1, -2, 3, -4, 5, -6}, 3, 2)
	if err := SaveNPY(p, a.T()); err != nil {
		t.Fatal(err)
	}
	b, err := LoadNPYFile[int16](p)
	if err != nil {
		t.Fatal(err)
	}
	npyCheck(t, b, []int{2, 3}, []int16{1, 3, 5, -2, -4, -6})
	if !b.IsFContiguous() || b.IsCContiguous() {
		t.Error("an F-contiguous array did not round-trip as Fortran order, as np.save does")
	}
	c, err := ReadNPYFile(p)
	if err != nil {
		t.Fatal(err)
	}
	npyCheck(t, c.(*Array[int16]), []int{2, 3}, []int16{1, 3, 5, -2, -4, -6})
	if _, err := LoadNPYFile[int16](filepath.Join(dir, "missing.npy")); err == nil {
		t.Error("missing file accepted")
	}
}
