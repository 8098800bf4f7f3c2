package kernels

// gemmKernel is one GEMM micro-kernel with its register tile. kern computes,
// for i < mr and j < nr,
//
//	s := 0; for p < k { s += a[p*mr+i] * b[p*nr+j] }
//	c[i*ldc+j] = alpha*s + beta*c[i*ldc+j]   (c not read when beta == 0)
//
// where a is a packed mr-row micro-panel of A and b a packed nr-column
// micro-panel of B (k*mr and k*nr elements). ldc >= 0.
type gemmKernel[T Float] struct {
	name   string // the implementation it belongs to: generic, avx2, avx512, neon
	mr, nr int
	kern   func(k int, a, b, c []T, ldc int, alpha, beta T)
}

// gemmKernelOf returns the active implementation's micro-kernel for
// element type T (the generic one if it has none of its own).
func gemmKernelOf[T Float]() *gemmKernel[T] {
	im := active.Load()
	var zero T
	if _, ok := any(zero).(float64); ok {
		return any(&im.gemm64).(*gemmKernel[T])
	}
	return any(&im.gemm32).(*gemmKernel[T])
}

// GemmKernel reports which micro-kernel GemmF64 ("f64") or GemmF32 ("f32")
// uses now, as "avx512 14x16": the implementation's name and its register
// tile (rows × columns of C).
func GemmKernel(elem string) string {
	im := active.Load()
	if elem == "f32" {
		return im.gemm32.name + " " + itoa(im.gemm32.mr) + "x" + itoa(im.gemm32.nr)
	}
	return im.gemm64.name + " " + itoa(im.gemm64.mr) + "x" + itoa(im.gemm64.nr)
}

func itoa(v int) string {
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}
