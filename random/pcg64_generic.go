//go:build !amd64 || purego

package random

// useAVX512 is false where there are no vector fills.
var useAVX512 = false

func (p *pcg64) fillWordsVector(dst []uint64) int    { return 0 }
func (p *pcg64) fillDoublesVector(dst []float64) int { return 0 }
