// Command random writes the amd64 kernels of ndsimd's random-number family
// (kernels/internal/asm/random_amd64.s and random_stubs_amd64.go) with
// avo: PCG64 on sixteen lanes (raw words and next_double values), the fast
// path of the buffered 32-bit Lemire loop, the MT19937 twist and tempering
// of a whole block, and the polar method's scale factor. Each computes
// exactly what its generic twin in kernels/random_generic.go computes, bit
// for bit (the random package reproduces NumPy's streams through them).
//
// Run it with `go generate ./kernels/internal/asm` from the repository root.
package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

func main() {
	ConstraintExpr("!purego")
	pcg64("PCG64WordsU64AVX512", "func(st *[36]uint64, dst []uint64)", false)
	pcg64("PCG64DoublesF64AVX512", "func(st *[36]uint64, dst []float64)", true)
	lemire32Pairs()
	mt19937Twist()
	polarScale()
	Generate()
}

// at is the memory operand base+index*scale+disp.
func at(base, index Register, scale uint8, disp int) Mem {
	return Mem{Base: base, Index: index, Scale: scale, Disp: disp}
}
