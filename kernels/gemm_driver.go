package kernels

import (
	"sync"
	"sync/atomic"

	"github.com/ndsimd/ndsimd/internal/threads"
)

// gemmProblem is one checked GEMM call (see [GemmF64]).
type gemmProblem[T Float] struct {
	m, n, k          int
	alpha, beta      T
	a                []T
	aOff, aRow, aCol int
	b                []T
	bOff, bRow, bCol int
	c                []T
	cOff, cRow, cCol int
}

// gemmBuf holds one goroutine's packing buffers, reused through a pool.
type gemmBuf[T Float] struct {
	a, b, t []T
}

var (
	gemmPool64 sync.Pool // *gemmBuf[float64]
	gemmPool32 sync.Pool // *gemmBuf[float32]
)

func poolOf[T Float]() *sync.Pool {
	var zero T
	if _, ok := any(zero).(float64); ok {
		return &gemmPool64
	}
	return &gemmPool32
}

func getBuf[T Float]() *gemmBuf[T] {
	if v, ok := poolOf[T]().Get().(*gemmBuf[T]); ok {
		return v
	}
	return new(gemmBuf[T])
}

// grow returns s resized to n elements, reallocating only if it is too short.
func grow[T Float](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// gemmThreads is the setting of [SetGemmThreads]; 0 means the library's.
var gemmThreads atomic.Int64

// gemmParallelMin is the smallest m·n·k worth splitting across goroutines.
const gemmParallelMin = 96 * 96 * 96

// SetGemmThreads sets how many goroutines one large GemmF64 or GemmF32 call
// may use and returns the previous setting. n <= 0 (the default) means the
// library's thread setting (internal/threads: NDSIMD_THREADS, ufunc.SetThreads); n == 1 runs every product
// on the calling goroutine, for single-thread comparisons. Products smaller
// than about 96³ multiply-adds always run on one goroutine.
func SetGemmThreads(n int) (previous int) {
	return int(gemmThreads.Swap(int64(max(n, 0))))
}

func gemmThreadCount() int {
	if t := int(gemmThreads.Load()); t > 0 {
		return t
	}
	return threads.N() // the library's one setting (NDSIMD_THREADS, ufunc.SetThreads)
}

// runGemm splits p across goroutines (by rows of C if it has more rows than
// columns, else by columns) and runs each part with the blocked algorithm.
func runGemm[T Float](p *gemmProblem[T], kr *gemmKernel[T]) {
	threads := gemmThreadCount()
	if threads <= 1 || p.m*p.n*p.k < gemmParallelMin {
		gemmSerial(p, kr)
		return
	}
	byRows := p.m >= p.n
	size, unit := p.n, kr.nr
	if byRows {
		size, unit = p.m, kr.mr
	}
	units := (size + unit - 1) / unit
	parts := min(threads, units)
	if parts <= 1 {
		gemmSerial(p, kr)
		return
	}
	var wg sync.WaitGroup
	lo := 0
	for t := range parts {
		hi := min(size, (units*(t+1)/parts)*unit)
		if hi <= lo {
			continue
		}
		q := *p
		if byRows {
			q.m = hi - lo
			q.aOff += lo * p.aRow
			q.cOff += lo * p.cRow
		} else {
			q.n = hi - lo
			q.bOff += lo * p.bCol
			q.cOff += lo * p.cCol
		}
		if t == parts-1 {
			gemmSerial(&q, kr)
		} else {
			wg.Go(func() { gemmSerial(&q, kr) })
		}
		lo = hi
	}
	wg.Wait()
}

// gemmSerial is the BLIS loop nest on one goroutine: jc over nc columns,
// pc over kc, pack B; ic over mc rows, pack A; jr over nr, ir over mr, call
// the micro-kernel. Full tiles of a C with unit column stride are written by
// the micro-kernel in place; edge tiles and other strides go through a small
// temporary tile.
func gemmSerial[T Float](p *gemmProblem[T], kr *gemmKernel[T]) {
	var zero T
	size := 8
	if _, ok := any(zero).(float32); ok {
		size = 4
	}
	mr, nr := kr.mr, kr.nr
	bl := blocksFor(mr, nr, size)
	buf := getBuf[T]()
	defer poolOf[T]().Put(buf)
	kcMax := min(bl.kc, p.k)
	mcMax := min(bl.mc, (p.m+mr-1)/mr*mr)
	ncMax := min(bl.nc, (p.n+nr-1)/nr*nr)
	buf.a = grow(buf.a, mcMax*kcMax)
	buf.b = grow(buf.b, ncMax*kcMax)
	buf.t = grow(buf.t, mr*nr)
	direct := p.cCol == 1 && p.cRow >= 0
	for jc := 0; jc < p.n; jc += bl.nc {
		nb := min(bl.nc, p.n-jc)
		for pc := 0; pc < p.k; pc += bl.kc {
			kb := min(bl.kc, p.k-pc)
			packB(buf.b, kb, nb, nr, p.b, p.bOff+pc*p.bRow+jc*p.bCol, p.bRow, p.bCol)
			beta := p.beta
			if pc > 0 {
				beta = 1
			}
			for ic := 0; ic < p.m; ic += bl.mc {
				mb := min(bl.mc, p.m-ic)
				packA(buf.a, mb, kb, mr, p.a, p.aOff+ic*p.aRow+pc*p.aCol, p.aRow, p.aCol)
				for jr := 0; jr < nb; jr += nr {
					bp := buf.b[jr*kb : (jr+nr)*kb]
					cols := min(nr, nb-jr)
					for ir := 0; ir < mb; ir += mr {
						ap := buf.a[ir*kb : (ir+mr)*kb]
						rows := min(mr, mb-ir)
						cBase := p.cOff + (ic+ir)*p.cRow + (jc+jr)*p.cCol
						if direct && rows == mr && cols == nr {
							kr.kern(kb, ap, bp, p.c[cBase:cBase+(mr-1)*p.cRow+nr], p.cRow, p.alpha, beta)
							continue
						}
						kr.kern(kb, ap, bp, buf.t, nr, 1, 0)
						mergeTile(rows, cols, buf.t, nr, p.alpha, beta, p.c, cBase, p.cRow, p.cCol)
					}
				}
			}
		}
	}
}

// mergeTile sets C = alpha*t + beta*C on a rows×cols tile (C not read when
// beta == 0).
func mergeTile[T Float](rows, cols int, t []T, ldt int, alpha, beta T, c []T, off, rs, cs int) {
	for i := range rows {
		tr := t[i*ldt : i*ldt+cols]
		o := off + i*rs
		if beta == 0 {
			for j, v := range tr {
				c[o+j*cs] = alpha * v
			}
			continue
		}
		for j, v := range tr {
			c[o+j*cs] = alpha*v + beta*c[o+j*cs]
		}
	}
}
