package kernels

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/klauspost/cpuid/v2"

	"github.com/ndsimd/ndsimd/internal/env"
)

// impl is one implementation of every kernel family, for both element
// types: the elementwise and reduction kernels (ops), the GEMM
// micro-kernels, the GEMV kernels and the sort kernels per element type
// (elemKernels), and the random-number kernels. It is the only registry: a
// family the implementation leaves empty (a nil ops entry, a zero gemm or
// gemv kernel, a nil sort) is filled from the generic implementation at
// start-up.
type impl struct {
	name      string
	needs     []cpuid.FeatureID // the CPU features it needs (see cpufeatures.go)
	available bool              // the CPU (and build) can run it: set from needs at start-up
	f64       elemKernels[float64]
	f32       elemKernels[float32]

	// The random-number kernels (random.go); nil ones are the twins.
	random *randomKernels

	// source names, for a mixed implementation (isa_preference.go), the
	// implementation whose code runs each ops kernel ("Add/f64": "avx2");
	// nil for the others.
	source map[string]string
}

// elemKernels is one implementation's kernels for one element type T:
// the table of kernels (ops, embedded, so im.f64.Add is its Add kernel),
// the GEMM micro-kernel, the GEMV kernels and the sort kernels.
// [kernelsOf] picks the active implementation's for T.
type elemKernels[T Float] struct {
	ops[T]
	own  []string        // the ops kernels with code of their own (the rest are generic)
	gemm gemmKernel[T]   // the GEMM micro-kernel (gemm_kernel.go)
	gemv gemvKernels[T]  // the GEMV kernels (gemv_kernel.go)
	sort *sortKernels[T] // the sort kernels (sort.go; the generic ones are slices.Sort)

	// powerSIMD is the SIMD power kernel under ops.Power before its
	// fix-up (powVec), nil where Power is the generic twin.
	powerSIMD func(dst, x, y []T) int
}

// fillFrom sets every kernel e leaves empty to g's and records which ops
// kernels e provides itself.
func (e *elemKernels[T]) fillFrom(g *elemKernels[T]) {
	e.own = e.ops.fillFrom(&g.ops)
	if e.gemm.kern == nil {
		e.gemm = g.gemm
	}
	if e.gemv.row == nil {
		e.gemv = g.gemv
	}
	if e.sort == nil {
		e.sort = g.sort
	}
}

// preference is the order in which implementations are chosen by default:
// the first available one wins. The mixed avx512+avx2 is registered only on
// CPUs that execute 512-bit operations in 256-bit halves (splits512).
var preference = []string{split512Preference.name, "avx512", "avx2", "neon", "generic"}

var (
	impls  []*impl              // every registered implementation, generic first
	active atomic.Pointer[impl] // the one the exported kernels call
	chosen = "default choice"   // why the active one was chosen at start-up
)

func init() {
	g := genericImpl()
	impls = append(impls, g)
	for _, im := range archImpls() {
		im.fillFrom(g)
		impls = append(impls, im)
	}
	if splits512 {
		if m := split512Preference.mixed(impls); m != nil {
			impls = append(impls, m)
		}
	}
	im, why := chooseFromEnv(os.Getenv(kernelsVar), firstAvailable(impls))
	active.Store(im)
	chosen = why
}

// firstAvailable returns the first implementation of preference among in
// that the CPU can run (in holds generic, which always can).
func firstAvailable(in []*impl) *impl {
	for _, name := range preference {
		for _, im := range in {
			if im.name == name && im.available {
				return im
			}
		}
	}
	return in[0]
}

// kernelsVar is the environment variable that forces an implementation.
const kernelsVar = "NDSIMD_KERNELS"

// chooseFromEnv returns the implementation to start with, given the value
// of NDSIMD_KERNELS and the fastest available implementation best, and the
// reason for the choice. A name that is not an implementation, or one this
// CPU cannot run, is reported through internal/env, as every NDSIMD_*
// variable is, and best is used.
func chooseFromEnv(value string, best *impl) (*impl, string) {
	fastest := fmt.Sprintf("%s is the fastest implementation this CPU supports", best.name)
	if best.source != nil {
		fastest += "; it executes 512-bit operations in 256-bit halves, so AVX2 kernels are used where they measured faster"
	}
	name := strings.TrimSpace(value)
	if name == "" {
		return best, fastest
	}
	im := lookup(name)
	var problem string
	switch {
	case im == nil:
		problem = fmt.Sprintf("is not an implementation (have %s)", strings.Join(names(), ", "))
	case !im.available:
		problem = fmt.Sprintf("needs %s, which this CPU lacks", featureList(im.needs))
	default:
		return im, "forced by " + kernelsVar + "=" + name
	}
	env.Warn(kernelsVar, name, problem, best.name)
	return best, fmt.Sprintf("%s=%s %s; %s", kernelsVar, name, problem, fastest)
}

