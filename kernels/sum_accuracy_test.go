package kernels

import (
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
)

// ---------------------------------------------------------------------------
// Sums against an exact reference.

// hExactTerm is the i-th term of summed kernel name, exactly.
func hExactTerm(name string, x, y float64) *big.Float {
	const prec = 1100
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	by := new(big.Float).SetPrec(prec).SetFloat64(y)
	switch name {
	case "Sum":
		return bx
	case "SumSq":
		return bx.Mul(bx, bx)
	case "Dot":
		return bx.Mul(bx, by)
	case "L1Dist":
		return bx.Abs(bx.Sub(bx, by))
	case "L2DistSq":
		bx.Sub(bx, by)
		return bx.Mul(bx, bx)
	}
	panic("hExactTerm: " + name)
}

// hSumCase is one summed kernel on one data set, with its exact sum.
type hSumCase[T Float] struct {
	kernel hKernel[T]
	data   string
	x, y   []T
	exact  float64 // the exact sum, rounded to float64
	abs    float64 // sum of |term|
}

var hSumCases sync.Map // "f64" or "f32" -> []hSumCase[T]

// hSumCasesOf returns the sum accuracy cases of T, computing the exact sums
// once for all implementations.
func hSumCasesOf[T Float]() []hSumCase[T] {
	if c, ok := hSumCases.Load(hTypeName[T]()); ok {
		return c.([]hSumCase[T])
	}
	n, m := 1<<20, 1<<14
	if hSlow() {
		n = 1 << 18
	}
	rng := rand.New(rand.NewPCG(3, 5))
	type dataset struct {
		name     string
		x, y     []T
		constant bool
	}
	constant := dataset{name: "constant 0.1, 0.3", x: make([]T, n), y: make([]T, n), constant: true}
	for i := range constant.x {
		constant.x[i], constant.y[i] = 0.1, 0.3
	}
	uniform := dataset{name: "uniform [0,1)", x: make([]T, m), y: make([]T, m)}
	for i := range uniform.x {
		uniform.x[i], uniform.y[i] = T(rng.Float64()), T(rng.Float64())
	}
	mixed := dataset{name: "mixed signs and magnitudes", x: make([]T, 4099), y: make([]T, 4099)}
	hFill(rng, dataRegular, mixed.x, true)
	hFill(rng, dataRegular, mixed.y, true)
	var cases []hSumCase[T]
	for _, d := range []dataset{constant, uniform, mixed} {
		for _, k := range hKernelTable[T]() {
			if k.tol != tolSum {
				continue
			}
			exact := new(big.Float).SetPrec(1100)
			abs := 0.0
			if d.constant {
				exact = hExactTerm(k.name, float64(d.x[0]), float64(d.y[0]))
				exact.Mul(exact, new(big.Float).SetInt64(int64(len(d.x))))
				abs, _ = new(big.Float).Abs(exact).Float64()
			} else {
				for i := range d.x {
					tm := hExactTerm(k.name, float64(d.x[i]), float64(d.y[i]))
					exact.Add(exact, tm)
					f, _ := tm.Float64()
					abs += math.Abs(f)
				}
			}
			e, _ := exact.Float64()
			cases = append(cases, hSumCase[T]{kernel: k, data: d.name, x: d.x, y: d.y, exact: e, abs: abs})
		}
	}
	hSumCases.Store(hTypeName[T](), cases)
	return cases
}

// hSumAccuracy checks the summed kernels of the active implementation impl
// against the exact sum: the error must be at most (log2(n)+32) * u * sum|term|
// (u the unit roundoff of T), which pairwise summation meets with room to
// spare and a sequential or few-accumulator sum of n = 1<<20 (1<<18) equal
// terms does not. only, if not empty, restricts the kernels.
func hSumAccuracy[T Float](r hReporter, impl string, only ...string) {
	r.Helper()
	for _, c := range hSumCasesOf[T]() {
		k := &c.kernel
		if len(only) > 0 && !slices.Contains(only, k.name) {
			continue
		}
		got, _ := hCall(k.api, &hArgs[T]{x: c.x, y: c.y})
		m := float64(len(c.x))
		u := hUnitRoundoff[T]()
		bound := (math.Ceil(math.Log2(m))+32)*u*c.abs + m*hSmallest[T]()
		if e := math.Abs(float64(got) - c.exact); !(e <= bound) {
			r.Errorf("impl=%s kernel=%s/%s n=%d data=%s: got %s, exact %.17g: error %.3g = %.0f u*sum|terms|, bound %.0f",
				impl, k.name, hTypeName[T](), len(c.x), c.data, hFmt(got), c.exact, e, e/(u*c.abs), bound/(u*c.abs))
		}
	}
}

func TestSumAccuracy(t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			hSumAccuracy[float64](t, impl)
			hSumAccuracy[float32](t, impl)
		})
	}
}
