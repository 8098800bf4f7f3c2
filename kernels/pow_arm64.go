//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setPowNEON installs the NEON power kernels (float64 and float32).
func setPowNEON(im *impl) {
	setPow(im, asm.PowerF64NEON, asm.PowerF32NEON)
}
