package ufunc

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

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
