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
	off, rng := intRange(low, high)
	out := zeros[int64](shape)
	d := out.Data()
	if len(d) == 0 {
		return out
	}
	boundedFillPCG(g.bg, off, rng, d)
	return out
}

// intRange checks [low, high) as NumPy does and returns the offset and the
// inclusive range of the closed interval [low, high-1].
func intRange(low, high int64) (off, rng uint64) {
	if low >= high {
		if low == 0 {
			panic(&ndarray.ValueError{Msg: "high <= 0"})
		}
		panic(&ndarray.ValueError{Msg: "low >= high"})
	}
	return uint64(low), uint64(high-1) - uint64(low)
}

// boundedFillPCG is random_bounded_uint64_fill with use_masked false on
// PCG64, writing int64 results; the 32-bit Lemire loop keeps the state and
// the buffered half word in registers.
func boundedFillPCG(p *pcg64, off, rng uint64, out []int64) {
	switch {
	case rng == 0:
		for i := range out {
			out[i] = int64(off)
		}
	case rng < 0xffffffff:
		lemire32Fill(p, off, uint32(rng), out)
	case rng == 0xffffffff:
		for i := range out {
			out[i] = int64(off + uint64(p.next32()))
		}
	case rng == ^uint64(0):
		for i := range out {
			out[i] = int64(off + p.next64())
		}
	default:
		for i := range out {
			out[i] = int64(off + boundedLemire64(p, rng))
		}
	}
}

// lemire32Fill is the buffered 32-bit Lemire loop of
// random_bounded_uint64_fill on PCG64.
func lemire32Fill(p *pcg64, off uint64, rng uint32, out []int64) {
	rngExcl := rng + 1
	threshold := (0xffffffff - rng) % rngExcl
	hi, lo, ih, il := p.hi, p.lo, p.incHi, p.incLo
	has, buf := p.hasUint32, p.uinteger
	for i := range out {
		for {
			var w uint32
			if has {
				has = false
				w = buf
			} else {
				hi, lo = pcgStep(hi, lo, ih, il)
				x := pcgOutput(hi, lo)
				has, buf = true, uint32(x>>32)
				w = uint32(x)
			}
			m := uint64(w) * uint64(rngExcl)
			if uint32(m) >= threshold {
				out[i] = int64(off + m>>32)
				break
			}
		}
	}
	p.hi, p.lo = hi, lo
	p.hasUint32, p.uinteger = has, buf
}
