package kernels

import (
	"fmt"
	"math/bits"
	"slices"
)

// NthElement rearranges x so that x[k] is the element a sort of x would put
// there (NaN last, as [Sort]), with no larger element before it and no
// smaller after: the selection of np.partition. It uses the vectorised
// partition of the active implementation (quickselect by the sort's step,
// splitRun; the final short run sorted by slices.Sort, which keeps the
// elements' bits), slices.Sort where there is none. It panics if k is
// not an index of x.
func NthElement[T Float](x []T, k int) {
	if k < 0 || k >= len(x) {
		panic(&LengthError{Msg: fmt.Sprintf("NthElement: index %d out of range for length %d", k, len(x))})
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
		mm, eq := splitRun(x, kk)
		if eq && k < mm { // x[k] is among the elements equal to the minimum
			return
		}
		if k < mm {
			x = x[:mm]
		} else {
			x, k = x[mm:], k-mm
		}
	}
	slices.Sort(x)
}

// NthElementF64 is [NthElement] for float64.
func NthElementF64(x []float64, k int) { NthElement(x, k) }

// NthElementF32 is [NthElement] for float32.
func NthElementF32(x []float32, k int) { NthElement(x, k) }
