package main

import (
	"fmt"
	"io"
	"os"

	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/cmd/ndsimd/internal/play"
)

// runExplain prints the broadcasting explanation of the shapes, and with
// -svg FILE also draws it; exit 1 when they do not broadcast (the picture is
// still written).
func runExplain(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("explain", stderr)
	svgFile := fs.String("svg", "", "also draw the explanation as an SVG picture into `FILE`")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() < 1 {
		return usageError(fs, "give at least one shape, such as 3,1 or (3,1)")
	}
	var shapes [][]int
	for _, arg := range fs.Args() {
		s, err := parseShape(arg)
		if err != nil {
			return usageError(fs, "%v", err)
		}
		shapes = append(shapes, s)
	}
	text, ok := broadcast.Explain(shapes...)
	fmt.Fprint(stdout, text)
	if *svgFile != "" {
		svg, _ := broadcast.ExplainSVG(shapes...)
		if err := os.WriteFile(*svgFile, svg, 0o644); err != nil {
			fmt.Fprintf(stderr, "ndsimd explain: %v\n", err)
			return exitFail
		}
	}
	if !ok {
		return exitFail
	}
	return exitOK
}

// parseShape reads a shape written "3,1", "(3,1)", "(3,)", "3" or "()"; the
// play page reads shapes the same way.
func parseShape(s string) ([]int, error) { return play.ParseShape(s) }
