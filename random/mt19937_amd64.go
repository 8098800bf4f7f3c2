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
