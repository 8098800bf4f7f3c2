package ndarray

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// TestFormatViews prints strided, reversed and broadcast views; the wants
// are NumPy 1.24.2's str and repr of the same views.
func TestFormatViews(t *testing.T) {
	tests := []struct {
		name      string
		a         printable
		str, repr string
	}{
		{"arange(12.).reshape(3,4)[::-1,::2]", FromStrided(arangeF64(12), []int{3, 2}, []int{-4, 2}, 8),
			"[[ 8. 10.]\n [ 4.  6.]\n [ 0.  2.]]", "array([[ 8., 10.],\n       [ 4.,  6.],\n       [ 0.,  2.]])"},
		{"broadcast_to([1,2,3],(2,3))", FromSlice([]int64{1, 2, 3}).BroadcastTo(2, 3),
			"[[1 2 3]\n [1 2 3]]", "array([[1, 2, 3],\n       [1, 2, 3]])"},
		{"arange(2e6).reshape(1000,2000)[::-3,1::7]", FromStrided(arangeF64(2000000), []int{334, 286}, []int{-6000, 7}, 999*2000+1),
			"[[1.998001e+06 1.998008e+06 1.998015e+06 ... 1.999982e+06 1.999989e+06\n  1.999996e+06]\n [1.992001e+06 1.992008e+06 1.992015e+06 ... 1.993982e+06 1.993989e+06\n  1.993996e+06]\n [1.986001e+06 1.986008e+06 1.986015e+06 ... 1.987982e+06 1.987989e+06\n  1.987996e+06]\n ...\n [1.200100e+04 1.200800e+04 1.201500e+04 ... 1.398200e+04 1.398900e+04\n  1.399600e+04]\n [6.001000e+03 6.008000e+03 6.015000e+03 ... 7.982000e+03 7.989000e+03\n  7.996000e+03]\n [1.000000e+00 8.000000e+00 1.500000e+01 ... 1.982000e+03 1.989000e+03\n  1.996000e+03]]",
			"array([[1.998001e+06, 1.998008e+06, 1.998015e+06, ..., 1.999982e+06,\n        1.999989e+06, 1.999996e+06],\n       [1.992001e+06, 1.992008e+06, 1.992015e+06, ..., 1.993982e+06,\n        1.993989e+06, 1.993996e+06],\n       [1.986001e+06, 1.986008e+06, 1.986015e+06, ..., 1.987982e+06,\n        1.987989e+06, 1.987996e+06],\n       ...,\n       [1.200100e+04, 1.200800e+04, 1.201500e+04, ..., 1.398200e+04,\n        1.398900e+04, 1.399600e+04],\n       [6.001000e+03, 6.008000e+03, 6.015000e+03, ..., 7.982000e+03,\n        7.989000e+03, 7.996000e+03],\n       [1.000000e+00, 8.000000e+00, 1.500000e+01, ..., 1.982000e+03,\n        1.989000e+03, 1.996000e+03]])"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.String(); got != tt.str {
				t.Errorf("String() =\n%s\nwant (NumPy str)\n%s", got, tt.str)
			}
			if got := tt.a.Repr(); got != tt.repr {
				t.Errorf("Repr() =\n%s\nwant (NumPy repr)\n%s", got, tt.repr)
			}
		})
	}
}

// bitsEqual reports whether two floats are the same value (NaN equal to
// NaN, -0 different from +0).
func bitsEqual(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return a == b && math.Signbit(a) == math.Signbit(b)
}

// checkUniqueRoundTrip prints vals in FloatUnique mode, without summary,
// and checks that every printed element parses back to its value (for
// float32, as a float32) and that lines with more than one element fit
// the line width.
func checkUniqueRoundTrip[T float32 | float64](t *testing.T, vals []T) {
	t.Helper()
	opts := DefaultPrintOptions()
	opts.FloatMode = FloatUnique
	opts.Threshold = math.MaxInt
	opts.LineWidth = 40
	bits := 64
	if _, ok := any(vals[0]).(float32); ok {
		bits = 32
	}
	s := FromSlice(vals).Format(opts)
	for _, line := range strings.Split(s, "\n") {
		if len(line) > opts.LineWidth && len(strings.Fields(line)) > 1 {
			t.Errorf("line of %d columns > %d: %q", len(line), opts.LineWidth, line)
		}
	}
	fields := strings.Fields(strings.Trim(s, "[]"))
	if len(fields) != len(vals) {
		t.Fatalf("%d printed elements for %d values: %s", len(fields), len(vals), s)
	}
	for i, f := range fields {
		f = strings.Trim(f, "[]")
		got, err := strconv.ParseFloat(f, bits)
		if err != nil {
			t.Fatalf("element %d %q: %v (in %s)", i, f, err, s)
		}
		if !bitsEqual(got, float64(vals[i])) {
			t.Errorf("element %d printed %q, parses to %v, want %v", i, f, got, vals[i])
		}
	}
}

// FuzzFormatUnique checks the round trip of FloatUnique printing for
// float64 and float32 values made from the fuzz input.
func FuzzFormatUnique(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 4, 0x40})                      // 1, 2.5
	f.Add([]byte{0x9a, 0x99, 0x99, 0x99, 0x99, 0x99, 0xb9, 0x3f, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f}) // 0.1, nan
	f.Add([]byte{1, 0, 0, 0, 0, 0, 0, 0x80, 0, 0, 0, 0, 0, 0, 0xf0, 0xff})                      // -5e-324, -inf
	f.Fuzz(func(t *testing.T, data []byte) {
		var f64 []float64
		for i := 0; i+8 <= len(data) && len(f64) < 64; i += 8 {
			var u uint64
			for k := 7; k >= 0; k-- {
				u = u<<8 | uint64(data[i+k])
			}
			f64 = append(f64, math.Float64frombits(u))
		}
		var f32 []float32
		for i := 0; i+4 <= len(data) && len(f32) < 64; i += 4 {
			u := uint32(data[i]) | uint32(data[i+1])<<8 | uint32(data[i+2])<<16 | uint32(data[i+3])<<24
			f32 = append(f32, math.Float32frombits(u))
		}
		if len(f64) > 0 {
			checkUniqueRoundTrip(t, f64)
		}
		if len(f32) > 0 {
			checkUniqueRoundTrip(t, f32)
		}
	})
}

// TestFormatUniqueRoundTrip runs the round-trip check on fixed values.
func TestFormatUniqueRoundTrip(t *testing.T) {
	checkUniqueRoundTrip(t, []float64{0.1, 1e-300, math.MaxFloat64, -math.SmallestNonzeroFloat64, math.Copysign(0, -1), math.NaN(), math.Inf(-1), 1.0 / 3})
	checkUniqueRoundTrip(t, []float32{0.1, 74765992, math.MaxFloat32, -math.SmallestNonzeroFloat32, 1.0 / 3, float32(math.Inf(1))})
	checkUniqueRoundTrip(t, []float64{1, 2, 3.25, 1e7, 99999999.5, -12345.678})
}

// BenchmarkFormat prints a summarised array (only the corners are
// formatted) and a whole 1000-element one.
func BenchmarkFormat(b *testing.B) {
	for _, n := range []int{1000, 1 << 20} {
		a := Wrap(arangeF64(n), n)
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				_ = a.String()
			}
		})
	}
}
