package ndarray

import (
	"unsafe"

	"github.com/ndsimd/ndsimd/internal/uninit"
)

// The in-place LSD radix sort of sortRun and argsortRun for 4- and 8-byte
// element types: the elements' bits are turned into order-preserving keys
// in place, sorted with one scratch buffer, and the last pass writes the
// elements back from their keys, so that no pass is spent on converting.

// keyKind says how an element's bits become its key.
type keyKind int

const (
	kindUnsigned keyKind = iota // the bits as they are
	kindSigned                  // the sign bit flipped
	kindFloat                   // positives: sign bit set; negatives: every bit flipped; NaN: all ones
)

func kindOf[T Number]() keyKind {
	var z T
	switch any(z).(type) {
	case float64, float32:
		return kindFloat
	case int64, int32, int16, int8:
		return kindSigned
	}
	return kindUnsigned
}

// keyParams returns the width in bits, the top bit and the bits of +Inf of
// the floats of K's width.
func keyParams[K radixKey]() (width uint, top, inf K) {
	var z K
	width = uint(unsafe.Sizeof(z) * 8)
	infBits := uint64(0x7F800000)
	if width == 64 {
		infBits = 0x7FF0000000000000
	}
	return width, K(1) << (width - 1), K(infBits)
}

// radixSortBits sorts u, the bits of elements of the given kind, by key,
// NaN last. It returns false, leaving u as it was, when u holds floats of
// both zero signs (whose order NumPy's sort decides, see sort_numpy.go).
func radixSortBits[K radixKey](u []K, kind keyKind) bool {
	n := len(u)
	_, top, _ := keyParams[K]()
	pl := planFor[K]()
	var h []uint32
	switch kind {
	case kindFloat:
		var mixed bool
		h, mixed = floatKeysHist(u, pl)
		if mixed {
			fromKeysInPlace(u, u, kind)
			return false
		}
	case kindSigned:
		for i, b := range u {
			u[i] = b ^ top
		}
		h = radixHistograms(u, pl)
	default:
		h = radixHistograms(u, pl)
	}
	active := pl.activePasses(h, uint64(u[0]), n)
	if len(active) == 0 {
		fromKeysInPlace(u, u, kind)
		return true
	}
	src, dst := u, uninit.Make[K](n)
	for ai, p := range active {
		shift := uint(p) * pl.bits
		c := pl.counts(h, p)
		prefix(c)
		if ai < len(active)-1 {
			for _, k := range src {
				d := (uint64(k) >> shift) & pl.mask
				dst[c[d]] = k
				c[d]++
			}
		} else {
			scatterFromKeys(dst, src, c, shift, pl.mask, kind)
		}
		src, dst = dst, src
	}
	if unsafe.SliceData(src) != unsafe.SliceData(u) {
		copy(u, src)
	}
	return true
}

// fromKeysInPlace writes the element bits of keys into dst.
func fromKeysInPlace[K radixKey](dst, keys []K, kind keyKind) {
	width, top, _ := keyParams[K]()
	switch kind {
	case kindFloat:
		for i, k := range keys {
			dst[i] = k ^ ((k>>(width-1) - 1) | top)
		}
	case kindSigned:
		for i, k := range keys {
			dst[i] = k ^ top
		}
	default:
		copy(dst, keys)
	}
}

// scatterFromKeys is the last radix pass: it places each key's element
// bits where the counts c say.
func scatterFromKeys[K radixKey](dst, src []K, c []uint32, shift uint, mask uint64, kind keyKind) {
	width, top, _ := keyParams[K]()
	switch kind {
	case kindFloat:
		for _, k := range src {
			d := (uint64(k) >> shift) & mask
			dst[c[d]] = k ^ ((k>>(width-1) - 1) | top)
			c[d]++
		}
	case kindSigned:
		for _, k := range src {
			d := (uint64(k) >> shift) & mask
			dst[c[d]] = k ^ top
			c[d]++
		}
	default:
		for _, k := range src {
			d := (uint64(k) >> shift) & mask
			dst[c[d]] = k
			c[d]++
		}
	}
}

// radixArgsort sets out to the stable order of keys (which it uses as
// scratch). The first pass takes the indexes as they come (no identity
// permutation is built) and the last writes them to out as int64.
func radixArgsort[K radixKey](keys []K, out []int64) {
	n := len(keys)
	pl := planFor[K]()
	h := radixHistograms(keys, pl)
	active := pl.activePasses(h, uint64(keys[0]), n)
	mask := pl.mask
	if len(active) == 0 {
		for i := range out {
			out[i] = int64(i)
		}
		return
	}
	src, dst := keys, uninit.Make[K](n)
	var isrc []uint32
	idst := uninit.Make[uint32](n)
	var spare []uint32
	for ai, p := range active {
		shift := uint(p) * pl.bits
		c := pl.counts(h, p)
		prefix(c)
		first, last := ai == 0, ai == len(active)-1
		switch {
		case first && last:
			for j, k := range src {
				d := (uint64(k) >> shift) & mask
				out[c[d]] = int64(j)
				c[d]++
			}
		case first:
			for j, k := range src {
				d := (uint64(k) >> shift) & mask
				at := c[d]
				dst[at] = k
				idst[at] = uint32(j)
				c[d]++
			}
		case last:
			isrc := isrc[:len(src)]
			for j, k := range src {
				d := (uint64(k) >> shift) & mask
				out[c[d]] = int64(isrc[j])
				c[d]++
			}
		default:
			isrc := isrc[:len(src)]
			for j, k := range src {
				d := (uint64(k) >> shift) & mask
				at := c[d]
				dst[at] = k
				idst[at] = isrc[j]
				c[d]++
			}
		}
		src, dst = dst, src
		if first {
			spare = uninit.Make[uint32](n)
			isrc, idst = idst, spare
		} else {
			isrc, idst = idst, isrc
		}
	}
}

// floatKeysHist turns float bits u into keys in place and counts their
// digits in the same read; mixed reports that u holds both -0.0 and +0.0.
func floatKeysHist[K radixKey](u []K, pl radixPlan) (h []uint32, mixed bool) {
	width, top, inf := keyParams[K]()
	h = make([]uint32, pl.passes*pl.size)
	negZero, posZero := false, false
	key := func(i int, b K) uint64 {
		if b&^top == 0 {
			if b == 0 {
				posZero = true
			} else {
				negZero = true
			}
		}
		k := b ^ ((K(0) - b>>(width-1)) | top)
		if b&^top > inf {
			k = ^K(0)
		}
		u[i] = k
		return uint64(k)
	}
	if pl.passes == 5 {
		h0, h1, h2, h3, h4 := pl.counts(h, 0), pl.counts(h, 1), pl.counts(h, 2), pl.counts(h, 3), pl.counts(h, 4)
		for i, b := range u {
			k := key(i, b)
			h0[k&(1<<13-1)]++
			h1[(k>>13)&(1<<13-1)]++
			h2[(k>>26)&(1<<13-1)]++
			h3[(k>>39)&(1<<13-1)]++
			h4[(k>>52)&(1<<13-1)]++
		}
	} else {
		h0, h1, h2 := pl.counts(h, 0), pl.counts(h, 1), pl.counts(h, 2)
		for i, b := range u {
			k := key(i, b)
			h0[k&(1<<11-1)]++
			h1[(k>>11)&(1<<11-1)]++
			h2[(k>>22)&(1<<11-1)]++
		}
	}
	return h, negZero && posZero
}
