package random

// FillDoublesForBench is temporary (not committed).
func FillDoublesForBench(g *Generator, d []float64) { fillDoubles(g.bg, d) }
