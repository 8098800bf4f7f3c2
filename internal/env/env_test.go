package env

import (
	"bytes"
	"testing"
)

func TestWarn(t *testing.T) {
	var b bytes.Buffer
	old := Output
	Output = &b
	defer func() { Output = old }()
	Warn("NDSIMD_THREADS", "abc", "is not a positive number of threads", "GOMAXPROCS (2)")
	if got, want := b.String(), "ndsimd: NDSIMD_THREADS=abc is not a positive number of threads; using GOMAXPROCS (2)\n"; got != want {
		t.Errorf("Warn wrote %q, want %q", got, want)
	}
}
