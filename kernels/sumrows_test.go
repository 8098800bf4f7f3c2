package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime/debug"
	"testing"

	"github.com/ndsimd/ndsimd/kernels/internal/guard"
)

// sumRowsLoop is SumRows's reference: the rows added one by one into an
// accumulator row with Add, as NumPy adds rows into its output.
func sumRowsLoop[T Float](rows, cols int, x []T, xOff, ldx int) []T {
	want := make([]T, cols)
	if rows == 0 {
		return want
	}
	copy(want, x[xOff:xOff+cols])
	for t := 1; t < rows; t++ {
		addGeneric(want, want, x[xOff+t*ldx:xOff+t*ldx+cols])
	}
	return want
}

// sumRowsSame reports whether a and b have the same bits, any NaN matching
// any NaN.
func sumRowsSame[T Float](a, b T) bool {
	if a != a || b != b {
		return a != a && b != b
	}
	return a == b && math.Signbit(float64(a)) == math.Signbit(float64(b))
}

// TestSumRows compares SumRows under every available implementation,
// bit for bit, with the rows added one by one, for column counts around
// every vector width and block (the last vector overlapping the one before),
// row counts 0 to 9 and 17, row strides larger than the rows, offsets, and
// data whose sums depend on the order (large and small magnitudes), with
// signed zeros, infinities and NaNs; elements of dst past cols must stay.
func TestSumRows(t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl+"/f64", func(t *testing.T) { testSumRows[float64](t, impl) })
		t.Run(impl+"/f32", func(t *testing.T) { testSumRows[float32](t, impl) })
	}
}

func testSumRows[T Float](t *testing.T, impl string) {
	hUseImpl(t, impl)
	rng := rand.New(rand.NewPCG(31, 32))
	colsList := []int{0, 1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 129, 1000}
	for _, rows := range []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 17} {
		for _, cols := range colsList {
			for _, pad := range []int{0, 3} {
				for _, data := range []string{"mixed", "special"} {
					ldx, xOff := cols+pad, pad
					x := make([]T, xOff+rows*ldx+pad)
					for i := range x {
						x[i] = T(rng.NormFloat64() * math.Pow(2, float64(rng.IntN(60)-30)))
						if data == "special" && rng.IntN(8) == 0 {
							x[i] = T([]float64{math.Copysign(0, -1), 0, math.Inf(1), math.Inf(-1), math.NaN()}[rng.IntN(5)])
						}
					}
					dst := make([]T, cols+1)
					dst[cols] = -7
					SumRows(rows, cols, x, xOff, ldx, dst[:cols])
					want := sumRowsLoop(rows, cols, x, xOff, ldx)
					for j := range cols {
						if !sumRowsSame(dst[j], want[j]) {
							t.Fatalf("%dx%d pad %d %s: dst[%d] = %v, want %v", rows, cols, pad, data, j, dst[j], want[j])
						}
					}
					if dst[cols] != -7 {
						t.Fatalf("%dx%d: wrote past cols", rows, cols)
					}
				}
			}
		}
	}
}

// TestSumRowsGuard runs SumRows of every available implementation on
// matrices whose first or last element, and a dst whose first or last
// element, touches a PROT_NONE page.
func TestSumRowsGuard(t *testing.T) {
	if !guard.Supported {
		t.Skip("guard pages are not supported here")
	}
	for _, impl := range Available() {
		t.Run(impl+"/f64", func(t *testing.T) { testSumRowsGuard[float64](t, impl) })
		t.Run(impl+"/f32", func(t *testing.T) { testSumRowsGuard[float32](t, impl) })
	}
}

func testSumRowsGuard[T Float](t *testing.T, impl string) {
	hUseImpl(t, impl)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	rng := rand.New(rand.NewPCG(33, 34))
	const maxRows, maxCols, maxPad = 5, 70, 3
	for _, p := range []guard.Placement{guard.End, guard.Start} {
		region, free, err := guard.Alloc[T](maxRows*(maxCols+maxPad), p)
		if err != nil {
			t.Fatal(err)
		}
		defer free()
		dstRegion, freeDst, err := guard.Alloc[T](maxCols, p)
		if err != nil {
			t.Fatal(err)
		}
		defer freeDst()
		for rows := 1; rows <= maxRows; rows++ {
			for cols := 1; cols <= maxCols; cols++ {
				for _, pad := range []int{0, maxPad} {
					ldx := cols + pad
					x := hTake(region, (rows-1)*ldx+cols, p)
					for i := range x {
						x[i] = T(rng.NormFloat64())
					}
					dst := hTake(dstRegion, cols, p)
					where := fmt.Sprintf("impl=%s SumRows/%s %dx%d ldx %d at the %s of a guard page", impl, hTypeName[T](), rows, cols, ldx, p)
					if fault := hFault(func() { SumRows(rows, cols, x, 0, ldx, dst) }); fault != "" {
						t.Fatalf("%s: %s", where, fault)
					}
					want := sumRowsLoop(rows, cols, x, 0, ldx)
					for j := range cols {
						if dst[j] != want[j] {
							t.Fatalf("%s: dst[%d] = %v, want %v", where, j, dst[j], want[j])
						}
					}
				}
			}
		}
	}
}
