package random

import (
	"math"

	"github.com/ndsimd/ndsimd/ndarray"
)

// Generator is np.random.Generator with the PCG64 bit generator, as
// np.random.default_rng makes it. Its methods draw exactly as NumPy's do.
// A Generator is not safe for concurrent use.
type Generator struct {
	bg *pcg64
}

// DefaultRNG is np.random.default_rng(seed). A negative seed panics with
// NumPy's message as *ndarray.ValueError.
func DefaultRNG(seed int64) *Generator {
	return NewGenerator(NewSeedSequence(seed))
}

// NewGenerator is np.random.Generator(np.random.PCG64(ss)).
func NewGenerator(ss *SeedSequence) *Generator {
	return &Generator{bg: newPCG64(ss)}
}

// Random is rng.random(shape): float64 in [0, 1), each the top 53 bits of
// one 64-bit word.
func (g *Generator) Random(shape ...int) *ndarray.Array[float64] {
	out := zeros[float64](shape)
	fillDoubles(g.bg, out.Data())
	return out
}

// RandomF32 is rng.random(shape, dtype=np.float32): each value is the top
// 24 bits of a 32-bit half word (next_uint32 >> 8) over 2**24, the two
// halves of each 64-bit word used in turn.
func (g *Generator) RandomF32(shape ...int) *ndarray.Array[float32] {
	out := zeros[float32](shape)
	fillFloats(g.bg, out.Data())
	return out
}

// fillDoubles writes next_double values: four lanes of the generator
// (see fillWords) converted as they are drawn.
func fillDoubles(p *pcg64, dst []float64) {
	const scale = 1.0 / 9007199254740992.0
	i := p.fillDoublesVector(dst)
	if len(dst)-i >= 8 {
		start := i
		h0, l0, h1, l1, h2, l2, h3, l3, ch, cl := p.lanes()
		for ; i+4 <= len(dst); i += 4 {
			d := dst[i : i+4 : i+4]
			d[0] = float64(int64(pcgOutput(h0, l0)>>11)) * scale
			d[1] = float64(int64(pcgOutput(h1, l1)>>11)) * scale
			d[2] = float64(int64(pcgOutput(h2, l2)>>11)) * scale
			d[3] = float64(int64(pcgOutput(h3, l3)>>11)) * scale
			h0, l0 = lane(h0, l0, ch, cl)
			h1, l1 = lane(h1, l1, ch, cl)
			h2, l2 = lane(h2, l2, ch, cl)
			h3, l3 = lane(h3, l3, ch, cl)
		}
		p.advance(uint64(i - start))
	}
	for ; i < len(dst); i++ {
		dst[i] = p.nextDouble()
	}
}

// fillFloats writes next_float values: (next_uint32 >> 8) / 2**24.
func fillFloats(p *pcg64, dst []float32) {
	i := 0
	if p.hasUint32 && len(dst) > 0 {
		dst[0] = float32(int32(p.next32()>>8)) * (1.0 / 16777216.0)
		i = 1
	}
	hi, lo, ih, il := p.hi, p.lo, p.incHi, p.incLo
	for ; i+1 < len(dst); i += 2 {
		hi, lo = pcgStep(hi, lo, ih, il)
		w := pcgOutput(hi, lo)
		dst[i] = float32(int32(uint32(w)>>8)) * (1.0 / 16777216.0)
		dst[i+1] = float32(int32(uint32(w>>32)>>8)) * (1.0 / 16777216.0)
	}
	p.hi, p.lo = hi, lo
	if i < len(dst) {
		dst[i] = float32(int32(p.next32()>>8)) * (1.0 / 16777216.0)
	}
}

// StandardNormal is rng.standard_normal(shape): NumPy's ziggurat, one
// 64-bit word per draw on the fast path.
func (g *Generator) StandardNormal(shape ...int) *ndarray.Array[float64] {
	out := zeros[float64](shape)
	fillNormal(g.bg, out.Data())
	return out
}

// StandardNormalF32 is rng.standard_normal(shape, dtype=np.float32): the
// float32 ziggurat, one 32-bit half word per draw on the fast path.
func (g *Generator) StandardNormalF32(shape ...int) *ndarray.Array[float32] {
	out := zeros[float32](shape)
	fillNormalF32(g.bg, out.Data())
	return out
}

// Normal is rng.normal(loc, scale, shape): loc + scale*z for standard
// normal z. A negative scale panics with NumPy's "scale < 0".
func (g *Generator) Normal(loc, scale float64, shape ...int) *ndarray.Array[float64] {
	if scale < 0 {
		panic(&ndarray.ValueError{Msg: "scale < 0"})
	}
	out := g.StandardNormal(shape...)
	d := out.Data()
	for i, z := range d {
		d[i] = loc + float64(scale*z)
	}
	return out
}

// Uniform is rng.uniform(low, high, shape): low + (high-low)*u for u in
// [0, 1). It panics with NumPy's messages when high < low or high - low is
// not finite.
func (g *Generator) Uniform(low, high float64, shape ...int) *ndarray.Array[float64] {
	rng := checkUniform(low, high, true)
	out := g.Random(shape...)
	scaleUniform(out.Data(), low, rng)
	return out
}

// checkUniform checks uniform's bounds as NumPy does and returns high - low.
// The legacy RandomState checks only that the range is finite.
func checkUniform(low, high float64, nonNegative bool) float64 {
	rng := high - low
	if math.IsInf(rng, 0) || math.IsNaN(rng) {
		panic(&ndarray.ValueError{Msg: "high - low range exceeds valid bounds"})
	}
	if nonNegative && rng < 0 {
		panic(&ndarray.ValueError{Msg: "high - low < 0"})
	}
	return rng
}

// scaleUniform maps u in [0, 1) to low + rng*u in place.
func scaleUniform(d []float64, low, rng float64) {
	for i, u := range d {
		d[i] = low + float64(rng*u)
	}
}

// StandardExponential is rng.standard_exponential(shape): NumPy's
// exponential ziggurat.
func (g *Generator) StandardExponential(shape ...int) *ndarray.Array[float64] {
	out := zeros[float64](shape)
	fillExponential(g.bg, out.Data())
	return out
}
