package kernels

import (
	"math"
	"math/bits"
)

// genericRandomKernels are the generic twins of the random-number family.
func genericRandomKernels() *randomKernels {
	return &randomKernels{
		pcgWords:   pcg64WordsGeneric,
		pcgDoubles: pcg64DoublesGeneric,
		lemire:     lemire32PairsGeneric,
		twist:      mt19937TwistGeneric,
		polar:      polarScaleGeneric,
	}
}

// pcgChunk is how many words the PCG64 twins write per pass over the
// lanes: each group of four lanes runs through a chunk with its states in
// registers (four independent multiply chains), and a chunk stays in the
// L1 cache while the four groups write it.
const pcgChunk = 512

// pcg64WordsGeneric is the twin of PCG64Words.
func pcg64WordsGeneric(st *PCG64Lanes, dst []uint64) {
	for c := 0; c < len(dst); c += pcgChunk {
		pcg64Chunk(st, dst[c:min(c+pcgChunk, len(dst))])
	}
}

// pcg64DoublesGeneric is the twin of PCG64Doubles: pcg64Chunk's loop with
// the conversion in it.
func pcg64DoublesGeneric(st *PCG64Lanes, dst []float64) {
	const scale = 1.0 / 9007199254740992.0
	mh, ml, ch, cl := st.MulHi, st.MulLo, st.IncHi, st.IncLo
	for c := 0; c < len(dst); c += pcgChunk {
		chunk := dst[c:min(c+pcgChunk, len(dst))]
		for g := 0; g < 16; g += 4 {
			h0, l0, h1, l1 := st.Hi[g], st.Lo[g], st.Hi[g+1], st.Lo[g+1]
			h2, l2, h3, l3 := st.Hi[g+2], st.Lo[g+2], st.Hi[g+3], st.Lo[g+3]
			for b := g; b+4 <= len(chunk); b += 16 {
				d := chunk[b : b+4 : b+4]
				d[0] = float64(int64(pcgOutput(h0, l0)>>11)) * scale
				d[1] = float64(int64(pcgOutput(h1, l1)>>11)) * scale
				d[2] = float64(int64(pcgOutput(h2, l2)>>11)) * scale
				d[3] = float64(int64(pcgOutput(h3, l3)>>11)) * scale
				h0, l0 = pcgAffine(h0, l0, mh, ml, ch, cl)
				h1, l1 = pcgAffine(h1, l1, mh, ml, ch, cl)
				h2, l2 = pcgAffine(h2, l2, mh, ml, ch, cl)
				h3, l3 = pcgAffine(h3, l3, mh, ml, ch, cl)
			}
			st.Hi[g], st.Lo[g], st.Hi[g+1], st.Lo[g+1] = h0, l0, h1, l1
			st.Hi[g+2], st.Lo[g+2], st.Hi[g+3], st.Lo[g+3] = h2, l2, h3, l3
		}
	}
}

// pcg64Chunk writes the words of PCG64Words for a chunk of at most
// pcgChunk words (a multiple of 16), four lanes at a time.
func pcg64Chunk(st *PCG64Lanes, chunk []uint64) {
	mh, ml, ch, cl := st.MulHi, st.MulLo, st.IncHi, st.IncLo
	for g := 0; g < 16; g += 4 {
		h0, l0, h1, l1 := st.Hi[g], st.Lo[g], st.Hi[g+1], st.Lo[g+1]
		h2, l2, h3, l3 := st.Hi[g+2], st.Lo[g+2], st.Hi[g+3], st.Lo[g+3]
		for b := g; b+4 <= len(chunk); b += 16 {
			d := chunk[b : b+4 : b+4]
			d[0] = pcgOutput(h0, l0)
			d[1] = pcgOutput(h1, l1)
			d[2] = pcgOutput(h2, l2)
			d[3] = pcgOutput(h3, l3)
			h0, l0 = pcgAffine(h0, l0, mh, ml, ch, cl)
			h1, l1 = pcgAffine(h1, l1, mh, ml, ch, cl)
			h2, l2 = pcgAffine(h2, l2, mh, ml, ch, cl)
			h3, l3 = pcgAffine(h3, l3, mh, ml, ch, cl)
		}
		st.Hi[g], st.Lo[g], st.Hi[g+1], st.Lo[g+1] = h0, l0, h1, l1
		st.Hi[g+2], st.Lo[g+2], st.Hi[g+3], st.Lo[g+3] = h2, l2, h3, l3
	}
}

