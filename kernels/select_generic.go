package kernels

// The generic twins of the selection kernels: the six comparisons giving
// bools (every comparison with a NaN is false but !=, which is true, as IEEE
// 754 and NumPy), Where, Clip, Compress and TakeInRange. Their assembly
// handles whole blocks (select_blocks.go); the twins finish the rest.

func equalGeneric[T Float](dst []bool, x, y []T) {
	x, y = x[:len(dst)], y[:len(dst)]
	for i := range dst {
		dst[i] = x[i] == y[i]
	}
}

func notEqualGeneric[T Float](dst []bool, x, y []T) {
	x, y = x[:len(dst)], y[:len(dst)]
	for i := range dst {
		dst[i] = x[i] != y[i]
	}
}

func lessGeneric[T Float](dst []bool, x, y []T) {
	x, y = x[:len(dst)], y[:len(dst)]
	for i := range dst {
		dst[i] = x[i] < y[i]
	}
}

func lessEqualGeneric[T Float](dst []bool, x, y []T) {
	x, y = x[:len(dst)], y[:len(dst)]
	for i := range dst {
		dst[i] = x[i] <= y[i]
	}
}

func greaterGeneric[T Float](dst []bool, x, y []T) {
	x, y = x[:len(dst)], y[:len(dst)]
	for i := range dst {
		dst[i] = x[i] > y[i]
	}
}

func greaterEqualGeneric[T Float](dst []bool, x, y []T) {
	x, y = x[:len(dst)], y[:len(dst)]
	for i := range dst {
		dst[i] = x[i] >= y[i]
	}
}

func equalScalarGeneric[T Float](dst []bool, x []T, s T) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = x[i] == s
	}
}

func notEqualScalarGeneric[T Float](dst []bool, x []T, s T) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = x[i] != s
	}
}

func lessScalarGeneric[T Float](dst []bool, x []T, s T) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = x[i] < s
	}
}

func lessEqualScalarGeneric[T Float](dst []bool, x []T, s T) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = x[i] <= s
	}
}

func greaterScalarGeneric[T Float](dst []bool, x []T, s T) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = x[i] > s
	}
}

func greaterEqualScalarGeneric[T Float](dst []bool, x []T, s T) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = x[i] >= s
	}
}

func whereGeneric[T Float](dst []T, m []bool, x, y []T) {
	m, x, y = m[:len(dst)], x[:len(dst)], y[:len(dst)]
	for i := range dst {
		if m[i] {
			dst[i] = x[i]
		} else {
			dst[i] = y[i]
		}
	}
}

// clipOf is NumPy's clip of one value: min(max(v, lo), hi) with
// max(a, b) = isnan(a) ? a : (a > b ? a : b) and min likewise, so a NaN
// v stays NaN and, of two equal values, the bound is kept (clip(-0, +0, 1)
// is +0).
func clipOf[T Float](v, lo, hi T) T {
	if v != v {
		return v
	}
	if !(v > lo) {
		v = lo
	}
	if v != v {
		return v
	}
	if !(v < hi) {
		v = hi
	}
	return v
}

func clipGeneric[T Float](dst, x []T, lo, hi T) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] = clipOf(x[i], lo, hi)
	}
}

// compressGeneric writes the x[i] with m[i] true to dst in order and
// returns how many; dst must have room for them.
func compressGeneric[T Float](dst, x []T, m []bool) int {
	m = m[:len(x)]
	k := 0
	for i, keep := range m {
		if keep {
			dst[k] = x[i]
			k++
		}
	}
	return k
}

// takeInRangeGeneric sets dst[i] = x[idx[i]] from the start, stopping at
// the first index outside [0, len(x)), and returns how many it set.
func takeInRangeGeneric[T Float](dst, x []T, idx []int64) int {
	idx = idx[:len(dst)]
	for i, k := range idx {
		if uint64(k) >= uint64(len(x)) {
			return i
		}
		dst[i] = x[k]
	}
	return len(dst)
}
