package random

// bitGen is what the shared algorithms (bounded integers, shuffles) draw
// from: NumPy's bitgen_t next_uint32 and next_uint64.
type bitGen interface {
	next32() uint32
	next64() uint64
}

// genMask is the smallest all-ones mask >= max (gen_mask).
func genMask(max uint64) uint64 {
	m := max
	m |= m >> 1
	m |= m >> 2
	m |= m >> 4
	m |= m >> 8
	m |= m >> 16
	m |= m >> 32
	return m
}

// randomInterval is random_interval: a value in [0, max] by masked
// rejection, from 32-bit draws when max fits in 32 bits. NumPy's shuffles
// (Generator's and RandomState's) draw their swap indices with it.
func randomInterval(b bitGen, max uint64) uint64 {
	if max == 0 {
		return 0
	}
	mask := genMask(max)
	if max <= 0xffffffff {
		for {
			if v := uint64(b.next32()) & mask; v <= max {
				return v
			}
		}
	}
	for {
		if v := b.next64() & mask; v <= max {
			return v
		}
	}
}

// boundedLemire32 is buffered_bounded_lemire_uint32: a value in [0, rng]
// for rng < 2**32-1 by Lemire's multiply-and-reject on 32-bit draws.
func boundedLemire32(b bitGen, rng uint32) uint32 {
	rngExcl := rng + 1
	m := uint64(b.next32()) * uint64(rngExcl)
	leftover := uint32(m)
	if leftover < rngExcl {
		threshold := (0xffffffff - rng) % rngExcl
		for leftover < threshold {
			m = uint64(b.next32()) * uint64(rngExcl)
			leftover = uint32(m)
		}
	}
	return uint32(m >> 32)
}

// boundedLemire64 is bounded_lemire_uint64: a value in [0, rng] for
// rng < 2**64-1 from 64-bit draws.
func boundedLemire64(b bitGen, rng uint64) uint64 {
	rngExcl := rng + 1
	hi, leftover := mul64(b.next64(), rngExcl)
	if leftover < rngExcl {
		threshold := (^uint64(0) - rng) % rngExcl
		for leftover < threshold {
			hi, leftover = mul64(b.next64(), rngExcl)
		}
	}
	return hi
}

// boundedUint64 is random_bounded_uint64 with use_masked false: one value
// in [off, off+rng].
func boundedUint64(b bitGen, off, rng uint64) uint64 {
	switch {
	case rng == 0:
		return off
	case rng < 0xffffffff:
		return off + uint64(boundedLemire32(b, uint32(rng)))
	case rng == 0xffffffff:
		return off + uint64(b.next32())
	case rng == ^uint64(0):
		return off + b.next64()
	}
	return off + boundedLemire64(b, rng)
}

// boundedFillMasked is random_bounded_uint64_fill with use_masked true, as
// the legacy RandomState.randint draws: masked rejection, on 32-bit draws
// when rng fits in 32 bits.
func boundedFillMasked(b bitGen, off, rng uint64, out []uint64) {
	switch {
	case rng == 0:
		for i := range out {
			out[i] = off
		}
	case rng <= 0xffffffff:
		if rng == 0xffffffff {
			for i := range out {
				out[i] = off + uint64(b.next32())
			}
			return
		}
		mask := uint32(genMask(rng))
		r := uint32(rng)
		for i := range out {
			for {
				if v := b.next32() & mask; v <= r {
					out[i] = off + uint64(v)
					break
				}
			}
		}
	case rng == ^uint64(0):
		for i := range out {
			out[i] = off + b.next64()
		}
	default:
		mask := genMask(rng)
		for i := range out {
			for {
				if v := b.next64() & mask; v <= rng {
					out[i] = off + v
					break
				}
			}
		}
	}
}
