//go:build !purego

package kernels

import (
	"math/rand/v2"
	"testing"
)

// TestGemmWideAVX512 runs the GEMM cases on the zmm micro-kernels (14×16,
// 14×32) also on a CPU where the avx512 implementation uses the AVX2 tiles
// instead (gemmSplits512), so that they stay tested there.
func TestGemmWideAVX512(t *testing.T) {
	restore, err := Use("avx512")
	if err != nil {
		t.Skip("no avx512 on this CPU:", err)
	}
	defer restore()
	im := active.Load()
	k64, k32 := im.f64.gemm, im.f32.gemm
	im.f64.gemm, im.f32.gemm = gemmWideAVX512()
	defer func() { im.f64.gemm, im.f32.gemm = k64, k32 }()
	cases := gemmCases()
	if testing.Short() {
		cases = cases[len(cases)-160:]
	}
	rng := rand.New(rand.NewPCG(15, 16))
	for _, tc := range cases {
		checkGemm[float64](t, rng, tc)
		checkGemm[float32](t, rng, tc)
	}
	prev := SetGemmThreads(3)
	defer SetGemmThreads(prev)
	for _, tc := range []gemmCase{
		{130, 100, 90, rowMajor, rowMajor, rowMajor, 1, 0},
		{121, 97, 103, colMajor, strided, padded, -2, 0.5},
	} {
		forceGemmBlocks(t, &gemmBlocks{mc: 28, kc: 9, nc: 32})
		checkGemm[float64](t, rng, tc)
		checkGemm[float32](t, rng, tc)
		forceGemmBlocks(t, nil)
	}
}
