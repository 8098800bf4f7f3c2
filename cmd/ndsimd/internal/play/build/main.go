// Command build makes the WebAssembly of the "ndsimd play" page, which
// cmd/ndsimd embeds: it runs
//
//	GOOS=js GOARCH=wasm go build -trimpath -buildvcs=false -ldflags="-s -w" ./cmd/ndsimd/internal/play/wasm
//
// compresses the result with gzip (no name, no time stamp: the same input
// gives the same bytes) into cmd/ndsimd/playpage/ndsimd.wasm.gz, and copies
// the toolchain's wasm_exec.js, which must match the Go version that built
// the WebAssembly, next to it. It is run by "go generate ./cmd/ndsimd" (from
// play.go); CI runs it again and checks that nothing changed.
//
// Usage (from anywhere in the module):
//
//	go run ./cmd/ndsimd/internal/play/build [-out DIR]
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("out", "", "directory to write ndsimd.wasm.gz and wasm_exec.js into (default: cmd/ndsimd/playpage of the module)")
	flag.Parse()
	if err := build(*out); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

func build(out string) error {
	root, err := goCmd("list", "-m", "-f", "{{.Dir}}")
	if err != nil {
		return err
	}
	if out == "" {
		out = filepath.Join(root, "cmd", "ndsimd", "playpage")
	}
	tmp, err := os.MkdirTemp("", "ndsimd-wasm")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	wasm := filepath.Join(tmp, "ndsimd.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w", "-o", wasm, "./cmd/ndsimd/internal/play/wasm")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0", "GOFLAGS=")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build for js/wasm: %v", err)
	}
	raw, err := os.ReadFile(wasm)
	if err != nil {
		return err
	}
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "ndsimd.wasm.gz"), gz.Bytes(), 0o644); err != nil {
		return err
	}

	goroot, err := goCmd("env", "GOROOT")
	if err != nil {
		return err
	}
	var js []byte
	for _, p := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} { // Go 1.24 moved it to lib/wasm
		if js, err = os.ReadFile(filepath.Join(goroot, p)); err == nil {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("no wasm_exec.js in %s: %v", goroot, err)
	}
	if err := os.WriteFile(filepath.Join(out, "wasm_exec.js"), js, 0o644); err != nil {
		return err
	}
	fmt.Printf("build: %s: %d bytes of WebAssembly, %d gzipped\n", out, len(raw), gz.Len())
	return nil
}

func goCmd(args ...string) (string, error) {
	b, err := exec.Command("go", args...).Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(b)), nil
}
