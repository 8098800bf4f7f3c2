package random

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"testing"
)

// The fixture's "libm" holds SHA-256 hashes of glibc's own log, log1p and
// log1pf on arguments this test rebuilds with package random (whose
// streams the other tests pin to NumPy's). Go's math functions fail these
// hashes; the test also counts how many arguments they get wrong, to show
// that the check can fail.

func hashFloats64(v []float64) string {
	h := sha256.New()
	var b [8]byte
	for _, x := range v {
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(x))
		h.Write(b[:])
	}
	return hex.EncodeToString(h.Sum(nil))
}

func TestLibmMatchesGlibc(t *testing.T) {
	var f struct {
		Libm struct {
			N                  int
			Log, Log1p, Log1pf string
		} `json:"libm"`
	}
	loadJSON(t, &f)
	n := f.Libm.N

	g := DefaultRNG(2024)
	a, b := g.Random(n).Data(), g.Random(n).Data()
	var got, goMath []float64
	for i := range a {
		r2 := float64(a[i]*a[i]) + float64(b[i]*b[i])
		if r2 > 0 && r2 < 1 {
			got = append(got, glibcLog(r2))
			goMath = append(goMath, math.Log(r2))
		}
	}
	check := func(name, want string, got, goMath []float64) {
		if h := hashFloats64(got); h != want {
			t.Errorf("%s differs from glibc's on %d arguments (SHA-256 %s, want %s)", name, len(got), h[:12], want[:12])
		}
		d := 0
		for i := range got {
			if got[i] != goMath[i] {
				d++
			}
		}
		t.Logf("%s: Go's math differs from glibc on %d of %d arguments", name, d, len(got))
	}
	check("log", f.Libm.Log, got, goMath)

	u := DefaultRNG(2025).Random(n).Data()
	got, goMath = got[:0], goMath[:0]
	for _, v := range u {
		got = append(got, glibcLog1p(-v))
		goMath = append(goMath, math.Log1p(-v))
	}
	check("log1p", f.Libm.Log1p, got, goMath)

	h := sha256.New()
	var buf [4]byte
	d := 0
	for k := 1; k < 1<<24; k++ {
		x := -float32(k) * (1.0 / 16777216.0)
		y := glibcLog1pf(x)
		if y != float32(math.Log1p(float64(x))) {
			d++
		}
		binary.LittleEndian.PutUint32(buf[:], math.Float32bits(y))
		h.Write(buf[:])
	}
	if s := hex.EncodeToString(h.Sum(nil)); s != f.Libm.Log1pf {
		t.Errorf("log1pf differs from glibc's (SHA-256 %s, want %s)", s[:12], f.Libm.Log1pf[:12])
	}
	t.Logf("log1pf: rounding Go's float64 log1p differs from glibc on %d of %d arguments", d, 1<<24-1)
}
