package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

func TestShow(t *testing.T) {
	dir := t.TempDir()
	npy := filepath.Join(dir, "a.npy")
	if err := ndarray.SaveNPY(npy, ndarray.FromSlice([]float32{1, 2.5, -3, 4}, 2, 2)); err != nil {
		t.Fatal(err)
	}
	npz := filepath.Join(dir, "b.npz")
	arrays := map[string]any{"x": ndarray.Arange[int64](0, 3, 1), "img": ndarray.Zeros[uint8](1, 2)}
	if err := ndarray.SaveNPZ(npz, arrays, true); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.npy")
	if err := os.WriteFile(bad, []byte("not an npy file"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args         []string
		code         int
		stdout, errs string
	}{
		{[]string{"show", npy}, exitOK, "a.npy: shape (2, 2), dtype float32\n[[ 1.   2.5]\n [-3.   4. ]]\n", ""},
		{[]string{"show", npz}, exitOK, "b.npz:x: shape (3,), dtype int64\n[0 1 2]\n", ""},
		{[]string{"show", filepath.Join(dir, "missing.npy")}, exitFail, "", "missing.npy"},
		{[]string{"show", bad}, exitFail, "", "bad.npy"},
		{[]string{"show"}, exitUsage, "", "give an .npy or .npz file"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run(tt.args, &out, &errOut)
		if code != tt.code || !strings.Contains(out.String(), tt.stdout) || !strings.Contains(errOut.String(), tt.errs) {
			t.Errorf("ndsimd %v: exit %d, stdout %q, stderr %q; want %d, %q, %q", tt.args[1:], code, out.String(), errOut.String(), tt.code, tt.stdout, tt.errs)
		}
	}
}
