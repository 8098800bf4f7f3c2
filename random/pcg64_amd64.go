//go:build !purego

package random

import "golang.org/x/sys/cpu"

// pcgLanes is what the AVX-512 fills read and write back: sixteen
// consecutive states (the next word's first) and the sixteen-step map.
type pcgLanes struct {
	hi, lo       [16]uint64
	mulHi, mulLo uint64
	incHi, incLo uint64
}

// pcg64WordsAVX512 writes n words (n a multiple of 16) as next64 returns
// them; pcg64DoublesAVX512 writes them as next_double converts them. See
// pcg64_amd64.s.
//
//go:noescape
func pcg64WordsAVX512(st *pcgLanes, dst *uint64, n int)

//go:noescape
func pcg64DoublesAVX512(st *pcgLanes, dst *float64, n int)

// useAVX512 selects the AVX-512 fills (AVX512F for the rotates and masks,
// AVX512DQ for the 64-bit products and conversions); tests turn it off to
// run the generic twins.
var useAVX512 = cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ

// vectorWords is the count of words a vector fill of n words writes (a
// multiple of 16), 0 when there is no vector fill.
func vectorWords(n int) int {
	if !useAVX512 || n < 32 {
		return 0
	}
	return n &^ 15
}

// lanes16 sets up the sixteen states that follow p's.
func (p *pcg64) lanes16(st *pcgLanes) {
	h, l := p.hi, p.lo
	for j := range st.hi {
		h, l = pcgStep(h, l, p.incHi, p.incLo)
		st.hi[j], st.lo[j] = h, l
	}
	m := p.stepMap(16)
	st.mulHi, st.mulLo, st.incHi, st.incLo = m.mulHi, m.mulLo, m.addHi, m.addLo
}

// fillWordsVector writes the first vectorWords(len(dst)) words and returns
// their count, leaving p after them.
func (p *pcg64) fillWordsVector(dst []uint64) int {
	n := vectorWords(len(dst))
	if n == 0 {
		return 0
	}
	var st pcgLanes
	p.lanes16(&st)
	pcg64WordsAVX512(&st, &dst[0], n)
	p.advance(uint64(n))
	return n
}

// fillDoublesVector is fillWordsVector converting to next_double values.
func (p *pcg64) fillDoublesVector(dst []float64) int {
	n := vectorWords(len(dst))
	if n == 0 {
		return 0
	}
	var st pcgLanes
	p.lanes16(&st)
	pcg64DoublesAVX512(&st, &dst[0], n)
	p.advance(uint64(n))
	return n
}
