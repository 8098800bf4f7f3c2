package kernels

import (
	"math"
	"math/bits"
	"slices"
)

// The vectorised sort: NaNs are moved to the end, then a quicksort whose
// partition step and small-run sort are assembly kernels of the active
// implementation (see kernels/internal/asm/gen/sort): runs longer than a sorting
// network are split around a pivot (the median of nine samples) by the
// vectorised partition, shorter ones are sorted by a bitonic network held
// in registers. The recursion goes into the smaller part and loops on the
// larger; after 2*log2(n) levels a part is handed to slices.Sort, so the
// worst case stays O(n log n). A run of elements equal to a pivot that is
// the run's minimum is split off by a second partition (x <= pivot), so
// many-equal inputs do not degrade. The generic twin is slices.Sort.

// sortKernels is one implementation's sort kernels for one element type:
// the family behind [Sort], [NthElement] and [ArgsortF64]. The generic
// implementation's has no pieces (net and part nil): its sort is
// slices.Sort, the twin. Every implementation has one (fillFrom gives the
// generic one to an implementation without its own), so `ndsimd cpu`
// reports it and [Use] switches it with every other family.
type sortKernels[T Float] struct {
	name    string                   // the implementation it belongs to: generic, avx2, avx512, neon
	lanes   int                      // elements per vector: part takes multiples of it
	partMin int                      // the shortest run part takes (netMax at most)
	netMax  int                      // the longest run net sorts
	net     func(x []T)              // sorts x, len(x) <= netMax, no NaN, one sign of zero
	part    func(x []T, pivot T) int // x[:m] < pivot <= x[m:]; len(x) a multiple of lanes, >= partMin, no NaN

	// argPart is part for keys carrying int64 indexes (len(x) a multiple
	// of lanes, at least 2*lanes), nil where there is none.
	argPart func(x []T, idx []int64, pivot T) int
}

// Sort sorts x ascending with NaN last, as NumPy's np.sort; the NaNs keep
// their bits. Equal elements (also -0 and +0) end up in no specified order.
// It uses the active implementation's vectorised quicksort where there is
// one, slices.Sort otherwise.
func Sort[T Float](x []T) {
	m, mixed := nanToEnd(x)
	k := sortKernelsOf[T]()
	if k == nil || mixed {
		slices.Sort(x[:m])
		return
	}
	quickSort(x[:m], k, 2*bits.Len(uint(m)))
}

// SortF64 is [Sort] for float64.
func SortF64(x []float64) { Sort(x) }

// SortF32 is [Sort] for float32.
func SortF32(x []float32) { Sort(x) }

// sortKernelsOf returns the active implementation's vectorised sort
// kernels for T, nil where it uses the generic sort.
func sortKernelsOf[T Float]() *sortKernels[T] {
	k := kernelsOf[T]().sort
	if k.part == nil {
		return nil
	}
	return k
}

// SortKernel reports whose sort kernels (partition and sorting network)
// [Sort] and [NthElement] use now for element type elem ("f64" or "f32"):
// the implementation's name, "generic" where they are slices.Sort.
func SortKernel(elem string) string {
	im := active.Load()
	if elem == "f32" {
		return im.f32.sort.name
	}
	return im.f64.sort.name
}

// ArgsortKernel reports whose kernels [ArgsortF64] uses now: the
// implementation with a partition of keys carrying indexes, "generic"
// where it is slices.SortStableFunc.
func ArgsortKernel() string {
	if k := active.Load().f64.sort; k.argPart != nil {
		return k.name
	}
	return "generic"
}

// nanToEnd moves the NaNs of x to its end, keeping the order of the other
// elements, and returns the count of non-NaN elements and whether x holds
// both -0 and +0.
func nanToEnd[T Float](x []T) (m int, mixed bool) {
	neg, pos := false, false
	i := 0
	for ; i < len(x); i++ {
		v := x[i]
		if v != v {
			break
		}
		if v == 0 {
			if math.Signbit(float64(v)) {
				neg = true
			} else {
				pos = true
			}
		}
	}
	m = i
	if i < len(x) {
		var nans []T
		for ; i < len(x); i++ {
			v := x[i]
			switch {
			case v != v:
				nans = append(nans, v)
				continue
			case v == 0 && math.Signbit(float64(v)):
				neg = true
			case v == 0:
				pos = true
			}
			x[m] = v
			m++
		}
		copy(x[m:], nans)
	}
	return m, neg && pos
}

// quickSort sorts x (no NaN, one sign of zero) with k's kernels; depth is
// the number of partition levels left before slices.Sort takes over.
func quickSort[T Float](x []T, k *sortKernels[T], depth int) {
	for len(x) > k.netMax {
		if depth == 0 {
			slices.Sort(x)
			return
		}
		depth--
		m, eq := splitRun(x, k)
		if eq { // x[:m] are all equal: sorted already
			x = x[m:]
			continue
		}
		if m < len(x)-m {
			quickSort(x[:m], k, depth)
			x = x[m:]
		} else {
			quickSort(x[m:], k, depth)
			x = x[:m]
		}
	}
	k.net(x)
}

// splitRun is one quickselect or quicksort step: it partitions x
// (len(x) > k.netMax, no NaN) around p, the median of nine of its elements
// (pivotOf), so that x[:m] < p <= x[m:]. Where p is the minimum of x, so
// that nothing is below it, it splits off the elements equal to p instead,
// x[:m] == p < x[m:], and reports eq (m == len(x) when they are all +Inf).
func splitRun[T Float](x []T, k *sortKernels[T]) (m int, eq bool) {
	p := pivotOf(x)
	if m = partitionRun(x, p, k); m > 0 {
		return m, false
	}
	if math.IsInf(float64(p), 1) {
		return len(x), true
	}
	return partitionRun(x, nextUp(p), k), true
}

// partitionRun partitions x (len(x) > k.netMax) so that x[:m] < p <=
// x[m:] and returns m: the kernel takes the part whose length is a
// multiple of the vector, the few elements before it are swapped into place.
func partitionRun[T Float](x []T, p T, k *sortKernels[T]) int {
	r := len(x) % k.lanes
	b := r + k.part(x[r:], p)
	for i := r - 1; i >= 0; i-- {
		if !(x[i] < p) {
			b--
			x[i], x[b] = x[b], x[i]
		}
	}
	return b
}

// pivotOf returns the median of nine elements spread over x.
func pivotOf[T Float](x []T) T {
	var s [9]T
	step := len(x) / 9
	for i := range s {
		s[i] = x[i*step+step/2]
	}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s[4]
}

// nextUp returns the least T greater than v (v finite).
func nextUp[T Float](v T) T {
	switch f := any(v).(type) {
	case float64:
		return T(math.Nextafter(f, math.Inf(1)))
	case float32:
		return T(math.Nextafter32(f, float32(math.Inf(1))))
	}
	return v
}

// HasVectorSort reports whether the active implementation sorts T with
// vectorised kernels (false: [Sort] is slices.Sort).
func HasVectorSort[T Float]() bool { return sortKernelsOf[T]() != nil }
