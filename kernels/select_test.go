package kernels

// Tests of the selection kernels (kernellist entries, select_generic.go, select_blocks.go): every available
// implementation against the generic twins, for lengths around every block
// size and data full of NaNs, infinities, signed zeros and ties, and on
// slices flush against guard pages (select_guard_test.go).

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// selKernel is one selection kernel, called through the exported API on
// operands x, y (float), m (bools), with the bounds lo, hi for Clip; it
// returns what it wrote.
type selKernel[T Float] struct {
	name string
	run  func(o *ops[T], x, y []T, m []bool, lo, hi T) (bools []bool, vals []T)
}

func selKernels[T Float]() []selKernel[T] {
	cmp := func(name string, get func(o *ops[T]) compareFunc[T]) selKernel[T] {
		return selKernel[T]{name, func(o *ops[T], x, y []T, _ []bool, _, _ T) ([]bool, []T) {
			d := make([]bool, len(x))
			get(o)(d, x, y)
			return d, nil
		}}
	}
	cmpS := func(name string, get func(o *ops[T]) compareScalarFunc[T]) selKernel[T] {
		return selKernel[T]{name, func(o *ops[T], x, y []T, _ []bool, _, _ T) ([]bool, []T) {
			d := make([]bool, len(x))
			s := T(0.5)
			if len(y) > 0 {
				s = y[0] // a special now and then: NaN, ±0, ±Inf
			}
			get(o)(d, x, s)
			return d, nil
		}}
	}
	return []selKernel[T]{
		cmp("Equal", func(o *ops[T]) compareFunc[T] { return o.Equal }),
		cmp("NotEqual", func(o *ops[T]) compareFunc[T] { return o.NotEqual }),
		cmp("Less", func(o *ops[T]) compareFunc[T] { return o.Less }),
		cmp("LessEqual", func(o *ops[T]) compareFunc[T] { return o.LessEqual }),
		cmp("Greater", func(o *ops[T]) compareFunc[T] { return o.Greater }),
		cmp("GreaterEqual", func(o *ops[T]) compareFunc[T] { return o.GreaterEqual }),
		cmpS("EqualScalar", func(o *ops[T]) compareScalarFunc[T] { return o.EqualScalar }),
		cmpS("NotEqualScalar", func(o *ops[T]) compareScalarFunc[T] { return o.NotEqualScalar }),
		cmpS("LessScalar", func(o *ops[T]) compareScalarFunc[T] { return o.LessScalar }),
		cmpS("LessEqualScalar", func(o *ops[T]) compareScalarFunc[T] { return o.LessEqualScalar }),
		cmpS("GreaterScalar", func(o *ops[T]) compareScalarFunc[T] { return o.GreaterScalar }),
		cmpS("GreaterEqualScalar", func(o *ops[T]) compareScalarFunc[T] { return o.GreaterEqualScalar }),
		{"Where", func(o *ops[T], x, y []T, m []bool, _, _ T) ([]bool, []T) {
			d := make([]T, len(x))
			o.Where(d, m, x, y)
			return nil, d
		}},
		{"Clip", func(o *ops[T], x, _ []T, _ []bool, lo, hi T) ([]bool, []T) {
			d := make([]T, len(x))
			o.Clip(d, x, lo, hi)
			return nil, d
		}},
		{"Compress", func(o *ops[T], x, _ []T, m []bool, _, _ T) ([]bool, []T) {
			c := 0
			for _, b := range m {
				if b {
					c++
				}
			}
			d := make([]T, c) // exactly the room needed
			if k := o.Compress(d, x, m); k != c {
				panic(fmt.Sprintf("Compress returned %d, want %d", k, c))
			}
			return nil, d
		}},
		{"TakeInRange", func(o *ops[T], x, _ []T, m []bool, _, _ T) ([]bool, []T) {
			// indexes from m's pattern: mostly in range, some negative or
			// past the end (the kernel stops at the first of those).
			idx := make([]int64, len(x))
			for i := range idx {
				idx[i] = int64((i * 7919) % max(len(x), 1))
				if m[i] && i%23 == 22 {
					idx[i] = [...]int64{-1, int64(len(x)), 1 << 62, -1 << 63}[i%4]
				}
			}
			d := make([]T, len(x)+1)
			k := o.TakeInRange(d[:len(x)], x, idx)
			d[len(x)] = T(k) // the count is part of the result
			return nil, d
		}},
	}
}

// selValue draws a value, special about a third of the time.
func selValue[T Float](rng *rand.Rand) T {
	specials := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1), 1, -1, 0.5, -0.5}
	if rng.IntN(3) == 0 {
		return T(specials[rng.IntN(len(specials))])
	}
	return T(rng.NormFloat64())
}

// selBounds are the Clip bounds tried: ordinary, zeros of both signs,
// reversed, infinite and NaN.
var selBounds = [][2]float64{{-0.5, 0.5}, {0, 1}, {-1, math.Copysign(0, -1)}, {1, -1}, {math.Inf(-1), 0.25},
	{math.NaN(), 1}, {-1, math.NaN()}, {0.5, 0.5}}

