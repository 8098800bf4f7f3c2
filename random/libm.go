package random

import "math"

// glibcLog is the natural logarithm as glibc's log computes it (the
// algorithm of Arm's optimized-routines, 128-entry table, degree-6
// polynomial), rounded as glibc rounds it on a CPU with fused multiply-add.
// NumPy's legacy gauss draws through libm's log, and Go's math.Log differs
// from glibc's in the last bit for several percent of arguments, so the
// legacy normal streams need this one. Each product is wrapped in float64()
// so that the Go compiler does not fuse it where glibc does not.
//
// It handles what the legacy code calls it with: finite x > 0.
func glibcLog(x float64) float64 {
	ix := math.Float64bits(x)
	const lo = 0x3fee000000000000 // 1 - 0x1p-5
	const hi = 0x3ff1090000000000 // 1 + 0x1.09p-4
	if ix-lo < hi-lo {
		if ix == 0x3ff0000000000000 {
			return 0
		}
		return log1Near(x)
	}
	top := ix >> 48
	if top-0x0010 >= 0x7ff0-0x0010 {
		switch {
		case ix<<1 == 0:
			return math.Inf(-1)
		case x == math.Inf(1):
			return x
		case top&0x8000 != 0 || top&0x7ff0 == 0x7ff0:
			return math.NaN()
		}
		ix = math.Float64bits(x * 0x1p52)
		ix -= 52 << 52
	}
	const off = 0x3fe6000000000000
	tmp := ix - off
	i := (tmp >> (52 - 7)) % 128
	k := int64(tmp) >> 52
	iz := ix - (tmp & (0xfff << 52))
	invc, logc := logTab[i].invc, logTab[i].logc
	z := math.Float64frombits(iz)
	r := math.FMA(z, invc, -1.0)
	kd := float64(k)
	w := math.FMA(kd, logLn2Hi, logc)
	h := w + r
	l := math.FMA(kd, logLn2Lo, w-h+r)
	r2 := float64(r * r)
	A := &logPoly
	p := math.FMA(r2, math.FMA(r, A[4], A[3]), math.FMA(r, A[2], A[1]))
	y := math.FMA(float64(r*r2), p, math.FMA(r2, A[0], l)) + h
	return y
}

// log1Near is glibcLog for x close to 1, with the multiply-adds that GCC
// fuses when it builds glibc's FMA variant.
func log1Near(x float64) float64 {
	B := &logPoly1
	r := x - 1.0
	r2 := float64(r * r)
	r3 := float64(r * r2)
	q3 := math.FMA(r3, B[10], math.FMA(r2, B[9], math.FMA(r, B[8], B[7])))
	q2 := math.FMA(r3, q3, math.FMA(r2, B[6], math.FMA(r, B[5], B[4])))
	q1 := math.FMA(r3, q2, math.FMA(r2, B[3], math.FMA(r, B[2], B[1])))
	w := r * 0x1p27 // exact: the split below needs no fused form
	rhi := r + w - w
	rlo := r - rhi
	rr := float64(rhi * rhi)
	h := math.FMA(rr, B[0], r)
	l := math.FMA(rr, B[0], r-h)
	l = math.FMA(float64(B[0]*rlo), rhi+r, l)
	return math.FMA(r3, q1, l) + h
}

// glibcLog1pf is glibc's log1pf (fdlibm's s_log1pf.c, all in float32),
// which NumPy's float32 ziggurat tail calls; rounding log1p from float64
// instead differs from it for some arguments. Arguments here are in
// (-1, 0]; the other branches are kept for completeness.
func glibcLog1pf(x float32) float32 {
	const (
		ln2Hi float32 = 6.9313812256e-01
		ln2Lo float32 = 9.0580006145e-06
		lp1   float32 = 6.6666668653e-01
		lp2   float32 = 4.0000000596e-01
		lp3   float32 = 2.8571429849e-01
		lp4   float32 = 2.2222198546e-01
		lp5   float32 = 1.8183572590e-01
		lp6   float32 = 1.5313838422e-01
		lp7   float32 = 1.4798198640e-01
	)
	hx := int32(math.Float32bits(x))
	ax := hx & 0x7fffffff
	k := int32(1)
	var f, c float32
	var hu int32
	if hx < 0x3ed413d7 {
		if ax >= 0x3f800000 {
			if x == -1 {
				return float32(math.Inf(-1))
			}
			return float32(math.NaN())
		}
		if ax < 0x31000000 {
			if ax < 0x24800000 {
				return x
			}
			return x - float32(float32(x*x)*0.5)
		}
		if hx > 0 || hx <= int32(-0x416a09e1) { // 0xbe95f61f as int32
			k, f, hu = 0, x, 1
		}
	}
	if hx >= 0x7f800000 {
		return x + x
	}
	if k != 0 {
		var u float32
		if hx < 0x5a000000 {
			u = 1 + x
			hu = int32(math.Float32bits(u))
			k = (hu >> 23) - 127
			if k > 0 {
				c = 1 - (u - x)
			} else {
				c = x - (u - 1)
			}
			c /= u
		} else {
			u = x
			hu = int32(math.Float32bits(u))
			k = (hu >> 23) - 127
			c = 0
		}
		hu &= 0x007fffff
		if hu < 0x3504f7 {
			u = math.Float32frombits(uint32(hu | 0x3f800000))
		} else {
			k++
			u = math.Float32frombits(uint32(hu | 0x3f000000))
			hu = (0x00800000 - hu) >> 2
		}
		f = u - 1
	}
	hfsq := float32(float32(0.5*f) * f)
	kf := float32(k)
	if hu == 0 {
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += float32(kf * ln2Lo)
			return float32(kf*ln2Hi) + c
		}
		R := float32(hfsq * (1 - float32(0.66666666666666666*f)))
		if k == 0 {
			return f - R
		}
		return float32(kf*ln2Hi) - ((R - (float32(kf*ln2Lo) + c)) - f)
	}
	s := f / (2 + f)
	z := float32(s * s)
	q := lp6 + float32(z*lp7)
	q = lp5 + float32(z*q)
	q = lp4 + float32(z*q)
	q = lp3 + float32(z*q)
	q = lp2 + float32(z*q)
	q = lp1 + float32(z*q)
	R := float32(z * q)
	if k == 0 {
		return f - (hfsq - float32(s*(hfsq+R)))
	}
	return float32(kf*ln2Hi) - ((hfsq - (float32(s*(hfsq+R)) + (float32(kf*ln2Lo) + c))) - f)
}

