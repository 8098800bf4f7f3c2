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
// Some draws go through libm in NumPy: the legacy gauss takes a logarithm
// and the ziggurat's rare tails take log1p (log1pf for float32). Go's math
// package rounds these differently from glibc for a few arguments in a
// hundred (log) or a thousand (log1p), so the package carries ports of
// glibc's log, log1p and log1pf, with the fused multiply-adds of glibc's
// x86-64 FMA build, and is bit-identical to NumPy running on glibc on such
// a CPU (the tests check the ports against glibc's own results). The
// ziggurat's wedge test compares with Go's math.Exp, which can differ from
// glibc's exp in the last bit; that changes a draw only if the uniform
// compared with it falls exactly between the two, which does not happen in
// practice.
package random
