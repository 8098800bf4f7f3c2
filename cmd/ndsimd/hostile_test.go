package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ndsimd/ndsimd/internal/hostile"
)

// Every adversarial file of internal/hostile makes the command exit 1 with the
// path and the reason on stderr, quickly and in a few tens of MB, never a
// Go trace.
func TestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	files := hostile.Files()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const tooBig = "array is too big"
	tests := []struct {
		cmd    []string // the file name is appended
		file   string
		reason string
	}{
		{[]string{"show"}, "overflow-zero-0.npy", tooBig},
		{[]string{"show"}, "overflow-zero-1.npy", tooBig},
		{[]string{"show"}, "overflow-zero-2.npy", tooBig},
		{[]string{"show"}, "many-axes-200000.npy", "maximum supported dimension for an ndarray is 32, found 200000"},
		{[]string{"show"}, "many-axes-33.npy", "maximum supported dimension for an ndarray is 32, found 33"},
		{[]string{"show"}, "claims-314MB.npz", "truncated data"},
		{[]string{"show"}, "zip64-claims-42GB.npz", "x"},
		{[]string{"show"}, "lying-small-shape.npz", "more data than the header's shape"},
		{[]string{"notebook", "-time=false", "-image"}, "png-100000x100000.png", "Image size (10000000000 pixels) exceeds limit of 178956970 pixels"},
		{[]string{"notebook", "-time=false", "-image"}, "garbage.jsonl", "not a PNG or JPEG image"},
		{[]string{"bench", "-from"}, "garbage.jsonl", "reading results"},
		{[]string{"bench", "-from"}, "many-axes-33.npy", "no benchmark results"},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, tt.file)
		args := append(append([]string(nil), tt.cmd...), path)
		var out, errOut bytes.Buffer
		var code int
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		t0 := time.Now()
		code = run(args, &out, &errOut)
		elapsed := time.Since(t0)
		runtime.ReadMemStats(&after)
		msg := errOut.String()
		if code != exitFail || !strings.Contains(msg, path) || !strings.Contains(msg, tt.reason) || strings.Contains(msg, "goroutine") {
			t.Errorf("ndsimd %s %s: exit %d, stderr %q; want exit 1 with the path and %q", strings.Join(tt.cmd, " "), tt.file, code, msg, tt.reason)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 40<<20 {
			t.Errorf("ndsimd %s %s allocated %d MB", strings.Join(tt.cmd, " "), tt.file, alloc>>20)
		}
		if elapsed > 5*time.Second {
			t.Errorf("ndsimd %s %s took %v", strings.Join(tt.cmd, " "), tt.file, elapsed)
		}
	}
}
