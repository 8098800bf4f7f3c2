package bench

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTable prints the table: op, shape, dtype, the time per call of each
// implementation, and the speed-up of the default dispatch ("best") over the
// plain loop and, when present, over NumPy.
func WriteTable(w io.Writer, t *Table) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := []string{"op", "shape", "dtype"}
	head = append(head, t.Impls...)
	head = append(head, "best/loop")
	hasNumPy := contains(t.Impls, "numpy")
	if hasNumPy {
		head = append(head, "numpy/best")
	}
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
	for _, row := range t.Rows {
		cells := []string{row.Op, shapeString(row.Shape), row.Dtype}
		for _, impl := range t.Impls {
			if ns, ok := t.Get(row, impl); ok {
				cells = append(cells, FormatNs(ns))
			} else {
				cells = append(cells, "-")
			}
		}
		cells = append(cells, ratio(t, row, "loop", "best"))
		if hasNumPy {
			cells = append(cells, ratio(t, row, "numpy", "best"))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t")
	}
	tw.Flush()
	fmt.Fprintln(w, "\ntimes are per call (best of repeats); a/b columns are speed-ups: how many times faster b is than a")
}

// ratio returns "slow/fast" as a speed-up such as "6.2x", or "-".
func ratio(t *Table, row Result, slow, fast string) string {
	s, ok1 := t.Get(row, slow)
	f, ok2 := t.Get(row, fast)
	if !ok1 || !ok2 || f == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2fx", s/f)
}

// FormatNs prints a duration in ns, µs or ms with 3 significant digits.
func FormatNs(ns float64) string {
	switch {
	case ns >= 1e6:
		return fmt.Sprintf("%.3g ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.3g µs", ns/1e3)
	default:
		return fmt.Sprintf("%.3g ns", ns)
	}
}

func shapeString(s []int) string {
	parts := make([]string, len(s))
	for i, d := range s {
		parts[i] = fmt.Sprint(d)
	}
	return "(" + strings.Join(parts, ",") + ")"
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