// fillFrom sets every kernel im leaves empty to g's, records which kernels
// im provides itself and whether the CPU can run it.
func (im *impl) fillFrom(g *impl) {
	im.available = hasFeatures(im.needs)
	im.f64.fillFrom(&g.f64)
	im.f32.fillFrom(&g.f32)
	im.random = im.random.withTwins(g.random)
}

func lookup(name string) *impl {
	for _, im := range impls {
		if im.name == name {
			return im
		}
	}
	return nil
}

func names() []string {
	var out []string
	for _, im := range impls {
		out = append(out, im.name)
	}
	return out
}

// Implementation describes one registered implementation of the kernels.
type Implementation struct {
	Name      string   // "generic", "avx2", "avx512", "avx512+avx2" or "neon"
	Available bool     // whether this CPU and build can run it
	Needs     string   // the CPU features it needs, e.g. "AVX, AVX2 and FMA3" ("" for generic)
	Own       []string // kernels with code of their own, as "Add/f64"; the others use the generic twin
}

// Implementations lists every implementation compiled into this binary,
// generic first, whether or not the CPU can run it.
func Implementations() []Implementation {
	var out []Implementation
	for _, im := range impls {
		var own []string
		for _, k := range im.f64.own {
			own = append(own, k+"/f64")
		}
		for _, k := range im.f32.own {
			own = append(own, k+"/f32")
		}
		out = append(out, Implementation{Name: im.name, Available: im.available, Needs: featureList(im.needs), Own: own})
	}
	return out
}

// Available lists the names of the implementations this CPU can run,
// generic first.
func Available() []string {
	var out []string
	for _, im := range impls {
		if im.available {
			out = append(out, im.name)
		}
	}
	return out
}

// Active returns the name of the implementation the kernels use now.
func Active() string { return active.Load().name }

// ActiveReason says why the active implementation was chosen at start-up.
func ActiveReason() string { return chosen }

// KernelImpl reports which implementation's code runs kernel name ("Exp")
// for the element type ("f64" or "f32") under the active implementation:
// the active implementation's name, "generic" where it falls back, or
// for a mixed implementation the one it took the kernel from.
func KernelImpl(name, elem string) string {
	im := active.Load()
	if from, ok := im.source[name+"/"+elem]; ok {
		return from
	}
	own := im.f64.own
	if elem == "f32" {
		own = im.f32.own
	}
	if im.name == "generic" || slices.Contains(own, name) {
		return im.name
	}
	return "generic"
}

// Use makes the named implementation the active one, for tests and
// benchmarks, and returns a function that undoes this Use. It returns an
// error if the name is unknown or the CPU cannot run it. Use is safe for
// concurrent use, but it changes the kernels every goroutine calls.
//
// Uses stack: the active implementation is that of the most recent Use not
// yet restored, or the start-up choice when every Use has been restored.
// A restore removes its own Use wherever it is in the stack, so pairs that
// overlap without nesting (two parallel tests: Use A, Use B, restore A,
// restore B) still end with the start-up choice active, and nested pairs
// restore what was active before their Use. Calling a restore twice does
// nothing the second time.
func Use(name string) (restore func(), err error) {
	im := lookup(name)
	if im == nil {
		return nil, fmt.Errorf("kernels: no implementation %q (have %s)", name, strings.Join(names(), ", "))
	}
	if !im.available {
		return nil, fmt.Errorf("kernels: implementation %q needs %s, which this CPU lacks", name, featureList(im.needs))
	}
	u := &use{im: im}
	uses.Lock()
	defer uses.Unlock()
	if len(uses.stack) == 0 {
		uses.base = active.Load()
	}
	uses.stack = append(uses.stack, u)
	active.Store(im)
	return func() {
		uses.Lock()
		defer uses.Unlock()
		i := slices.Index(uses.stack, u)
		if i < 0 {
			return // restored already
		}
		uses.stack = slices.Delete(uses.stack, i, i+1)
		if n := len(uses.stack); n > 0 {
			active.Store(uses.stack[n-1].im)
		} else {
			active.Store(uses.base)
		}
	}, nil
}

// use is one call of Use not yet restored.
type use struct{ im *impl }

// uses is the stack of Uses in effect and the implementation active before
// the first of them.
var uses struct {
	sync.Mutex
	stack []*use
	base  *impl
}

// kernelsOf returns the active implementation's kernels for element type
// T (im.f64 or im.f32): the one place a kernel is looked up by element type.
func kernelsOf[T Float]() *elemKernels[T] {
	im := active.Load()
	var zero T
	if _, ok := any(zero).(float64); ok {
		return any(&im.f64).(*elemKernels[T])
	}
	return any(&im.f32).(*elemKernels[T])
}
