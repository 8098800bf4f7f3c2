package kernels

import (
	"runtime"

	"github.com/klauspost/cpuid/v2"
)

// Processor describes the CPU the program runs on, as far as ndsimd cares:
// what `ndsimd cpu` and the benchmark header print.
type Processor struct {
	Brand    string   // the brand string, e.g. "AMD EPYC 9B45"; "" if unknown
	Vendor   string   // the vendor, e.g. "AMD", "Intel", "ARM"; "" if unknown
	Arch     string   // runtime.GOARCH
	Features []string // the SIMD features relevant to ndsimd that the CPU has, e.g. "AVX2", "FMA3", "AVX512F"
	Logical  int      // logical cores (hardware threads) this process may use: runtime.NumCPU
	Physical int      // physical cores, from CPUID; 0 if unknown or implausible (more than Logical, as in some VMs)
	L1D      int      // L1 data cache per core, bytes; -1 if unknown
	L2       int      // L2 cache, bytes; -1 if unknown
	L3       int      // L3 cache, bytes; -1 if unknown
}

// CPUInfo reports the processor's brand, the SIMD features relevant to
// ndsimd, its core counts and cache sizes, from CPUID on amd64 (and what
// the OS tells on other architectures). The features come from the same
// source as the implementations' availability (cpufeatures.go), so an
// implementation is available exactly when every feature it needs is listed.
func CPUInfo() Processor {
	c := cpuid.CPU
	p := Processor{
		Brand:    c.BrandName,
		Vendor:   c.VendorID.String(),
		Arch:     runtime.GOARCH,
		Logical:  runtime.NumCPU(),
		Physical: c.PhysicalCores,
		L1D:      c.Cache.L1D,
		L2:       c.Cache.L2,
		L3:       c.Cache.L3,
	}
	if c.VendorID == cpuid.VendorUnknown {
		p.Vendor = ""
	}
	if p.Physical > p.Logical {
		// A virtual machine may report the host's topology.
		p.Physical = 0
	}
	p.Features = cpuFeatures()
	return p
}
