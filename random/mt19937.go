package random

// mtN is the size of MT19937's block, as NumPy's legacy RandomState runs
// it (the twist itself is kernels.MT19937Twist).
const mtN = 624

// mt19937 is the Mersenne Twister state: 624 words and the position of the
// next one; a position of 624 means the block must be twisted first.
type mt19937 struct {
	key [mtN]uint32
	out [mtN]uint32 // key tempered, filled by twist (vector.go) a block at a time
	pos int
}

// seed is mt19937_seed (Knuth's initialisation, init_genrand), as
// np.random.seed(int) calls it.
func (m *mt19937) seed(s uint32) {
	for i := 0; i < mtN; i++ {
		m.key[i] = s
		s = 1812433253*(s^(s>>30)) + uint32(i) + 1
	}
	m.pos = mtN
}

// next32 is mt19937_next.
func (m *mt19937) next32() uint32 {
	if m.pos == mtN {
		m.twist()
	}
	y := m.out[m.pos]
	m.pos++
	return y
}

// next64 is mt19937_next64: two words, the first in the high half.
func (m *mt19937) next64() uint64 {
	hi := uint64(m.next32())
	return hi<<32 | uint64(m.next32())
}

// nextDouble is mt19937_next_double: 27 + 26 bits over 2**53.
func (m *mt19937) nextDouble() float64 {
	if p := m.pos; p < mtN-1 {
		a, b := m.out[p]>>5, m.out[p+1]>>6
		m.pos = p + 2
		return (float64(int32(a))*67108864.0 + float64(int32(b))) / 9007199254740992.0
	}
	a := m.next32() >> 5
	b := m.next32() >> 6
	return (float64(int32(a))*67108864.0 + float64(int32(b))) / 9007199254740992.0
}

// mtDouble is the double of two consecutive tempered words: 27 + 26 bits
// over 2**53 (the product by 2**26 and the scaling are exact).
func mtDouble(a, b uint32) float64 {
	return (float64(int32(a>>5))*67108864.0 + float64(int32(b>>6))) * (1.0 / 9007199254740992.0)
}

// fillDoubles writes nextDouble values, converting straight out of the
// tempered block between twists.
func (m *mt19937) fillDoubles(dst []float64) {
	i := 0
	for i < len(dst) {
		p := m.pos
		if p >= mtN-1 {
			// a double that spans a twist
			dst[i] = m.nextDouble()
			i++
			continue
		}
		n := min((mtN-p)/2, len(dst)-i)
		w := m.out[p : p+2*n]
		d := dst[i : i+n]
		for k := range d {
			d[k] = mtDouble(w[2*k], w[2*k+1])
		}
		m.pos = p + 2*n
		i += n
	}
}
