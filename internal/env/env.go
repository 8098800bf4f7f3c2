// Package env reports bad values of the NDSIMD_* environment variables, all
// in one way: one line on standard error,
//
//	ndsimd: NDSIMD_THREADS=abc is not a positive number of threads; using GOMAXPROCS (2)
//
// naming the variable, its value, what is wrong with it and what is used
// instead; the process goes on with that default.
package env

import (
	"fmt"
	"io"
	"os"
)

// Output is where warnings go (standard error); tests may replace it.
var Output io.Writer = os.Stderr

// Warning returns the line Warn prints, without the newline.
func Warning(name, value, problem, fallback string) string {
	return fmt.Sprintf("ndsimd: %s=%s %s; using %s", name, value, problem, fallback)
}

// Warn prints the warning for variable name set to value: problem says
// what is wrong ("is not a positive number of threads"), fallback what is
// used instead ("GOMAXPROCS (2)").
func Warn(name, value, problem, fallback string) {
	fmt.Fprintln(Output, Warning(name, value, problem, fallback))
}
