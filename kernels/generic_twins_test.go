package kernels

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
)

// ---------------------------------------------------------------------------
// The generic twins against independent reference loops, so that the
// baseline the implementations are compared with is right too.

func hRefMaximum(x, y float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsNaN(y):
		return y
	case x > y:
		return x
	}
	return y // y > x, or equal: NumPy 1.24.2 on x86-64 gives maximum([-0.], [0.]) = [0.] and maximum([0.], [-0.]) = [-0.]
}

func hRefMinimum(x, y float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsNaN(y):
		return y
	case x < y:
		return x
	}
	return y // as NumPy: minimum([0.], [-0.]) = [-0.], minimum([-0.], [0.]) = [0.]
}

func TestGenericTwinsVsReference(t *testing.T) {
	t.Run("f64", testGenericTwinsVsReference[float64])
	t.Run("f32", testGenericTwinsVsReference[float32])
}

func testGenericTwinsVsReference[T Float](t *testing.T) {
	// Elementwise: each element in T arithmetic (y is s for the scalar forms).
	elem := map[string]func(x, y T) T{
		"Add": func(x, y T) T { return x + y }, "Sub": func(x, y T) T { return x - y },
		"Mul": func(x, y T) T { return x * y }, "Div": func(x, y T) T { return x / y },
		"Maximum":   func(x, y T) T { return T(hRefMaximum(float64(x), float64(y))) },
		"Minimum":   func(x, y T) T { return T(hRefMinimum(float64(x), float64(y))) },
		"AddScalar": func(x, s T) T { return x + s }, "SubScalar": func(x, s T) T { return x - s },
		"MulScalar": func(x, s T) T { return x * s }, "DivScalar": func(x, s T) T { return x / s },
		"MaximumScalar": func(x, s T) T { return T(hRefMaximum(float64(x), float64(s))) },
		"MinimumScalar": func(x, s T) T { return T(hRefMinimum(float64(x), float64(s))) },
		"ScalarSub":     func(x, s T) T { return s - x }, "ScalarDiv": func(x, s T) T { return s / x },
		"Abs":    func(x, _ T) T { return T(math.Copysign(float64(x), 1)) },
		"Neg":    func(x, _ T) T { return hFromBits[T](hBits(x) ^ hSignBit[T]()) },
		"Sqrt":   func(x, _ T) T { return T(math.Sqrt(float64(x))) },
		"Square": func(x, _ T) T { return x * x },
		"Scale":  func(x, s T) T { return x * s },
	}
	rng := rand.New(rand.NewPCG(1, 2))
	sc := hScalars[T]()
	for _, k := range hKernelTable[T]() {
		for trial := range 40 {
			n := 37
			x, y := make([]T, n), make([]T, n)
			hFill(rng, hData(trial%int(numDataKinds)), x, false)
			hFill(rng, hData((trial+1)%int(numDataKinds)), y, false)
			s := sc[trial%len(sc)]
			a := &hArgs[T]{dst: make([]T, n), x: slices.Clone(x), y: slices.Clone(y), s: s, u: make([]uint8, n)}
			for i := range a.u {
				a.u[i] = uint8(rng.IntN(256))
			}
			r, idx := hCall(k.gen, a)
			where := fmt.Sprintf("generic %s/%s trial %d", k.name, hTypeName[T](), trial)
			if f, ok := elem[k.name]; ok {
				out := a.dst
				if k.kind == kScale {
					out = a.x
				}
				for i := range out {
					yv := s
					if k.kind == kBinary {
						yv = y[i]
					}
					if want := f(x[i], yv); !hSame(out[i], want) {
						t.Errorf("%s: element %d of x=%s y/s=%s: got %s, want %s",
							where, i, hFmt(x[i]), hFmt(yv), hFmt(out[i]), hFmt(want))
						break
					}
				}
				continue
			}
			switch k.name {
			case "Max", "Min", "ArgMax", "ArgMin":
				isMax := k.name == "Max" || k.name == "ArgMax"
				wantI, wantV := -1, T(math.Inf(1))
				if isMax {
					wantV = T(math.Inf(-1))
				}
				for i, v := range x {
					if v != v {
						wantI, wantV = i, v
						break
					}
					if wantI < 0 || (isMax && v > x[wantI]) || (!isMax && v < x[wantI]) {
						wantI, wantV = i, v
					}
				}
				if strings.HasPrefix(k.name, "Arg") {
					if idx != wantI {
						t.Errorf("%s: got %d, want %d on %v", where, idx, wantI, x)
					}
				} else if !hSame(r, wantV) && !(r == 0 && wantV == 0) {
					t.Errorf("%s: got %s, want %s on %v", where, hFmt(r), hFmt(wantV), x)
				}
			case "FromUint8":
				for i := range a.dst {
					if float64(a.dst[i]) != float64(a.u[i]) {
						t.Errorf("%s: %d -> %v", where, a.u[i], a.dst[i])
						break
					}
				}
			case "Axpy":
				for i := range a.y {
					twice := y[i] + T(s*x[i]) // the conversion forbids fusing
					once := hFMA(s, x[i], y[i])
					if !hSame(a.y[i], twice) && !hSame(a.y[i], once) {
						t.Errorf("%s: alpha=%s x=%s y=%s: got %s, want %s or %s",
							where, hFmt(s), hFmt(x[i]), hFmt(y[i]), hFmt(a.y[i]), hFmt(twice), hFmt(once))
						break
					}
				}
			}
		}
	}
}

