package ndarray

import "fmt"

// Side says which of several equal positions [SearchSorted] returns.
type Side int

const (
	// SearchLeft gives the first suitable index, as side="left".
	SearchLeft Side = iota
	// SearchRight gives the last suitable index, as side="right".
	SearchRight
)

// SearchSorted returns, for each element of v, the index at which it would
// be inserted into the sorted 1-D array a to keep it sorted, as
// np.searchsorted(a, v, side): with SearchLeft the first such index
// (a[i-1] < x <= a[i]), with SearchRight the last (a[i-1] <= x < a[i]).
// NaN orders after everything, as NumPy's sort puts it. The result has v's
// shape. It panics with a *ValueError when a is not 1-D.
func SearchSorted[T Number](a, v *Array[T], side Side) *Array[int64] {
	if len(a.shape) != 1 {
		panic(&ValueError{Msg: fmt.Sprintf("object too deep for desired array: searchsorted needs a 1-D array, not %d-D", len(a.shape))})
	}
	sorted := a.Values()
	vals := v.Values()
	out := make([]int64, len(vals))
	for i, x := range vals {
		lo, hi := 0, len(sorted)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			var before bool // x goes after sorted[m]
			if side == SearchLeft {
				before = nanLess(sorted[m], x)
			} else {
				before = !nanLess(x, sorted[m])
			}
			if before {
				lo = m + 1
			} else {
				hi = m
			}
		}
		out[i] = int64(lo)
	}
	return Wrap(out, v.shape...)
}

// nanLess is a < b with NaN greater than every number, as NumPy sorts.
func nanLess[T Number](a, b T) bool {
	return a < b || (b != b && a == a)
}
