package kernels

import "fmt"

// The random-number family: the bulk pieces of the random package's NumPy
// streams (PCG64 for np.random.default_rng, MT19937 for the legacy
// np.random). Each kernel computes exactly what its generic twin
// (random_generic.go) computes, bit for bit, under every implementation;
// amd64 has assembly (kernels/internal/asm/gen/random), registered in
// random_amd64.go, and every other implementation runs the twins.

// PCG64Lanes is the state of [PCG64Words] and [PCG64Doubles]: sixteen
// PCG64 states, lane j's high and low 64 bits in Hi[j] and Lo[j], and the
// affine map of sixteen steps, state -> Mul*state + Inc (mod 2**128). With
// sixteen consecutive states of one generator and the map of sixteen of
// its steps, the lanes' outputs in turn are that generator's words in
// order.
type PCG64Lanes struct {
	Hi, Lo       [16]uint64
	MulHi, MulLo uint64
	IncHi, IncLo uint64
}

// randomKernels is one implementation's random-number kernels; a nil one
// is taken from the generic twins when the registry starts.
type randomKernels struct {
	pcgWords   func(st *PCG64Lanes, dst []uint64)
	pcgDoubles func(st *PCG64Lanes, dst []float64)
	lemire     func(words []uint64, pairs []int64, rngExcl, threshold, off uint64) int
	twist      func(key, out *[624]uint32)
	polar      func(f, r2 []float64)
	own        []string // the kernels with code of their own (the rest are twins)
	lacking    []string // kernels with code this CPU cannot run (a feature missing), hence twins
}

// RandomKernelNames lists the kernels of the random-number family.
func RandomKernelNames() []string {
	return []string{"PCG64Words", "PCG64Doubles", "Lemire32Pairs", "MT19937Twist", "PolarScale"}
}

// withTwins returns r with every kernel it leaves nil set to g's, and
// records which kernels r has of its own.
func (r *randomKernels) withTwins(g *randomKernels) *randomKernels {
	if r == nil {
		return g
	}
	out := *r
	own := func(name string, have bool) {
		if have {
			out.own = append(out.own, name)
		}
	}
	own("PCG64Words", r.pcgWords != nil)
	own("PCG64Doubles", r.pcgDoubles != nil)
	own("Lemire32Pairs", r.lemire != nil)
	own("MT19937Twist", r.twist != nil)
	own("PolarScale", r.polar != nil)
	if out.pcgWords == nil {
		out.pcgWords = g.pcgWords
	}
	if out.pcgDoubles == nil {
		out.pcgDoubles = g.pcgDoubles
	}
	if out.lemire == nil {
		out.lemire = g.lemire
	}
	if out.twist == nil {
		out.twist = g.twist
	}
	if out.polar == nil {
		out.polar = g.polar
	}
	return &out
}

// RandomKernelImpl reports which implementation's code runs the named
// random-number kernel ("PCG64Words") under the active implementation: its
// name, or "generic" where it runs the twin.
func RandomKernelImpl(name string) string {
	im := active.Load()
	for _, k := range im.random.own {
		if k == name {
			return im.name
		}
	}
	return "generic"
}

// PCG64Words writes len(dst) PCG64 words (len(dst) a multiple of 16) from
// the lanes of st and leaves the lanes after them:
//
//	for b := 0; b < len(dst)/16; b++ {
//		for j := 0; j < 16; j++ {
//			dst[16*b+j] = bits.RotateLeft64(st.Hi[j]^st.Lo[j], -int(st.Hi[j]>>58))
//			st.Hi[j], st.Lo[j] = (Mul*(st.Hi[j], st.Lo[j]) + Inc) mod 2**128
//		}
//	}
//
// It panics with a *LengthError when len(dst) is not a multiple of 16.
func PCG64Words(st *PCG64Lanes, dst []uint64) {
	checkBlocks(len(dst), 16)
	active.Load().random.pcgWords(st, dst)
}

// PCG64Doubles is [PCG64Words] writing each word w as NumPy's next_double
// converts it: float64(w>>11) * 2**-53.
func PCG64Doubles(st *PCG64Lanes, dst []float64) {
	checkBlocks(len(dst), 16)
	active.Load().random.pcgDoubles(st, dst)
}

// Lemire32Pairs is the fast path of NumPy's buffered 32-bit Lemire
// method: for each block of eight words in which no half word is rejected,
// it writes the sixteen values in draw order (each word's low half, then
// its high half) and stops before the first block holding a rejection,
// returning the count of words used. rngExcl (the range's width, below
// 2**32) and threshold are taken mod 2**32:
//
//	for k := 0; k+8 <= len(words); k += 8 {
//		for each half word h of words[k:k+8], in order:
//			m := uint64(h) * rngExcl
//			if uint32(m) < threshold { return k }
//		for each half word h, i-th in order: pairs[2*k+i] = int64(off + (uint64(h)*rngExcl)>>32)
//	}
//	return len(words) / 8 * 8
//
// pairs must hold at least 2*(len(words)/8*8) values (else a *LengthError).
func Lemire32Pairs(words []uint64, pairs []int64, rngExcl, threshold, off uint64) int {
	if n := len(words) &^ 7; len(pairs) < 2*n {
		panic(&LengthError{fmt.Sprintf("pairs of length %d for %d words", len(pairs), n)})
	}
	return active.Load().random.lemire(words, pairs, rngExcl&0xffffffff, threshold&0xffffffff, off)
}

// MT19937Twist regenerates the Mersenne Twister block key (NumPy's
// mt19937_gen) and writes its 624 tempered words to out:
//
//	for i := 0; i < 624; i++ {
//		y := key[i]&0x80000000 | key[(i+1)%624]&0x7fffffff
//		key[i] = key[(i+397)%624] ^ y>>1 ^ (-(y & 1) & 0x9908b0df)
//	}
//	for i := range out { out[i] = temper(key[i]) }
//
// (temper: y ^= y>>11; y ^= y<<7 & 0x9d2c5680; y ^= y<<15 & 0xefc60000;
// y ^= y>>18).
func MT19937Twist(key, out *[624]uint32) {
	active.Load().random.twist(key, out)
}

// PolarScale computes the polar method's factor from log(r2) in f:
//
//	for j := range f { f[j] = math.Sqrt(-2 * f[j] / r2[j]) }
//
// each operation rounded on its own. r2 must hold at least len(f) values
// (else a *LengthError).
func PolarScale(f, r2 []float64) {
	if len(r2) < len(f) {
		panic(&LengthError{fmt.Sprintf("r2 of length %d for f of length %d", len(r2), len(f))})
	}
	active.Load().random.polar(f, r2)
}

// checkBlocks panics unless n is a multiple of block.
func checkBlocks(n, block int) {
	if n%block != 0 {
		panic(&LengthError{fmt.Sprintf("length %d is not a multiple of %d", n, block)})
	}
}
