// Package random is ndsimd's equivalent of np.random: the same streams as
// NumPy 1.24, bit for bit.
//
// [DefaultRNG] is np.random.default_rng(seed): a PCG64 generator seeded
// through NumPy's SeedSequence, whose methods (Random, StandardNormal,
// Normal, Uniform, Integers, Choice, Permutation, StandardExponential and
// [ShuffleWith]) draw exactly as NumPy's Generator does, so the same seed and
// the same calls give the same numbers, and a shape consumes the stream as
// NumPy's size argument does.
//
// [NewRandomState] is np.random.RandomState(seed): MT19937 seeded as
// np.random.seed(int) seeds it, with the legacy methods Rand, Randn (the
// polar Box–Muller method with its cached second value), Randint, Normal,
// Uniform, Permutation, Choice and shuffling. The package-level functions
// [Seed], [Rand], [Randn], [Randint], ... act on one global RandomState, as
// np.random.seed, np.random.rand, ... do:
//
//	random.Seed(1)
//	W := random.Rand(3, 9) // the numbers of np.random.seed(1); np.random.rand(3, 9)
//
// ndarray.NewRand, RandUniform and RandNormal use Go's own PCG and do not
// reproduce NumPy; use this package to port code that prints or checks
// random numbers.
//
// Seeds NumPy refuses panic with NumPy's message as *ndarray.ValueError. A
// Generator or RandomState is not safe for concurrent use; the global
// RandomState behind the package-level functions is.
//
// Two draws go through libm in NumPy: the legacy gauss takes a logarithm,
// reproduced here by a port of glibc's log (with the fused multiply-adds of
// its x86-64 FMA build), and the rare tail of the ziggurat (about one draw
// in several thousand) takes log1p, done with Go's math.Log1p, which agrees
// with glibc's but for about one argument in a thousand.
package random
