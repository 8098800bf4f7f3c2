package random

import (
	"math"

	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// RandomState is np.random.RandomState: MT19937 with the legacy
// distributions, including the cached second value of the polar
// Box–Muller gauss. A RandomState is not safe for concurrent use.
type RandomState struct {
	mt       mt19937
	hasGauss bool
	gauss    float64
	// the polar tries' factors and r2, which kernels.PolarScale reads
	// and writes: kept here so that randn allocates nothing per block
	polarF, polarR2 [mtN / 4]float64
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
		i = rs.gaussBlock(d, i)
	}
}

// gaussBlock runs polar tries straight out of the tempered block (at
// least four words of it left) until d is full or the block is used up,
// and returns the next i. Two passes: the first keeps the accepted tries
// without a branch on acceptance and stops at the last one needed; the
// second computes their values, the logarithms, divisions and roots of
// successive tries independent of each other (the pipeline overlaps them
// instead of waiting on each).
func (rs *RandomState) gaussBlock(d []float64, i int) int {
	m := &rs.mt
	// the accepted tries, as columns
	var x1s, x2s [mtN / 4]float64
	r2s, fs := &rs.polarR2, &rs.polarF
	w := m.out[m.pos:]
	need := (len(d) - i + 1) / 2
	k, t := 0, 0
	for ; t+4 <= len(w) && k < need; t += 4 {
		x1 := 2.0*mtDouble(w[t], w[t+1]) - 1.0
		x2 := 2.0*mtDouble(w[t+2], w[t+3]) - 1.0
		r2 := float64(x1*x1) + float64(x2*x2)
		x1s[k], x2s[k], r2s[k] = x1, x2, r2
		// 0 < r2 < 1 (r2 is a sum of squares, never negative or NaN)
		k += b2i(math.Float64bits(r2)-1 < 0x3ff0000000000000-1)
	}
	m.pos += t
	f, r2 := fs[:k], r2s[:k]
	for j := range f {
		f[j] = glibcLog(r2[j])
	}
	// f = sqrt(-2*log(r2)/r2), on the vector unit where there is one
	kernels.PolarScale(f, r2)
	for j, fj := range f {
		d[i] = fj * x2s[j]
		if i+1 < len(d) {
			d[i+1] = fj * x1s[j]
			i += 2
		} else {
			rs.gauss, rs.hasGauss = fj*x1s[j], true
			i++
		}
	}
	return i
}

// b2i is 1 for true and 0 for false, compiled without a branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
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
