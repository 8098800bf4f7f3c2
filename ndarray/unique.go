package ndarray

// UniqueResult holds what np.unique returns with return_index,
// return_inverse and return_counts.
type UniqueResult[T Number] struct {
	Values  *Array[T]     // the sorted distinct values
	Indices *Array[int64] // the index (in the flattened input) of each value's first occurrence
	Inverse *Array[int64] // for each input element, the index of its value in Values (input's shape)
	Counts  *Array[int64] // how often each value occurs
}

// Unique returns the sorted distinct elements of a, flattened, as
// np.unique(a). NaNs count as one value, sorted last (NumPy's
// equal_nan=True).
func Unique[T Number](a *Array[T]) *Array[T] {
	v, _ := uniqueCounts(a.Values(), false)
	return v
}

// UniqueCounts returns the sorted distinct elements of a and how often
// each occurs, as np.unique(a, return_counts=True).
func UniqueCounts[T Number](a *Array[T]) (values *Array[T], counts *Array[int64]) {
	return uniqueCounts(a.Values(), true)
}

// UniqueAll returns the distinct values with first indexes, inverse and
// counts, as np.unique(a, return_index=True, return_inverse=True,
// return_counts=True).
func UniqueAll[T Number](a *Array[T]) UniqueResult[T] {
	vals := a.Values()
	n := len(vals)
	order := make([]int64, n)
	argsortRun(order, vals)
	var uv []T
	var first, counts []int64
	inv := make([]int64, n)
	for i := 0; i < n; {
		v := vals[order[i]]
		j := i + 1
		for j < n && sameValue(vals[order[j]], v) {
			j++
		}
		g := int64(len(uv))
		uv = append(uv, v)
		first = append(first, order[i]) // stable: the smallest index of the run
		counts = append(counts, int64(j-i))
		for _, o := range order[i:j] {
			inv[o] = g
		}
		i = j
	}
	return UniqueResult[T]{
		Values:  Wrap(nonNil(uv), len(uv)),
		Indices: Wrap(nonNil(first), len(first)),
		Inverse: Wrap(inv, a.shape...),
		Counts:  Wrap(nonNil(counts), len(counts)),
	}
}

// sameValue is equality with NaN equal to NaN.
func sameValue[T Number](a, b T) bool { return a == b || (a != a && b != b) }

func nonNil[T Elem](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// uniqueCounts sorts vals (its own copy) and run-length encodes it; integer
// arrays whose values span a range not much larger than their count are
// counted in a table instead, in one pass.
func uniqueCounts[T Number](vals []T, wantCounts bool) (*Array[T], *Array[int64]) {
	if !isFloat[T]() && len(vals) > 0 {
		if v, c, ok := uniqueDense(vals, wantCounts); ok {
			return v, c
		}
	}
	sortRun(vals)
	out := vals[:0]
	var counts []int64
	for i := 0; i < len(vals); {
		v := vals[i]
		j := i + 1
		for j < len(vals) && sameValue(vals[j], v) {
			j++
		}
		out = append(out, v)
		if wantCounts {
			counts = append(counts, int64(j-i))
		}
		i = j
	}
	values := Wrap(append([]T{}, out...), len(out))
	if !wantCounts {
		return values, nil
	}
	return values, Wrap(nonNil(counts), len(counts))
}

// uniqueDense counts integer values in a table indexed by value - min when
// the range is at most twice the count, and reports false otherwise.
func uniqueDense[T Number](vals []T, wantCounts bool) (*Array[T], *Array[int64], bool) {
	lo, hi := vals[0], vals[0]
	for _, v := range vals {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	span := uint64(int64(hi) - int64(lo)) // exact for every integer type but uint64 past 2**63
	if span >= uint64(2*len(vals)+1024) || span > 1<<30 {
		return nil, nil, false
	}
	if _, isU64 := any(vals).([]uint64); isU64 && uint64(hi)-uint64(lo) != span {
		return nil, nil, false
	}
	table := make([]uint32, span+1)
	base := int64(lo)
	for _, v := range vals {
		table[int64(v)-base]++
	}
	k := 0
	for _, c := range table {
		if c != 0 {
			k++
		}
	}
	out := make([]T, 0, k)
	var counts []int64
	if wantCounts {
		counts = make([]int64, 0, k)
	}
	for i, c := range table {
		if c != 0 {
			out = append(out, T(base+int64(i)))
			if wantCounts {
				counts = append(counts, int64(c))
			}
		}
	}
	if !wantCounts {
		return Wrap(out, k), nil, true
	}
	return Wrap(out, k), Wrap(counts, k), true
}
