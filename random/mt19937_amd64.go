//go:build !purego

package random

import "golang.org/x/sys/cpu"

// twistMT19937AVX2 is mt19937.twistGeneric (the twist and the tempering of
// a whole block) on eight words a vector: see mt19937_amd64.s.
//
//go:noescape
func twistMT19937AVX2(key *[mtN]uint32, out *[mtN]uint32)

// useAVX2 selects the AVX2 twist; tests turn it off to run the generic
// twin.
var useAVX2 = cpu.X86.HasAVX2

func (m *mt19937) twist() {
	if useAVX2 {
		twistMT19937AVX2(&m.key, &m.out)
		m.pos = 0
		return
	}
	m.twistGeneric()
}

// polarScaleAVX512 is f[j] = sqrt(-2*f[j]/r2[j]) on eight lanes; see
// mt19937_amd64.s.
//
//go:noescape
func polarScaleAVX512(f *float64, r2 *float64, n int)

// polarScaleVector runs polarScaleAVX512 over the whole blocks of eight
// (with AVX-512; useAVX2 false turns it off with the vector twist, for the
// tests of the generic twins) and returns how many it did.
func polarScaleVector(f, r2 []float64) int {
	n := len(f) &^ 7
	if !useAVX2 || !cpu.X86.HasAVX512F || n == 0 {
		return 0
	}
	_ = r2[n-1]
	polarScaleAVX512(&f[0], &r2[0], n)
	return n
}
