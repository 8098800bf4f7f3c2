//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setSortAVX2 gives avx2 its vectorised sort kernels.
func setSortAVX2(im *impl) {
	im.f64.sort = &sortKernels[float64]{name: "avx2", lanes: 4, partMin: 16, netMax: 32, net: asm.SortNetF64AVX2, part: asm.PartitionF64AVX2}
	im.f32.sort = &sortKernels[float32]{name: "avx2", lanes: 8, partMin: 32, netMax: 64, net: asm.SortNetF32AVX2, part: asm.PartitionF32AVX2}
}

// setSortAVX512 gives avx512 its vectorised sort kernels, with the
// partition of float64 keys carrying int64 indexes that ArgsortF64 uses.
func setSortAVX512(im *impl) {
	im.f64.sort = &sortKernels[float64]{name: "avx512", lanes: 8, partMin: 64, netMax: 128, net: asm.SortNetF64AVX512, part: asm.PartitionF64AVX512, argPart: asm.ArgPartitionF64AVX512}
	im.f32.sort = &sortKernels[float32]{name: "avx512", lanes: 16, partMin: 128, netMax: 256, net: asm.SortNetF32AVX512, part: asm.PartitionF32AVX512}
}
