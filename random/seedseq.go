package random

import "github.com/ndsimd/ndsimd/ndarray"

// The constants of NumPy's SeedSequence (numpy/random/bit_generator.pyx).
const (
	ssPoolSize = 4
	ssInitA    = 0x43b0d7e5
	ssMultA    = 0x931e8875
	ssInitB    = 0x8b51f9dd
	ssMultB    = 0x58f38ded
	ssMixMultL = 0xca01f9dd
	ssMixMultR = 0x4973f715
	ssXShift   = 16
)

// SeedSequence is NumPy's np.random.SeedSequence for an integer entropy
// (no spawn key, pool size 4): it hashes the seed into a pool from which
// GenerateState draws the words that seed a bit generator.
type SeedSequence struct {
	pool [ssPoolSize]uint32
}

// NewSeedSequence is np.random.SeedSequence(seed). A negative seed panics
// with NumPy's message, "expected non-negative integer", as
// *ndarray.ValueError.
func NewSeedSequence(seed int64) *SeedSequence {
	if seed < 0 {
		panic(&ndarray.ValueError{Msg: "expected non-negative integer"})
	}
	return NewSeedSequenceUint64(uint64(seed))
}

// NewSeedSequenceUint64 is np.random.SeedSequence(seed) for any unsigned
// 64-bit seed.
func NewSeedSequenceUint64(seed uint64) *SeedSequence {
	// _int_to_uint32_array: 32-bit words, lowest first; 0 is one word.
	entropy := []uint32{uint32(seed)}
	if seed>>32 != 0 {
		entropy = append(entropy, uint32(seed>>32))
	}
	ss := &SeedSequence{}
	ss.mixEntropy(entropy)
	return ss
}

func hashmix(value uint32, hashConst *uint32) uint32 {
	value ^= *hashConst
	*hashConst *= ssMultA
	value *= *hashConst
	value ^= value >> ssXShift
	return value
}

func mix(x, y uint32) uint32 {
	r := ssMixMultL*x - ssMixMultR*y
	r ^= r >> ssXShift
	return r
}

// mixEntropy is SeedSequence.mix_entropy.
func (ss *SeedSequence) mixEntropy(entropy []uint32) {
	hashConst := uint32(ssInitA)
	for i := range ss.pool {
		if i < len(entropy) {
			ss.pool[i] = hashmix(entropy[i], &hashConst)
		} else {
			ss.pool[i] = hashmix(0, &hashConst)
		}
	}
	for src := range ss.pool {
		for dst := range ss.pool {
			if src != dst {
				ss.pool[dst] = mix(ss.pool[dst], hashmix(ss.pool[src], &hashConst))
			}
		}
	}
	for src := len(ss.pool); src < len(entropy); src++ {
		for dst := range ss.pool {
			ss.pool[dst] = mix(ss.pool[dst], hashmix(entropy[src], &hashConst))
		}
	}
}

// GenerateState32 is generate_state(n, np.uint32).
func (ss *SeedSequence) GenerateState32(n int) []uint32 {
	out := make([]uint32, n)
	hashConst := uint32(ssInitB)
	for i := range out {
		v := ss.pool[i%ssPoolSize]
		v ^= hashConst
		hashConst *= ssMultB
		v *= hashConst
		v ^= v >> ssXShift
		out[i] = v
	}
	return out
}

// GenerateState64 is generate_state(n, np.uint64): pairs of 32-bit words,
// low word first.
func (ss *SeedSequence) GenerateState64(n int) []uint64 {
	w := ss.GenerateState32(2 * n)
	out := make([]uint64, n)
	for i := range out {
		out[i] = uint64(w[2*i]) | uint64(w[2*i+1])<<32
	}
	return out
}
