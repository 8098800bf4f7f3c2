package ndarray

import (
	"math"
	"strconv"
	"strings"
)

// Trim modes of NumPy's dragon4 functions: what happens to trailing zeros
// of the fraction and to the decimal point.
const (
	trimKeep    = 'k' // keep trailing zeros and the point
	trimDot     = '.' // drop trailing zeros, keep the point ("1.")
	trimOneZero = '0' // drop trailing zeros but keep one ("1.0")
	trimAll     = '-' // drop trailing zeros and the point ("1")
)

// floatDigits describes one call of NumPy's dragon4_positional or
// dragon4_scientific: unique selects shortest round-trip digits (of a
// float32 when bits is 32), capped at precision fraction digits when
// precision >= 0 and, when minDigits >= 0, extended with the value's exact
// digits to minDigits fraction digits (positional: also through the units
// digit, so float32 74765992 prints "74765992." where its shortest digits
// are 7476599); otherwise the exact value is rounded (half to even) to
// precision fraction digits.
type floatDigits struct {
	bits      int
	unique    bool
	precision int
	minDigits int // -1: none
	trim      byte
	plus      bool // print '+' in front of positive values
	padLeft   int  // pad with spaces to this many characters before the point
	padRight  int  // positional: pad with spaces to this many fraction digits
	expDigits int  // scientific: pad the exponent with zeros to this many digits
}

// digits returns the magnitude av formatted by strconv with verb 'f' or
// 'e' following the digit rules of d.
func (d *floatDigits) digits(av float64, verb byte) string {
	if !d.unique {
		return strconv.FormatFloat(av, verb, d.precision, 64)
	}
	s := strconv.FormatFloat(av, verb, -1, d.bits)
	n := fracLen(s)
	switch {
	case d.precision >= 0 && n > d.precision:
		// Dragon4 stops at the cutoff digit and rounds the exact value.
		return strconv.FormatFloat(av, verb, d.precision, 64)
	case d.minDigits > n || (d.minDigits >= 0 && n == 0 && verb == 'f'):
		// In positional notation n == 0 means the value is an integer
		// (below 1e8, where arrays print positionally), whose shortest
		// digits may end in zeros standing for other digits.
		return strconv.FormatFloat(av, verb, d.minDigits, 64)
	}
	return s
}

// fracLen returns the number of digits after the point of a number written
// by strconv ('f' or 'e' format).
func fracLen(s string) int {
	if e := strings.IndexByte(s, 'e'); e >= 0 {
		s = s[:e]
	}
	dot := strings.IndexByte(s, '.')
	if dot < 0 {
		return 0
	}
	return len(s) - dot - 1
}

// trimFrac applies the trim mode to a fraction, returning it and whether
// the decimal point is printed.
func (d *floatDigits) trimFrac(frac string) (string, bool) {
	if d.trim == trimKeep {
		return frac, true
	}
	frac = strings.TrimRight(frac, "0")
	switch {
	case frac != "":
		return frac, true
	case d.trim == trimOneZero:
		return "0", true
	case d.trim == trimAll:
		return "", false
	}
	return "", true
}

// sign returns the sign to print in front of v.
func (d *floatDigits) sign(v float64) string {
	switch {
	case math.Signbit(v):
		return "-"
	case d.plus:
		return "+"
	}
	return ""
}

