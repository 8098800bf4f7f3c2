package kernels

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"testing"
)

// TestULP measures, for every available implementation and both element
// types, the worst error of Exp, Log, Tanh, Sigmoid and SigmoidDerivative in
// ULP against a correctly rounded reference (ulp_ref_test.go), over the
// special values, the edges (overflow and underflow thresholds, subnormals,
// multiples of ln2, 1), log-spaced magnitudes, uniform values over each
// function's interesting range and random bit patterns. It fails above
// 1 ULP.
//
// Points per kernel: 30k float64 and 300k float32, a tenth with -short or
// off amd64 (arm64 runs under qemu in CI, about ten times slower);
// NDSIMD_ULP_POINTS=n sets the
// float64 count (float32 gets 10n).
func TestULP(t *testing.T) {
	n64 := 30000
	if testing.Short() || runtime.GOARCH != "amd64" {
		n64 = 3000
	}
	if s := os.Getenv("NDSIMD_ULP_POINTS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("NDSIMD_ULP_POINTS=%q: %v", s, err)
		}
		n64 = v
	}
	for _, fc := range ulpFuncs {
		t.Run(fc.name+"/f64", func(t *testing.T) {
			xs := fc.points64(rand.New(rand.NewPCG(1, 2)), n64)
			refs := make([]*big.Float, len(xs))
			exact := make([]float64, len(xs))
			isExact := make([]bool, len(xs))
			for i, x := range xs {
				exact[i], isExact[i] = fc.special64(x)
				if !isExact[i] {
					refs[i] = fc.ref64(x)
				}
			}
			for _, name := range Available() {
				restore, err := Use(name)
				if err != nil {
					t.Fatal(err)
				}
				dst := make([]float64, len(xs))
				fc.run64(dst, xs)
				restore()
				worst, at := 0.0, 0.0
				for i, x := range xs {
					y := dst[i]
					var e float64
					if isExact[i] {
						if !hSame(y, exact[i]) {
							t.Errorf("%s: %s(%v) = %v, want %v", name, fc.name, x, y, exact[i])
						}
						continue
					}
					e = ulpErr64(y, refs[i])
					if !(e <= worst) {
						worst, at = e, x
					}
				}
				report(t, name, fc.name+"/f64", fmt.Sprintf("%-17s f64 %-7s worst %.3f ULP at x=%v (%d points)", fc.name, name, worst, at, len(xs)), worst > fc.limit)
			}
		})
		t.Run(fc.name+"/f32", func(t *testing.T) {
			xs := fc.points32(rand.New(rand.NewPCG(3, 4)), 10*n64)
			refs := make([]float64, len(xs))
			for i, x := range xs {
				if _, ok := fc.special64(float64(x)); !ok {
					refs[i] = fc.ref32(float64(x))
				}
			}
			for _, name := range Available() {
				restore, err := Use(name)
				if err != nil {
					t.Fatal(err)
				}
				dst := make([]float32, len(xs))
				fc.run32(dst, xs)
				restore()
				worst, at := 0.0, float32(0)
				for i, x := range xs {
					y := dst[i]
					if ex, ok := fc.special64(float64(x)); ok {
						if !hSame(float64(y), float64(float32(ex))) {
							t.Errorf("%s: %s(%v) = %v, want %v", name, fc.name, x, y, float32(ex))
						}
						continue
					}
					e := ulpErr32(y, refs[i])
					if !(e <= worst) {
						worst, at = e, x
					}
				}
				report(t, name, fc.name+"/f32", fmt.Sprintf("%-17s f32 %-7s worst %.3f ULP at x=%v (%d points)", fc.name, name, worst, at, len(xs)), worst > fc.limit)
			}
		})
	}
}

func report(t *testing.T, impl, kernel, line string, fail bool) {
	t.Helper()
	if fail {
		t.Error(line + "  TOO LARGE")
	} else {
		t.Log(line)
	}
	if testing.Verbose() {
		fmt.Println("ULP:", line)
	}
}

// sigmoid64 is the float64 reference for float32 sigmoids: a few float64
// roundings, a relative error under 2^-50.
func sigmoid64(x float64, derivative bool) float64 {
	e := math.Exp(-math.Abs(x))
	d := 1 + e
	switch {
	case derivative:
		return e / (d * d)
	case x >= 0:
		return 1 / d
	}
	return e / d
}

