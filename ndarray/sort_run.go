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

const (
	radixBits = 11
	radixSize = 1 << radixBits
	radixMask = radixSize - 1
)

type radixKey interface{ uint32 | uint64 }

// sortRun sorts x in place, ascending, NaN last.
func sortRun[T Number](x []T) {
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
	if isFloat[T]() {
		m := 0
		for i, v := range x {
			if v == v {
				x[m], x[i] = v, x[m]
				m++
			}
		}
		x = x[:m]
	}
	slices.Sort(x)
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
func radixHistograms[K radixKey](keys []K, passes int) *[6][radixSize]uint32 {
	var h [6][radixSize]uint32
	if passes == 6 {
		for _, k := range keys {
			u := uint64(k)
			h[0][u&radixMask]++
			h[1][(u>>11)&radixMask]++
			h[2][(u>>22)&radixMask]++
			h[3][(u>>33)&radixMask]++
			h[4][(u>>44)&radixMask]++
			h[5][u>>55]++
		}
		return &h
	}
	for _, k := range keys {
		u := uint32(k)
		h[0][u&radixMask]++
		h[1][(u>>11)&radixMask]++
		h[2][u>>22]++
	}
	return &h
}

func radixPasses[K radixKey]() int {
	var z K
	if unsafe.Sizeof(z) == 8 {
		return 6
	}
	return 3
}

// radixSort sorts keys ascending with buf (same length) as scratch and
// returns the one of the two that holds the result.
func radixSort[K radixKey](keys, buf []K) []K {
	n := len(keys)
	if n == 0 {
		return keys
	}
	passes := radixPasses[K]()
	h := radixHistograms(keys, passes)
	src, dst := keys, buf
	for p := range passes {
		shift := uint(p * radixBits)
		c := &h[p]
		if int(c[(uint64(src[0])>>shift)&radixMask]) == n {
			continue
		}
		var sum uint32
		for i, t := range c {
			c[i] = sum
			sum += t
		}
		for _, k := range src {
			d := (uint64(k) >> shift) & radixMask
			dst[c[d]] = k
			c[d]++
		}
		src, dst = dst, src
	}
	return src
}
