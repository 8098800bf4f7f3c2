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
