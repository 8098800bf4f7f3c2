// Package asm holds the assembly kernels of ndsimd and their //go:noescape
// declarations, and nothing else: no Go logic. It is internal to package
// kernels, which checks every argument before calling in, wraps these
// functions, tests them against its generic twins and chooses among them at
// run time.
//
// Files are paired by family across architectures: arith, reduce, math and
// gemm, each as <family>_amd64.s, <family>_arm64.s and
// <family>_stubs_<arch>.go. Functions are named <Op><Dtype>[<tile>]<ISA>,
// ISA one of AVX2, AVX512, NEON. The amd64 files are generated with avo by
// the programs under gen/ (a module of its own, so ndsimd does not depend on
// avo; see generate.go); the arm64 NEON files are written by hand. The
// purego build tag leaves them out.
package asm
