package random

import "math"

// Products that NumPy's C rounds before adding are wrapped in a conversion
// (float64(a*b) + c) so that no Go compiler fuses them into a multiply-add.

// standardNormal is random_standard_normal: NumPy's 256-layer ziggurat on
// one 64-bit word (8 bits of layer, 1 of sign, 52 of magnitude), with the
// wedge and tail draws NumPy makes when the fast path rejects.
func standardNormal(p *pcg64) float64 {
	for {
		r := p.next64()
		idx := r & 0xff
		r >>= 8
		sign := r & 1
		rabs := (r >> 1) & 0x000fffffffffffff
		x := float64(rabs) * wiF64[idx]
		if sign != 0 {
			x = -x
		}
		if rabs < kiF64[idx] {
			return x
		}
		if v, ok := normalSlow(p, idx, rabs, x); ok {
			return v
		}
	}
}

// normalSlow is the part of random_standard_normal after the fast path
// rejects: the tail for layer 0, the wedge test otherwise. ok is false when
// NumPy draws a new word.
func normalSlow(p *pcg64, idx, rabs uint64, x float64) (float64, bool) {
	if idx == 0 {
		for {
			xx := -zigNorInvR * glibcLog1p(-p.nextDouble())
			yy := -glibcLog1p(-p.nextDouble())
			if yy+yy > xx*xx {
				if (rabs>>8)&1 != 0 {
					return -(zigNorR + xx), true
				}
				return zigNorR + xx, true
			}
		}
	}
	if float64((fiF64[idx-1]-fiF64[idx])*p.nextDouble())+fiF64[idx] < math.Exp(-0.5*x*x) {
		return x, true
	}
	return 0, false
}

// fillNormal fills dst with random_standard_normal values: the fast path
// runs on a state held in registers and only the rare rejections call out.
func fillNormal(p *pcg64, dst []float64) {
	hi, lo, ih, il := p.hi, p.lo, p.incHi, p.incLo
	for i := 0; i < len(dst); {
		hi, lo = pcgStep(hi, lo, ih, il)
		r := pcgOutput(hi, lo)
		idx := r & 0xff
		r >>= 8
		rabs := (r >> 1) & 0x000fffffffffffff
		x := float64(rabs) * wiF64[idx]
		if r&1 != 0 {
			x = -x
		}
		if rabs < kiF64[idx] {
			dst[i] = x
			i++
			continue
		}
		p.hi, p.lo = hi, lo
		if v, ok := normalSlow(p, idx, rabs, x); ok {
			dst[i] = v
			i++
		}
		hi, lo = p.hi, p.lo
	}
	p.hi, p.lo = hi, lo
}

// standardNormalF32 is random_standard_normal_f: the float32 ziggurat on
// one 32-bit half word (8 bits of layer, 1 of sign, 23 of magnitude).
func standardNormalF32(p *pcg64) float32 {
	for {
		r := p.next32()
		idx := r & 0xff
		sign := (r >> 8) & 1
		rabs := (r >> 9) & 0x0007fffff
		x := float32(rabs) * wiF32[idx]
		if sign != 0 {
			x = -x
		}
		if rabs < kiF32[idx] {
			return x
		}
		if v, ok := normalSlowF32(p, idx, rabs, x); ok {
			return v
		}
	}
}

// nextFloat is next_float: (next_uint32 >> 8) / 2**24.
func (p *pcg64) nextFloat() float32 {
	return float32(p.next32()>>8) * (1.0 / 16777216.0)
}

// normalSlowF32 is the rejection part of random_standard_normal_f. Its
// wedge test compares in float64, as NumPy's C does (exp of a double).
func normalSlowF32(p *pcg64, idx, rabs uint32, x float32) (float32, bool) {
	if idx == 0 {
		for {
			xx := -zigNorInvRF32 * log1pf(-p.nextFloat())
			yy := -log1pf(-p.nextFloat())
			if yy+yy > xx*xx {
				if (rabs>>8)&1 != 0 {
					return -(zigNorRF32 + xx), true
				}
				return zigNorRF32 + xx, true
			}
		}
	}
	if float64(float32((fiF32[idx-1]-fiF32[idx])*p.nextFloat())+fiF32[idx]) < math.Exp(-0.5*float64(x)*float64(x)) {
		return x, true
	}
	return 0, false
}

// log1pf is the float32 log1p of glibc that NumPy's C calls.
func log1pf(x float32) float32 { return glibcLog1pf(x) }

// fillNormalF32 fills dst with random_standard_normal_f values, two per
// 64-bit word on the fast path.
func fillNormalF32(p *pcg64, dst []float32) {
	for i := range dst {
		dst[i] = standardNormalF32(p)
	}
}

// standardExponential is random_standard_exponential: the exponential
// ziggurat on one 64-bit word.
func standardExponential(p *pcg64) float64 {
	for {
		ri := p.next64()
		ri >>= 3
		idx := ri & 0xff
		ri >>= 8
		x := float64(ri) * weF64[idx]
		if ri < keF64[idx] {
			return x
		}
		if idx == 0 {
			return zigExpR - glibcLog1p(-p.nextDouble())
		}
		if float64((feF64[idx-1]-feF64[idx])*p.nextDouble())+feF64[idx] < math.Exp(-x) {
			return x
		}
	}
}
