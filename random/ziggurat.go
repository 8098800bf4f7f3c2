package random

import "math"

// Products that NumPy's C rounds before adding are wrapped in a conversion
// (float64(a*b) + c) so that no Go compiler fuses them into a multiply-add.

// normalSlow is the part of random_standard_normal after the fast path
// rejects: the tail for layer 0, the wedge test otherwise. ok is false when
// NumPy draws a new word.
func normalSlow(r *reader, idx, rabs uint64, x float64) (float64, bool) {
	if idx == 0 {
		for {
			xx := float64(-zigNorInvR * glibcLog1p(-r.nextDouble()))
			yy := -glibcLog1p(-r.nextDouble())
			if yy+yy > float64(xx*xx) {
				if (rabs>>8)&1 != 0 {
					return -(zigNorR + xx), true
				}
				return zigNorR + xx, true
			}
		}
	}
	if float64((fiF64[idx-1]-fiF64[idx])*r.nextDouble())+fiF64[idx] < math.Exp(-0.5*x*x) {
		return x, true
	}
	return 0, false
}

// fillNormal fills dst with random_standard_normal values: NumPy's
// 256-layer ziggurat on one 64-bit word per try (8 bits of layer, 1 of
// sign, 52 of magnitude). The fast path runs over a chunk of words in
// registers; the rare rejections call out.
func fillNormal(p *pcg64, dst []float64) {
	r := newReader(p)
	i := 0
	for i < len(dst) {
		if r.pos == r.n {
			r.refill()
		}
		buf, pos := r.buf[:r.n], r.pos
		for ; pos < len(buf) && i < len(dst); pos++ {
			w := buf[pos]
			idx := w & 0xff
			w >>= 8
			rabs := (w >> 1) & 0x000fffffffffffff
			// -x when the sign bit is set, without a branch on a coin flip
			x := math.Float64frombits(math.Float64bits(float64(int64(rabs))*wiF64[idx]) ^ (w&1)<<63)
			if rabs < kiF64[idx] {
				dst[i] = x
				i++
				continue
			}
			r.pos = pos + 1
			if v, ok := normalSlow(r, idx, rabs, x); ok {
				dst[i] = v
				i++
			}
			buf, pos = r.buf[:r.n], r.pos-1
		}
		r.pos = pos
	}
	r.finish()
}

// normalSlowF32 is the rejection part of random_standard_normal_f. Its
// wedge test compares in float64, as NumPy's C does (exp of a double).
func normalSlowF32(r *reader, idx, rabs uint32, x float32) (float32, bool) {
	if idx == 0 {
		for {
			xx := float32(-zigNorInvRF32 * log1pf(-r.nextFloat()))
			yy := -log1pf(-r.nextFloat())
			if yy+yy > float32(xx*xx) {
				if (rabs>>8)&1 != 0 {
					return -(zigNorRF32 + xx), true
				}
				return zigNorRF32 + xx, true
			}
		}
	}
	if float64(float32((fiF32[idx-1]-fiF32[idx])*r.nextFloat())+fiF32[idx]) < math.Exp(-0.5*float64(x)*float64(x)) {
		return x, true
	}
	return 0, false
}

// log1pf is the float32 log1p of glibc that NumPy's C calls.
func log1pf(x float32) float32 { return glibcLog1pf(x) }

// normalF32Try is one try of random_standard_normal_f on a 32-bit half
// word (8 bits of layer, 1 of sign, 23 of magnitude): the value and
// whether the fast path took it.
func normalF32Try(h uint32) (x float32, idx, rabs uint32, ok bool) {
	idx = h & 0xff
	rabs = (h >> 9) & 0x0007fffff
	x = math.Float32frombits(math.Float32bits(float32(int32(rabs))*wiF32[idx]) ^ (h>>8&1)<<31)
	return x, idx, rabs, rabs < kiF32[idx]
}

// fillNormalF32 fills dst with random_standard_normal_f values: each try
// takes a 32-bit half word (low half, then high half, as next_uint32
// buffers them), two per 64-bit word on the fast path.
func fillNormalF32(p *pcg64, dst []float32) {
	r := newReader(p)
	i := 0
	for i < len(dst) {
		if r.has32 {
			r.has32 = false
			if x, idx, rabs, ok := normalF32Try(r.u32); ok {
				dst[i] = x
				i++
			} else {
				i += slowF32(r, dst[i:], x, idx, rabs)
			}
			continue
		}
		if r.pos == r.n {
			r.refill()
		}
		// Whole words while no half is pending and two values fit.
		buf, pos := r.buf[:r.n], r.pos
		for pos < len(buf) && i+1 < len(dst) {
			w := buf[pos]
			pos++
			x0, idx0, rabs0, ok0 := normalF32Try(uint32(w))
			x1, _, _, ok1 := normalF32Try(uint32(w >> 32))
			if ok0 && ok1 {
				dst[i], dst[i+1] = x0, x1
				i += 2
				continue
			}
			r.pos = pos
			r.has32, r.u32 = true, uint32(w>>32)
			if ok0 {
				dst[i] = x0
				i++
			} else {
				i += slowF32(r, dst[i:], x0, idx0, rabs0)
			}
			break
		}
		if !r.has32 {
			r.pos = pos
			if i == len(dst)-1 {
				// One value left: it takes a half word, keeping the other.
				x, idx, rabs, ok := normalF32Try(r.next32())
				if ok {
					dst[i] = x
					i++
				} else {
					i += slowF32(r, dst[i:], x, idx, rabs)
				}
			}
		}
	}
	r.finish()
}

// slowF32 runs the rejection part for a try that left the fast path and
// stores its value in dst[0] if it gives one; it returns the count stored.
func slowF32(r *reader, dst []float32, x float32, idx, rabs uint32) int {
	if v, ok := normalSlowF32(r, idx, rabs, x); ok {
		dst[0] = v
		return 1
	}
	return 0
}

// fillExponential fills dst with random_standard_exponential values: the
// exponential ziggurat on one 64-bit word per try.
func fillExponential(p *pcg64, dst []float64) {
	r := newReader(p)
	for i := range dst {
		dst[i] = standardExponential(r)
	}
	r.finish()
}

// standardExponential is random_standard_exponential.
func standardExponential(r *reader) float64 {
	for {
		ri := r.next64()
		ri >>= 3
		idx := ri & 0xff
		ri >>= 8
		x := float64(int64(ri)) * weF64[idx]
		if ri < keF64[idx] {
			return x
		}
		if idx == 0 {
			return zigExpR - glibcLog1p(-r.nextDouble())
		}
		if float64((feF64[idx-1]-feF64[idx])*r.nextDouble())+feF64[idx] < math.Exp(-x) {
			return x
		}
	}
}
