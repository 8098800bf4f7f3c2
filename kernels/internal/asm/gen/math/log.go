package main

import (
	"math"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

func init() {
	// fdlibm's e_log.c constants (as Go's math.Log)
	u64c("lg_ln2hi", 0x3fe62e42fee00000)
	u64c("lg_ln2lo", 0x3dea39ef35793c76)
	for i, v := range []uint64{0x3FE5555555555593, 0x3FD999999997FA04, 0x3FD2492494229359, 0x3FCC71C51D8E78AF, 0x3FC7466496CB03DE, 0x3FC39A09D078C69F, 0x3FC2F112DF3E5244} {
		u64c("lg"+string(rune('1'+i)), v)
	}
	f64c("half", 0.5)
	f64c("sqrt2", math.Sqrt2)
	// VFIXUPIMMPD table: QNaN, SNaN -> QNaN(x); ±0 -> -Inf; +1 -> +0;
	// -Inf -> NaN; +Inf -> +Inf; negative -> NaN; positive -> keep.
	u64c("logfix", 0x03538422)
	f64c("minnorm", 0x1p-1022)
	f64c("two54", 0x1p54)
	f64c("c54", 54)
	u64c("logoff", 0x3FF0000000000000-0x3FE6A09E667F3BCD)
	u64c("bits2p52", 0x4330000000000000)
	f64c("c2p52p1023", 0x1p52+1023)
	u64c("expmask", 0xFFF0000000000000)
	u64c("onebits", 0x3FF0000000000000)
	f64c("inf", math.Inf(1))
	f64c("neginf", math.Inf(-1))
	u64c("nan", 0x7FF8000000000000)
}

// logCore is fdlibm's log (as Go's math.Log) on m in [sqrt(1/2), sqrt(2))
// and k: f = m-1, s = f/(2+f), R(s²) of degree 7, and
// log = k·ln2hi - ((f²/2 - (s·(f²/2+R) + k·ln2lo)) - f).
func logCore(k *kern, f, kf VecVirtual) VecVirtual {
	s := k.v()
	VADDPD(k.c("two"), f, s)
	VDIVPD(s, f, s)
	z := k.v()
	VMULPD(s, s, z)
	w := k.v()
	VMULPD(z, z, w)
	q1 := k.mov(k.c("lg4"))
	VFMADD231PD(k.c("lg6"), w, q1)
	VFMADD213PD(k.c("lg2"), w, q1)
	VMULPD(w, q1, q1)
	q2 := k.mov(k.c("lg5"))
	VFMADD231PD(k.c("lg7"), w, q2)
	VFMADD213PD(k.c("lg3"), w, q2)
	VFMADD213PD(k.c("lg1"), w, q2)
	VMULPD(z, q2, q2)
	VADDPD(q1, q2, q2) // R
	h := k.v()
	VMULPD(f, f, h)
	VMULPD(k.c("half"), h, h) // hfsq
	VADDPD(h, q2, q2)
	kl := k.v()
	VMULPD(k.c("lg_ln2lo"), kf, kl)
	VFMADD231PD(q2, s, kl)
	VSUBPD(kl, h, h)
	VSUBPD(f, h, h)
	VMULPD(k.c("lg_ln2hi"), kf, kf)
	VSUBPD(h, kf, kf)
	return kf
}

// logF64Z splits x with VGETMANTPD/VGETEXPPD (subnormals included), moves
// m >= sqrt2 to m/2, runs logCore and fixes ±0, negatives, ±Inf and NaN
// with one VFIXUPIMMPD.
func logF64Z(k *kern, x VecVirtual) VecVirtual {
	m := k.v()
	VGETMANTPD(U8(0), x, m)
	e := k.v()
	VGETEXPPD(x, e)
	kk := K()
	VCMPPD(U8(cmpGEOQ), k.c("sqrt2"), m, kk)
	VMULPD(k.c("half"), m, kk, m)
	VADDPD(k.c("one"), e, kk, e)
	VSUBPD(k.c("one"), m, m)
	r := logCore(k, m, e)
	VFIXUPIMMPD(U8(0), k.c("logfix"), x, r)
	return r
}

// logF64Y splits x with integer operations on its bits after scaling
// subnormals by 2^54, runs logCore and blends in the special values.
func logF64Y(k *kern, x VecVirtual) VecVirtual {
	sm := k.v()
	VCMPPD(U8(cmpLTOQ), k.c("minnorm"), x, sm)
	xs := k.v()
	VMULPD(k.c("two54"), x, xs)
	VBLENDVPD(sm, xs, x, xs)
	VANDPD(k.c("c54"), sm, sm)
	t := k.v()
	VPADDQ(k.c("logoff"), xs, t)
	kf := k.v()
	VPSRLQ(U8(52), t, kf)
	VPOR(k.c("bits2p52"), kf, kf)
	VSUBPD(k.c("c2p52p1023"), kf, kf)
	VSUBPD(sm, kf, kf)
	VPAND(k.c("expmask"), t, t)
	VPSUBQ(t, xs, xs)
	VPADDQ(k.c("onebits"), xs, xs)
	VSUBPD(k.c("one"), xs, xs)
	r := logCore(k, xs, kf)
	m := k.v()
	VCMPPD(U8(cmpNLTUS), k.c("inf"), x, m) // +Inf or NaN: x
	VBLENDVPD(m, x, r, r)
	VCMPPD(U8(cmpEQOQ), k.c("zero"), x, m)
	alt := k.r("nan")
	VBLENDVPD(m, k.c("neginf"), alt, alt)
	VCMPPD(U8(cmpLEOQ), k.c("zero"), x, m)
	VBLENDVPD(m, alt, r, r)
	return r
}

func genLog() {
	z := []string{"sqrt2", "half", "one", "two", "logfix", "lg_ln2hi", "lg_ln2lo", "lg1", "lg2", "lg3", "lg4", "lg5", "lg6", "lg7"}
	genFamily("Log", "log(x[i])", []variant{
		{avx512, false, z, logF64Z, "fdlibm's algorithm (as Go's math.Log) with VGETMANTPD/VGETEXPPD and VFIXUPIMMPD for the special values (logF64Z)"},
		{avx2, false, nil, logF64Y, "fdlibm's algorithm (as Go's math.Log), x split with integer operations, subnormals scaled by 2^54, special values blended in (logF64Y)"},
		{avx512, true, z, logF64Z, "computed in float64 as LogF64AVX512, rounded once to float32"},
		{avx2, true, nil, logF64Y, "computed in float64 as LogF64AVX2, rounded once to float32"},
	}, nil)
}
