package random

import (
	"math/bits"

	"github.com/ndsimd/ndsimd/kernels"
)

// NumPy's PCG64 (PCG XSL RR 128/64) multiplier.
const (
	pcgMultHi = 2549297995355413924
	pcgMultLo = 4865540595714422341
)

// pcg64 is NumPy's PCG64 bit generator: a 128-bit LCG state (hi, lo) with
// increment (incHi, incLo), and the buffered upper half of the last 64-bit
// word for next32.
type pcg64 struct {
	hi, lo       uint64
	incHi, incLo uint64
	hasUint32    bool
	uinteger     uint32
	// the maps of the last two step counts asked of mapOf (the
	// increment, hence every map, is fixed once seeded)
	maps [2]cachedMap
	// Memory the kernels of package kernels write, kept here so that a
	// fill allocates nothing: the sixteen lanes of the bulk fills
	// (vector.go) and the reader of the variable-draw loops (reader.go).
	laneState kernels.PCG64Lanes
	rd        reader
}

type cachedMap struct {
	k uint64
	m affine
}

// newPCG64 seeds as PCG64(SeedSequence): four 64-bit words, the first two
// the initial state (high, low) and the last two the stream (high, low),
// through pcg_setseq_128_srandom_r.
func newPCG64(ss *SeedSequence) *pcg64 {
	v := ss.GenerateState64(4)
	p := &pcg64{}
	// inc = (initseq << 1) | 1
	p.incHi = v[2]<<1 | v[3]>>63
	p.incLo = v[3]<<1 | 1
	p.step()
	var c uint64
	p.lo, c = bits.Add64(p.lo, v[1], 0)
	p.hi, _ = bits.Add64(p.hi, v[0], c)
	p.step()
	return p
}

// step advances the LCG: state = state*mult + inc (mod 2**128).
func (p *pcg64) step() {
	p.hi, p.lo = pcgStep(p.hi, p.lo, p.incHi, p.incLo)
}

// pcgStep is one LCG step on a state held in registers.
func pcgStep(hi, lo, incHi, incLo uint64) (uint64, uint64) {
	h, l := bits.Mul64(lo, pcgMultLo)
	h += hi*pcgMultLo + lo*pcgMultHi
	var c uint64
	l, c = bits.Add64(l, incLo, 0)
	h, _ = bits.Add64(h, incHi, c)
	return h, l
}

// pcgOutput is the XSL RR output function.
func pcgOutput(hi, lo uint64) uint64 {
	return bits.RotateLeft64(hi^lo, -int(hi>>58))
}

// next64 is pcg64_next64: step, then output.
func (p *pcg64) next64() uint64 {
	p.hi, p.lo = pcgStep(p.hi, p.lo, p.incHi, p.incLo)
	return pcgOutput(p.hi, p.lo)
}

// next32 is pcg64_next32: the low half of a new word, keeping the high
// half for the next call.
func (p *pcg64) next32() uint32 {
	if p.hasUint32 {
		p.hasUint32 = false
		return p.uinteger
	}
	w := p.next64()
	p.hasUint32 = true
	p.uinteger = uint32(w >> 32)
	return uint32(w)
}

// nextDouble is pcg64_double: the top 53 bits over 2**53.
func (p *pcg64) nextDouble() float64 {
	return float64(int64(p.next64()>>11)) * (1.0 / 9007199254740992.0)
}

// fill64 writes len(dst) raw 64-bit words, keeping the state in registers.
func (p *pcg64) fill64(dst []uint64) {
	hi, lo, ih, il := p.hi, p.lo, p.incHi, p.incLo
	for i := range dst {
		hi, lo = pcgStep(hi, lo, ih, il)
		dst[i] = pcgOutput(hi, lo)
	}
	p.hi, p.lo = hi, lo
}
