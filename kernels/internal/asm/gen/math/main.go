// Command math writes ndsimd's amd64 transcendental kernels (exp, log, tanh,
// sigmoid and its derivative, float64 and float32, AVX2+FMA and AVX-512) with
// avo. Run it through `go generate` in kernels/internal/asm (see generate.go):
//
//	go run ./math -out ../math_amd64.s -stubs ../math_stubs_amd64.go -pkg asm
//
// Each kernel's doc comment states its algorithm and the worst error in ULP
// measured by kernels/ulp_test.go against a correctly rounded reference.
package main

import (
	. "github.com/mmcloughlin/avo/build"
)

func main() {
	ConstraintExpr("!purego")
	emitConsts()
	genExp()
	genSigmoid()
	genLog()
	genTanh()
	genTrig()
	genLog1pExpm1()
	Generate()
}
