package kernels

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"sync"
)

// ArgsortF64 sets idx (len(x) elements) to the stable sorting permutation
// of x: x[idx[0]] <= x[idx[1]] <= ..., NaN last, equal elements (-0 and +0
// included) in their order in x, as np.argsort(x, kind="stable"). x is not
// changed. Where the active implementation has a vectorised partition of
// keys with indexes (AVX-512) it runs a quicksort of (key, index) pairs and
// then puts the indexes of every run of equal keys in increasing order,
// which makes the result the stable one; otherwise it uses
// slices.SortStableFunc, the generic twin.
func ArgsortF64(idx []int64, x []float64) {
	checkLen2(len(idx), len(x))
	k := sortKernelsOf[float64]()
	if k == nil || k.argPart == nil {
		for i := range idx {
			idx[i] = int64(i)
		}
		slices.SortStableFunc(idx, func(a, b int64) int { return cmpNaNLast(x[a], x[b]) })
		return
	}
	buf := keyScratch.Get().(*[]float64)
	defer keyScratch.Put(buf)
	if cap(*buf) < len(x) {
		*buf = make([]float64, len(x))
	}
	keys := (*buf)[:len(x)]
	m := 0
	for i, v := range x {
		if v == v {
			keys[m], idx[m] = v, int64(i)
			m++
		}
	}
	if m < len(x) {
		j := m
		for i, v := range x {
			if v != v {
				idx[j] = int64(i)
				j++
			}
		}
	}
	argQuickSort(keys[:m], idx[:m], k, 2*bits.Len(uint(m)))
	for lo := 0; lo < m; {
		hi := lo + 1
		for hi < m && keys[hi] == keys[lo] {
			hi++
		}
		if hi-lo > 1 {
			slices.Sort(idx[lo:hi])
		}
		lo = hi
	}
}

// HasVectorArgsortF64 reports whether the active implementation runs
// [ArgsortF64] as a vectorised quicksort (false: it is the generic twin,
// slices.SortStableFunc).
func HasVectorArgsortF64() bool {
	k := sortKernelsOf[float64]()
	return k != nil && k.argPart != nil
}

// keyScratch holds the key buffers of ArgsortF64 between calls: a fresh
// 8 MB buffer costs more in page faults than the sort itself.
var keyScratch = sync.Pool{New: func() any { return new([]float64) }}

// cmpNaNLast compares as Sort orders: NaN after everything, -0 == +0.
func cmpNaNLast(a, b float64) int {
	switch {
	case a != a && b != b:
		return 0
	case a != a:
		return 1
	case b != b:
		return -1
	}
	return cmp.Compare(a, b)
}

// argInsertionMax is the longest run argQuickSort sorts by insertion.
const argInsertionMax = 16

// argQuickSort sorts keys (no NaN) and carries idx along; equal keys end
// in no particular order.
func argQuickSort(keys []float64, idx []int64, k *sortKernels[float64], depth int) {
	for len(keys) > argInsertionMax {
		if depth == 0 {
			pairSort(keys, idx)
			return
		}
		depth--
		p := argPivot(keys)
		m := argPartitionRun(keys, idx, p, k)
		if m == 0 {
			if math.IsInf(p, 1) {
				return
			}
			m = argPartitionRun(keys, idx, nextUp(p), k)
			keys, idx = keys[m:], idx[m:]
			continue
		}
		if m < len(keys)-m {
			argQuickSort(keys[:m], idx[:m], k, depth)
			keys, idx = keys[m:], idx[m:]
		} else {
			argQuickSort(keys[m:], idx[m:], k, depth)
			keys, idx = keys[:m], idx[:m]
		}
	}
	for i := 1; i < len(keys); i++ {
		v, t := keys[i], idx[i]
		j := i
		for j > 0 && v < keys[j-1] {
			keys[j], idx[j] = keys[j-1], idx[j-1]
			j--
		}
		keys[j], idx[j] = v, t
	}
}

// argNintherMin is the shortest run whose pivot argPivot takes as the
// median of nine elements; shorter runs take the median of three.
const argNintherMin = 1024

// argPivot returns the pivot of a run of keys: the median of nine
// elements spread over it (pivotOf) when it is long, else the median of
// three, which costs no branches; the short runs are most of the calls.
func argPivot(keys []float64) float64 {
	n := len(keys)
	if n >= argNintherMin {
		return pivotOf(keys)
	}
	return median3(keys[n/4], keys[n/2], keys[n-1-n/4])
}

// median3 returns the middle of a, b and c (no NaN).
func median3(a, b, c float64) float64 {
	return max(min(a, b), min(max(a, b), c))
}

// argPartitionRun is partitionRun for keys carrying indexes.
func argPartitionRun(keys []float64, idx []int64, p float64, k *sortKernels[float64]) int {
	r := len(keys) % k.lanes
	b := r + k.argPart(keys[r:], idx[r:], p)
	for i := r - 1; i >= 0; i-- {
		if !(keys[i] < p) {
			b--
			keys[i], keys[b] = keys[b], keys[i]
			idx[i], idx[b] = idx[b], idx[i]
		}
	}
	return b
}

// pairSort sorts keys with idx carried along (the depth-limit fallback).
func pairSort(keys []float64, idx []int64) {
	type pair struct {
		k float64
		i int64
	}
	ps := make([]pair, len(keys))
	for j := range ps {
		ps[j] = pair{keys[j], idx[j]}
	}
	slices.SortFunc(ps, func(a, b pair) int { return cmp.Compare(a.k, b.k) })
	for j, p := range ps {
		keys[j], idx[j] = p.k, p.i
	}
}
