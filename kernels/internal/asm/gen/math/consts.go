package main

import (
	"math"
	"math/big"

	. "github.com/mmcloughlin/avo/operand"

	"github.com/ndsimd/ndsimd/kernels/internal/asm/gen/internal/aligned"
)

// A vector constant is 64 bytes of read-only data: eight uint64 words (a
// float64 splat, a float32 splat as pairs, or a table). AVX2 code reads its
// first 32 bytes.
type vconst struct {
	name string
	w    [8]uint64
}

var constList []*vconst
var constByName = map[string]*vconst{}

func def(name string, w [8]uint64) {
	if constByName[name] != nil {
		panic("duplicate constant " + name)
	}
	c := &vconst{name: name, w: w}
	constList = append(constList, c)
	constByName[name] = c
}

func splat64(u uint64) (w [8]uint64) {
	for i := range w {
		w[i] = u
	}
	return w
}

func f64c(name string, v float64) { def(name, splat64(math.Float64bits(v))) }
func u64c(name string, v uint64)  { def(name, splat64(v)) }
func f32c(name string, v float32) { u32c(name, math.Float32bits(v)) }
func u32c(name string, v uint32)  { def(name, splat64(uint64(v)<<32|uint64(v))) }

// f64tab defines a table of eight float64 values.
func f64tab(name string, v []float64) {
	var w [8]uint64
	for i := range w {
		w[i] = math.Float64bits(v[i])
	}
	def(name, w)
}

// f32tab defines a table of up to sixteen float32 values.
func f32tab(name string, v []float32) {
	var w [8]uint64
	for i := range v {
		w[i/2] |= uint64(math.Float32bits(v[i])) << (32 * (i % 2))
	}
	def(name, w)
}

// hexf parses a hexadecimal float literal such as "0x1.5555555555556p-3".
func hexf(s string) float64 {
	f, _, err := big.ParseFloat(s, 0, 53, big.ToNearestEven)
	if err != nil {
		panic(err)
	}
	v, _ := f.Float64()
	return v
}

const prec = 256

// ln2Big is ln 2 to 80 digits.
func ln2Big() *big.Float {
	f, _, err := big.ParseFloat("0.69314718055994530941723212145817656807550013436025525412068000949339362196969472", 10, prec, big.ToNearestEven)
	if err != nil {
		panic(err)
	}
	return f
}

// split64 returns hi = v rounded to float64 and lo = (v - hi) rounded.
func split64(v *big.Float) (hi, lo float64) {
	hi, _ = v.Float64()
	r := new(big.Float).SetPrec(prec).Sub(v, new(big.Float).SetFloat64(hi))
	lo, _ = r.Float64()
	return hi, lo
}

func split32(v *big.Float) (hi, lo float32) {
	hi, _ = v.Float32()
	r := new(big.Float).SetPrec(prec).Sub(v, new(big.Float).SetFloat64(float64(hi)))
	lo, _ = r.Float32()
	return hi, lo
}

// exp2Frac returns 2^(j/n) for j < n (n a power of two) to prec bits.
func exp2Frac(n int) []*big.Float {
	root := new(big.Float).SetPrec(prec).SetInt64(2)
	for m := n; m > 1; m /= 2 {
		root.Sqrt(root)
	}
	out := make([]*big.Float, n)
	p := new(big.Float).SetPrec(prec).SetInt64(1)
	for j := range out {
		out[j] = new(big.Float).Copy(p)
		p = new(big.Float).SetPrec(prec).Mul(p, root)
	}
	return out
}

func divBig(a *big.Float, n int64) *big.Float {
	return new(big.Float).SetPrec(prec).Quo(a, new(big.Float).SetInt64(n))
}

// consts holds every vector constant in one symbol read through a 64-byte
// aligned base register (see package aligned), so no ZMM operand on a
// constant splits a cache line.
var consts = aligned.New("math_consts")

// emitConsts writes every vector constant as 64 bytes of read-only data.
func emitConsts() {
	for _, c := range constList {
		consts.Add(c.name, c.w)
	}
	consts.Emit()
}

// cmem returns the memory operand of a constant (from the base register
// that beginConsts set up in the current kernel).
func cmem(name string) Mem {
	if constByName[name] == nil {
		panic("no constant " + name)
	}
	return consts.Mem(name)
}

// beginConsts, at the start of a kernel, loads the aligned base of the
// constants for AVX-512; AVX2 kernels read 32 bytes at a time and address
// the 32-byte aligned symbol directly.
func beginConsts(i isa) {
	if i == avx512 {
		consts.Begin()
	} else {
		consts.BeginDirect()
	}
}
