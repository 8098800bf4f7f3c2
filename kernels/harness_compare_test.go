package kernels

import (
	"fmt"
	"math"
)

// ---------------------------------------------------------------------------
// Reporting.

// reporter is what the checks report to: a *testing.T, or a recorder in
// the test that proves the checks can fail.
type hReporter interface {
	Helper()
	Errorf(format string, args ...any)
}

// capped stops reporting after a few errors, so that a broken kernel does
// not print thousands of lines.
type hCapped struct {
	hReporter
	left int
}

func (c *hCapped) Errorf(format string, args ...any) {
	c.Helper()
	switch {
	case c.left > 0:
		c.hReporter.Errorf(format, args...)
	case c.left == 0:
		c.hReporter.Errorf("(further errors not shown)")
	}
	c.left--
}

func hCapReports(r hReporter) *hCapped { return &hCapped{hReporter: r, left: 6} }

// ---------------------------------------------------------------------------
// Comparison with the generic twin.

// check compares the result of an implementation (got, gr, gi) with the
// generic twin's (want, wr, wi) for kernel k; x0 and y0 are the inputs as
// they were before the call. It returns a description of the first
// difference, or "".
func hCheck[T Float](k *hKernel[T], got, want *hArgs[T], gr, wr T, gi, wi int, x0, y0 []T) string {
	switch k.kind {
	case kArg:
		if gi != wi {
			return fmt.Sprintf("returned %d, want %d", gi, wi)
		}
		return ""
	case kReduce, kPair:
		if k.tol == tolSum {
			return hCheckSum(k, gr, wr, x0, y0)
		}
		if hSame(gr, wr) {
			return ""
		}
		return fmt.Sprintf("returned %s, want %s", hFmt(gr), hFmt(wr))
	}
	var g, w []T
	switch k.kind.out() {
	case slotDst:
		g, w = got.dst, want.dst
	case slotY:
		g, w = got.y, want.y
	case slotX:
		g, w = got.x, want.x
	}
	for i := range w {
		if ok := hSame(g[i], w[i]); ok {
			continue
		}
		switch k.tol {
		case tolULP:
			if g[i] == g[i] && w[i] == w[i] && !math.IsInf(float64(w[i]), 0) && hULPDist(g[i], w[i]) <= hMaxULP {
				continue
			}
			// The twin may be off itself (Go's amd64 assembly math.Exp and
			// math.Log are, near overflow and for subnormals; s*(1-s) loses
			// bits): then the implementation must be within maxULP of the
			// true value, and the twin's error is noted.
			if truth := T(hTrueMath(k.name, float64(x0[i]))); g[i] == g[i] && hULPDist(g[i], truth) <= hMaxULP {
				hNoteTwinOff(k.name+"/"+hTypeName[T](), fmt.Sprintf("x=%s: twin %s, true %s, implementation %s",
					hFmt(x0[i]), hFmt(w[i]), hFmt(truth), hFmt(g[i])))
				continue
			}
		case tolFusable:
			// y += alpha*x rounded once (fused) or twice; Go may fuse the
			// generic twin itself (it does on arm64).
			a, xv, yv := got.s, x0[i], y0[i]
			twice := yv + T(a*xv)
			once := hFMA(a, xv, yv)
			if hSame(g[i], twice) || hSame(g[i], once) {
				continue
			}
		}
		in := ""
		switch k.kind {
		case kBinary:
			in = fmt.Sprintf("x=%s y=%s", hFmt(x0[i]), hFmt(y0[i]))
		case kScalar, kRScalar, kScale:
			in = fmt.Sprintf("x=%s s=%s", hFmt(x0[i]), hFmt(got.s))
		case kAxpy:
			in = fmt.Sprintf("alpha=%s x=%s y=%s", hFmt(got.s), hFmt(x0[i]), hFmt(y0[i]))
		case kUint8:
			in = fmt.Sprintf("x=%d", got.u[i])
		default:
			in = "x=" + hFmt(x0[i])
		}
		return fmt.Sprintf("element %d: got %s, want %s (%s)", i, hFmt(g[i]), hFmt(w[i]), in)
	}
	return ""
}

// sumBound describes the terms of a summed reduction.
type hSumBound struct {
	abs             float64 // sum of |term| over the finite terms
	nan, pinf, ninf bool    // some term is NaN, +Inf, -Inf
	overflow        bool    // some term of finite inputs is infinite
}

func hTerms[T Float](k *hKernel[T], x0, y0 []T) hSumBound {
	var b hSumBound
	for i := range x0 {
		var y T
		if y0 != nil {
			y = y0[i]
		}
		t := k.term(x0[i], y)
		if math.IsInf(t, 0) && !math.IsInf(float64(x0[i]), 0) && !math.IsInf(float64(y), 0) {
			// x*y or x-y overflowed: with an FMA or a wider accumulator
			// it may not, so the infinities are not certain.
			b.overflow = true
		}
		switch {
		case t != t:
			b.nan = true
		case math.IsInf(t, 1):
			b.pinf = true
		case math.IsInf(t, -1):
			b.ninf = true
		default:
			b.abs += math.Abs(t)
		}
	}
	return b
}

// checkSum compares a summed reduction with the generic twin's result. Both
// must be within the error bound of a pairwise (or better) sum of the
// terms: |error| <= (min(n, log2(n)+64)+2) * u * sum|term| + n*smallest, with
// u the unit roundoff of T. Where a term overflows, or the finite terms are
// so large that overflow depends on the order of summation, only NaN is
// checked.
func hCheckSum[T Float](k *hKernel[T], got, want T, x0, y0 []T) string {
	n := len(x0)
	b := hTerms(k, x0, y0)
	wantNaN := b.nan || (b.pinf && b.ninf)
	if b.overflow || math.IsInf(b.abs, 0) || b.abs >= hMaxFloat[T]()/4 {
		// Only a NaN input (or Inf*0, Inf-Inf in one term) makes NaN certain.
		if b.nan && got == got {
			return fmt.Sprintf("returned %s, want NaN (want %s)", hFmt(got), hFmt(want))
		}
		return ""
	}
	switch {
	case wantNaN:
		if got == got {
			return fmt.Sprintf("returned %s, want NaN (generic %s)", hFmt(got), hFmt(want))
		}
		return ""
	case b.pinf || b.ninf:
		if !hSame(got, want) {
			return fmt.Sprintf("returned %s, want %s", hFmt(got), hFmt(want))
		}
		return ""
	}
	depth := math.Min(float64(n), math.Log2(float64(n)+1)+64) + 2
	tol := 2*depth*hUnitRoundoff[T]()*b.abs + 2*float64(n+1)*hSmallest[T]()
	if got != got || math.IsInf(float64(got), 0) || math.Abs(float64(got)-float64(want)) > tol {
		return fmt.Sprintf("returned %s, want %s ± %.3g (sum|terms| = %.6g)", hFmt(got), hFmt(want), tol, b.abs)
	}
	return ""
}
