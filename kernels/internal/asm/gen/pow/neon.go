package main

import (
	"fmt"
	"math"
	"os"
	"strings"
)

// The NEON power kernels (pow_arm64.s), written out by this file in Go's
// arm64 assembly: two lanes at a time, the same operations as the amd64
// kernels and pow64, with the vector float instructions Go's assembler lacks
// WORD-encoded and named in a comment (kernels/internal/asm/words_test.go decodes and
// checks every one). Table lookups are scalar loads into the two lanes.

type neon struct{ b strings.Builder }

func (e *neon) ln(format string, a ...any) { fmt.Fprintf(&e.b, "\t"+format+"\n", a...) }

// word emits a three-register .2D instruction base|m<<16|n<<5|d.
func (e *neon) word(base uint32, name string, d, n, m int) {
	e.ln("WORD $0x%08X // %s V%d.2D, V%d.2D, V%d.2D", base|uint32(m)<<16|uint32(n)<<5|uint32(d), name, d, n, m)
}

func (e *neon) fadd(d, n, m int)  { e.word(0x4E60D400, "FADD", d, n, m) }
func (e *neon) fsub(d, n, m int)  { e.word(0x4EE0D400, "FSUB", d, n, m) }
func (e *neon) fmul(d, n, m int)  { e.word(0x6E60DC00, "FMUL", d, n, m) }
func (e *neon) fmin(d, n, m int)  { e.word(0x4EE0F400, "FMIN", d, n, m) }
func (e *neon) fmax(d, n, m int)  { e.word(0x4E60F400, "FMAX", d, n, m) }
func (e *neon) fcmge(d, n, m int) { e.word(0x6E60E400, "FCMGE", d, n, m) }
func (e *neon) fcmgt(d, n, m int) { e.word(0x6EE0E400, "FCMGT", d, n, m) }
func (e *neon) fneg(d, n int) {
	e.ln("WORD $0x%08X // FNEG V%d.2D, V%d.2D", 0x6EE0F800|uint32(n)<<5|uint32(d), d, n)
}
func (e *neon) fabs(d, n int) {
	e.ln("WORD $0x%08X // FABS V%d.2D, V%d.2D", 0x4EE0F800|uint32(n)<<5|uint32(d), d, n)
}

// fmla is d += n·m (one rounding); fmls is d -= n·m.
func (e *neon) fmla(d, n, m int) { e.ln("VFMLA V%d.D2, V%d.D2, V%d.D2", m, n, d) }
func (e *neon) fmls(d, n, m int) { e.ln("VFMLS V%d.D2, V%d.D2, V%d.D2", m, n, d) }
func (e *neon) mov(d, n int)     { e.ln("VMOV V%d.B16, V%d.B16", n, d) }
func (e *neon) and(d, n, m int)  { e.ln("VAND V%d.B16, V%d.B16, V%d.B16", m, n, d) }
func (e *neon) orr(d, n, m int)  { e.ln("VORR V%d.B16, V%d.B16, V%d.B16", m, n, d) }
func (e *neon) add(d, n, m int)  { e.ln("VADD V%d.D2, V%d.D2, V%d.D2", m, n, d) }
func (e *neon) sub(d, n, m int)  { e.ln("VSUB V%d.D2, V%d.D2, V%d.D2", m, n, d) } // d = n - m
func (e *neon) ushr(d, n, s int) { e.ln("VUSHR $%d, V%d.D2, V%d.D2", s, n, d) }
func (e *neon) shl(d, n, s int)  { e.ln("VSHL $%d, V%d.D2, V%d.D2", s, n, d) }
func (e *neon) dup(d int, w uint64) {
	e.ln("MOVD $0x%016X, R9", w)
	e.ln("VDUP R9, V%d.D2", d)
}
func (e *neon) dupf(d int, v float64) { e.dup(d, math.Float64bits(v)) }

// gather sets lanes of d to tab[idx lane] (tab's address in register rt).
func (e *neon) gather(d, idx int, rt string) {
	e.ln("VMOV V%d.D[0], R10", idx)
	e.ln("VMOV V%d.D[1], R11", idx)
	e.ln("MOVD (%s)(R10<<3), R12", rt)
	e.ln("MOVD (%s)(R11<<3), R13", rt)
	e.ln("VMOV R12, V%d.D[0]", d)
	e.ln("VMOV R13, V%d.D[1]", d)
}

