package random

import (
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
)

// RandomState is np.random.RandomState: MT19937 with the legacy
// distributions, including the cached second value of the polar
// Box–Muller gauss. A RandomState is not safe for concurrent use.
type RandomState struct {
	mt       mt19937
	hasGauss bool
	gauss    float64
}

// NewRandomState is np.random.RandomState(seed). A seed outside
// [0, 2**32-1] panics with NumPy's message as *ndarray.ValueError.
func NewRandomState(seed int64) *RandomState {
	rs := &RandomState{}
	rs.Seed(seed)
	return rs
}

// Seed is RandomState.seed(seed): MT19937 initialised as init_genrand
// does, and the cached gauss dropped.
func (rs *RandomState) Seed(seed int64) {
	if seed < 0 || seed > math.MaxUint32 {
		panic(&ndarray.ValueError{Msg: "Seed must be between 0 and 2**32 - 1"})
	}
	rs.mt.seed(uint32(seed))
	rs.hasGauss, rs.gauss = false, 0
}

func (rs *RandomState) bits() bitGen { return &rs.mt }

// Rand is RandomState.rand(*shape): float64 in [0, 1) from two 32-bit
// words each (53 bits).
func (rs *RandomState) Rand(shape ...int) *ndarray.Array[float64] {
	out := zeros[float64](shape)
	rs.mt.fillDoubles(out.Data())
	return out
}

// RandomSample is RandomState.random_sample(shape), the same as Rand.
func (rs *RandomState) RandomSample(shape ...int) *ndarray.Array[float64] {
	return rs.Rand(shape...)
}

// Randn is RandomState.randn(*shape): standard normals by legacy_gauss.
func (rs *RandomState) Randn(shape ...int) *ndarray.Array[float64] {
	out := zeros[float64](shape)
	rs.fillGauss(out.Data())
	return out
}

// fillGauss fills d with legacy_gauss values: the cached value first, then
// each accepted pair gives f*x2 and then f*x1, the last one cached when d
// ends between them.
func (rs *RandomState) fillGauss(d []float64) {
	i := 0
	if rs.hasGauss && len(d) > 0 {
		d[0] = rs.gauss
		rs.hasGauss, rs.gauss = false, 0
		i = 1
	}
	m := &rs.mt
	for i < len(d) {
		if m.pos > mtN-4 {
			// a try that spans a twist
			x1 := 2.0*m.nextDouble() - 1.0
			x2 := 2.0*m.nextDouble() - 1.0
			i = rs.gaussStore(d, i, x1, x2)
			continue
		}
		// tries straight out of the tempered block
		w := m.out[m.pos:]
		for len(w) >= 4 && i < len(d) {
			x1 := 2.0*mtDouble(w[0], w[1]) - 1.0
			x2 := 2.0*mtDouble(w[2], w[3]) - 1.0
			w = w[4:]
			r2 := float64(x1*x1) + float64(x2*x2)
			if r2 >= 1.0 || r2 == 0.0 {
				continue
			}
			f := math.Sqrt(-2.0 * glibcLog(r2) / r2)
			d[i] = f * x2
			if i+1 < len(d) {
				d[i+1] = f * x1
				i += 2
			} else {
				rs.gauss, rs.hasGauss = f*x1, true
				i++
			}
		}
		m.pos = mtN - len(w)
	}
}

// gaussStore finishes one polar try (x1, x2) into d at i and returns the
// next i: a rejected try stores nothing; an accepted one stores f*x2, then
// f*x1 or caches it when d is full.
func (rs *RandomState) gaussStore(d []float64, i int, x1, x2 float64) int {
	r2 := float64(x1*x1) + float64(x2*x2)
	if r2 >= 1.0 || r2 == 0.0 {
		return i
	}
	f := math.Sqrt(-2.0 * glibcLog(r2) / r2)
	d[i] = f * x2
	if i+1 < len(d) {
		d[i+1] = f * x1
		return i + 2
	}
	rs.gauss, rs.hasGauss = f*x1, true
	return i + 1
}

// StandardNormal is RandomState.standard_normal(shape), the same as Randn.
func (rs *RandomState) StandardNormal(shape ...int) *ndarray.Array[float64] {
	return rs.Randn(shape...)
}

// Normal is RandomState.normal(loc, scale, shape): loc + scale*gauss. A
// negative scale panics with NumPy's "scale < 0".
func (rs *RandomState) Normal(loc, scale float64, shape ...int) *ndarray.Array[float64] {
	if scale < 0 {
		panic(&ndarray.ValueError{Msg: "scale < 0"})
	}
	out := rs.Randn(shape...)
	d := out.Data()
	for i, z := range d {
		d[i] = loc + float64(scale*z)
	}
	return out
}

// Uniform is RandomState.uniform(low, high, shape): low + (high-low)*u.
// As in NumPy, high < low is allowed; a range that is not finite panics.
func (rs *RandomState) Uniform(low, high float64, shape ...int) *ndarray.Array[float64] {
	rng := checkUniform(low, high, false)
	out := rs.Rand(shape...)
	scaleUniform(out.Data(), low, rng)
	return out
}

// Randint is RandomState.randint(low, high, shape) as int64 (NumPy's
// default on Linux): integers in [low, high) by masked rejection, from
// 32-bit words when high-1-low fits in 32 bits. For randint(n, size=...)
// pass low = 0, high = n. It panics with NumPy's message when low >= high.
func (rs *RandomState) Randint(low, high int64, shape ...int) *ndarray.Array[int64] {
	return RandintOf(rs, low, high, shape...)
}

// Permutation is RandomState.permutation(n): np.arange(n) shuffled.
func (rs *RandomState) Permutation(n int) *ndarray.Array[int64] {
	return permutation(rs, n)
}

// Choice is RandomState.choice(n, shape, replace): with replacement
// randint(0, n, shape); without, permutation(n)[:size]. It panics with
// NumPy's messages as Generator.Choice does (in the legacy wording).
// [RandomState.ChoiceP] takes probabilities, [ChoiceFrom] chooses from an
// array.
func (rs *RandomState) Choice(n int, replace bool, shape ...int) *ndarray.Array[int64] {
	return rs.choiceIndex(n, nil, replace, shape, false)
}

func (rs *RandomState) choiceIndex(n int, p []float64, replace bool, shape []int, fromArray bool) *ndarray.Array[int64] {
	size := sampleSize(shape)
	if n <= 0 && size != 0 {
		if fromArray {
			panic(&ndarray.ValueError{Msg: "'a' cannot be empty unless no samples are taken"})
		}
		panic(&ndarray.ValueError{Msg: "a must be greater than 0 unless no samples are taken"})
	}
	if p != nil {
		checkP(p, n, true)
		return choiceP(rs.uniforms, p, replace, shape, size, "Cannot take a larger sample than population when 'replace=False'")
	}
	if replace {
		return rs.Randint(0, int64(n), shape...)
	}
	if size > n {
		panic(&ndarray.ValueError{Msg: "Cannot take a larger sample than population when 'replace=False'"})
	}
	perm := rs.Permutation(n).Data()
	return ndarray.FromSlice(perm[:size], shape...)
}

// uniforms is RandomState.random_sample((n,)) as a slice.
func (rs *RandomState) uniforms(n int) []float64 {
	u := make([]float64, n)
	rs.mt.fillDoubles(u)
	return u
}
