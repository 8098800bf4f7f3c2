// Command ndsimd shows the ndsimd array engine at work: it runs the
// "Python Basics with Numpy" notebook, benchmarks the SIMD kernels against
// plain loops and NumPy, explains broadcasting, reports the CPU and the
// kernels chosen for it, and prints .npy files; "ndsimd play" serves a page
// where learners try broadcasting in the browser.
//
// Usage:
//
//	ndsimd <command> [flags] [arguments]
//
// Run "ndsimd help" for the commands and "ndsimd <command> -h" for one.
package main

import (
	"fmt"
	"io"
	"os"
)

// command is one subcommand.
type command struct {
	name    string
	args    string // the argument synopsis, for usage
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // the command ran and failed (a file that cannot be read, shapes that do not broadcast)
	exitUsage = 2 // bad arguments
)

func commands() []command {
	return []command{
		{"notebook", "[-image FILE]", "run the Python Basics with Numpy notebook end to end", runNotebook},
		{"bench", "[-ops LIST] [-dtype T] [-impl LIST] [-json] [-svg FILE] [-numpy]", "time the NumPy benchmark workloads for every kernel implementation", runBench},
		{"explain", "[-svg FILE] SHAPE SHAPE...", "explain, step by step, whether and how shapes broadcast", runExplain},
		{"play", "[-addr HOST:PORT]", "serve a page to play with broadcasting in the browser (ndsimd as WebAssembly)", runPlay},
		{"cpu", "", "show the CPU features and the kernels chosen for them", runCPU},
		{"show", "FILE.npy", "print an .npy file's shape, dtype and values as NumPy would", runShow},
		{"help", "[COMMAND]", "show help for ndsimd or one command", nil},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs the command line args and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && name == "help" {
			if c, ok := lookup(args[1]); ok && c.run != nil {
				return c.run([]string{"-h"}, stdout, stdout)
			}
			fmt.Fprintf(stderr, "ndsimd help: unknown command %q\n", args[1])
			return exitUsage
		}
		usage(stdout)
		return exitOK
	}
	c, ok := lookup(name)
	if !ok {
		fmt.Fprintf(stderr, "ndsimd: unknown command %q\n\n", name)
		usage(stderr)
		return exitUsage
	}
	return c.run(args[1:], stdout, stderr)
}

func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "ndsimd is a NumPy-like array engine with SIMD kernels. Usage:\n\n\tndsimd <command> [flags] [arguments]\n\nCommands:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun \"ndsimd <command> -h\" for a command's flags.\n")
}
