package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"time"

	"github.com/ndsimd/ndsimd/bench"
)

// runBench times the NumPy script's workloads for every implementation.
func runBench(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bench", stderr)
	ops := fs.String("ops", "", "comma-separated ops to run, e.g. exp,add_out,matmul (default all)")
	dtype := fs.String("dtype", "", "comma-separated dtypes: float64, float32, uint8 (default all)")
	impls := fs.String("impl", "", "comma-separated implementations: generic, avx2, avx512, avx512+avx2, neon, loop, best (default all)")
	asJSON := fs.Bool("json", false, `print one JSON line per measurement: {"op","shape","dtype","impl","ns"}`)
	svg := fs.String("svg", "", "write a bar chart of the speed-ups over the loop to this SVG file")
	numpy := fs.Bool("numpy", false, "also time the workloads in NumPy (python3 with numpy) and add its column")
	quick := fs.Bool("quick", false, "shorter timing (20 ms batches, 3 repeats) for a first look")
	from := fs.String("from", "", "comma-separated JSON-lines files of earlier results (this command's -json or the NumPy script's) to show instead of measuring")
	compare := fs.String("compare", "", "a saved JSON-lines run (e.g. bench/results/...jsonl): print each measurement's ratio to it and mark slowdowns beyond -noise")
	noise := fs.Float64("noise", 0.2, "with -compare, the relative change taken as run-to-run noise (0.2 = 20%)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, "unexpected argument %q", fs.Arg(0))
	}
	filter := bench.Filter{Ops: splitList(*ops), Dtypes: splitList(*dtype), Impls: splitList(*impls)}
	if msg := checkFilter(filter); msg != "" {
		return usageError(fs, "%s", msg)
	}
	timing := bench.DefaultTiming
	if *quick {
		timing = bench.Timing{MinBatch: 20 * time.Millisecond, Repeats: 3}
	}
	if *from != "" {
		results, err := readResults(splitList(*from))
		if err != nil {
			fmt.Fprintf(stderr, "ndsimd bench: %v\n", err)
			return exitFail
		}
		if *compare != "" {
			return compareWith(*compare, results, *noise, stdout, stderr)
		}
		return report(results, *asJSON, *svg, stdout, stderr)
	}
	if !*asJSON {
		writeCPUHeader(stdout)
		fmt.Fprintln(stdout)
	}
	enc := json.NewEncoder(stdout)
	emit := func(r bench.Result) {
		if *asJSON {
			_ = enc.Encode(r)
		}
	}
	results, err := bench.Run(filter, timing, stderr, emit)
	if err != nil {
		fmt.Fprintf(stderr, "ndsimd bench: %v\n", err)
		return exitFail
	}
	if *numpy {
		fmt.Fprintln(stderr, "bench: running NumPy (shared/anchors/numpy_bench.py)...")
		np, err := bench.RunNumPy(filter.Ops, filter.Dtypes, nil)
		if err != nil {
			fmt.Fprintf(stderr, "ndsimd bench -numpy: %v\n", err)
			return exitFail
		}
		for _, r := range np {
			emit(r)
		}
		results = append(results, np...)
	}
	if *compare != "" {
		if code := report(results, *asJSON, *svg, stdout, stderr); code != exitOK {
			return code
		}
		return compareWith(*compare, results, *noise, stdout, stderr)
	}
	return report(results, *asJSON, *svg, stdout, stderr)
}

// compareWith prints the ratio of each result to the same measurement in
// the saved run at path (the regression guard: committed results are the
// baseline).
func compareWith(path string, results []bench.Result, noise float64, stdout, stderr io.Writer) int {
	saved, err := readResults([]string{path})
	if err != nil {
		fmt.Fprintf(stderr, "ndsimd bench -compare: %v\n", err)
		return exitFail
	}
	cs := bench.Compare(saved, results, noise)
	if len(cs) == 0 {
		fmt.Fprintf(stderr, "ndsimd bench -compare: %s has no measurement in common with this run\n", path)
		return exitFail
	}
	fmt.Fprintf(stdout, "\ncompared with %s:\n", path)
	bench.WriteComparison(stdout, cs, noise)
	return exitOK
}

// report prints the table of results (unless they went out as JSON) and
// writes the SVG chart when asked.
func report(results []bench.Result, asJSON bool, svg string, stdout, stderr io.Writer) int {
	table := bench.NewTable(results)
	if !asJSON {
		bench.WriteTable(stdout, table)
	}
	if svg == "" {
		return exitOK
	}
	f, err := os.Create(svg)
	if err == nil {
		err = bench.WriteSVG(f, table)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "ndsimd bench: writing %s: %v\n", svg, err)
		return exitFail
	}
	return exitOK
}

// readResults reads JSON-lines result files; lines without an impl are the
// NumPy script's.
func readResults(paths []string) ([]bench.Result, error) {
	var all []bench.Result
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		res, err := bench.ReadResults(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		if len(res) == 0 {
			return nil, fmt.Errorf("%s: no benchmark results in it (JSON lines with op, shape, dtype and ns, as -json or the NumPy script write)", p)
		}
		for i, r := range res {
			if r.Op == "" || !(r.Ns > 0) || math.IsInf(r.Ns, 0) {
				return nil, fmt.Errorf("%s: result %d has no op or no positive time: %+v", p, i+1, r)
			}
			if res[i].Impl == "" {
				res[i].Impl = "numpy"
			}
		}
		all = append(all, res...)
	}
	return all, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// checkFilter names an op, dtype or implementation that does not exist.
func checkFilter(f bench.Filter) string {
	ops, dtypes := map[string]bool{}, map[string]bool{}
	for _, w := range bench.Workloads() {
		ops[w.Op], dtypes[w.Dtype] = true, true
	}
	for _, op := range f.Ops {
		if !ops[op] {
			return fmt.Sprintf("unknown op %q", op)
		}
	}
	for _, dt := range f.Dtypes {
		if !dtypes[dt] {
			return fmt.Sprintf("unknown dtype %q (have float64, float32, uint8)", dt)
		}
	}
	for _, im := range f.Impls {
		switch im {
		case "generic", "avx2", "avx512", "avx512+avx2", "neon", "loop", "best":
		default:
			return fmt.Sprintf("unknown implementation %q (have generic, avx2, avx512, avx512+avx2, neon, loop, best)", im)
		}
	}
	return ""
}
