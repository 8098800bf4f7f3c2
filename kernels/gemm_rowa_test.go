package kernels

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestGemmKernRowA checks each implementation's unpacked-A micro-kernel
// against its packed one on the same operands: the same products summed in
// the same order, so the tiles must be bit-identical (with beta == 0 the
// NaNs in C must be overwritten; otherwise C is read).
func TestGemmKernRowA(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		testKernRowA[float64](t)
		testKernRowA[float32](t)
	})
}

func testKernRowA[T Float](t *testing.T) {
	kr := kernelsOf[T]().gemm
	if kr.kernRowA == nil {
		return
	}
	rng := rand.New(rand.NewPCG(13, 14))
	mr, nr := kr.mr, kr.nr
	for _, k := range []int{0, 1, 3, 4, 5, 8, 17, 256, 301} {
		for _, pad := range []int{0, 3} {
			for _, beta := range []T{0, 1, -0.5} {
				lda := k + pad
				a := make([]T, (mr-1)*lda+k)
				packed := make([]T, k*mr)
				for i := range mr {
					for p := range k {
						v := T(2*rng.Float64() - 1)
						a[i*lda+p] = v
						packed[p*mr+i] = v
					}
				}
				b := make([]T, k*nr)
				for i := range b {
					b[i] = T(2*rng.Float64() - 1)
				}
				ldc := nr + pad
				want, got := make([]T, (mr-1)*ldc+nr), make([]T, (mr-1)*ldc+nr)
				for i := range want {
					v := T(2*rng.Float64() - 1)
					if beta == 0 {
						v = T(nan())
					}
					want[i], got[i] = v, v
				}
				kr.kern(k, packed, b, want, ldc, 1.5, beta)
				kr.kernRowA(k, a, lda, b, got, ldc, 1.5, beta)
				for i := range want {
					if !sameBits(want[i], got[i]) {
						t.Fatalf("%T k=%d lda=%d beta=%v: c[%d] = %v, packed kernel gives %v", want[i], k, lda, beta, i, got[i], want[i])
					}
				}
			}
		}
	}
}

func nan() float64 { return math.NaN() }

// sameBits reports whether x and y are the same value with the same sign
// (any two NaNs count as the same).
func sameBits[T Float](x, y T) bool {
	if x != x && y != y {
		return true
	}
	return math.Float64bits(float64(x)) == math.Float64bits(float64(y))
}
