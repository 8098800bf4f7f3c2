//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// powAsmKernels lists the amd64 power kernels this CPU runs.
func powAsmKernels() (k64 []powK[float64], k32 []powK[float32]) {
	if lookup("avx2").available {
		k64 = append(k64, powK[float64]{"PowerF64AVX2", asm.PowerF64AVX2})
		k32 = append(k32, powK[float32]{"PowerF32AVX2", asm.PowerF32AVX2})
	}
	if lookup("avx512").available {
		k64 = append(k64, powK[float64]{"PowerF64AVX512", asm.PowerF64AVX512})
		k32 = append(k32, powK[float32]{"PowerF32AVX512", asm.PowerF32AVX512})
	}
	return
}
