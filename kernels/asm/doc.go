// Package asm holds the assembly kernels of ndsimd and their //go:noescape
// declarations, and nothing else: no Go logic. The amd64 files are generated
// with avo by the programs under gen/ (a module of its own, so ndsimd does
// not depend on avo); the arm64 NEON files are written by hand. Package
// kernels wraps these functions, tests them against its generic twins and
// chooses among them at run time. The purego build tag leaves them out.
package asm
