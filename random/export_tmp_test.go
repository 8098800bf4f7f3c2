package random

import (
	"syscall"
	"testing"
	"time"
)

func cpuT() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func bestCPU(f func()) float64 {
	best := time.Hour
	for r := 0; r < 7; r++ {
		t := cpuT()
		for i := 0; i < 5; i++ {
			f()
		}
		if d := (cpuT() - t) / 5; d < best {
			best = d
		}
	}
	return float64(best) / 1e6
}

func TestTmpBreakdown(t *testing.T) {
	g := DefaultRNG(1)
	d := make([]float64, benchN)
	w := make([]uint64, benchN)
	t.Logf("alloc %.2f", bestCPU(func() { zeros[float64]([]int{benchN}) }))
	t.Logf("fillDoubles %.2f", bestCPU(func() { fillDoubles(g.bg, d) }))
	t.Logf("fillWords %.2f", bestCPU(func() { g.bg.fillWords(w) }))
	t.Logf("fill64 single %.2f", bestCPU(func() { g.bg.fill64(w) }))
	t.Logf("normal fill %.2f", bestCPU(func() { fillNormal(g.bg, d) }))
}