func TestSelectKernels(t *testing.T) {
	t.Run("f64", testSelectKernels[float64])
	t.Run("f32", testSelectKernels[float32])
}

// selSameVals returns the first index where a and b differ (hSame), or -1.
func selSameVals[T Float](a, b []T) int {
	for i := range a {
		if !hSame(a[i], b[i]) {
			return i
		}
	}
	return -1
}

func testSelectKernels[T Float](t *testing.T) {
	twin := genericOps[T]()
	lengths := []int{}
	for n := 0; n <= 70; n++ {
		lengths = append(lengths, n)
	}
	lengths = append(lengths, 127, 128, 129, 1000, 4099)
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			o := &kernelsOf[T]().ops
			for _, k := range selKernels[T]() {
				t.Run(k.name, func(t *testing.T) {
					rng := rand.New(rand.NewPCG(3, uint64(len(k.name))))
					bad := 0
					for _, n := range lengths {
						for off := range 3 {
							x, y, m := make([]T, n+off), make([]T, n+off), make([]bool, n+off)
							for i := range x {
								x[i], y[i], m[i] = selValue[T](rng), selValue[T](rng), rng.IntN(2) == 0
								if rng.IntN(8) == 0 {
									y[i] = x[i] // ties
								}
							}
							x, y, m = x[off:], y[off:], m[off:]
							b := selBounds[rng.IntN(len(selBounds))]
							lo, hi := T(b[0]), T(b[1])
							x0, y0, m0 := slices.Clone(x), slices.Clone(y), slices.Clone(m)
							gb, gv := k.run(o, x, y, m, lo, hi)
							wb, wv := k.run(&twin, x0, y0, m0, lo, hi)
							switch {
							case !slices.Equal(gb, wb):
								i := slices.IndexFunc(gb, func(v bool) bool { return false })
								_ = i
								t.Errorf("impl=%s %s/%s n=%d off=%d: bools differ from the twin:\n got %v\nwant %v\n   x %v\n   y %v",
									impl, k.name, hTypeName[T](), n, off, gb, wb, x, y)
								bad++
							case len(gv) != len(wv):
								t.Errorf("impl=%s %s n=%d: %d values, twin %d", impl, k.name, n, len(gv), len(wv))
								bad++
							case selSameVals(gv, wv) >= 0:
								i := selSameVals(gv, wv)
								t.Errorf("impl=%s %s/%s n=%d off=%d lo=%v hi=%v: [%d] = %v, twin %v",
									impl, k.name, hTypeName[T](), n, off, lo, hi, i, gv[i], wv[i])
								bad++
							case !slices.Equal(x, x0) && selSameVals(x, x0) >= 0, !slices.Equal(m, m0):
								t.Errorf("impl=%s %s n=%d: an input was modified", impl, k.name, n)
								bad++
							}
							if bad > 5 {
								t.FailNow()
							}
						}
					}
				})
			}
		})
	}
}

// TestSelectNumPy checks the twins themselves against values NumPy 1.24
// gives (np.greater, np.not_equal with NaN; np.clip's zeros).
func TestSelectNumPy(t *testing.T) {
	nan, negz := math.NaN(), math.Copysign(0, -1)
	x := []float64{1, nan, 2, negz, 0, math.Inf(1)}
	y := []float64{nan, nan, 1, 0, negz, math.Inf(1)}
	cases := []struct {
		name string
		f    func(d []bool, x, y []float64)
		want []bool
	}{
		{"Equal", Equal[float64], []bool{false, false, false, true, true, true}},
		{"NotEqual", NotEqual[float64], []bool{true, true, true, false, false, false}},
		{"Less", Less[float64], []bool{false, false, false, false, false, false}},
		{"LessEqual", LessEqual[float64], []bool{false, false, false, true, true, true}},
		{"Greater", Greater[float64], []bool{false, false, true, false, false, false}},
		{"GreaterEqual", GreaterEqual[float64], []bool{false, false, true, true, true, true}},
	}
	for _, c := range cases {
		d := make([]bool, len(x))
		c.f(d, x, y)
		if !slices.Equal(d, c.want) {
			t.Errorf("%s = %v, NumPy %v", c.name, d, c.want)
		}
	}
	// np.clip([-0.0, 0.0, nan, 5], 0.0, 1.0) -> [0.0, 0.0, nan, 1.0];
	// np.clip([0.0], -1.0, -0.0) -> [-0.0].
	d := make([]float64, 4)
	Clip(d, []float64{negz, 0, nan, 5}, 0, 1)
	if math.Signbit(d[0]) || math.Signbit(d[1]) || !math.IsNaN(d[2]) || d[3] != 1 {
		t.Errorf("Clip(-0, 0, NaN, 5; 0, 1) = %v, NumPy [0 0 NaN 1]", d)
	}
	Clip(d[:1], []float64{0}, -1, negz)
	if !math.Signbit(d[0]) {
		t.Errorf("Clip(0; -1, -0) = %v, NumPy -0", d[0])
	}
}
