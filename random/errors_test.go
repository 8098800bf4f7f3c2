package random

import (
	"errors"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// NumPy 1.24's messages for the arguments it refuses (checked with
// /usr/bin/python3; the uniform range message is NumPy's OverflowError
// text, raised here as a ValueError).
func TestRefusedArgumentsPanicWithNumPyMessages(t *testing.T) {
	g := DefaultRNG(1)
	rs := NewRandomState(1)
	cases := []struct {
		name string
		call func()
		msg  string
	}{
		{"default_rng(-1)", func() { DefaultRNG(-1) }, "expected non-negative integer"},
		{"RandomState(-1)", func() { NewRandomState(-1) }, "Seed must be between 0 and 2**32 - 1"},
		{"RandomState(2**32)", func() { NewRandomState(1 << 32) }, "Seed must be between 0 and 2**32 - 1"},
		{"seed(-1)", func() { Seed(-1) }, "Seed must be between 0 and 2**32 - 1"},
		{"rng.uniform(2, 1)", func() { g.Uniform(2, 1, 3) }, "high - low < 0"},
		{"rng.uniform(-1e308, 1e308)", func() { g.Uniform(-1e308, 1e308, 3) }, "high - low range exceeds valid bounds"},
		{"rng.normal(0, -1)", func() { g.Normal(0, -1, 2) }, "scale < 0"},
		{"rng.integers(5, 5)", func() { g.Integers(5, 5, 2) }, "low >= high"},
		{"rng.integers(0, 0)", func() { g.Integers(0, 0, 2) }, "high <= 0"},
		{"rng.choice(0, 3)", func() { g.Choice(0, true, 3) }, "a must be a positive integer unless no samples are taken"},
		{"rng.choice(3, 4, replace=False)", func() { g.Choice(3, false, 4) }, "Cannot take a larger sample than population when replace is False"},
		{"rng.random(-1)", func() { g.Random(-1) }, "negative dimensions are not allowed"},
		{"randint(3, 3)", func() { rs.Randint(3, 3, 2) }, "low >= high"},
		{"normal(0, -1)", func() { rs.Normal(0, -1) }, "scale < 0"},
		{"choice(0, 2)", func() { rs.Choice(0, true, 2) }, "a must be greater than 0 unless no samples are taken"},
		{"choice(3, 4, replace=False)", func() { rs.Choice(3, false, 4) }, "Cannot take a larger sample than population when 'replace=False'"},
		{"shuffle(0-d)", func() { ShuffleWith(g, ndarray.Scalar(1.0)) }, "axis 0 is out of bounds for array of dimension 0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				r := recover()
				err, ok := r.(error)
				if !ok {
					t.Fatalf("no error panic (recovered %v)", r)
				}
				if err.Error() != c.msg {
					t.Errorf("message %q, NumPy's %q", err.Error(), c.msg)
				}
				var ve *ndarray.ValueError
				var ae *ndarray.AxisError
				var se *ndarray.ShapeError
				if !errors.As(err, &ve) && !errors.As(err, &ae) && !errors.As(err, &se) {
					t.Errorf("panic value %T is not an ndarray error", r)
				}
			}()
			c.call()
		})
	}
}

// The legacy uniform accepts high < low, as NumPy's does.
func TestLegacyUniformAcceptsReversedBounds(t *testing.T) {
	got := NewRandomState(8).Uniform(3, -1, 2).Data()
	for _, v := range got {
		if v > 3 || v <= -1 {
			t.Errorf("uniform(3, -1) gave %v", v)
		}
	}
}

// Seed then Rand through the package-level functions is the stream of a
// RandomState of that seed, and Seed restarts it (dropping the cached gauss).
func TestGlobalStateIsNpRandom(t *testing.T) {
	Seed(3)
	Randn(1) // leaves a cached gauss behind
	Seed(3)
	a := Randn(3).Data()
	b := NewRandomState(3).Randn(3).Data()
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("after Seed(3), Randn = %v, RandomState(3).randn = %v", a, b)
		}
	}
}
