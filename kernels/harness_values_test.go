package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// ---------------------------------------------------------------------------
// Float helpers.

func hIs32[T Float]() bool {
	var z T
	_, ok := any(z).(float32)
	return ok
}

func hTypeName[T Float]() string {
	if hIs32[T]() {
		return "f32"
	}
	return "f64"
}

func hBits[T Float](v T) uint64 {
	switch v := any(v).(type) {
	case float32:
		return uint64(math.Float32bits(v))
	case float64:
		return math.Float64bits(v)
	}
	panic("unreachable")
}

func hFromBits[T Float](b uint64) T {
	if hIs32[T]() {
		return T(math.Float32frombits(uint32(b)))
	}
	return T(math.Float64frombits(b))
}

// hSame is the tests' one NaN- and ±0-aware comparison: a and b have the
// same bits (so -0 is not +0), or are both NaN (any payload).
func hSame[T Float](a, b T) bool { return hBits(a) == hBits(b) || (a != a && b != b) }

// ordered maps a float to an integer that is monotonic in its value, with
// +0 and -0 both at 0, so that ulpDist counts representable values.
func hOrdered[T Float](v T) int64 {
	if hIs32[T]() {
		b := int64(int32(math.Float32bits(float32(v))))
		if b < 0 {
			b = math.MinInt32 - b
		}
		return b
	}
	b := int64(math.Float64bits(float64(v)))
	if b < 0 {
		b = math.MinInt64 - b
	}
	return b
}

func hULPDist[T Float](a, b T) uint64 {
	d := hOrdered(a) - hOrdered(b)
	if d < 0 {
		return uint64(-d)
	}
	return uint64(d)
}

// unitRoundoff is 2^-53 for float64 and 2^-24 for float32.
func hUnitRoundoff[T Float]() float64 {
	if hIs32[T]() {
		return 0x1p-24
	}
	return 0x1p-53
}

func hMaxFloat[T Float]() float64 {
	if hIs32[T]() {
		return math.MaxFloat32
	}
	return math.MaxFloat64
}

func hSmallest[T Float]() float64 {
	if hIs32[T]() {
		return math.SmallestNonzeroFloat32
	}
	return math.SmallestNonzeroFloat64
}

// fmtv formats a value with its bits, for failure messages.
func hFmt[T Float](v T) string {
	if hIs32[T]() {
		return fmt.Sprintf("%v [%#08x]", v, hBits(v))
	}
	return fmt.Sprintf("%v [%#016x]", v, hBits(v))
}

// guardVal fills the padding around every slice: a quiet NaN with a
// payload no kernel computes, so that any write shows.
func hGuardVal[T Float]() T {
	if hIs32[T]() {
		return hFromBits[T](0x7fcdbad5)
	}
	return hFromBits[T](0x7ff8deadbeef0bad)
}

// unwritten fills output slices before a call: finite, so that an output
// element a kernel forgot to write never passes as "NaN equals NaN".
func hUnwritten[T Float]() T { return T(-1.2345e-27) }

const hGuardU8 = 0xa5

// ---------------------------------------------------------------------------
// Input data.

type hData int

const (
	dataRegular hData = iota // finite values of magnitude 1e-3..1e3, a quarter negative
	dataSpecial              // half special values (NaN, ±Inf, ±0, subnormal, huge, tiny, edges)
	dataTies                 // values from {-2, -1, -0, 0, 1, 2}: ties for Max/ArgMax
	dataOneNaN               // regular values and one NaN
	numDataKinds
)

func (d hData) String() string {
	return [...]string{"regular", "special", "ties", "onenan", "given"}[d]
}

// dGiven marks a case whose input values are given (fuzzing).
const dataGiven hData = numDataKinds

// specials returns the special values for T. With reduceSafe the huge
// values are small enough that no sum of up to 1<<20 of them (or of their
// squares) overflows, so the result does not depend on summation order.
func hSpecials[T Float](reduceSafe bool) []T {
	i := 0
	if reduceSafe {
		i = 1
	}
	if hIs32[T]() {
		return any(hSpecials32[i]).([]T)
	}
	return any(hSpecials64[i]).([]T)
}

