package random

import (
	"slices"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// NumPy 1.24's bool draws (printed by /usr/bin/python3): 40 draws cross a
// 32-bit buffer, and the next call starts a fresh buffer.
func TestIntegersBoolIsNumPys(t *testing.T) {
	b := func(bits ...int) []bool {
		out := make([]bool, len(bits))
		for i, v := range bits {
			out[i] = v != 0
		}
		return out
	}
	rng := DefaultRNG(42)
	// rng.integers(0, 2, size=40, dtype=bool)
	want := b(0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1, 1)
	if got := rng.IntegersBool(0, 2, false, 40).Data(); !slices.Equal(got, want) {
		t.Errorf("integers(0, 2, 40, dtype=bool) = %v, NumPy %v", got, want)
	}
	// then rng.integers(2, size=5, dtype=bool)
	if got, want := rng.IntegersBool(0, 2, false, 5).Data(), b(1, 0, 0, 0, 0); !slices.Equal(got, want) {
		t.Errorf("then integers(2, 5, dtype=bool) = %v, NumPy %v", got, want)
	}
	// np.random.seed(1); np.random.randint(2, size=5, dtype=bool)
	Seed(1)
	if got, want := RandintBool(0, 2, 5).Data(), b(1, 0, 1, 0, 0); !slices.Equal(got, want) {
		t.Errorf("randint(2, 5, dtype=bool) = %v, NumPy %v", got, want)
	}
	// A one-value range draws nothing: rng.integers(1, 1, endpoint=True)
	// leaves the stream where it was.
	g1, g2 := DefaultRNG(7), DefaultRNG(7)
	if got := g1.IntegersBool(1, 1, true, 3).Data(); !slices.Equal(got, b(1, 1, 1)) {
		t.Errorf("integers(1, 1, endpoint=True, dtype=bool) = %v, NumPy [True True True]", got)
	}
	if x, y := g1.Random(1).Data()[0], g2.Random(1).Data()[0]; x != y {
		t.Errorf("a one-value bool range consumed draws")
	}
}

// choice from a 0-d integer array is choice from np.arange(a), for every
// integer dtype and bool, on both generators (values from NumPy 1.24:
// rng(3).choice(np.array(5), 3) and np.random.seed(3); choice(np.array(5), 3)).
func TestChoiceFromZeroDimInteger(t *testing.T) {
	check := func(name string, got, want []int64) {
		t.Helper()
		if !slices.Equal(got, want) {
			t.Errorf("%s = %v, NumPy %v", name, got, want)
		}
	}
	for _, replace := range []bool{true, false} {
		wantG, wantL := []int64{4, 0, 0}, []int64{2, 0, 1}
		if !replace {
			wantG, wantL = []int64{0, 4, 2}, []int64{3, 4, 1}
		}
		check("rng.choice(np.array(5, int64))", ChoiceFrom(DefaultRNG(3), ndarray.Scalar(int64(5)), nil, replace, 0, 3).Data(), wantG)
		check("rng.choice(np.array(5, uint8))", ndarray.AsType[int64](ChoiceFrom(DefaultRNG(3), ndarray.Scalar(uint8(5)), nil, replace, 0, 3)).Data(), wantG)
		check("choice(np.array(5, int32))", ndarray.AsType[int64](ChoiceFrom(NewRandomState(3), ndarray.Scalar(int32(5)), nil, replace, 0, 3)).Data(), wantL)
	}
	// np.array(True) is a population of one: [0 0 0], here as false.
	if got := ChoiceFrom(DefaultRNG(3), ndarray.Scalar(true), nil, true, 0, 3).Data(); !slices.Equal(got, []bool{false, false, false}) {
		t.Errorf("rng.choice(np.array(True), 3) = %v, NumPy [0 0 0]", got)
	}
}
