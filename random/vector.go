package random

import "github.com/ndsimd/ndsimd/kernels"

// The bulk pieces of the streams run as kernels of package kernels (the
// random-number family: assembly where the active implementation has it,
// bit-identical generic twins elsewhere), so NDSIMD_KERNELS and
// kernels.Use switch them with every other kernel.

// vectorWords is the count of words the lane kernels write of a fill of n
// words: whole blocks of sixteen, when there are at least two.
func vectorWords(n int) int {
	if n < 32 {
		return 0
	}
	return n &^ 15
}

// lanes16 sets up the sixteen states that follow p's and the map of
// sixteen steps.
func (p *pcg64) lanes16(st *kernels.PCG64Lanes) {
	h, l := p.hi, p.lo
	for j := range st.Hi {
		h, l = pcgStep(h, l, p.incHi, p.incLo)
		st.Hi[j], st.Lo[j] = h, l
	}
	m := p.mapOf(16)
	st.MulHi, st.MulLo, st.IncHi, st.IncLo = m.mulHi, m.mulLo, m.addHi, m.addLo
}

// fillWordsVector writes the first vectorWords(len(dst)) words with
// kernels.PCG64Words and returns their count, leaving p after them.
func (p *pcg64) fillWordsVector(dst []uint64) int {
	n := vectorWords(len(dst))
	if n == 0 {
		return 0
	}
	p.lanes16(&p.laneState)
	kernels.PCG64Words(&p.laneState, dst[:n])
	p.advance(uint64(n))
	return n
}

// fillDoublesVector is fillWordsVector converting to next_double values
// (kernels.PCG64Doubles).
func (p *pcg64) fillDoublesVector(dst []float64) int {
	n := vectorWords(len(dst))
	if n == 0 {
		return 0
	}
	p.lanes16(&p.laneState)
	kernels.PCG64Doubles(&p.laneState, dst[:n])
	p.advance(uint64(n))
	return n
}

// lemire32Vector runs kernels.Lemire32Pairs over whole blocks of eight
// words (pairs has two values a word) and returns the count of words used.
func lemire32Vector(words []uint64, pairs []int64, rngExcl uint64, threshold uint32, off uint64) int {
	if len(words) < 8 {
		return 0
	}
	return kernels.Lemire32Pairs(words, pairs, rngExcl, uint64(threshold), off)
}

// twist regenerates the block and its tempered words
// (kernels.MT19937Twist).
func (m *mt19937) twist() {
	kernels.MT19937Twist(&m.key, &m.out)
	m.pos = 0
}
