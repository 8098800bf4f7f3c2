//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setSortAVX gives avx2 and avx512 their vectorised sort pieces.
func setSortAVX(a2, a5 *impl) {
	a2.sort64 = &sortKernels[float64]{lanes: 4, partMin: 16, netMax: 32, net: asm.SortNetF64AVX2, part: asm.PartitionF64AVX2}
	a2.sort32 = &sortKernels[float32]{lanes: 8, partMin: 32, netMax: 64, net: asm.SortNetF32AVX2, part: asm.PartitionF32AVX2}
	a5.sort64 = &sortKernels[float64]{lanes: 8, partMin: 64, netMax: 128, net: asm.SortNetF64AVX512, part: asm.PartitionF64AVX512, argPart: asm.ArgPartitionF64AVX512}
	a5.sort32 = &sortKernels[float32]{lanes: 16, partMin: 128, netMax: 256, net: asm.SortNetF32AVX512, part: asm.PartitionF32AVX512}
}
