//go:build !purego

package kernels

// setMathAVX2 installs the AVX2+FMA transcendental kernels (exp, log, tanh,
// sigmoid) into im. Not written yet: the generic twins are used.
func setMathAVX2(im *impl) {}

// setMathAVX512 installs the AVX-512 transcendental kernels into im. Not
// written yet: the generic twins are used.
func setMathAVX512(im *impl) {}
