//go:build !(js && wasm)

// Command wasm is the part of the "ndsimd play" page that runs in the
// browser; it is built with GOOS=js GOARCH=wasm (see ../build), and on any
// other platform only says so.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "this program runs in the browser: build it with GOOS=js GOARCH=wasm (go generate ./cmd/ndsimd), then run ndsimd play")
	os.Exit(2)
}
