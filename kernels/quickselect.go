package kernels

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
)

// Select rearranges x so that x[k] is the element a sort of x would put
// there (NaN last, as [Sort]), with no larger element before it and no
// smaller after: the selection of np.partition. It uses the vectorised
// partition of the active implementation (quickselect, the median of nine
// samples as pivot, the final short run sorted by slices.Sort, which keeps
// the elements' bits), slices.Sort where there is none. It panics if k is
// not an index of x.
func Select[T Float](x []T, k int) {
	if k < 0 || k >= len(x) {
		panic(&LengthError{Msg: fmt.Sprintf("Select: index %d out of range for length %d", k, len(x))})
	}
	m, _ := nanToEnd(x)
	if k >= m {
		return
	}
	x = x[:m]
	kk := sortKernelsOf[T]()
	if kk == nil {
		slices.Sort(x)
		return
	}
	depth := 2 * bits.Len(uint(m))
	for len(x) > kk.netMax {
		if depth == 0 {
			slices.Sort(x)
			return
		}
		depth--
		p := pivotOf(x)
		mm := partitionRun(x, p, kk)
		if mm == 0 { // p is the minimum: the elements equal to it come first
			if math.IsInf(float64(p), 1) {
				return
			}
			mm = partitionRun(x, nextUp(p), kk)
			if k < mm {
				return
			}
		}
		if k < mm {
			x = x[:mm]
		} else {
			x, k = x[mm:], k-mm
		}
	}
	slices.Sort(x)
}

// SelectF64 is [Select] for float64.
func SelectF64(x []float64, k int) { Select(x, k) }

// SelectF32 is [Select] for float32.
func SelectF32(x []float32, k int) { Select(x, k) }