// Registers of the constants kept for the whole kernel.
const (
	nLogoff   = 16
	nM127     = 17
	nBits2p52 = 18
	nC2p52    = 19
	nExpmask  = 20
	nOne      = 21 // bits of 1.0 = onebits
	nLn2hi    = 22
	nLn2lo    = 23
	nMinnorm  = 24
	nMaxf     = 25
	nM1       = 26
	nMhalf    = 27
	nShift    = 28
	nInvln2n  = 29
	nLn2n     = 30
	nGood     = 31 // AND of the lanes' "nothing to redo" masks
)

func (e *neon) consts(t *powTables) {
	e.dup(nLogoff, 0x3ff0000000000000-powOff)
	e.dup(nM127, 127)
	e.dup(nBits2p52, 0x4330000000000000)
	e.dupf(nC2p52, 0x1p52+1023)
	e.dup(nExpmask, 0xfff0000000000000)
	e.dupf(nOne, 1)
	e.dupf(nLn2hi, t.ln2hi)
	e.dupf(nLn2lo, t.ln2lo)
	e.dupf(nMinnorm, 0x1p-1022)
	e.dupf(nMaxf, math.MaxFloat64)
	e.dupf(nM1, -1)
	e.dupf(nMhalf, -0.5)
	e.dupf(nShift, 0x1.8p52)
	e.dupf(nInvln2n, t.invLn2N)
	e.dupf(nLn2n, t.ln2N)
	e.dup(nGood, 1<<64-1)
}

// body sets V0 = V0 ** V1 (pow64's operations), ANDing into V31 the lanes
// that need nothing redone; clobbers V2-V15, R9-R13.
func (e *neon) body(t *powTables) {
	e.ln("// flags on the inputs: x positive normal, |y| finite")
	e.fcmge(2, 0, nMinnorm)
	e.and(nGood, nGood, 2)
	e.fcmge(2, nMaxf, 0)
	e.and(nGood, nGood, 2)
	e.fabs(2, 1)
	e.fcmge(2, nMaxf, 2)
	e.and(nGood, nGood, 2)
	e.ln("// log(x) = lhi + llo: index i, exponent kd, z")
	e.add(3, 0, nLogoff)
	e.ushr(4, 3, 45)
	e.and(4, 4, nM127)
	e.ushr(5, 3, 52)
	e.orr(5, 5, nBits2p52)
	e.fsub(5, 5, nC2p52)
	e.and(3, 3, nExpmask)
	e.sub(6, 0, 3)
	e.add(6, 6, nOne)
	e.gather(7, 4, "R3")
	e.gather(8, 4, "R4")
	e.gather(9, 4, "R5")
	e.ln("// r = z·invc - 1 (exact), t1 = kd·ln2hi + logchi (exact), lo1")
	e.mov(10, nM1)
	e.fmla(10, 6, 7)
	e.fmla(8, 5, nLn2hi)
	e.fmla(9, 5, nLn2lo)
	e.ln("// t2 = t1 + r and its error lo2")
	e.fadd(11, 8, 10)
	e.fsub(12, 11, 8)
	e.fsub(13, 11, 12)
	e.fsub(13, 8, 13)
	e.fsub(12, 10, 12)
	e.fadd(13, 13, 12)
	e.ln("// ar2 = -r²/2 and its error lo3, h = t2 + ar2 and its error lo4")
	e.fmul(14, 10, nMhalf)
	e.fmul(15, 14, 10)
	e.fneg(12, 15)
	e.fmla(12, 14, 10)
	e.fadd(14, 11, 15)
	e.fsub(11, 11, 14)
	e.fadd(11, 11, 15)
	e.ln("// p = r³·(c3 + c4·r + ... + c10·r⁷)")
	e.dupf(15, logC[6])
	e.dupf(7, logC[7])
	e.fmla(15, 10, 7)
	for i := 5; i >= 0; i-- {
		e.dupf(7, logC[i])
		e.fmla(7, 15, 10)
		e.mov(15, 7)
	}
	e.fmul(7, 10, 10)
	e.fmul(7, 7, 10)
	e.fmul(15, 7, 15)
	e.ln("// l = lo1 + lo2 + lo3 + lo4 + p; lhi = h + l, llo = (h - lhi) + l")
	e.fadd(9, 9, 13)
	e.fadd(9, 9, 12)
	e.fadd(9, 9, 11)
	e.fadd(9, 9, 15)
	e.fadd(2, 14, 9)
	e.fsub(14, 14, 2)
	e.fadd(14, 14, 9)
	e.ln("// ehi = y·lhi, elo = (y·lhi - ehi) + y·llo; ehi clamped to [-708, 708]")
	e.fmul(3, 1, 2)
	e.fneg(6, 3)
	e.fmla(6, 1, 2)
	e.fmla(6, 1, 14)
	e.ln("// elo clamped to ±2^-10 (see gen/pow/kern.go): a clamped ehi's lane stays out of range")
	e.dupf(7, 0x1p-10)
	e.fmin(6, 6, 7)
	e.dupf(7, -0x1p-10)
	e.fmax(6, 6, 7)
	e.dupf(7, 708)
	e.fmin(3, 3, 7)
	e.dupf(7, -708)
	e.fmax(3, 3, 7)
	e.ln("// exp: kdS = shift + ehi·128/ln2, kd, r = ehi - kd·ln2/128 + elo")
	e.mov(8, nShift)
	e.fmla(8, 3, nInvln2n)
	e.fsub(5, 8, nShift)
	e.mov(10, 3)
	e.fmls(10, 5, nLn2n)
	e.dupf(7, t.ln2NLo)
	e.fmls(10, 5, 7)
	e.fadd(10, 10, 6)
	e.and(4, 8, nM127)
	e.gather(9, 4, "R6")
	e.gather(11, 4, "R7")
	e.shl(8, 8, 45)
	e.add(11, 11, 8)
	e.ln("// q = e2 + e3·r + ... + e6·r⁴; tmp = (r + tail) + r²·q; d = scale + scale·tmp")
	e.dupf(15, expE[3])
	e.dupf(7, expE[4])
	e.fmla(15, 10, 7)
	for i := 2; i >= 0; i-- {
		e.dupf(7, expE[i])
		e.fmla(7, 15, 10)
		e.mov(15, 7)
	}
	e.fadd(9, 10, 9)
	e.fmul(12, 10, 10)
	e.fmla(9, 12, 15)
	e.mov(0, 11)
	e.fmla(0, 11, 9)
	e.ln("// flag: result in (2^-1020, 2^1020)")
	e.dupf(7, 0x1p-1020)
	e.fcmgt(2, 0, 7)
	e.and(nGood, nGood, 2)
	e.dupf(7, 0x1p1020)
	e.fcmgt(2, 7, 0)
	e.and(nGood, nGood, 2)
}

