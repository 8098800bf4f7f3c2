package random

// reader draws PCG64's words ahead of use, a chunk at a time through the
// four-lane fill, for the loops whose draws per value vary (the ziggurat,
// bounded integers). Its next64 and next32 are the generator's; finish puts
// the generator where the words actually used leave it, so the words drawn
// ahead and not used are drawn again by the next call, as NumPy would.
type reader struct {
	p                *pcg64
	buf              [chunkWords]uint64
	pos, n           int
	startHi, startLo uint64 // the generator's state before buf[0]
	has32            bool   // the high half of the last word is pending
	u32              uint32
}

const chunkWords = 512

// newReader starts p's reader (p.rd: one per generator, its buffer
// reused) at p's state.
func newReader(p *pcg64) *reader {
	r := &p.rd
	r.p, r.pos, r.n = p, 0, 0
	r.has32, r.u32 = p.hasUint32, p.uinteger
	return r
}

// refill draws the next chunk.
func (r *reader) refill() {
	r.startHi, r.startLo = r.p.hi, r.p.lo
	r.p.fillWords(r.buf[:])
	r.pos, r.n = 0, len(r.buf)
}

func (r *reader) next64() uint64 {
	if r.pos == r.n {
		r.refill()
	}
	w := r.buf[r.pos]
	r.pos++
	return w
}

func (r *reader) next32() uint32 {
	if r.has32 {
		r.has32 = false
		return r.u32
	}
	w := r.next64()
	r.has32, r.u32 = true, uint32(w>>32)
	return uint32(w)
}

func (r *reader) nextDouble() float64 {
	return float64(int64(r.next64()>>11)) * (1.0 / 9007199254740992.0)
}

func (r *reader) nextFloat() float32 {
	return float32(int32(r.next32()>>8)) * (1.0 / 16777216.0)
}

// finish leaves the generator just after the last word used.
func (r *reader) finish() {
	if r.pos < r.n {
		r.p.hi, r.p.lo = r.startHi, r.startLo
		r.p.advance(uint64(r.pos))
	}
	r.pos, r.n = 0, 0
	r.p.hasUint32, r.p.uinteger = r.has32, r.u32
}