// positional formats a finite v in positional notation, as NumPy's
// dragon4_positional.
func (d *floatDigits) positional(v float64) string {
	s := d.digits(math.Abs(v), 'f')
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	frac, dot := d.writeMantissa(&b, v, intPart, frac)
	if d.padRight >= len(frac) {
		pad := d.padRight - len(frac)
		if !dot {
			pad++
		}
		for range pad {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// writeMantissa writes v's sign and integer digits padded on the left to
// padLeft, then the point and the fraction digits as trimFrac leaves them,
// and returns those and whether a point was written.
func (d *floatDigits) writeMantissa(b *strings.Builder, v float64, intPart, frac string) (string, bool) {
	frac, dot := d.trimFrac(frac)
	lead := d.sign(v) + intPart
	for range d.padLeft - len(lead) {
		b.WriteByte(' ')
	}
	b.WriteString(lead)
	if dot {
		b.WriteByte('.')
	}
	b.WriteString(frac)
	return frac, dot
}

// scientific formats a finite v in scientific notation, as NumPy's
// dragon4_scientific.
func (d *floatDigits) scientific(v float64) string {
	s := d.digits(math.Abs(v), 'e')
	mant, exp, _ := strings.Cut(s, "e")
	intPart, frac, _ := strings.Cut(mant, ".")
	var b strings.Builder
	d.writeMantissa(&b, v, intPart, frac)
	b.WriteByte('e')
	b.WriteByte(exp[0])
	expNum := exp[1:]
	for range d.expDigits - len(expNum) {
		b.WriteByte('0')
	}
	b.WriteString(expNum)
	return b.String()
}

// floatFormat is NumPy's FloatingFormat: the layout shared by every element
// of one printed array, computed from its (finite) values.
type floatFormat struct {
	opts     PrintOptions
	expMode  bool
	d        floatDigits
	nanWidth int // pad_left + pad_right + 1: the width of nan and inf
}

// newFloatFormat computes the layout of the values (float32 ones when bits
// is 32), as FloatingFormat.fillFormat.
func newFloatFormat(vals []float64, bits int, opts PrintOptions) *floatFormat {
	f := &floatFormat{opts: opts}
	precision := opts.Precision
	if opts.FloatMode == FloatUnique {
		precision = -1
	}
	finite := make([]float64, 0, len(vals))
	for _, v := range vals {
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			finite = append(finite, v)
		}
	}
	f.expMode = chooseExp(finite, bits, opts.Suppress)

	var padLeft, padRight int
	d := floatDigits{bits: bits, precision: precision, minDigits: -1, plus: opts.Sign == '+', expDigits: -1}
	switch {
	case len(finite) == 0:
		d.unique, d.trim = true, trimDot
	case f.expMode:
		first := floatDigits{bits: bits, unique: true, precision: precision, minDigits: -1, trim: trimDot, plus: d.plus}
		if opts.FloatMode == FloatFixed {
			first.unique, first.trim = false, trimKeep
		}
		expSize, prec := 0, 0
		for _, v := range finite {
			s := first.scientific(v)
			mant, exp, _ := strings.Cut(s, "e")
			intPart, frac, _ := strings.Cut(mant, ".")
			expSize = max(expSize, len(exp)-1)
			prec = max(prec, len(frac))
			padLeft = max(padLeft, len(intPart))
		}
		d.unique, d.trim = first.unique, trimKeep
		d.precision, d.minDigits = prec, prec
		d.expDigits = expSize
		padRight = expSize + 2 + prec
	default:
		first := floatDigits{bits: bits, unique: true, precision: precision, minDigits: -1, trim: trimDot, plus: d.plus}
		if opts.FloatMode == FloatFixed {
			first.unique, first.trim = false, trimKeep
		}
		for _, v := range finite {
			intPart, frac, _ := strings.Cut(first.positional(v), ".")
			padLeft = max(padLeft, len(intPart))
			padRight = max(padRight, len(frac))
		}
		d.unique = first.unique
		if opts.FloatMode == FloatFixed || opts.FloatMode == FloatMaxPrecEqual {
			d.precision, d.minDigits, d.trim = padRight, padRight, trimKeep
		} else {
			d.minDigits, d.trim = 0, trimDot
		}
	}
	if opts.Sign == ' ' {
		neg := false
		for _, v := range finite {
			neg = neg || math.Signbit(v)
		}
		if !neg {
			padLeft++
		}
	}
	if len(finite) != len(vals) {
		negInf := opts.Sign != '-'
		for _, v := range vals {
			negInf = negInf || math.IsInf(v, -1)
		}
		infLen := len(opts.InfStr)
		if negInf {
			infLen++
		}
		offset := padRight + 1
		padLeft = max(padLeft, len(opts.NanStr)-offset, infLen-offset)
	}
	d.padLeft = padLeft
	if !f.expMode {
		d.padRight = padRight
	} else {
		d.padRight = -1
	}
	f.d = d
	f.nanWidth = padLeft + padRight + 1
	return f
}

// chooseExp reports whether the finite values print in scientific notation:
// a nonzero magnitude of 1e8 or more, or (without suppress) one below 1e-4
// or a ratio of largest to smallest nonzero magnitude above 1000 (computed
// in float32 for float32 arrays).
func chooseExp(finite []float64, bits int, suppress bool) bool {
	maxV, minV := 0.0, math.Inf(1)
	for _, v := range finite {
		if v == 0 {
			continue
		}
		a := math.Abs(v)
		maxV = max(maxV, a)
		minV = min(minV, a)
	}
	if maxV == 0 {
		return false
	}
	if maxV >= 1e8 {
		return true
	}
	if suppress {
		return false
	}
	ratio := maxV / minV
	if bits == 32 {
		ratio = float64(float32(maxV) / float32(minV))
	}
	return minV < 0.0001 || ratio > 1000
}

// format formats one element.
func (f *floatFormat) format(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		var s string
		switch {
		case math.IsNaN(v):
			s = f.opts.NanStr
			if f.opts.Sign == '+' {
				s = "+" + s
			}
		case v < 0:
			s = "-" + f.opts.InfStr
		case f.opts.Sign == '+':
			s = "+" + f.opts.InfStr
		default:
			s = f.opts.InfStr
		}
		return strings.Repeat(" ", max(f.nanWidth-len(s), 0)) + s
	}
	if f.expMode {
		return f.d.scientific(v)
	}
	return f.d.positional(v)
}

// floatScalarString is str() of a NumPy float scalar (float32 when bits is
// 32): shortest round-trip digits, positional ("1.0", "0.0001") when
// 1e-4 <= |v| < 1e16 or v is 0, scientific ("1e-05", "1.5e+16") otherwise.
func floatScalarString(v float64, bits int) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	d := floatDigits{bits: bits, unique: true, precision: -1, minDigits: -1, padLeft: -1, padRight: -1, expDigits: -1}
	if a := math.Abs(v); a == 0 || (a < 1e16 && a >= 1e-4) {
		d.trim = trimOneZero
		return d.positional(v)
	}
	d.trim = trimAll
	return d.scientific(v)
}
