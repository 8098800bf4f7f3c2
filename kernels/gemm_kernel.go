package kernels

// gemmKernel is one GEMM micro-kernel with its register tile. kern computes,
// for i < mr and j < nr,
//
//	s := 0; for p < k { s += a[p*mr+i] * b[p*nr+j] }
//	c[i*ldc+j] = alpha*s + beta*c[i*ldc+j]   (c not read when beta == 0)
//
// where a is a packed mr-row micro-panel of A and b a packed nr-column
// micro-panel of B (k*mr and k*nr elements). ldc >= 0.
//
// kernRowA, when not nil, is kern reading A unpacked from mr rows of a
// row-major A: a[i*lda+p] in place of a[p*mr+i] (lda > 0), with the same
// arithmetic in the same order, so that both give bit-identical tiles.
type gemmKernel[T Float] struct {
	name     string // the implementation it belongs to: generic, avx2, avx512, neon
	mr, nr   int
	kern     func(k int, a, b, c []T, ldc int, alpha, beta T)
	kernRowA func(k int, a []T, lda int, b, c []T, ldc int, alpha, beta T)
}

// GemmKernel reports which micro-kernel GemmF64 ("f64") or GemmF32 ("f32")
// uses now, as "avx512 14x16": the implementation's name and its register
// tile (rows × columns of C).
func GemmKernel(elem string) string {
	im := active.Load()
	if elem == "f32" {
		return im.f32.gemm.name + " " + itoa(im.f32.gemm.mr) + "x" + itoa(im.f32.gemm.nr)
	}
	return im.f64.gemm.name + " " + itoa(im.f64.gemm.mr) + "x" + itoa(im.f64.gemm.nr)
}

func itoa(v int) string {
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}
