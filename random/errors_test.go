package random

import (
	"errors"
	"math"
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
		{"rng.integers(5, 3, dtype=uint8, endpoint=True)", func() { IntegersOf[uint8](g, 5, 3, true, 2) }, "low > high"},
		{"rng.integers(0, -1, dtype=int8, endpoint=True)", func() { IntegersOf[int8](g, 0, -1, true, 2) }, "high < 0"},
		{"randint(3, 3, dtype=int16)", func() { RandintOf[int16](rs, 3, 3, 2) }, "low >= high"},
		{"rng.choice(3, p=[0.5, 0.5])", func() { g.ChoiceP(3, []float64{0.5, 0.5}, true, 2) }, "a and p must have same size"},
		{"choice(3, p=[0.5, 0.5])", func() { rs.ChoiceP(3, []float64{0.5, 0.5}, true, 2) }, "'a' and 'p' must have same size"},
		{"rng.choice(2, p=[0.5, 0.6])", func() { g.ChoiceP(2, []float64{0.5, 0.6}, true, 2) }, "probabilities do not sum to 1"},
		{"rng.choice(2, p=[1.5, -0.5])", func() { g.ChoiceP(2, []float64{1.5, -0.5}, true, 2) }, "probabilities are not non-negative"},
		{"rng.choice(2, p=[nan, 1])", func() { g.ChoiceP(2, []float64{math.NaN(), 1}, true, 2) }, "probabilities contain NaN"},
		{"rng.choice(3, 2, False, p=[1, 0, 0])", func() { g.ChoiceP(3, []float64{1, 0, 0}, false, 2) }, "Fewer non-zero entries in p than size"},
		{"rng.choice(zeros(0), 2)", func() { ChoiceFrom(g, ndarray.Zeros[float64](0), nil, true, 0, 2) }, "a cannot be empty unless no samples are taken"},
		{"choice(zeros((2, 2)), 2)", func() { ChoiceFrom(rs, ndarray.Zeros[float64](2, 2), nil, true, 0, 2) }, "a must be 1-dimensional"},
		{"rng.integers(0, 3, dtype=bool)", func() { g.IntegersBool(0, 3, false, 2) }, "high is out of bounds for bool"},
		{"rng.integers(0, 2, dtype=bool, endpoint=True)", func() { g.IntegersBool(0, 2, true, 2) }, "high is out of bounds for bool"},
		{"rng.integers(-1, 2, dtype=bool)", func() { g.IntegersBool(-1, 2, false, 2) }, "low is out of bounds for bool"},
		{"rng.integers(2, 2, dtype=bool)", func() { g.IntegersBool(2, 2, false, 2) }, "low >= high"},
		{"rng.integers(0, 0, dtype=bool)", func() { g.IntegersBool(0, 0, false, 2) }, "high <= 0"},
		{"rng.integers(1, 0, dtype=bool, endpoint=True)", func() { g.IntegersBool(1, 0, true, 2) }, "low > high"},
		{"rng.integers(0, -1, dtype=bool, endpoint=True)", func() { g.IntegersBool(0, -1, true, 2) }, "high < 0"},
		{"rng.integers(0, -2**63, dtype=bool)", func() { g.IntegersBool(0, math.MinInt64, false, 2) }, "high <= 0"},
		{"randint(3, dtype=bool)", func() { rs.RandintBool(0, 3, 2) }, "high is out of bounds for bool"},
		{"randint(1, 1, dtype=bool)", func() { rs.RandintBool(1, 1, 2) }, "low >= high"},
		{"rng.choice(np.array(2.5), 2)", func() { ChoiceFrom(g, ndarray.Scalar(2.5), nil, true, 0, 2) }, "a must be a sequence or an integer, not <class 'numpy.ndarray'>"},
		{"choice(np.array(2.5), 2)", func() { ChoiceFrom(rs, ndarray.Scalar(float32(2.5)), nil, true, 0, 2) }, "a must be 1-dimensional or an integer"},
		{"rng.choice(np.array(0), 2)", func() { ChoiceFrom(g, ndarray.Scalar(int32(0)), nil, true, 0, 2) }, "a must be a positive integer unless no samples are taken"},
		{"choice(np.array(0), 2)", func() { ChoiceFrom(rs, ndarray.Scalar(int64(0)), nil, true, 0, 2) }, "a must be greater than 0 unless no samples are taken"},
		{"rng.choice(np.array(-2), 0, replace=False)", func() { ChoiceFrom(g, ndarray.Scalar(int8(-2)), nil, false, 0, 0) }, "Cannot take a larger sample than population when replace is False"},
		{"rng.shuffle(zeros((2, 3)), axis=2)", func() { ShuffleAxis(g, ndarray.Zeros[float64](2, 3), 2) }, "axis 2 is out of bounds for array of dimension 2"},
		{"rng.permutation(zeros(3), axis=-2)", func() { PermutedAxis(g, ndarray.Zeros[float64](3), -2) }, "axis -2 is out of bounds for array of dimension 1"},
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
				var ie *ndarray.IndexError
				if !errors.As(err, &ve) && !errors.As(err, &ae) && !errors.As(err, &se) && !errors.As(err, &ie) {
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
