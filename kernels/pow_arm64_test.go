//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// powAsmKernels lists the NEON power kernels.
func powAsmKernels() (k64 []powK[float64], k32 []powK[float32]) {
	return []powK[float64]{{"PowF64NEON", asm.PowF64NEON}}, []powK[float32]{{"PowF32NEON", asm.PowF32NEON}}
}
