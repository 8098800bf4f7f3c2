package bench

import (
	"fmt"
	"io"
	"slices"

	"github.com/ndsimd/ndsimd/kernels"
)

// Filter selects workloads and implementations; empty fields select all.
type Filter struct {
	Ops    []string // op names
	Dtypes []string // "float64", "float32", "uint8"
	Impls  []string // kernel implementations, "loop" and "best"
}

func (f Filter) op(w Workload) bool {
	return (len(f.Ops) == 0 || slices.Contains(f.Ops, w.Op)) &&
		(len(f.Dtypes) == 0 || slices.Contains(f.Dtypes, w.Dtype))
}

func (f Filter) impl(name string) bool { return len(f.Impls) == 0 || slices.Contains(f.Impls, name) }

// Run measures the selected workloads under every selected kernel
// implementation the CPU supports, the plain loop ("loop"), and the default
// dispatch ("best": the implementation chosen at start-up, whose time is
// that implementation's measurement when it was measured). Progress goes to
// progress; each result is also passed to emit as it is measured.
func Run(f Filter, timing Timing, progress io.Writer, emit func(Result)) ([]Result, error) {
	best := kernels.Active()
	var impls []string
	for _, name := range kernels.Available() {
		if f.impl(name) || (f.impl("best") && name == best) {
			impls = append(impls, name)
		}
	}
	var out []Result
	record := func(r Result) {
		out = append(out, r)
		if emit != nil {
			emit(r)
		}
	}
	for _, w := range Workloads() {
		if !f.op(w) {
			continue
		}
		engine, loop := w.Setup()
		for _, impl := range impls {
			restore, err := kernels.Use(impl)
			if err != nil {
				return out, err
			}
			fmt.Fprintf(progress, "bench: %s %v %s impl=%s\n", w.Op, w.Shape, w.Dtype, impl)
			ns := timing.NsPerCall(engine)
			restore()
			if f.impl(impl) {
				record(Result{Op: w.Op, Shape: w.Shape, Dtype: w.Dtype, Impl: impl, Ns: ns})
			}
			if impl == best && f.impl("best") {
				record(Result{Op: w.Op, Shape: w.Shape, Dtype: w.Dtype, Impl: "best", Ns: ns})
			}
		}
		if loop != nil && f.impl("loop") {
			fmt.Fprintf(progress, "bench: %s %v %s impl=loop\n", w.Op, w.Shape, w.Dtype)
			record(Result{Op: w.Op, Shape: w.Shape, Dtype: w.Dtype, Impl: "loop", Ns: timing.NsPerCall(loop)})
		}
	}
	return out, nil
}