func (e *neon) kernel(name string, f32 bool, t *powTables) {
	typ, es := "float64", 8
	if f32 {
		typ, es = "float32", 4
	}
	fmt.Fprintf(&e.b, "\n// func %s(dst, x, y []%s) int\nTEXT ·%s(SB), NOSPLIT, $0-80\n", name, typ, name)
	e.ln("MOVD dst_base+0(FP), R0")
	e.ln("MOVD dst_len+8(FP), R2")
	e.ln("MOVD x_base+24(FP), R1")
	e.ln("MOVD y_base+48(FP), R8")
	for i, tab := range []string{"invc", "logchi", "logclo", "exptail", "exps"} {
		e.ln("MOVD $pow_%s<>(SB), R%d", tab, 3+i)
	}
	e.consts(t)
	lbl := strings.ToLower(name)
	fmt.Fprintf(&e.b, "%s_loop:\n", lbl)
	e.ln("CMP $2, R2")
	e.ln("BLT %s_tail", lbl)
	if f32 {
		e.ln("FMOVD (R1), F0")
		e.ln("FMOVD (R8), F1")
		e.ln("WORD $0x0E617800 // FCVTL V0.2D, V0.2S")
		e.ln("WORD $0x0E617821 // FCVTL V1.2D, V1.2S")
	} else {
		e.ln("VLD1 (R1), [V0.D2]")
		e.ln("VLD1 (R8), [V1.D2]")
	}
	e.body(t)
	if f32 {
		e.ln("WORD $0x0E616800 // FCVTN V0.2S, V0.2D")
		e.ln("FMOVD F0, (R0)")
	} else {
		e.ln("VST1 [V0.D2], (R0)")
	}
	e.ln("ADD $%d, R1", 2*es)
	e.ln("ADD $%d, R8", 2*es)
	e.ln("ADD $%d, R0", 2*es)
	e.ln("SUB $2, R2")
	e.ln("B %s_loop", lbl)
	fmt.Fprintf(&e.b, "%s_tail:\n", lbl)
	e.ln("CBZ R2, %s_done", lbl)
	e.ln("// one element left: lane 1 holds x = 1, y = 0 (nothing to redo)")
	if f32 {
		e.ln("MOVWU (R1), R12")
		e.ln("MOVD $0x3F80000000000000, R13")
		e.ln("ORR R13, R12")
		e.ln("FMOVD R12, F0")
		e.ln("MOVWU (R8), R12")
		e.ln("FMOVD R12, F1")
		e.ln("WORD $0x0E617800 // FCVTL V0.2D, V0.2S")
		e.ln("WORD $0x0E617821 // FCVTL V1.2D, V1.2S")
	} else {
		e.ln("MOVD (R1), R12")
		e.mov(0, nOne)
		e.ln("VMOV R12, V0.D[0]")
		e.ln("VEOR V1.B16, V1.B16, V1.B16")
		e.ln("MOVD (R8), R12")
		e.ln("VMOV R12, V1.D[0]")
	}
	e.body(t)
	if f32 {
		e.ln("WORD $0x0E616800 // FCVTN V0.2S, V0.2D")
		e.ln("FMOVS F0, (R0)")
	} else {
		e.ln("VMOV V0.D[0], R12")
		e.ln("MOVD R12, (R0)")
	}
	fmt.Fprintf(&e.b, "%s_done:\n", lbl)
	e.ln("VMOV V%d.D[0], R10", nGood)
	e.ln("VMOV V%d.D[1], R11", nGood)
	e.ln("AND R10, R11")
	e.ln("MVN R11, R11")
	e.ln("MOVD R11, ret+72(FP)")
	e.ln("RET")
}

