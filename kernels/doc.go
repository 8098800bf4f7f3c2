// Package kernels holds the flat-slice numeric kernels of ndsimd: elementwise
// arithmetic and math functions, reductions, BLAS level-1 routines and
// conversions, for float64 and float32.
//
// Every kernel has a generic Go twin that is always compiled, and may have
// assembly implementations (AVX2+FMA and AVX-512 on amd64, NEON on arm64).
// One implementation is chosen at start-up from the CPU's features; it can be
// forced with the environment variable NDSIMD_KERNELS=generic|avx2|avx512|neon
// or, in tests and benchmarks, with [Use]. The purego build tag removes all
// assembly.
//
// Kernels take slices, not arrays: the caller (package ndarray or ufunc)
// walks shapes and strides and hands the kernels long contiguous runs.
// Each kernel's doc comment is its reference loop.
//
// Length rules: elementwise kernels process len(dst) elements and panic if an
// input has a different length; dst may be the same slice as an input (in
// place), but must not otherwise overlap one.
package kernels
