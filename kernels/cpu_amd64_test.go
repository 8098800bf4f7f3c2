//go:build !purego

package kernels

// amd64-only checks: CPUInfo's features against golang.org/x/sys/cpu (an
// independent reading of CPUID), and the registers and instructions each
// ISA's generated assembly uses.

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/sys/cpu"
)

// TestCPUInfo checks CPUInfo's features against golang.org/x/sys/cpu and its
// sizes for plausibility.
func TestCPUInfo(t *testing.T) {
	p := CPUInfo()
	has := func(f string) bool { return slices.Contains(p.Features, f) }
	for _, c := range []struct {
		name string
		want bool
	}{
		{"AVX2", cpu.X86.HasAVX2}, {"FMA3", cpu.X86.HasFMA}, {"BMI2", cpu.X86.HasBMI2},
		{"AVX512F", cpu.X86.HasAVX512F}, {"AVX512DQ", cpu.X86.HasAVX512DQ},
		{"AVX512BW", cpu.X86.HasAVX512BW}, {"AVX512VL", cpu.X86.HasAVX512VL},
	} {
		if has(c.name) != c.want {
			t.Errorf("CPUInfo().Features has %s = %v, x/sys/cpu says %v", c.name, has(c.name), c.want)
		}
	}
	if p.Arch != "amd64" || p.Logical < 1 || p.L1D == 0 || p.L2 == 0 {
		t.Errorf("implausible CPUInfo: %+v", p)
	}
	t.Logf("%+v", p)
}

// TestArithAsmISA reads the generated assembly and checks that each
// function uses only what its implementation's availability test covers:
// no Z or K registers in AVX2 code; in AVX-512 code no X/Y registers above
// 15 (they need AVX-512 VL) and no float logic ops on Z registers (AVX-512
// DQ).
func TestArithAsmISA(t *testing.T) {
	for _, file := range []string{"internal/asm/arith_amd64.s", "internal/asm/reduce_amd64.s"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		checkAsmISA(t, file, string(src))
	}
}

func checkAsmISA(t *testing.T, file, src string) {
	t.Helper()
	hiXY := regexp.MustCompile(`\b[XY](1[6-9]|2[0-9]|3[01])\b`)
	zk := regexp.MustCompile(`\b[ZK][0-9]+\b`)
	dq := regexp.MustCompile(`^\s*(VXORP[SD]|VANDP[SD]|VANDNP[SD]|VORP[SD]|KMOVB|KANDB|KORB|VEXTRACTF64X2|VEXTRACTF32X8|VFPCLASS\w*|VCVTQQ2\w*)\b.*\bZ[0-9]+`)
	fn := ""
	for i, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "TEXT ") {
			fn = line
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		switch {
		case strings.Contains(fn, "AVX2(SB)") && zk.MatchString(line):
			t.Errorf("%s:%d: AVX2 code uses a Z or K register: %s", file, i+1, line)
		case strings.Contains(fn, "AVX512(SB)") && hiXY.MatchString(line):
			t.Errorf("%s:%d: AVX-512 code uses X/Y16-31 (needs VL): %s", file, i+1, line)
		case strings.Contains(fn, "AVX512(SB)") && dq.MatchString(line):
			t.Errorf("%s:%d: AVX-512 code uses a DQ instruction: %s", file, i+1, line)
		}
	}
}
