package bench

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// Comparison is one workload under one implementation, timed in a saved
// run (Old) and now (New).
type Comparison struct {
	Result          // the workload and implementation; Ns is the new time
	OldNs   float64 // the saved run's time per call
	Ratio   float64 // new time / old time: above 1 is slower
	Slower  bool    // Ratio is above 1 + the noise allowance
	Quicker bool    // Ratio is below 1 / (1 + the noise allowance)
}

// Compare pairs each result of cur with the saved result of the same
// workload and implementation in old, in cur's order. Results present in
// only one of the runs are left out. A ratio beyond noise (0.2 means 20%,
// this shared machine's run-to-run spread) in either direction is marked.
func Compare(old, cur []Result, noise float64) []Comparison {
	saved := map[string]float64{}
	for _, r := range old {
		saved[r.Key()+"/"+r.Impl] = r.Ns
	}
	var out []Comparison
	for _, r := range cur {
		o, ok := saved[r.Key()+"/"+r.Impl]
		if !ok || o <= 0 || r.Ns <= 0 {
			continue
		}
		ratio := r.Ns / o
		out = append(out, Comparison{
			Result:  r,
			OldNs:   o,
			Ratio:   ratio,
			Slower:  ratio > 1+noise,
			Quicker: ratio < 1/(1+noise),
		})
	}
	return out
}

// WriteComparison prints one line per comparison: the workload, the
// implementation, both times, the ratio and a mark for a change beyond the
// noise ("SLOWER" or "faster"), then a count of the slowdowns.
func WriteComparison(w io.Writer, cs []Comparison, noise float64) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "op\tshape\tdtype\timpl\tsaved\tnow\tnow/saved\t")
	slower := 0
	for _, c := range cs {
		mark := ""
		switch {
		case c.Slower:
			mark = "SLOWER"
			slower++
		case c.Quicker:
			mark = "faster"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%.2fx\t%s\n", c.Op, shapeString(c.Shape), c.Dtype, c.Impl,
			FormatNs(c.OldNs), FormatNs(c.Ns), c.Ratio, mark)
	}
	tw.Flush()
	fmt.Fprintf(w, "%d of %d measurements slower than the saved run by more than %.0f%% (the noise allowance)\n",
		slower, len(cs), noise*100)
}
