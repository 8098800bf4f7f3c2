// Command pow writes ndsimd's amd64 power kernels (x**y, float64 and
// float32, AVX2+FMA and AVX-512) with avo, and the tables they share with the
// generic twin (kernels/pow_table.go). Run it through `go generate` in
// kernels/internal/asm (see generate_pow.go):
//
//	go run ./pow -out ../pow_amd64.s -stubs ../pow_stubs_amd64.go -pkg asm -gotab ../../../pow_table.go -neon ../pow_arm64.s
//
// The algorithm is the one of kernels/pow.go (pow64), operation for
// operation, so that the kernels equal the twin bit for bit.
package main

import (
	"flag"
	"path/filepath"

	. "github.com/mmcloughlin/avo/build"
)

var (
	gotab = flag.String("gotab", "", "also write the Go tables to this file")
	neonS = flag.String("neon", "", "also write the NEON kernels to this .s file (and their stubs beside it, pow_stubs_arm64.go)")
)

func main() {
	flag.Parse()
	tabs := makeTables()
	if *gotab != "" {
		writeGoTables(*gotab, tabs)
	}
	if *neonS != "" {
		writeNEON(*neonS, filepath.Join(filepath.Dir(*neonS), "pow_stubs_arm64.go"), tabs)
	}
	ConstraintExpr("!purego")
	genPow(tabs)
	Generate()
}
