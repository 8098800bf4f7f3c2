package bench

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// numpyScript is the project's NumPy anchor (shared/anchors/numpy_bench.py),
// embedded so that `ndsimd bench -numpy` runs anywhere.
//
//go:embed numpy_bench.py
var numpyScript []byte

// FindPython returns a python3 that can import numpy: the system one first
// (Debian's python3-numpy installs there), then python3 on PATH.
func FindPython() (string, error) {
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if err := exec.Command(p, "-c", "import numpy").Run(); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no python3 with numpy found (install python3-numpy)")
}

// RunNumPy times the workloads in NumPy with the anchor script, filtered by
// ops and dtypes (empty: all), and returns its results with impl "numpy".
func RunNumPy(ops, dtypes []string, env []string) ([]Result, error) {
	py, err := FindPython()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "ndsimd-numpy")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "numpy_bench.py")
	if err := os.WriteFile(script, numpyScript, 0o644); err != nil {
		return nil, err
	}
	cmd := exec.Command(py, script, "--ops", strings.Join(ops, ","), "--dtype", strings.Join(dtypes, ","))
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("running %s: %v: %s", py, err, stderr.String())
	}
	res, err := ReadResults(bytes.NewReader(out))
	for i := range res {
		res[i].Impl = "numpy"
	}
	return res, err
}
