package ndarray

import (
	"bytes"
	"errors"
	"image"
	"math"
	"strings"
	"testing"

	"github.com/ndsimd/ndsimd/internal/hostile"
)

// addHostile seeds f with every adversarial file of internal/hostile whose
// name ends with one of the suffixes (testdata/fuzz/<target> holds the
// small ones as well).
func addHostile(f *testing.F, suffixes ...string) {
	for name, b := range hostile.Files() {
		for _, s := range suffixes {
			if strings.HasSuffix(name, s) {
				f.Add(b)
			}
		}
	}
}

// FuzzReadNPZ feeds arbitrary bytes to the .npz reader: every member must
// read to an array or an error, never a panic, and an array read from a
// deflated member can hold at most what deflate can expand the archive to.
func FuzzReadNPZ(f *testing.F) {
	addHostile(f, ".npz", ".npy")
	var b bytes.Buffer
	WriteNPZ(&b, map[string]any{"a": Arange(0.0, 6, 1).Reshape(2, 3), "b": FromSlice([]bool{true, false})}, true)
	f.Add(b.Bytes())
	b.Reset()
	WriteNPZ(&b, map[string]any{"c": FromSlice([]int16{1, -2, 3})}, false)
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		z, err := OpenNPZ(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		for _, name := range z.Names() {
			a, err := z.Read(name)
			if err != nil {
				var ue *UnsupportedDtypeError
				if !errors.Is(err, ErrInvalidNPY) && !errors.As(err, &ue) && !strings.HasPrefix(err.Error(), "npz: ") {
					t.Fatalf("member %q: error %v", name, err)
				}
				continue
			}
			if n := a.(interface{ Size() int }).Size(); int64(n) > 1032*int64(len(data))+1024 {
				t.Fatalf("member %q: %d elements from a %d-byte archive", name, n, len(data))
			}
		}
	})
}

// FuzzReadImage feeds arbitrary bytes to ReadImage: an image or an error,
// never a panic, and never more pixels than the limit.
func FuzzReadImage(f *testing.F) {
	addHostile(f, ".png")
	f.Add(hostile.SmallPNG(3, 2))
	f.Add(hostile.PNG(2000, 1))
	defer func(old int64) { MaxImagePixels = old }(MaxImagePixels)
	MaxImagePixels = 1 << 16 // keep each run small
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, ch := range []int{1, 3, 4} {
			a, _, err := ReadImage(bytes.NewReader(data), ch)
			if err != nil {
				continue
			}
			s := a.Shape()
			if len(s) != 3 || s[2] != ch || int64(s[0])*int64(s[1]) > MaxImagePixels {
				t.Fatalf("shape %v", s)
			}
			cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
			if err != nil || cfg.Width != s[1] || cfg.Height != s[0] {
				t.Fatalf("shape %v, header %+v, %v", s, cfg, err)
			}
		}
	})
}

// FuzzFromStrided makes views of a small slice with arbitrary shapes,
// strides and offsets: FromStrided refuses them with a *ShapeError or
// *ValueError, or every element of the view is inside the data (read here
// one by one, and by Values, Sum and String).
func FuzzFromStrided(f *testing.F) {
	f.Add(10, 2, 5, int64(5), int64(1), 0)
	f.Add(10, 2, 5, int64(-5), int64(-1), 9)
	f.Add(10, 2, 1, int64(math.MinInt64), int64(1), 0)
	f.Add(10, 2, 2, int64(math.MaxInt64), int64(math.MaxInt64), 1)
	f.Add(10, 0, 3, int64(math.MinInt64), int64(1), 100)
	f.Add(4, 4, 4, int64(0), int64(0), 3)
	f.Fuzz(func(t *testing.T, length, d0, d1 int, s0, s1 int64, offset int) {
		if length < 0 || length > 1<<12 {
			return
		}
		data := make([]float64, length)
		for i := range data {
			data[i] = float64(i)
		}
		shape, strides := []int{d0, d1}, []int{int(s0), int(s1)}
		var a *Array[float64]
		if p := catch(func() { a = FromStrided(data, shape, strides, offset) }); p != nil {
			var se *ShapeError
			var ve *ValueError
			if err, ok := p.(error); !ok || !errors.As(err, &se) && !errors.As(err, &ve) {
				t.Fatalf("FromStrided(%d, %v, %v, %d) panicked with %v", length, shape, strides, offset, p)
			}
			return
		}
		if a.Size() > 1<<16 {
			return // large views of stride 0: checked by construction, too slow to walk
		}
		for i := range d0 {
			for j := range d1 {
				p := offset + i*int(s0) + j*int(s1)
				if p < 0 || p >= length || a.At(i, j) != data[p] {
					t.Fatalf("element (%d, %d) at %d of %d", i, j, p, length)
				}
			}
		}
		if v := a.Values(); len(v) != a.Size() {
			t.Fatal("Values")
		}
		Sum(a)
		_ = a.String()
	})
}

// FuzzNPYShape feeds arbitrary header text to the .npy header parser: it
// returns an error or a header whose shape passes the one size check of
// the package (at most MaxDims axes, no overflow), never a panic.
func FuzzNPYShape(f *testing.F) {
	for _, s := range hostile.OverflowZeroShapes {
		f.Add("{'descr': '<f8', 'fortran_order': False, 'shape': " + s + ", }")
	}
	f.Add("{'descr': '<f8', 'fortran_order': False, 'shape': (" + strings.Repeat("1,", 33) + "), }")
	f.Add("{'descr': '<i2', 'fortran_order': True, 'shape': (3, 0, 9223372036854775807), }")
	f.Add("{'descr': '|b1', 'fortran_order': False, 'shape': (), }")
	f.Add("{'descr': '>u4', 'fortran_order': False, 'shape': (2L, 3), }")
	f.Fuzz(func(t *testing.T, text string) {
		var h NPYHeader
		dt, err := parseNPYDict(text, &h)
		if err != nil {
			return
		}
		if len(h.Shape) > MaxDims {
			t.Fatalf("%d axes accepted", len(h.Shape))
		}
		if _, err := npyDataBytes(h.Shape, dt.size); err != nil {
			if !errors.Is(err, ErrInvalidNPY) {
				t.Fatalf("size error %v", err)
			}
			return
		}
		if n, err := shapeSize(h.Shape, dt.size); err != nil || n < 0 {
			t.Fatalf("shapeSize(%v) = %d, %v", h.Shape, n, err)
		}
	})
}
