package main

import (
	"fmt"
	"io"
)

func notYet(name string, stderr io.Writer) int {
	fmt.Fprintf(stderr, "ndsimd %s: not built yet\n", name)
	return exitFail
}

func runShow(args []string, stdout, stderr io.Writer) int { return notYet("show", stderr) }
