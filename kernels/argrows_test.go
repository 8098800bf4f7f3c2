package kernels

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime/debug"
	"testing"

	"github.com/ndsimd/ndsimd/kernels/internal/guard"
)

// argRowsKernel is ArgMaxRows or ArgMinRows with the one-row generic twin
// that defines each row's answer.
type argRowsKernel[T Float] struct {
	name string
	rows func(rows, cols int, x []T, xOff, ldx int, dst []int64)
	one  func(x []T) int
}

func argRowsKernels[T Float]() []argRowsKernel[T] {
	return []argRowsKernel[T]{
		{"ArgMaxRows", ArgMaxRows[T], argMaxGeneric[T]},
		{"ArgMinRows", ArgMinRows[T], argMinGeneric[T]},
	}
}

// argRowsData names the kinds of matrix argRowsFill makes.
var argRowsData = []string{"normal", "ties", "zeros", "nan", "inf", "equal"}

// argRowsFill fills x with data of the named kind: "ties" draws from three
// values (ties across lanes, vectors and the overlapping last vector),
// "zeros" mixes -0 and +0 with negatives (the first zero of either sign
// wins), "nan" puts NaNs into some rows, "inf" mixes infinities in, "equal"
// is one value everywhere.
func argRowsFill[T Float](rng *rand.Rand, kind string, x []T) {
	for i := range x {
		switch kind {
		case "ties":
			x[i] = T(rng.IntN(3))
		case "zeros":
			x[i] = T([]float64{math.Copysign(0, -1), 0, -1}[rng.IntN(3)])
		case "equal":
			x[i] = 2.5
		default:
			x[i] = T(rng.NormFloat64())
		}
	}
	if len(x) == 0 {
		return
	}
	switch kind {
	case "nan":
		for range 1 + rng.IntN(3) {
			x[rng.IntN(len(x))] = T(math.NaN())
		}
	case "inf":
		for range 1 + rng.IntN(4) {
			x[rng.IntN(len(x))] = T(math.Inf(1 - 2*rng.IntN(2)))
		}
	}
}

// TestArgRows compares ArgMaxRows and ArgMinRows under every available
// implementation with the one-row generic twins, row by row, for column
// counts around every vector width (the last vector overlapping the one
// before), row counts around the group of four, row strides larger than
// the rows, offsets, and data with ties, signed zeros, NaNs and
// infinities; it also checks that dst is written exactly where it should.
func TestArgRows(t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl+"/f64", func(t *testing.T) { testArgRows[float64](t, impl) })
		t.Run(impl+"/f32", func(t *testing.T) { testArgRows[float32](t, impl) })
	}
}

func testArgRows[T Float](t *testing.T, impl string) {
	hUseImpl(t, impl)
	rng := rand.New(rand.NewPCG(21, 22))
	colsList := []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47, 63, 64, 65, 100, 129, 1000}
	for _, k := range argRowsKernels[T]() {
		for _, rows := range []int{0, 1, 2, 3, 4, 5, 7, 8, 9} {
			for _, cols := range colsList {
				for _, pad := range []int{0, 3} {
					for _, data := range argRowsData {
						ldx, xOff := cols+pad, pad
						x := make([]T, xOff+rows*ldx+pad)
						argRowsFill(rng, data, x)
						dst := make([]int64, rows+1)
						dst[rows] = -7
						k.rows(rows, cols, x, xOff, ldx, dst[:rows])
						for r := range rows {
							p := xOff + r*ldx
							if want := int64(k.one(x[p : p+cols])); dst[r] != want {
								t.Fatalf("%s %dx%d pad %d %s: row %d = %d, want %d (row %v)", k.name, rows, cols, pad, data, r, dst[r], want, x[p:p+cols])
							}
						}
						if dst[rows] != -7 {
							t.Fatalf("%s %dx%d: wrote past dst", k.name, rows, cols)
						}
					}
				}
			}
		}
	}
}