var (
	hSpecials64 = [2][]float64{hMakeSpecials[float64](false), hMakeSpecials[float64](true)}
	hSpecials32 = [2][]float32{hMakeSpecials[float32](false), hMakeSpecials[float32](true)}
)

func hMakeSpecials[T Float](reduceSafe bool) []T {
	inf, nan := math.Inf(1), math.NaN()
	var v []float64
	if hIs32[T]() {
		v = []float64{nan, inf, -inf, 0, math.Copysign(0, -1),
			math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, 0x1p-140, -0x1.fffffcp-127, 0x1p-126,
			1e-30, -1e-38, 1, -1, 0.5, 3, 88.72283, -87.33655, -103.97, 20, -9.5}
		if reduceSafe {
			v = append(v, 1e17, -3e16)
		} else {
			v = append(v, math.MaxFloat32, -math.MaxFloat32, 3e38, -1e30)
		}
	} else {
		v = []float64{nan, inf, -inf, 0, math.Copysign(0, -1),
			math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 0x1p-1050, -0x0.fffffffffffffp-1022, 0x1p-1022,
			1e-300, -1e-308, 1, -1, 0.5, 3, 709.782712893384, -708.39641853226408, -745.1332191019411, 20, -19.1}
		if reduceSafe {
			v = append(v, 1e150, -3e149)
		} else {
			v = append(v, math.MaxFloat64, -math.MaxFloat64, 1.7e308, -1e300)
		}
	}
	out := make([]T, len(v))
	for i, f := range v {
		out[i] = T(f)
	}
	return out
}

// scalars are the values of s and alpha, taken in turn.
func hScalars[T Float]() []T {
	return append([]T{2.5, -0.75, 1, -1, 0.1}, hSpecials[T](false)...)
}

// hLazy is a string computed only when formatted, for failure messages.
type hLazy func() string

func (l hLazy) String() string { return l() }

func hRegular[T Float](rng *rand.Rand) T {
	v := (0.5 + rng.Float64()) * math.Pow10(rng.IntN(7)-3)
	if rng.IntN(4) == 0 {
		v = -v
	}
	return T(v)
}

// fill sets s to input data of kind d.
func hFill[T Float](rng *rand.Rand, d hData, s []T, reduceSafe bool) {
	sp := hSpecials[T](reduceSafe)
	ties := []T{-2, -1, T(math.Copysign(0, -1)), 0, 1, 2}
	for i := range s {
		switch {
		case d == dataSpecial && rng.IntN(2) == 0:
			s[i] = sp[rng.IntN(len(sp))]
		case d == dataTies:
			s[i] = ties[rng.IntN(len(ties))]
		default:
			s[i] = hRegular[T](rng)
		}
	}
	if d == dataOneNaN && len(s) > 0 {
		s[rng.IntN(len(s))] = T(math.NaN())
	}
}

// ---------------------------------------------------------------------------
// Buffers with guard values.

const hPad = 8 // guard elements on each side of every slice

type hBuf[T Float] struct {
	mem    []T
	lo, hi int
}

func hNewBuf[T Float](n, off int) *hBuf[T] {
	b := &hBuf[T]{mem: make([]T, hPad+off+n+hPad), lo: hPad + off, hi: hPad + off + n}
	for i := range b.mem {
		b.mem[i] = hGuardVal[T]()
	}
	return b
}

func (b *hBuf[T]) s() []T { return b.mem[b.lo:b.hi:b.hi] }

func (b *hBuf[T]) clone() *hBuf[T] {
	c := *b
	c.mem = slices.Clone(b.mem)
	return &c
}

// guardErr reports the first padding element that is not the guard value.
func (b *hBuf[T]) guardErr() string {
	g := hBits(hGuardVal[T]())
	for i, v := range b.mem {
		if (i < b.lo || i >= b.hi) && hBits(v) != g {
			return fmt.Sprintf("element %d relative to the slice start was overwritten with %s", i-b.lo, hFmt(v))
		}
	}
	return ""
}

type hUbuf struct {
	mem    []uint8
	lo, hi int
}

func hNewUbuf(n, off int) *hUbuf {
	b := &hUbuf{mem: make([]uint8, hPad+off+n+hPad), lo: hPad + off, hi: hPad + off + n}
	for i := range b.mem {
		b.mem[i] = hGuardU8
	}
	return b
}