// pcgOutput is PCG64's XSL RR output function.
func pcgOutput(hi, lo uint64) uint64 {
	return bits.RotateLeft64(hi^lo, -int(hi>>58))
}

// pcgAffine is (mh, ml)*(h, l) + (ch, cl) mod 2**128.
func pcgAffine(h, l, mh, ml, ch, cl uint64) (uint64, uint64) {
	hi, lo := bits.Mul64(l, ml)
	hi += h*ml + l*mh
	var c uint64
	lo, c = bits.Add64(lo, cl, 0)
	hi, _ = bits.Add64(hi, ch, c)
	return hi, lo
}

// lemire32PairsGeneric is the twin of Lemire32Pairs (rngExcl and threshold
// already below 2**32).
func lemire32PairsGeneric(words []uint64, pairs []int64, rngExcl, threshold, off uint64) int {
	n := len(words) &^ 7
	t := uint32(threshold)
	for k := 0; k < n; k += 8 {
		w := words[k : k+8 : k+8]
		rejected := 0
		for _, v := range w {
			m0, m1 := uint64(uint32(v))*rngExcl, (v>>32)*rngExcl
			rejected |= b2i(uint32(m0) < t) | b2i(uint32(m1) < t)
		}
		if rejected != 0 {
			return k
		}
		p := pairs[2*k : 2*k+16 : 2*k+16]
		for i, v := range w {
			p[2*i] = int64(off + uint64(uint32(v))*rngExcl>>32)
			p[2*i+1] = int64(off + (v>>32)*rngExcl>>32)
		}
	}
	return n
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// MT19937's constants.
const (
	mtN       = 624
	mtM       = 397
	mtMatrixA = 0x9908b0df
	mtUpper   = 0x80000000
	mtLower   = 0x7fffffff
)

// mt19937TwistGeneric is the twin of MT19937Twist: NumPy's mt19937_gen,
// whose three loops have no dependence within a stride of 227 (resp. 397),
// which the vector code uses, then the tempering.
func mt19937TwistGeneric(key, out *[624]uint32) {
	k := key
	for i := 0; i < mtN-mtM; i++ {
		y := (k[i] & mtUpper) | (k[i+1] & mtLower)
		k[i] = k[i+mtM] ^ (y >> 1) ^ (-(y & 1) & mtMatrixA)
	}
	for i := mtN - mtM; i < mtN-1; i++ {
		y := (k[i] & mtUpper) | (k[i+1] & mtLower)
		k[i] = k[i+(mtM-mtN)] ^ (y >> 1) ^ (-(y & 1) & mtMatrixA)
	}
	y := (k[mtN-1] & mtUpper) | (k[0] & mtLower)
	k[mtN-1] = k[mtM-1] ^ (y >> 1) ^ (-(y & 1) & mtMatrixA)
	for i := range out {
		out[i] = mtTemper(k[i])
	}
}

// mtTemper is the MT19937 output transform.
func mtTemper(y uint32) uint32 {
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// polarScaleGeneric is the twin of PolarScale; the explicit conversion
// rounds the product before the division.
func polarScaleGeneric(f, r2 []float64) {
	r2 = r2[:len(f)]
	for j, v := range f {
		f[j] = math.Sqrt(float64(-2.0*v) / r2[j])
	}
}
