//go:build !amd64 || purego

package random

// useAVX512 is false where there are no vector fills.
var useAVX512 = false

func (p *pcg64) fillWordsVector(dst []uint64) int    { return 0 }
func (p *pcg64) fillDoublesVector(dst []float64) int { return 0 }

func lemire32Vector(words []uint64, pairs []int64, rngExcl uint64, threshold uint32, off uint64) int {
	return 0
}