// hTwinOff holds, per kernel, the first input where the generic twin was
// more than maxULP from the true value but the implementation was not.
var hTwinOff sync.Map

func hNoteTwinOff(kernel, msg string) { hTwinOff.LoadOrStore(kernel, msg) }

// hLogTwinOff logs what hTwinOff holds: bugs of the generic twins (which
// the ULP tests report), not of the implementations.
func hLogTwinOff(t *testing.T) {
	hTwinOff.Range(func(k, v any) bool {
		t.Logf("note: the generic twin of %s is more than %d ULP off at %s", k, hMaxULP, v)
		return true
	})
}

// hTrueMath is the transcendental kernel name at x, computed with 300-bit
// math/big arithmetic and rounded once to float64.
func hTrueMath(name string, x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	switch name {
	case "Exp":
		if math.IsInf(x, 0) {
			return math.Exp(x)
		}
		return round64(expBig(x))
	case "Log":
		if x < 0 {
			return math.NaN()
		}
		if x == 0 || math.IsInf(x, 1) {
			return math.Log(x)
		}
		return round64(logBig(x))
	case "Tanh":
		if math.IsInf(x, 0) {
			return math.Copysign(1, x)
		}
		if math.Abs(x) < 0x1p-40 {
			return x // tanh x = x - x³/3 rounds to x (and keeps -0)
		}
		return round64(tanhBig(x))
	case "Sigmoid", "SigmoidDerivative":
		if math.IsInf(x, 0) {
			if name == "Sigmoid" && x > 0 {
				return 1
			}
			return 0
		}
		return round64(sigmoidBig(x, name == "SigmoidDerivative"))
	}
	if f, ok := hTrueMathExtra[name]; ok {
		return f(x)
	}
	panic("hTrueMath: " + name)
}

// hTrueMathExtra holds the references of kernels whose math/big code lives
// in their own test files (ulp_trig_test.go).
var hTrueMathExtra map[string]func(float64) float64

// hFMA is a*x+y rounded once to T. For float32 it is computed exactly with
// math/big: rounding the float64 FMA to float32 would round twice.
func hFMA[T Float](a, x, y T) T {
	f := math.FMA(float64(a), float64(x), float64(y))
	if !hIs32[T]() || math.IsInf(f, 0) || f != f {
		return T(f)
	}
	z := new(big.Float).SetPrec(600).SetFloat64(float64(a))
	z.Mul(z, big.NewFloat(float64(x)))
	z.Add(z, big.NewFloat(float64(y)))
	r, _ := z.Float32()
	if r == 0 && math.Signbit(f) {
		return T(math.Copysign(0, -1))
	}
	return T(r)
}

// signBit is the sign bit of T.
func hSignBit[T Float]() uint64 {
	if hIs32[T]() {
		return 1 << 31
	}
	return 1 << 63
}
