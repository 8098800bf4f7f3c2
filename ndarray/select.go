package ndarray

// Order statistics of one run, for Median, Percentile and Quantile.

// radixSelectMin is the run length from which float runs are selected by
// a histogram of their top key bits instead of quickselect on a copy.
const radixSelectMin = 4096

// orderStats returns the k-th smallest element of x (from 0) and, when
// next is true, the (k+1)-th; nan reports that x holds a NaN (a and b are
// then meaningless). x is not changed.
func orderStats[T Number](x []T, k int, next bool) (a, b T, nan bool) {
	if isFloat[T]() && len(x) > 1 {
		s := append([]T(nil), x...)
		if simdSelectRun(s, k) {
			if v := s[len(s)-1]; v != v { // NaN sorts last
				return a, b, true
			}
			a = s[k]
			if next {
				b = s[k+1]
				for _, v := range s[k+2:] {
					b = min(b, v)
				}
			}
			return a, b, false
		}
	}
	if isFloat[T]() && len(x) >= radixSelectMin {
		switch v := any(x).(type) {
		case []float64:
			ra, rb, nan := radixSelect(v, k, next, func(f float64) uint32 { return uint32(f64Key(f) >> 48) })
			return T(ra), T(rb), nan
		case []float32:
			ra, rb, nan := radixSelect(v, k, next, func(f float32) uint32 { return f32Key(f) >> 16 })
			return T(ra), T(rb), nan
		}
	}
	if hasNaN(x) {
		return a, b, true
	}
	s := append([]T(nil), x...)
	a, b = selectPair(s, k, next)
	return a, b, false
}

// selectPair reorders s (no NaN) and returns its k-th smallest element and,
// when next is true, the (k+1)-th.
func selectPair[T Number](s []T, k int, next bool) (a, b T) {
	nthElement(s, k)
	a = s[k]
	if next {
		b = s[k+1]
		for _, v := range s[k+2:] {
			b = min(b, v)
		}
	}
	return a, b
}

// radixSelect finds the order statistics of a float run in two reads: a
// histogram of the top 16 bits of the order-preserving keys (NaN's key is
// the largest, so a NaN shows in the last bucket) locates the buckets that
// hold ranks k and k+1, then only the elements of those buckets are
// gathered and selected among.
func radixSelect[F Float](x []F, k int, next bool, top func(F) uint32) (a, b F, nan bool) {
	hist := make([]uint32, 1<<16)
	for _, v := range x {
		hist[top(v)]++
	}
	if hist[1<<16-1] != 0 {
		return a, b, true
	}
	last := k
	if next {
		last = k + 1
	}
	// Buckets lo..hi hold ranks k..last; base elements come before lo.
	base, lo, hi := 0, -1, -1
	seen := 0
	for i, c := range hist {
		if c == 0 {
			continue
		}
		if lo < 0 && seen+int(c) > k {
			lo, base = i, seen
		}
		if seen+int(c) > last {
			hi = i
			break
		}
		seen += int(c)
	}
	span := 0
	for _, c := range hist[lo : hi+1] {
		span += int(c)
	}
	buf := make([]F, 0, span)
	ulo, uhi := uint32(lo), uint32(hi)
	for _, v := range x {
		if t := top(v); t-ulo <= uhi-ulo {
			buf = append(buf, v)
		}
	}
	a, b = selectPair(buf, k-base, next)
	return a, b, false
}
