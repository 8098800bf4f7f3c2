package kernels

import (
	"strings"

	"github.com/klauspost/cpuid/v2"
)

// The one source of CPU features for ndsimd: klauspost/cpuid, read once at
// start-up. Every implementation's availability ([impl.needs], through
// hasFeatures) and the features [CPUInfo] reports (`ndsimd cpu`) come from
// here.

// reportedFeatures are the features ndsimd's kernels use or could use, in
// the order [CPUInfo] reports them.
var reportedFeatures = []cpuid.FeatureID{
	cpuid.SSE2, cpuid.SSE42, cpuid.AVX, cpuid.AVX2, cpuid.FMA3, cpuid.BMI2, cpuid.F16C,
	cpuid.AVX512F, cpuid.AVX512DQ, cpuid.AVX512BW, cpuid.AVX512VL, cpuid.AVX512FP16,
	cpuid.ASIMD, cpuid.ASIMDDP, cpuid.SVE,
}

// hasFeatures reports whether the CPU (and the OS, for the register state
// AVX and AVX-512 need) supports every feature in fs.
func hasFeatures(fs []cpuid.FeatureID) bool { return cpuid.CPU.Supports(fs...) }

// cpuFeatures lists the reported features the CPU has.
func cpuFeatures() []string {
	var out []string
	for _, f := range reportedFeatures {
		if cpuid.CPU.Supports(f) {
			out = append(out, f.String())
		}
	}
	return out
}

// featureList spells fs as "AVX, AVX2 and FMA3" ("" if empty).
func featureList(fs []cpuid.FeatureID) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.String()
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
