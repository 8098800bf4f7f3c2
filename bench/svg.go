package bench

import (
	"fmt"
	"html"
	"io"
	"math"
)

// WriteSVG draws the speed-up of each implementation over the plain loop,
// one group of horizontal bars per workload, on a log scale with a line at
// 1×, so the chart reads at a glance: longer is faster.
func WriteSVG(w io.Writer, t *Table) error {
	var impls []string // "best" repeats the default implementation's bar
	for _, impl := range t.Impls {
		if impl != "loop" && impl != "best" {
			impls = append(impls, impl)
		}
	}
	colors := []string{"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948"}
	const (
		labelW, barH, gap, chartW = 300, 12, 10, 520
		top                       = 72
	)
	maxUp := 2.0
	for _, row := range t.Rows {
		for _, impl := range impls {
			if up, ok := speedup(t, row, impl); ok {
				maxUp = math.Max(maxUp, up)
			}
		}
	}
	minUp := 0.25
	scale := func(up float64) float64 {
		up = math.Max(up, minUp)
		return chartW * (math.Log2(up) - math.Log2(minUp)) / (math.Log2(maxUp) - math.Log2(minUp))
	}
	groupH := len(impls)*barH + gap
	height := top + len(t.Rows)*groupH + 40
	width := labelW + chartW + 90
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="11">`+"\n", width, height)
	fmt.Fprintf(w, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	fmt.Fprintf(w, `<text x="10" y="20" font-size="15" font-weight="bold">Speed-up over a plain Go loop (log scale; longer is faster)</text>`+"\n")
	for i, impl := range impls {
		fmt.Fprintf(w, `<rect x="%d" y="32" width="12" height="12" fill="%s"/><text x="%d" y="42">%s</text>`+"\n",
			10+i*110, colors[i%len(colors)], 26+i*110, html.EscapeString(impl))
	}
	x1 := labelW + scale(1)
	for _, tick := range []float64{0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256} {
		if tick > maxUp*1.01 {
			break
		}
		x := labelW + scale(tick)
		fmt.Fprintf(w, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/><text x="%.1f" y="%d" text-anchor="middle" fill="#666">%gx</text><text x="%.1f" y="%d" text-anchor="middle" fill="#666">%gx</text>`+"\n",
			x, top-6, x, height-30, x, top-9, tick, x, height-16, tick)
	}
	for r, row := range t.Rows {
		y := top + r*groupH
		fmt.Fprintf(w, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n", labelW-8, y+groupH/2,
			html.EscapeString(fmt.Sprintf("%s %s %s", row.Op, shapeString(row.Shape), row.Dtype)))
		for i, impl := range impls {
			up, ok := speedup(t, row, impl)
			if !ok {
				continue
			}
			by := y + i*barH
			fmt.Fprintf(w, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>%s: %.2fx</title></rect>`+"\n",
				labelW, by, math.Max(scale(up), 1), barH-2, colors[i%len(colors)], html.EscapeString(impl), up)
			fmt.Fprintf(w, `<text x="%.1f" y="%d" fill="#333">%.1fx</text>`+"\n", float64(labelW)+scale(up)+4, by+barH-3, up)
		}
	}
	fmt.Fprintf(w, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="black" stroke-width="1.5"/>`+"\n", x1, top-6, x1, height-30)
	_, err := fmt.Fprintln(w, "</svg>")
	return err
}

// speedup is loop time / impl time.
func speedup(t *Table, row Result, impl string) (float64, bool) {
	loop, ok1 := t.Get(row, "loop")
	ns, ok2 := t.Get(row, impl)
	if !ok1 || !ok2 || ns <= 0 {
		return 0, false
	}
	return loop / ns, true
}
