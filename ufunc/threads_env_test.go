package ufunc

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestParseThreads(t *testing.T) {
	tests := []struct {
		env  string
		n    int
		warn bool
	}{
		{"", 0, false}, {" ", 0, false}, {"3", 3, false}, {" 2 ", 2, false},
		{"abc", 0, true}, {"0", 0, true}, {"-4", 0, true}, {"1.5", 0, true}, {"99999999999999999999", 0, true},
	}
	for _, tt := range tests {
		n, warning := parseThreads(tt.env)
		if n != tt.n || (warning != "") != tt.warn {
			t.Errorf("parseThreads(%q) = %d, %q", tt.env, n, warning)
		}
		if tt.warn && !strings.Contains(warning, "NDSIMD_THREADS="+strings.TrimSpace(tt.env)+" is not") {
			t.Errorf("parseThreads(%q): warning %q does not name the value", tt.env, warning)
		}
	}
}

// A process started with NDSIMD_THREADS=abc says so on stderr, as one with
// a bad NDSIMD_KERNELS does.
func TestThreadsEnvReported(t *testing.T) {
	if os.Getenv("NDSIMD_THREADS_CHILD") == "1" {
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestThreadsEnvReported$", "-test.count=1")
	cmd.Env = append(os.Environ(), "NDSIMD_THREADS_CHILD=1", "NDSIMD_THREADS=abc")
	out, err := cmd.CombinedOutput()
	if err != nil && strings.Contains(err.Error(), "exec format error") {
		t.Skip("cannot start the test binary again (under qemu without binfmt_misc)")
	}
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if !strings.Contains(string(out), "ndsimd: NDSIMD_THREADS=abc is not a positive number of threads") {
		t.Fatalf("output %q does not report NDSIMD_THREADS=abc", out)
	}
}
