package ndarray

import (
	"cmp"
	"math"
	"slices"
	"unsafe"

	"github.com/ndsimd/ndsimd/internal/uninit"
)

// The sort kernels of one contiguous run, behind sortRun and argsortRun
// (a SIMD kernels.Sort / kernels.Argsort may replace them). Large runs are
// sorted by an LSD radix sort on order-preserving unsigned keys: a float's
// bits with the sign bit set for positives and every bit flipped for
// negatives order as the numbers do, and every NaN maps to the largest key
// so that NaN sorts last, as NumPy's sort. The radix sort is stable (so it
// serves argsort too), reads the keys once for all digit histograms, and
// skips a pass when every key has the same digit. Small runs use pdqsort
// (slices.Sort) or a stable merge.

// radixMin is the run length from which sortRun and argsortRun use the
// radix sort (below it the comparison sorts are faster).
const (
	radixMin    = 384
	argRadixMin = 192
)

// radixPlan is the digit layout of the radix sort of keys of one width:
// 64-bit keys take five passes of 13-bit digits, 32-bit keys three of 11
// bits (measured against 8, 11 and 16 bits for 1M keys).
type radixPlan struct {
	bits   uint   // bits per digit
	size   int    // buckets per digit
	mask   uint64 // size - 1
	passes int
}

func planFor[K radixKey]() radixPlan {
	var z K
	if unsafe.Sizeof(z) == 8 {
		return radixPlan{bits: 13, size: 1 << 13, mask: 1<<13 - 1, passes: 5}
	}
	return radixPlan{bits: 11, size: 1 << 11, mask: 1<<11 - 1, passes: 3}
}

// counts returns the histogram of pass p within h.
func (pl radixPlan) counts(h []uint32, p int) []uint32 {
	return h[p*pl.size : (p+1)*pl.size : (p+1)*pl.size]
}

// digit returns key k's digit of pass p.
func (pl radixPlan) digit(k uint64, p int) uint64 { return (k >> (uint(p) * pl.bits)) & pl.mask }

// activePasses returns the passes whose digit is not the same in every key.
func (pl radixPlan) activePasses(h []uint32, first uint64, n int) []int {
	var active []int
	for p := range pl.passes {
		if int(pl.counts(h, p)[pl.digit(first, p)]) != n {
			active = append(active, p)
		}
	}
	return active
}

// prefix turns counts into starting positions.
func prefix(c []uint32) {
	var sum uint32
	for i, t := range c {
		c[i] = sum
		sum += t
	}
}

type radixKey interface{ uint32 | uint64 }

// sortRun sorts x in place, ascending, NaN last.
func sortRun[T Number](x []T) {
	if simdSortRun(x) {
		return
	}
	if len(x) < radixMin {
		if mixedZeros(x) {
			npyQuicksort(x)
			return
		}
		sortSmall(x)
		return
	}
	switch unsafe.Sizeof(x[0]) {
	case 8:
		if !radixSortBits(unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.SliceData(x))), len(x)), kindOf[T]()) {
			npyQuicksort(x)
		}
	case 4:
		if !radixSortBits(unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(x))), len(x)), kindOf[T]()) {
			npyQuicksort(x)
		}
	default: // 1- and 2-byte integers
		keys := make([]uint32, len(x))
		toKeys32(keys, x)
		sorted := radixSort(keys, make([]uint32, len(x)))
		fromKeys32(x, sorted)
	}
}

// argKeys64 and argKeys32 are the keys argsortRun sorts by: those of
// toKeys64 and toKeys32 except that -0.0 and +0.0 (equal numbers) share a
// key, so that the stable order keeps them in input order as NumPy does.
func argKeys64[T Number](keys []uint64, x []T) {
	switch v := any(x).(type) {
	case []float64:
		for i, f := range v {
			keys[i] = f64Key(f + 0) // -0 + 0 is +0
		}
	case []float32:
		for i, f := range v {
			keys[i] = f64Key(float64(f) + 0)
		}
	default:
		toKeys64(keys, x)
	}
}

func argKeys32[T Number](keys []uint32, x []T) {
	if v, ok := any(x).([]float32); ok {
		for i, f := range v {
			keys[i] = f32Key(f + 0)
		}
		return
	}
	toKeys32(keys, x)
}

// argsortRun sets idx (len(x) elements) to the stable sorting permutation
// of x: x[idx[0]] <= x[idx[1]] <= ..., NaN last, equal elements in their
// order in x. It does not change x.
func argsortRun[T Number](idx []int64, x []T) {
	n := len(x)
	if n < argRadixMin || n > math.MaxUint32 {
		keys := make([]uint64, n)
		argKeys64(keys, x)
		for i := range idx {
			idx[i] = int64(i)
		}
		slices.SortStableFunc(idx, func(a, b int64) int { return cmp.Compare(keys[a], keys[b]) })
		return
	}
	if simdArgsortRun(idx, x) {
		return
	}
	if unsafe.Sizeof(x[0]) == 8 {
		keys := uninit.Make[uint64](n)
		argKeys64(keys, x)
		radixArgsort(keys, idx)
	} else {
		keys := uninit.Make[uint32](n)
		argKeys32(keys, x)
		radixArgsort(keys, idx)
	}
}