// glibcLog1p is glibc's log1p (fdlibm's s_log1p.c with glibc's split
// polynomial, taking its branches on high words as fdlibm does) with the
// multiply-adds GCC fuses in glibc's x86-64 FMA build; NumPy's float64
// ziggurat tails call it. Go's math.Log1p differs from it in the last bit
// for about one argument in a thousand. Arguments here are in (-1, 0].
func glibcLog1p(x float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
		lp1   = 6.666666666666735130e-01
		lp2   = 3.999999999940941908e-01
		lp3   = 2.857142874366239149e-01
		lp4   = 2.222219843214978396e-01
		lp5   = 1.818357216161805012e-01
		lp6   = 1.531383769920937332e-01
		lp7   = 1.479819860511658591e-01
		// the high word (as a signed int) at or below which a negative x
		// is within (sqrt(2)/2 - 1, 0): int32(0xbfd2bec3)
		negThreshold = -0x402d413d
	)
	hx := int32(math.Float64bits(x) >> 32)
	ax := hx & 0x7fffffff
	k := int32(1)
	var f, c float64
	var hu int32
	if hx < 0x3fda827a {
		if ax >= 0x3ff00000 {
			if x == -1 {
				return math.Inf(-1)
			}
			return math.NaN()
		}
		if ax < 0x3e200000 {
			if ax < 0x3c900000 {
				return x
			}
			return x - float64(x*x)*0.5
		}
		if hx > 0 || hx <= negThreshold {
			k, f, hu = 0, x, 1
		}
	} else if hx >= 0x7ff00000 {
		return x + x
	}
	if k != 0 {
		var u float64
		if hx < 0x43400000 {
			u = 1 + x
			hu = int32(math.Float64bits(u) >> 32)
			k = (hu >> 20) - 1023
			if k > 0 {
				c = 1 - (u - x)
			} else {
				c = x - (u - 1)
			}
			c /= u
		} else {
			u = x
			hu = int32(math.Float64bits(u) >> 32)
			k = (hu >> 20) - 1023
			c = 0
		}
		hu &= 0x000fffff
		lo := math.Float64bits(u) & 0xffffffff
		if hu < 0x6a09e {
			u = math.Float64frombits(uint64(uint32(hu|0x3ff00000))<<32 | lo)
		} else {
			k++
			u = math.Float64frombits(uint64(uint32(hu|0x3fe00000))<<32 | lo)
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1
	}
	hfsq := float64(float64(0.5*f) * f) // 0.5*f is exact: one rounding
	kd := float64(k)
	if hu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			return math.FMA(kd, ln2Hi, math.FMA(kd, ln2Lo, c))
		}
		R := float64(hfsq * math.FMA(-0.66666666666666666, f, 1))
		if k == 0 {
			return f - R
		}
		return math.FMA(kd, ln2Hi, -((R - math.FMA(kd, ln2Lo, c)) - f))
	}
	s := f / (2 + f)
	z := float64(s * s)
	z2 := float64(z * z)
	z4 := float64(z2 * z2)
	z6 := float64(z4 * z2)
	r2 := math.FMA(z, lp3, lp2)
	r3 := math.FMA(z, lp5, lp4)
	r4 := math.FMA(z, lp7, lp6)
	R := math.FMA(z6, r4, math.FMA(z4, r3, math.FMA(z, lp1, float64(z2*r2))))
	// s*(hfsq+R) opens both arms, so GCC hoists it and does not fuse it.
	sp := float64(s * (hfsq + R))
	if k == 0 {
		return f - (hfsq - sp)
	}
	return math.FMA(kd, ln2Hi, -((hfsq - (sp + math.FMA(kd, ln2Lo, c))) - f))
}
