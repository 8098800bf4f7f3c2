//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// powAsmKernels lists the NEON power kernels.
func powAsmKernels() (k64 []powK[float64], k32 []powK[float32]) {
	return []powK[float64]{{"PowerF64NEON", asm.PowerF64NEON}}, []powK[float32]{{"PowerF32NEON", asm.PowerF32NEON}}
}
