package random

import (
	"unsafe"

	"github.com/ndsimd/ndsimd/ndarray"
)

// IntegersOf is rng.integers(low, high, shape, dtype=T, endpoint=endpoint):
// integers of the dtype T in [low, high), or in [low, high] when endpoint
// is true, drawn as NumPy draws that dtype (Lemire's method; 64-bit dtypes
// as [Generator.Integers], 32-bit ones on 32-bit draws, 16- and 8-bit ones
// on 32-bit draws split into two or four parts). The bounds have the type
// of the result, so they are always in its range; NumPy's uint64 high of
// 2**64 is high = math.MaxUint64 with endpoint true. An empty range panics
// with NumPy's message ("low >= high", "high <= 0", "low > high",
// "high < 0") unless no values are drawn.
func IntegersOf[T ndarray.Integer](g *Generator, low, high T, endpoint bool, shape ...int) *ndarray.Array[T] {
	out := zeros[T](shape)
	d := out.Data()
	if len(d) == 0 {
		return out
	}
	off, rng := closedRange(low, high, endpoint)
	if unsafe.Sizeof(low) == 8 {
		u, ok := any(d).([]int64)
		if !ok {
			u = make([]int64, len(d))
		}
		boundedFillPCG(g.bg, off, rng, u)
		if !ok {
			for i, v := range u {
				d[i] = T(v)
			}
		}
		return out
	}
	boundedFillSmall(g.bg, off, rng, false, d)
	return out
}

// RandintOf is RandomState.randint(low, high, shape, dtype=T): integers of
// the dtype T in [low, high) by NumPy's legacy masked rejection, on 32-bit
// draws for dtypes of up to 32 bits (split into two or four parts for 16-
// and 8-bit dtypes). It panics as [IntegersOf] does.
func RandintOf[T ndarray.Integer](rs *RandomState, low, high T, shape ...int) *ndarray.Array[T] {
	out := zeros[T](shape)
	d := out.Data()
	if len(d) == 0 {
		return out
	}
	off, rng := closedRange(low, high, false)
	if unsafe.Sizeof(low) == 8 {
		u := make([]uint64, len(d))
		boundedFillMasked(&rs.mt, off, rng, u)
		for i, v := range u {
			d[i] = T(v)
		}
		return out
	}
	boundedFillSmall(&rs.mt, off, rng, true, d)
	return out
}

// closedRange checks the bounds as NumPy's _rand_<dtype> does and returns
// the offset (low, sign-extended) and the width of the closed interval.
func closedRange[T ndarray.Integer](low, high T, endpoint bool) (off, rng uint64) {
	if !endpoint {
		if low >= high {
			if low == 0 {
				panic(&ndarray.ValueError{Msg: "high <= 0"})
			}
			panic(&ndarray.ValueError{Msg: "low >= high"})
		}
		high--
	} else if low > high {
		if low == 0 {
			panic(&ndarray.ValueError{Msg: "high < 0"})
		}
		panic(&ndarray.ValueError{Msg: "low > high"})
	}
	return uint64(low), uint64(high) - uint64(low)
}

// smallBuffer is the (buf, bcnt) pair of NumPy's buffered_uint16 and
// buffered_uint8: one 32-bit draw gives two 16-bit or four 8-bit values,
// low bits first.
type smallBuffer struct {
	buf  uint32
	bcnt int
}

func (s *smallBuffer) next16(b bitGen) uint16 {
	if s.bcnt == 0 {
		s.buf, s.bcnt = b.next32(), 1
	} else {
		s.buf >>= 16
		s.bcnt--
	}
	return uint16(s.buf)
}

func (s *smallBuffer) next8(b bitGen) uint8 {
	if s.bcnt == 0 {
		s.buf, s.bcnt = b.next32(), 3
	} else {
		s.buf >>= 8
		s.bcnt--
	}
	return uint8(s.buf)
}

// boundedFillSmall is random_bounded_uint32_fill, _uint16_fill and
// _uint8_fill for T of 4, 2 and 1 bytes: rng == 0 gives off, the full
// range takes raw (buffered) draws, otherwise masked rejection or Lemire's
// method on the dtype's width. The 16- and 8-bit buffer lives for the
// whole fill, as NumPy's does.
func boundedFillSmall[T ndarray.Integer](b bitGen, off, rng uint64, masked bool, out []T) {
	var z T
	width := unsafe.Sizeof(z) * 8
	full := uint64(1)<<width - 1
	if rng == 0 {
		for i := range out {
			out[i] = T(off)
		}
		return
	}
	var s smallBuffer
	switch width {
	case 32:
		r := uint32(rng)
		switch {
		case rng == full:
			for i := range out {
				out[i] = T(off + uint64(b.next32()))
			}
		case masked:
			mask := uint32(genMask(rng))
			for i := range out {
				v := b.next32() & mask
				for v > r {
					v = b.next32() & mask
				}
				out[i] = T(off + uint64(v))
			}
		default:
			for i := range out {
				out[i] = T(off + uint64(boundedLemire32(b, r)))
			}
		}
	case 16:
		r := uint16(rng)
		switch {
		case rng == full:
			for i := range out {
				out[i] = T(off + uint64(s.next16(b)))
			}
		case masked:
			mask := uint16(genMask(rng))
			for i := range out {
				v := s.next16(b) & mask
				for v > r {
					v = s.next16(b) & mask
				}
				out[i] = T(off + uint64(v))
			}
		default:
			excl := uint32(r) + 1
			threshold := uint16((0xffff - uint32(r)) % excl)
			for i := range out {
				m := uint32(s.next16(b)) * excl
				if uint16(m) < uint16(excl) {
					for uint16(m) < threshold {
						m = uint32(s.next16(b)) * excl
					}
				}
				out[i] = T(off + uint64(m>>16))
			}
		}
	case 8:
		r := uint8(rng)
		switch {
		case rng == full:
			for i := range out {
				out[i] = T(off + uint64(s.next8(b)))
			}
		case masked:
			mask := uint8(genMask(rng))
			for i := range out {
				v := s.next8(b) & mask
				for v > r {
					v = s.next8(b) & mask
				}
				out[i] = T(off + uint64(v))
			}
		default:
			excl := uint16(r) + 1
			threshold := uint8((0xff - uint16(r)) % excl)
			for i := range out {
				m := uint16(s.next8(b)) * excl
				if uint8(m) < uint8(excl) {
					for uint8(m) < threshold {
						m = uint16(s.next8(b)) * excl
					}
				}
				out[i] = T(off + uint64(m>>8))
			}
		}
	}
}
