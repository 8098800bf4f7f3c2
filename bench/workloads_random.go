package bench

import "github.com/ndsimd/ndsimd/random"

// The random-stream workloads of the NumPy script: a PCG64 Generator (as
// np.random.default_rng(1)) and the global MT19937 RandomState of the
// legacy functions, each drawing 2**20 values a call. The streams must be
// NumPy's bit for bit, so there is no plain Go loop to compare with.
func init() {
	workloadFamilies = append(workloadFamilies, randomWorkloads)
}

func randomWorkloads() []Workload {
	const n = 1 << 20
	rng := func(op, dtype string, call func(g *random.Generator)) Workload {
		return Workload{Op: op, Shape: []int{n}, Dtype: dtype, Setup: func() (func(), func()) {
			g := random.DefaultRNG(1)
			return func() { call(g) }, nil
		}}
	}
	return []Workload{
		rng("rng_random", "float64", func(g *random.Generator) { g.Random(n) }),
		rng("rng_standard_normal", "float64", func(g *random.Generator) { g.StandardNormal(n) }),
		rng("rng_standard_normal", "float32", func(g *random.Generator) { g.StandardNormalF32(n) }),
		rng("rng_integers", "int64", func(g *random.Generator) { g.Integers(0, 1000, n) }),
		{Op: "legacy_randn", Shape: []int{n}, Dtype: "float64", Setup: func() (func(), func()) {
			random.Seed(0)
			return func() { random.Randn(n) }, nil
		}},
	}
}
