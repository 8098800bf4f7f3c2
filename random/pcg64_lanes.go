package random

import "math/bits"

// PCG64's state advances by an affine map, state -> A*state + C (mod
// 2**128), so k steps are one map too: A**k and C*(A**(k-1) + ... + 1).
// Filling whole slices, the package runs four consecutive states side by
// side, each advanced four steps at a time: four independent multiply
// chains instead of one, and the same words in the same order.

// mul128 is (ah, al) * (bh, bl) mod 2**128.
func mul128(ah, al, bh, bl uint64) (uint64, uint64) {
	h, l := bits.Mul64(al, bl)
	return h + ah*bl + al*bh, l
}

// add128 is (ah, al) + (bh, bl) mod 2**128.
func add128(ah, al, bh, bl uint64) (uint64, uint64) {
	l, c := bits.Add64(al, bl, 0)
	h, _ := bits.Add64(ah, bh, c)
	return h, l
}

// affine is the map state -> mul*state + add.
type affine struct{ mulHi, mulLo, addHi, addLo uint64 }

// stepMap is the map of k steps of the generator (pcg_advance_lcg_128).
func (p *pcg64) stepMap(k uint64) affine {
	curMH, curML := uint64(pcgMultHi), uint64(pcgMultLo)
	curPH, curPL := p.incHi, p.incLo
	accMH, accML, accPH, accPL := uint64(0), uint64(1), uint64(0), uint64(0)
	for k > 0 {
		if k&1 != 0 {
			accMH, accML = mul128(accMH, accML, curMH, curML)
			accPH, accPL = mul128(accPH, accPL, curMH, curML)
			accPH, accPL = add128(accPH, accPL, curPH, curPL)
		}
		// cur_plus = (cur_mult + 1) * cur_plus; cur_mult *= cur_mult
		m1H, m1L := add128(curMH, curML, 0, 1)
		curPH, curPL = mul128(m1H, m1L, curPH, curPL)
		curMH, curML = mul128(curMH, curML, curMH, curML)
		k >>= 1
	}
	return affine{accMH, accML, accPH, accPL}
}

// apply maps a state.
func (m *affine) apply(h, l uint64) (uint64, uint64) {
	h, l = mul128(h, l, m.mulHi, m.mulLo)
	return add128(h, l, m.addHi, m.addLo)
}

// advance moves the generator k steps ahead.
func (p *pcg64) advance(k uint64) {
	m := p.stepMap(k)
	p.hi, p.lo = m.apply(p.hi, p.lo)
}

// fillWords writes len(dst) consecutive raw words (as next64 would return
// them) and leaves the generator after the last.
func (p *pcg64) fillWords(dst []uint64) {
	i := p.fillWordsVector(dst)
	if len(dst)-i >= 8 {
		start := i
		h0, l0, h1, l1, h2, l2, h3, l3, ch, cl := p.lanes()
		for ; i+4 <= len(dst); i += 4 {
			d := dst[i : i+4 : i+4]
			d[0] = pcgOutput(h0, l0)
			d[1] = pcgOutput(h1, l1)
			d[2] = pcgOutput(h2, l2)
			d[3] = pcgOutput(h3, l3)
			h0, l0 = lane(h0, l0, ch, cl)
			h1, l1 = lane(h1, l1, ch, cl)
			h2, l2 = lane(h2, l2, ch, cl)
			h3, l3 = lane(h3, l3, ch, cl)
		}
		p.advance(uint64(i - start))
	}
	for ; i < len(dst); i++ {
		dst[i] = p.next64()
	}
}

// pcgMult4 is the multiplier of four steps, PCG64's multiplier to the
// fourth power mod 2**128 (TestStepMap checks it against stepMap(4)).
const (
	pcgMult4Hi = 0xf4dd417327db7a9b
	pcgMult4Lo = 0xd194dfbe42d45771
)

// lane advances one lane by the four-step map, whose increment is (ch, cl);
// the multiplier is a constant, so it takes no register.
func lane(h, l, ch, cl uint64) (uint64, uint64) {
	hi, lo := bits.Mul64(l, pcgMult4Lo)
	hi += h*pcgMult4Lo + l*pcgMult4Hi
	var c uint64
	lo, c = bits.Add64(lo, cl, 0)
	hi, _ = bits.Add64(hi, ch, c)
	return hi, lo
}

// lanes returns the states of the next four words and the increment of the
// four-step map, for a loop that then calls p.advance with the count of
// words it used.
func (p *pcg64) lanes() (h0, l0, h1, l1, h2, l2, h3, l3, ch, cl uint64) {
	m := p.stepMap(4)
	ih, il := p.incHi, p.incLo
	h0, l0 = pcgStep(p.hi, p.lo, ih, il)
	h1, l1 = pcgStep(h0, l0, ih, il)
	h2, l2 = pcgStep(h1, l1, ih, il)
	h3, l3 = pcgStep(h2, l2, ih, il)
	return h0, l0, h1, l1, h2, l2, h3, l3, m.addHi, m.addLo
}
