package main

import (
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/ndsimd/ndsimd/kernels"
)

// runCPU prints the CPU's features, every kernel implementation and
// whether this CPU can run it, the one chosen and why, and which code runs
// each kernel.
func runCPU(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("cpu", stderr)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, "unexpected argument %q", fs.Arg(0))
	}
	writeCPUHeader(stdout)
	fmt.Fprintf(stdout, "\nKernel implementations compiled in:\n")
	total := 2 * len(kernels.KernelNames())
	for _, im := range kernels.Implementations() {
		state := "available"
		if !im.Available {
			state = "not available: needs " + im.Needs
		}
		own := fmt.Sprintf("own code for %d of %d kernels", len(im.Own), total)
		if im.Name == "generic" {
			own = "pure Go, every kernel"
		}
		fmt.Fprintf(stdout, "  %-11s %s (%s)\n", im.Name, state, own)
	}
	fmt.Fprintf(stdout, "\nActive: %s (%s)\n", kernels.Active(), kernels.ActiveReason())
	fmt.Fprintf(stdout, "NDSIMD_KERNELS may be set to: %s (unset: the fastest available)\n", strings.Join(kernels.Available(), ", "))
	fmt.Fprintf(stdout, "\nWhich code runs each kernel under %s (float64, float32):\n", kernels.Active())
	for _, k := range kernels.KernelNames() {
		f64, f32 := kernels.KernelImpl(k, "f64"), kernels.KernelImpl(k, "f32")
		why := ""
		if kernels.Active() != "generic" && (f64 == "generic" || f32 == "generic") {
			why = fmt.Sprintf("  (%s has no code of its own here: generic twin)", kernels.Active())
		}
		fmt.Fprintf(stdout, "  %-18s %-8s %-8s%s\n", k, f64, f32, why)
	}
	fmt.Fprintf(stdout, "  %-18s %-8s %-8s  (GEMM micro-kernel)\n", "Gemm", kernels.GemmKernel("f64"), kernels.GemmKernel("f32"))
	fmt.Fprintf(stdout, "  %-18s %-8s %-8s  (matrix-vector kernel)\n", "Gemv", kernels.GemvKernel("f64"), kernels.GemvKernel("f32"))
	fmt.Fprintf(stdout, "  %-18s %-8s %-8s  (Sort and NthElement: partition and sorting network)\n", "Sort", kernels.SortKernel("f64"), kernels.SortKernel("f32"))
	fmt.Fprintf(stdout, "  %-18s %-8s %-8s  (ArgsortF64: partition of keys with indexes)\n", "Argsort", kernels.ArgsortKernel(), "-")
	for _, k := range kernels.RandomKernelNames() {
		fmt.Fprintf(stdout, "  %-18s %-17s  (random-number kernel)\n", k, kernels.RandomKernelImpl(k))
	}
	return exitOK
}

// writeCPUHeader prints the processor, its features, caches and the Go
// version: the header of `cpu` and `bench`.
func writeCPUHeader(w io.Writer) {
	p := kernels.CPUInfo()
	brand := p.Brand
	if brand == "" {
		brand = "unknown CPU"
	}
	fmt.Fprintf(w, "CPU:       %s (%s, %s), %d logical cores, GOMAXPROCS=%d\n", brand, p.Vendor, p.Arch, p.Logical, runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "Features:  %s\n", strings.Join(p.Features, " "))
	fmt.Fprintf(w, "Caches:    L1d %s, L2 %s, L3 %s\n", cacheSize(p.L1D), cacheSize(p.L2), cacheSize(p.L3))
	fmt.Fprintf(w, "Go:        %s\n", runtime.Version())
}

func cacheSize(b int) string {
	switch {
	case b < 0:
		return "unknown"
	case b >= 1<<20 && b%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", b>>20)
	default:
		return fmt.Sprintf("%d KiB", b>>10)
	}
}
