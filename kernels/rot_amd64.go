//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// The amd64 rotation kernels (kernels/internal/asm/rot_amd64.s, generated
// by kernels/internal/asm/gen/rot). They need AVX (AVX-512 F for the
// avx512 ones), which the implementations of the same names require.
func init() {
	rotImpls = append(rotImpls,
		rotImpl{"avx2", asm.RotF64AVX2, asm.RotF32AVX2},
		rotImpl{"avx512", asm.RotF64AVX512, asm.RotF32AVX512})
}
