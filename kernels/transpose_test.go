package kernels

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestTranspose compares Transpose under every available implementation
// with the reference loop, for shapes around the block sides (4, 8),
// offsets and row strides larger than the rows, and checks that no element
// outside the result is written.
func TestTranspose(t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl+"/f64", func(t *testing.T) { testTranspose[float64](t, impl) })
		t.Run(impl+"/f32", func(t *testing.T) { testTranspose[float32](t, impl) })
	}
}

func testTranspose[T Float](t *testing.T, impl string) {
	hUseImpl(t, impl)
	rng := rand.New(rand.NewPCG(5, 6))
	sides := []int{0, 1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 64, 100}
	for _, rows := range sides {
		for _, cols := range sides {
			for _, pad := range []int{0, 3} {
				ldx, ldd := cols+pad, rows+2*pad
				xOff, dOff := pad, 2*pad
				x := make([]T, xOff+rows*ldx+pad)
				for i := range x {
					x[i] = T(rng.NormFloat64())
				}
				const sentinel = -12345
				dst := make([]T, dOff+cols*ldd+pad)
				want := make([]T, len(dst))
				for i := range dst {
					dst[i], want[i] = sentinel, sentinel
				}
				for i := range rows {
					for j := range cols {
						want[dOff+j*ldd+i] = x[xOff+i*ldx+j]
					}
				}
				Transpose(rows, cols, dst, dOff, ldd, x, xOff, ldx)
				for k := range dst {
					if dst[k] != want[k] {
						t.Fatalf("%dx%d pad %d: dst[%d] = %v, want %v", rows, cols, pad, k, dst[k], want[k])
					}
				}
			}
		}
	}
}

// TestTransposeBounds checks that Transpose rejects a matrix outside its
// slices.
func TestTransposeBounds(t *testing.T) {
	x, dst := make([]float64, 12), make([]float64, 12)
	for _, c := range []struct{ rows, cols, dOff, ldd, xOff, ldx int }{
		{3, 4, 0, 3, 1, 4},  // x too short by one
		{3, 4, 1, 3, 0, 4},  // dst too short by one
		{3, 4, 0, 3, 0, 3},  // ldx below cols
		{-1, 4, 0, 3, 0, 4}, // negative shape
	} {
		t.Run(fmt.Sprint(c), func(t *testing.T) {
			defer func() {
				var le *LengthError
				if e, ok := recover().(error); !ok || !errors.As(e, &le) {
					t.Errorf("got %v, want a *LengthError", e)
				}
			}()
			Transpose(c.rows, c.cols, dst, c.dOff, c.ldd, x, c.xOff, c.ldx)
		})
	}
}