// writeNEON writes pow_arm64.s and pow_stubs_arm64.go.
func writeNEON(sPath, stubPath string, t *powTables) {
	e := &neon{}
	e.b.WriteString(`// Code generated by kernels/internal/asm/gen/pow (go run ./pow -neon ...). DO NOT EDIT.

//go:build !purego

// NEON power kernels, float64 and float32 (computed in float64, rounded
// once): two lanes at a time, the operations of the generic twin pow64
// (kernels/pow.go) and of the amd64 kernels, so the results are equal bit
// for bit. Each returns nonzero when some element has a base that is not a
// positive normal number, an exponent that is not finite or a result
// outside (2^-1020, 2^1020); the caller redoes those with pow64.
//
// The vector float instructions Go's assembler lacks are WORD-encoded with a
// comment naming each; words_test.go decodes and checks every one.

#include "textflag.h"

`)
	tab := func(name string, w func(i int) uint64) {
		for i := range tabN {
			fmt.Fprintf(&e.b, "DATA pow_%s<>+%d(SB)/8, $0x%016x\n", name, 8*i, w(i))
		}
		fmt.Fprintf(&e.b, "GLOBL pow_%s<>(SB), RODATA|NOPTR, $%d\n\n", name, 8*tabN)
	}
	tab("invc", func(i int) uint64 { return math.Float64bits(t.invc[i]) })
	tab("logchi", func(i int) uint64 { return math.Float64bits(t.logchi[i]) })
	tab("logclo", func(i int) uint64 { return math.Float64bits(t.logclo[i]) })
	tab("exptail", func(i int) uint64 { return math.Float64bits(t.expTail[i]) })
	tab("exps", func(i int) uint64 { return t.expS[i] })
	e.kernel("PowerF64NEON", false, t)
	e.kernel("PowerF32NEON", true, t)
	if err := os.WriteFile(sPath, []byte(e.b.String()), 0o644); err != nil {
		panic(err)
	}
	stub := `// Code generated by kernels/internal/asm/gen/pow (go run ./pow -neon ...). DO NOT EDIT.

//go:build !purego

package asm

// PowerF64NEON is for i := range dst { dst[i] = x[i] ** y[i] } (len(x), len(y) >= len(dst)),
// float64, two lanes: the operations of the generic twin pow64, equal to it bit for bit;
// it returns nonzero when some element must be redone by pow64 (see pow_arm64.s).
// Worst error measured against math/big: 0.50 ULP.
//
//go:noescape
func PowerF64NEON(dst, x, y []float64) int

// PowerF32NEON is PowerF64NEON for float32 data, computed in float64 and rounded once.
//
//go:noescape
func PowerF32NEON(dst, x, y []float32) int
`
	if err := os.WriteFile(stubPath, []byte(stub), 0o644); err != nil {
		panic(err)
	}
}