// sortSmall sorts a short run: NaNs moved to the end, the rest by pdqsort.
func sortSmall[T Number](x []T) {
	slices.Sort(x[:nanLast(x)])
}

// nanLast moves the NaNs of x to its end, the other elements keeping their
// order, and returns how many are not NaN (len(x) for an integer type).
func nanLast[T Number](x []T) int {
	if !isFloat[T]() {
		return len(x)
	}
	m := 0
	for i, v := range x {
		if v == v {
			x[m], x[i] = v, x[m]
			m++
		}
	}
	return m
}

// Key maps: order-preserving unsigned keys of each element type.

func f64Key(f float64) uint64 {
	if f != f {
		return math.MaxUint64
	}
	b := math.Float64bits(f)
	return b ^ (uint64(int64(b)>>63) | 1<<63)
}

func f32Key(f float32) uint32 {
	if f != f {
		return math.MaxUint32
	}
	b := math.Float32bits(f)
	return b ^ (uint32(int32(b)>>31) | 1<<31)
}

func f32FromKey(k uint32) float32 {
	return math.Float32frombits(k ^ (uint32(int32(^k)>>31) | 1<<31))
}

// toKeys64 writes the 64-bit keys of x into keys (which may alias x).
func toKeys64[T Number](keys []uint64, x []T) {
	switch v := any(x).(type) {
	case []float64:
		for i, f := range v {
			keys[i] = f64Key(f)
		}
	case []float32:
		for i, f := range v {
			keys[i] = f64Key(float64(f))
		}
	case []uint64, []uint32, []uint16, []uint8:
		for i, u := range x {
			keys[i] = uint64(u)
		}
	default: // signed
		for i, s := range x {
			keys[i] = uint64(int64(s)) ^ 1<<63
		}
	}
}

// toKeys32 writes the 32-bit keys of x (a type of at most 4 bytes) into
// keys (which may alias x).
func toKeys32[T Number](keys []uint32, x []T) {
	switch v := any(x).(type) {
	case []float32:
		for i, f := range v {
			keys[i] = f32Key(f)
		}
	case []uint32, []uint16, []uint8:
		for i, u := range x {
			keys[i] = uint32(u)
		}
	default: // int32, int16, int8
		for i, s := range x {
			keys[i] = uint32(int32(s)) ^ 1<<31
		}
	}
}

// fromKeys32 is the inverse of toKeys32.
func fromKeys32[T Number](x []T, keys []uint32) {
	switch v := any(x).(type) {
	case []float32:
		for i, k := range keys {
			v[i] = f32FromKey(k)
		}
	case []uint32, []uint16, []uint8:
		for i, k := range keys {
			x[i] = T(k)
		}
	default:
		for i, k := range keys {
			x[i] = T(int32(k ^ 1<<31))
		}
	}
}

// radixHistograms counts the digits of every pass in one read of keys.
func radixHistograms[K radixKey](keys []K, pl radixPlan) []uint32 {
	h := make([]uint32, pl.passes*pl.size)
	if pl.passes == 5 {
		h0, h1, h2, h3, h4 := pl.counts(h, 0), pl.counts(h, 1), pl.counts(h, 2), pl.counts(h, 3), pl.counts(h, 4)
		for _, k := range keys {
			u := uint64(k)
			h0[u&(1<<13-1)]++
			h1[(u>>13)&(1<<13-1)]++
			h2[(u>>26)&(1<<13-1)]++
			h3[(u>>39)&(1<<13-1)]++
			h4[(u>>52)&(1<<13-1)]++
		}
		return h
	}
	h0, h1, h2 := pl.counts(h, 0), pl.counts(h, 1), pl.counts(h, 2)
	for _, k := range keys {
		u := uint64(k)
		h0[u&(1<<11-1)]++
		h1[(u>>11)&(1<<11-1)]++
		h2[(u>>22)&(1<<11-1)]++
	}
	return h
}

// radixSort sorts keys ascending with buf (same length) as scratch and
// returns the one of the two that holds the result.
func radixSort[K radixKey](keys, buf []K) []K {
	n := len(keys)
	if n == 0 {
		return keys
	}
	pl := planFor[K]()
	h := radixHistograms(keys, pl)
	src, dst := keys, buf
	for _, p := range pl.activePasses(h, uint64(keys[0]), n) {
		shift := uint(p) * pl.bits
		c := pl.counts(h, p)
		prefix(c)
		for _, k := range src {
			d := (uint64(k) >> shift) & pl.mask
			dst[c[d]] = k
			c[d]++
		}
		src, dst = dst, src
	}
	return src
}
