package kernels

import (
	"reflect"
	"slices"

	"github.com/klauspost/cpuid/v2"
)

// An isaPreference is a mixed implementation for CPUs with one property
// beyond their features: the kernels of implementation base, except those
// listed, which come from implementation from because such CPUs run them
// faster. The default choice (preference in dispatch.go) takes the mixed
// implementation on those CPUs; forcing base or from still gets them whole.
type isaPreference struct {
	name       string   // the mixed implementation's name, e.g. "avx512+avx2"
	base, from string   // the implementations it is made of
	f64, f32   []string // the ops kernels taken from from, per element type
}

// split512Preference is the default choice on CPUs that execute 512-bit
// operations as two 256-bit halves (splits512): AVX-512 everywhere except
// where the AVX2 kernel was measured faster on such a CPU (AMD EPYC Zen 4,
// BenchmarkISAChoice, median of 5 interleaved runs at 16, 1 Ki, 64 Ki and
// 1 Mi elements: AVX2 faster by more than 2% on geometric mean and never
// more than 5% slower at any length). Those are the streaming arithmetic
// kernels, where the wider vector only adds mask and tail work. The six
// comparisons of two slices are AVX2's too: on a fresh 1 Mi-element result
// (`ndsimd bench -ops greater`, three interleaved runs) AVX2 took 328-341
// µs against 390-471 for float64 and 136-150 against 151-177 for float32,
// although with a destination in cache AVX-512 is up to 1.4 times faster
// at 1 Ki elements and as fast at 1 Mi. AVX-512 keeps the comparisons with
// a number, the selections, reductions, Div, Sqrt and every
// transcendental, which it runs 1.1 to 3.5 times faster. The strided forms
// follow their contiguous kernel, which they call for unit strides.
var split512Preference = isaPreference{
	name: "avx512+avx2",
	base: "avx512",
	from: "avx2",
	f64: []string{"Add", "Sub", "Mul", "AddStrided", "SubStrided", "MulStrided",
		"AddScalar", "SubScalar", "MaximumScalar", "MinimumScalar", "Axpy", "Scale", "Neg", "Square",
		"Equal", "NotEqual", "Less", "LessEqual", "Greater", "GreaterEqual"},
	f32: []string{"Add", "Sub", "Mul", "AddStrided", "SubStrided", "MulStrided",
		"MaximumScalar", "MinimumScalar",
		"Equal", "NotEqual", "Less", "LessEqual", "Greater", "GreaterEqual"},
}

// splits512 reports whether this CPU executes 512-bit operations as two
// 256-bit halves, so that AVX-512 code gains nothing from the width on
// memory-bound kernels. It is read once at start-up; GEMM and other
// families can consult it too.
var splits512 = executesIn256BitHalves(cpuid.CPU.VendorID, cpuid.CPU.Family, hasFeatures([]cpuid.FeatureID{cpuid.AVX512F}))

// executesIn256BitHalves reports whether a CPU of this vendor and family
// (the combined family number CPUID reports) with or without AVX-512 F
// executes 512-bit operations in 256-bit halves: AMD family 0x19 with
// AVX-512 is Zen 4 (Zen 3, the same family, has no AVX-512); Zen 5
// (family 0x1A) and Intel have full-width 512-bit units.
func executesIn256BitHalves(vendor cpuid.Vendor, family int, avx512 bool) bool {
	return vendor == cpuid.AMD && family == 0x19 && avx512
}

// mixed returns p's implementation, made from the registered
// implementations in, or nil if either of them is not registered.
func (p isaPreference) mixed(in []*impl) *impl {
	var base, from *impl
	for _, im := range in {
		switch im.name {
		case p.base:
			base = im
		case p.from:
			from = im
		}
	}
	if base == nil || from == nil {
		return nil
	}
	m := *base
	m.name = p.name
	m.needs = slices.Clone(base.needs)
	for _, f := range from.needs {
		if !slices.Contains(m.needs, f) {
			m.needs = append(m.needs, f)
		}
	}
	m.available = base.available && from.available
	m.source = map[string]string{}
	takeKernels(&m.f64, base.name, &from.f64, from.name, p.f64, "f64", m.source)
	takeKernels(&m.f32, base.name, &from.f32, from.name, p.f32, "f32", m.source)
	renameFamilies(&m.f64, base.name, p.name)
	renameFamilies(&m.f32, base.name, p.name)
	return &m
}

// renameFamilies names the GEMM, GEMV and sort kernels e shares with
// implementation base after the mixed implementation mixed: they belong to
// the implementation that is active (GemmKernel, SortKernel and `ndsimd
// cpu` report its name), and a later preference may take them elsewhere.
func renameFamilies[T Float](e *elemKernels[T], base, mixed string) {
	if e.gemm.name == base {
		e.gemm.name = mixed
	}
	if e.gemv.name == base {
		e.gemv.name = mixed
	}
	if e.sort != nil && e.sort.name == base {
		s := *e.sort
		s.name = mixed
		e.sort = &s
	}
}

// takeKernels sets the ops kernels names of dst (a copy of implementation
// base's) to src's (implementation from's), and records in source
// ("Add/f64": "avx2") whose code runs each of dst's ops kernels.
func takeKernels[T Float](dst *elemKernels[T], base string, src *elemKernels[T], from string, names []string, elem string, source map[string]string) {
	d := reflect.ValueOf(&dst.ops).Elem()
	s := reflect.ValueOf(&src.ops).Elem()
	for _, name := range KernelNames() {
		switch {
		case slices.Contains(names, name):
			d.FieldByName(name).Set(s.FieldByName(name))
			source[name+"/"+elem] = runsOwn(src.own, name, from)
		default:
			source[name+"/"+elem] = runsOwn(dst.own, name, base)
		}
	}
}

// runsOwn returns impl if own lists kernel name, "generic" if not.
func runsOwn(own []string, name, impl string) string {
	if slices.Contains(own, name) {
		return impl
	}
	return "generic"
}