type ulpFunc struct {
	name      string
	limit     float64
	run64     func(dst, x []float64)
	run32     func(dst, x []float32)
	special64 func(x float64) (float64, bool) // the exact result where it is a special value
	ref64     func(x float64) *big.Float
	ref32     func(x float64) float64 // float64 reference for float32 inputs
	points64  func(r *rand.Rand, n int) []float64
	points32  func(r *rand.Rand, n int) []float32
}

var ulpFuncs = []ulpFunc{
	{
		name: "Exp", limit: 1, run64: Exp[float64], run32: Exp[float32],
		special64: func(x float64) (float64, bool) {
			switch {
			case x != x:
				return x, true
			case x > 710:
				return math.Inf(1), true
			case x < -746:
				return 0, true
			case x == 0:
				return 1, true
			}
			return 0, false
		},
		ref64: expBig,
		ref32: math.Exp,
		points64: func(r *rand.Rand, n int) []float64 {
			return mix64(r, n, -746, 710, expEdges64())
		},
		points32: func(r *rand.Rand, n int) []float32 {
			return mix32(r, n, -104, 89, expEdges32())
		},
	},
	{
		name: "Log", limit: 1, run64: Log[float64], run32: Log[float32],
		special64: func(x float64) (float64, bool) {
			switch {
			case x != x || x < 0:
				return math.NaN(), true
			case x == 0:
				return math.Inf(-1), true
			case math.IsInf(x, 1):
				return x, true
			case x == 1:
				return 0, true
			}
			return 0, false
		},
		ref64: logBig,
		ref32: math.Log, // float32 inputs are normal float64s
		points64: func(r *rand.Rand, n int) []float64 {
			xs := mix64(r, n/2, 0, 4, logEdges64())
			for range n / 2 { // positive bit patterns: every binade equally
				xs = append(xs, math.Float64frombits(r.Uint64()>>1))
			}
			return xs
		},
		points32: func(r *rand.Rand, n int) []float32 {
			xs := mix32(r, n/2, 0, 4, logEdges32())
			for range n / 2 {
				xs = append(xs, math.Float32frombits(r.Uint32()>>1))
			}
			return xs
		},
	},
	{
		name: "Tanh", limit: 1, run64: Tanh[float64], run32: Tanh[float32],
		special64: func(x float64) (float64, bool) {
			switch {
			case x != x, x == 0:
				return x, true
			case x > 40:
				return 1, true
			case x < -40:
				return -1, true
			}
			return 0, false
		},
		ref64: tanhBig,
		ref32: math.Tanh,
		points64: func(r *rand.Rand, n int) []float64 {
			return mix64(r, n, -20, 20, tanhEdges())
		},
		points32: func(r *rand.Rand, n int) []float32 {
			return mix32(r, n, -10, 10, f32s(tanhEdges()))
		},
	},
	{
		name: "Sigmoid", limit: 1, run64: Sigmoid[float64], run32: Sigmoid[float32],
		special64: func(x float64) (float64, bool) {
			switch {
			case x != x:
				return x, true
			case x > 1e5:
				return 1, true
			case x < -1e5:
				return 0, true
			}
			return 0, false
		},
		ref64: func(x float64) *big.Float { return sigmoidBig(x, false) },
		ref32: func(x float64) float64 { return sigmoid64(x, false) },
		points64: func(r *rand.Rand, n int) []float64 {
			return mix64(r, n, -750, 750, sigmoidEdges())
		},
		points32: func(r *rand.Rand, n int) []float32 {
			return mix32(r, n, -110, 110, f32s(sigmoidEdges()))
		},
	},
	{
		name: "SigmoidDerivative", limit: 1, run64: SigmoidDerivative[float64], run32: SigmoidDerivative[float32],
		special64: func(x float64) (float64, bool) {
			switch {
			case x != x:
				return x, true
			case x > 1e5 || x < -1e5:
				return 0, true
			}
			return 0, false
		},
		ref64: func(x float64) *big.Float { return sigmoidBig(x, true) },
		ref32: func(x float64) float64 { return sigmoid64(x, true) },
		points64: func(r *rand.Rand, n int) []float64 {
			return mix64(r, n, -750, 750, sigmoidEdges())
		},
		points32: func(r *rand.Rand, n int) []float32 {
			return mix32(r, n, -110, 110, f32s(sigmoidEdges()))
		},
	},
}
