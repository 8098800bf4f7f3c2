package main

import (
	"maps"
	"math"
	"math/big"
	"slices"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// SinF32AVX512 and CosF32AVX512 in float32, 16 lanes, on x itself (every
// step is odd in x, rounding to nearest being symmetric, so this gives
// the values of the same steps on |x| with the sign put back):
//
//   - n = round(x·2/π) by the shift trick (n in t's low bits, two's
//     complement);
//   - y = x - n·π/2 as yh + yl, π/2 in three float32 parts: r1 = x -
//     n·P1 is exact (FMA; |r1| < 2 on the grid of 2^-23), ch = n·P2
//     rounded, yh = r1 - ch with its error by Fast2Sum (r1 is a multiple
//     of ulp(ch)), and yl = ((r1 - yh) - n·P2) - n·P3 (the FMAs give n·P2's
//     rounding error back);
//   - one polynomial per lane as sinOrCosPoly does in float64, fdlibm's
//     coefficients (k_sinf.c's four, k_cos.c's first four) picked by
//     blends:
//     sin: yh + (yl·w + (yh·z)·(S1 + S2·z + S3·z² + S4·z³)),
//     cos: w + ((((1 - w) - z/2) - yh·yl) + z²·(C1 + C2·z + C3·z² + C4·z³)),
//     z = yh², w = 1 - z/2 (w's rounding error, up to half an ULP of cos,
//     is carried; z's, up to a quarter, is not: carrying it cost 7% and
//     moved the worst case from 0.74 to 0.65 ULP);
//   - the sign: n's bit 1; the last step subtracts the negated tail,
//     yh - -(tail + m·P), so sin(-0) is -0 - +0 = -0.
//
// Lanes with |x| >= 2^20, ±Inf or NaN are left to the twin. sin(±0) = ±0
// and subnormals come out exact (the polynomial's part is below them).
func init() {
	nativeF32["SinF32AVX512"] = true
	nativeF32["CosF32AVX512"] = true
	nativeF32["SinF32AVX2"] = true
	nativeF32["CosF32AVX2"] = true
	pio2 := new(big.Float).SetPrec(prec)
	pio2.SetString("1.5707963267948966192313216916397514420985846996875529104874722961539082031431044993140174126710585339")
	p1, _ := pio2.Float32()
	rest := new(big.Float).SetPrec(prec).Sub(pio2, new(big.Float).SetFloat64(float64(p1)))
	p2, _ := rest.Float32()
	rest.Sub(rest, new(big.Float).SetFloat64(float64(p2)))
	p3, _ := rest.Float32()
	for _, c := range []struct {
		name string
		v    float32
	}{
		{"s32max", 0x1p20},
		{"s32shift", 0x1.8p23},
		{"s32invpio2", float32(2 / math.Pi)},
		{"s32p1", p1}, {"s32p2", p2}, {"s32p3", p3},
		{"s32one", 1}, {"s32half", 0.5},
		// k_sinf.c: |sin(x)/x - S(x²)| < 2^-37.5 on [-π/4, π/4]
		{"s32S1", float32(-0x15555554cbac77.0p-55)},
		{"s32S2", float32(0x111110896efbb2.0p-59)},
		{"s32S3", float32(-0x1a00f9e2cae774.0p-65)},
		{"s32S4", float32(0x16cd878c3b46a7.0p-71)},
		// k_cos.c's first four (float64 fdlibm): the dropped terms are
		// below 2^-32 on [-π/4, π/4]
		{"s32C1", float32(4.16666666666666019037e-02)},
		{"s32C2", float32(-1.38888888888741095749e-03)},
		{"s32C3", float32(2.48015872894767294178e-05)},
		{"s32C4", float32(-2.75573143513906633035e-07)},
	} {
		s32c(c.name, math.Float32bits(c.v))
	}
	s32c("s32abs", 0x7fffffff)
	s32c("s32sign", 0x80000000)
	s32c("s32qone", 1)
}

// s32consts are the four-byte constants of sin32Body, read by embedded
// broadcasts (`_BCST`) or VBROADCASTSS, never as 64-byte lines.
var s32consts = map[string]uint32{}

// s32mem holds their memory once emitted.
var s32mem = map[string]Mem{}

func s32c(name string, bits uint32) { s32consts[name] = bits }

// s32 returns the four-byte constant name, emitting it on first use.
func s32(name string) Mem {
	if m, ok := s32mem[name]; ok {
		return m
	}
	bits, ok := s32consts[name]
	if !ok {
		panic("no constant " + name)
	}
	m := GLOBL("math_"+name, RODATA|NOPTR)
	DATA(0, U32(bits))
	s32mem[name] = m
	return m
}

// s32r broadcasts the constant name into a register kept for the whole
// kernel (in k.regs).
func s32r(k *kern, name string) VecVirtual {
	if r, ok := k.regs[name]; ok {
		return r
	}
	r := ZMM()
	VBROADCASTSS(s32(name), r)
	k.regs[name] = r
	return r
}

// sin32Pre are the constants sin32Body keeps in registers.
var sin32Pre = []string{"s32shift", "s32invpio2", "s32p1", "s32p2", "s32one", "s32half",
	"s32S1", "s32S2", "s32S3", "s32S4"}

// sin32Setup broadcasts sin32Pre into registers.
func sin32Setup(k *kern) {
	k.unrol = 1
	for _, n := range sin32Pre {
		s32r(k, n)
	}
}

// sin32Body is sin (cos false) or cos of 16 float32 lanes, AVX-512 (see
// the comment at the top of this file).
func sin32Body(cos bool) fixBody {
	return func(k *kern, x VecVirtual) (VecVirtual, Op) {
		r := func(name string) VecVirtual { return s32r(k, name) }
		ax := k.v()
		VANDPS_BCST(s32("s32abs"), x, ax)
		bad := K()
		VCMPPS_BCST(U8(cmpNLTUS), s32("s32max"), ax, bad) // !(|x| < 2^20)
		t := k.mov(r("s32shift"))
		VFMADD231PS(r("s32invpio2"), x, t) // x signed: n = -n(|x|) for x < 0
		n := k.v()
		VSUBPS(r("s32shift"), t, n)
		VFNMADD231PS(r("s32p1"), n, x) // r1 = x - n·P1, exact
		r1 := x
		ch := k.v()
		VMULPS(r("s32p2"), n, ch)
		yh := k.v()
		VSUBPS(ch, r1, yh)
		yl := r1
		VSUBPS(yh, r1, yl)              // r1 - yh, exact
		VFNMADD231PS(r("s32p2"), n, yl) // - n·P2
		VFNMADD231PS_BCST(s32("s32p3"), n, yl)
		if cos {
			VPADDD_BCST(s32("s32qone"), t, t)
		}
		z := ch
		VMULPS(yh, yh, z)
		odd := K()
		VPTESTMD_BCST(s32("s32qone"), t, odd)
		coef := func(i int) VecVirtual {
			c := k.v()
			VBLENDMPS_BCST(s32("s32C"+string(rune('0'+i))), r("s32S"+string(rune('0'+i))), odd, c)
			return c
		}
		p := coef(4)
		VFMADD213PS(coef(3), z, p)
		VFMADD213PS(coef(2), z, p)
		VFMADD213PS(coef(1), z, p)
		m := k.v()
		VMULPS(yh, z, m)
		VMULPS(z, z, odd, m) // yh·z or z²
		w := k.mov(r("s32one"))
		VFNMADD231PS(r("s32half"), z, w) // 1 - z/2
		tc := k.v()
		VSUBPS(w, r("s32one"), tc)        // 1 - w, exact
		VFNMADD231PS(r("s32half"), z, tc) // (1 - w) - z/2
		VFNMADD231PS(yl, yh, tc)          // - yh·yl
		ts := n
		VMULPS(w, yl, ts)
		VMOVAPS(tc, odd, ts)
		VFNMSUB231PS(m, p, ts) // -(tail + m·P)
		VMOVAPS(w, odd, yh)    // yh or w
		VSUBPS(ts, yh, yh)     // yh - -(…): sin(-0) = -0 - +0 = -0
		sgn := t
		VPSLLD(U8(30), t, sgn)                             // n's bit 1 in the sign bit
		VPTERNLOGD_BCST(U8(0x78), s32("s32sign"), sgn, yh) // yh ^ (sgn & sign)
		return yh, bad
	}
}

// how32Native is the algorithm line of SinF32AVX512's and CosF32AVX512's
// doc comments.
const how32Native = "Computed in float32 (16 lanes): Cody-Waite reduction by π/2 in three float32 parts with y as yh + yl, " +
	"one polynomial per lane, fdlibm's float32 sin or cos coefficients picked by blends (sin32Body)"

// The AVX2 form reads the same constants as 32-byte vectors (the first half
// of each 64-byte constant of consts.go), s32 names prefixed "y".
func init() {
	for _, name := range slices.Sorted(maps.Keys(s32consts)) {
		u32c("y"+name, s32consts[name])
	}
}

// sin32PreY are the constants sin32BodyY keeps in registers.
var sin32PreY = []string{"ys32shift", "ys32one", "ys32half"}

// sin32SetupY loads sin32PreY into registers; AVX2 computes one vector per
// iteration (16 Y registers).
func sin32SetupY(k *kern) {
	k.unrol = 1
	k.preload(sin32PreY...)
}

// sin32BodyY is sin32Body for AVX2, 8 lanes: vector masks and VBLENDVPS
// for the K masks and blends, the sign by AND and XOR.
func sin32BodyY(cos bool) fixBody {
	return func(k *kern, x VecVirtual) (VecVirtual, Op) {
		c := func(name string) Op { return k.c("y" + name) }
		ax := k.v()
		VANDPS(c("s32abs"), x, ax)
		bad := k.v()
		VCMPPS(U8(cmpNLTUS), c("s32max"), ax, bad) // !(|x| < 2^20)
		t := k.mov(c("s32shift"))
		VFMADD231PS(c("s32invpio2"), x, t)
		n := k.v()
		VSUBPS(c("s32shift"), t, n)
		VFNMADD231PS(c("s32p1"), n, x) // r1 = x - n·P1, exact
		r1 := x
		ch := k.v()
		VMULPS(c("s32p2"), n, ch)
		yh := k.v()
		VSUBPS(ch, r1, yh)
		yl := r1
		VSUBPS(yh, r1, yl)              // r1 - yh, exact
		VFNMADD231PS(c("s32p2"), n, yl) // - n·P2
		VFNMADD231PS(c("s32p3"), n, yl)
		if cos {
			VPADDD(c("s32qone"), t, t)
		}
		z := ch
		VMULPS(yh, yh, z)
		odd := k.v()
		VPSLLD(U8(31), t, odd) // n's bit 0 in the sign bit
		coef := func(i int) VecVirtual {
			r := k.mov(c("s32S" + string(rune('0'+i))))
			VBLENDVPS(odd, c("s32C"+string(rune('0'+i))), r, r)
			return r
		}
		p := coef(4)
		VFMADD213PS(coef(3), z, p)
		VFMADD213PS(coef(2), z, p)
		VFMADD213PS(coef(1), z, p)
		m := k.v()
		VMULPS(yh, z, m)
		z2 := k.v()
		VMULPS(z, z, z2)
		VBLENDVPS(odd, z2, m, m) // yh·z or z²
		w := k.mov(c("s32one"))
		VFNMADD231PS(c("s32half"), z, w) // 1 - z/2
		tc := z2
		VSUBPS(w, c("s32one"), tc)        // 1 - w, exact
		VFNMADD231PS(c("s32half"), z, tc) // (1 - w) - z/2
		VFNMADD231PS(yl, yh, tc)          // - yh·yl
		ts := n
		VMULPS(w, yl, ts)
		VBLENDVPS(odd, tc, ts, ts)
		VFNMSUB231PS(m, p, ts)    // -(tail + m·P)
		VBLENDVPS(odd, w, yh, yh) // yh or w
		VSUBPS(ts, yh, yh)
		sgn := t
		VPSLLD(U8(30), t, sgn) // n's bit 1 in the sign bit
		VANDPS(c("s32sign"), sgn, sgn)
		VXORPS(sgn, yh, yh)
		return yh, bad
	}
}

// how32NativeY is how32Native for SinF32AVX2 and CosF32AVX2.
const how32NativeY = "Computed in float32 (8 lanes) with the F32AVX512 kernel's algorithm (sin32BodyY)"

// The worst errors of the float32 sin and cos kernels, both ISAs, from
// TestF32Scan (every float32 with |x| <= 2^20; beyond, the twin computes).
const (
	sinF32ULP = "0.795 ULP (at x = ±1.04655956e+06, every float32 with |x| <= 2^20 checked)"
	cosF32ULP = "0.805 ULP (at x = ±879444.1, every float32 with |x| <= 2^20 checked)"
)