// TestArgRowsLongRows checks rows longer than the float32 assembly's
// exact-index limit, and the first NaN or extreme placed at the very end
// of long rows.
func TestArgRowsLongRows(t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			const cols = 1<<24 + 37
			x := make([]float32, 2*cols)
			for i := range x {
				x[i] = float32(i % cols % 1000) // each row: 0, 1, ..., 999, 0, ...
			}
			x[cols-1] = 5000                // row 0's largest: its last element
			x[cols+(1<<24)+3] = float32(-1) // row 1's smallest: past 2^24
			dst := make([]int64, 2)
			ArgMaxRows(2, cols, x, 0, cols, dst)
			if dst[0] != cols-1 || dst[1] != 999 {
				t.Errorf("ArgMaxRows = %v, want [%d 999]", dst, cols-1)
			}
			ArgMinRows(2, cols, x, 0, cols, dst)
			if dst[0] != 0 || dst[1] != 1<<24+3 {
				t.Errorf("ArgMinRows = %v, want [0 %d]", dst, 1<<24+3)
			}
		})
	}
}

// TestArgRowsGuard runs ArgMaxRows and ArgMinRows of every available
// implementation on matrices whose first or last element touches a
// PROT_NONE page (row strides equal to and larger than the rows), so any
// read outside the matrix faults.
func TestArgRowsGuard(t *testing.T) {
	if !guard.Supported {
		t.Skip("guard pages are not supported here")
	}
	for _, impl := range Available() {
		t.Run(impl+"/f64", func(t *testing.T) { testArgRowsGuard[float64](t, impl) })
		t.Run(impl+"/f32", func(t *testing.T) { testArgRowsGuard[float32](t, impl) })
	}
}

func testArgRowsGuard[T Float](t *testing.T, impl string) {
	hUseImpl(t, impl)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	rng := rand.New(rand.NewPCG(23, 24))
	const maxRows, maxCols, maxPad = 6, 40, 3
	for _, p := range []guard.Placement{guard.End, guard.Start} {
		region, free, err := guard.Alloc[T](maxRows*(maxCols+maxPad), p)
		if err != nil {
			t.Fatal(err)
		}
		defer free()
		for _, k := range argRowsKernels[T]() {
			for rows := 1; rows <= maxRows; rows++ {
				for cols := 1; cols <= maxCols; cols++ {
					for _, pad := range []int{0, maxPad} {
						ldx := cols + pad
						x := hTake(region, (rows-1)*ldx+cols, p)
						argRowsFill(rng, argRowsData[(rows+cols)%len(argRowsData)], x)
						dst := make([]int64, rows)
						where := fmt.Sprintf("impl=%s %s/%s %dx%d ldx %d at the %s of a guard page", impl, k.name, hTypeName[T](), rows, cols, ldx, p)
						if fault := hFault(func() { k.rows(rows, cols, x, 0, ldx, dst) }); fault != "" {
							t.Fatalf("%s: %s", where, fault)
						}
						for r := range rows {
							if want := int64(k.one(x[r*ldx : r*ldx+cols])); dst[r] != want {
								t.Fatalf("%s: row %d = %d, want %d", where, r, dst[r], want)
							}
						}
					}
				}
			}
		}
	}
}

// TestArgRowsBounds checks that ArgMaxRows rejects a matrix outside x and
// a dst of the wrong length.
func TestArgRowsBounds(t *testing.T) {
	x := make([]float64, 12)
	for _, c := range []struct{ rows, cols, xOff, ldx, dst int }{
		{-1, 3, 0, 3, 0},
		{2, 7, 0, 7, 2},
		{4, 3, 1, 3, 4},
		{2, 3, 0, 2, 2},
		{3, 3, 0, 3, 2},
		{3, 3, 0, 3, 4},
	} {
		err := func() (err error) {
			defer func() {
				if r, ok := recover().(error); ok {
					err = r
				}
			}()
			ArgMaxRows(c.rows, c.cols, x, c.xOff, c.ldx, make([]int64, c.dst))
			return nil
		}()
		var le *LengthError
		if !errors.As(err, &le) {
			t.Errorf("%+v: got %v, want a *LengthError", c, err)
		}
	}
}
