package random

import (
	"math/bits"

	"github.com/ndsimd/ndsimd/ndarray"
)

func mul64(x, y uint64) (hi, lo uint64) { return bits.Mul64(x, y) }

// Integers is rng.integers(low, high, shape) with the default int64 dtype:
// integers in [low, high) by NumPy's bounded method (Lemire's, on buffered
// 32-bit half words when high-1-low fits in 32 bits). For NumPy's
// one-argument form rng.integers(n, size) pass low = 0, high = n. It panics
// with NumPy's message when low >= high.
func (g *Generator) Integers(low, high int64, shape ...int) *ndarray.Array[int64] {
	return IntegersOf(g, low, high, false, shape...)
}

// boundedFillPCG is random_bounded_uint64_fill with use_masked false on
// PCG64, writing int64 results.
func boundedFillPCG(p *pcg64, off, rng uint64, out []int64) {
	if rng == 0 {
		for i := range out {
			out[i] = int64(off)
		}
		return
	}
	r := newReader(p)
	switch {
	case rng < 0xffffffff:
		lemire32Fill(r, off, uint32(rng), out)
	case rng == 0xffffffff:
		for i := range out {
			out[i] = int64(off + uint64(r.next32()))
		}
	case rng == ^uint64(0):
		for i := range out {
			out[i] = int64(off + r.next64())
		}
	default:
		for i := range out {
			out[i] = int64(off + boundedLemire64(r, rng))
		}
	}
	r.finish()
}

// lemire32Fill is the buffered 32-bit Lemire loop of
// random_bounded_uint64_fill: each value takes a half word (low, then
// high), and a half word is rejected when the low 32 bits of its product
// with rng+1 fall below (2**32 - (rng+1)) mod (rng+1).
func lemire32Fill(r *reader, off uint64, rng uint32, out []int64) {
	rngExcl := uint64(rng) + 1
	threshold := uint32((0xffffffff - rng) % uint32(rngExcl))
	i := 0
	for i < len(out) {
		if r.has32 {
			r.has32 = false
			if m := uint64(r.u32) * rngExcl; uint32(m) >= threshold {
				out[i] = int64(off + m>>32)
				i++
			}
			continue
		}
		if r.pos == r.n {
			r.refill()
		}
		buf, pos := r.buf[:r.n], r.pos
		for ; pos < len(buf) && i+1 < len(out); pos++ {
			w := buf[pos]
			m0 := uint64(uint32(w)) * rngExcl
			m1 := (w >> 32) * rngExcl
			if uint32(m0) < threshold || uint32(m1) < threshold {
				break
			}
			out[i] = int64(off + m0>>32)
			out[i+1] = int64(off + m1>>32)
			i += 2
		}
		r.pos = pos
		if i < len(out) && pos < len(buf) || i == len(out)-1 {
			// A rejection in this word, or one value left: by half words.
			if m := uint64(r.next32()) * rngExcl; uint32(m) >= threshold {
				out[i] = int64(off + m>>32)
				i++
			}
		}
	}
}
