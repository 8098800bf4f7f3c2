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

// gemmThreads is the setting of [SetGemmThreads]; 0 means the library's.
var gemmThreads atomic.Int64

// gemmParallelMin is the smallest m·n·k worth splitting across goroutines.
const gemmParallelMin = 96 * 96 * 96

// SetGemmThreads sets how many goroutines one large GemmF64, GemmF32,
// GemvF64 or GemvF32 call may use and returns the previous setting. n <= 0
// (the default) means the library's thread setting (internal/threads:
// NDSIMD_THREADS, ufunc.SetThreads); n == 1 runs every product on the
// calling goroutine, for single-thread comparisons. Products smaller than
// about 96³ multiply-adds (GEMV: 2^17 elements of A) always run on one
// goroutine.
func SetGemmThreads(n int) (previous int) {
	return int(gemmThreads.Swap(int64(max(n, 0))))
}

func gemmThreadCount() int {
	if t := int(gemmThreads.Load()); t > 0 {
		return t
	}
	return threads.N() // the library's one setting (NDSIMD_THREADS, ufunc.SetThreads)
}

// runGemm runs p with the blocked algorithm on one goroutine or several.
// With at least as many rows of C as columns, the goroutines share each
// packed block of B (each packs a slice of its micro-panels) and split the
// rows of C, each packing its own rows of A ([gemmShared]); with more
// columns, each takes a range of columns of C and runs alone, packing its
// columns of B and all of A.
func runGemm[T Float](p *gemmProblem[T], kr *gemmKernel[T]) {
	threads := gemmThreadCount()
	if threads <= 1 || p.m*p.n*p.k < gemmParallelMin {
		gemmShared(p, kr, 1)
		return
	}
	if p.m >= p.n {
		gemmShared(p, kr, min(threads, (p.m+kr.mr-1)/kr.mr))
		return
	}
	units := (p.n + kr.nr - 1) / kr.nr
	parts := min(threads, units)
	if parts <= 1 {
		gemmShared(p, kr, 1)
		return
	}
	var wg sync.WaitGroup
	lo := 0
	for t := range parts {
		hi := min(p.n, (units*(t+1)/parts)*kr.nr)
		q := *p
		q.n = hi - lo
		q.bOff += lo * p.bCol
		q.cOff += lo * p.cCol
		if t == parts-1 {
			gemmShared(&q, kr, 1)
		} else {
			wg.Go(func() { gemmShared(&q, kr, 1) })
		}
		lo = hi
	}
	wg.Wait()
}

// gemmShared is the BLIS loop nest on parts goroutines (the caller and
// parts-1 more): jc over nc columns, pc over kc, pack B into one buffer
// that all parts share (part t packs the t-th slice of its micro-panels,
// then all wait for each other); ic over mc rows of the part's own range of
// rows (a multiple of mr), pack A into the part's own buffer; jr over nr,
// ir over mr, call the micro-kernel; all wait again before B is repacked.
func gemmShared[T Float](p *gemmProblem[T], kr *gemmKernel[T], parts int) {
	mr, nr := kr.mr, kr.nr
	bl := blocksFor(mr, nr, elemSize[T]())
	shared := getBuf[T]()
	defer putBuf(shared)
	kcMax := min(bl.kc, p.k)
	ncMax := min(bl.nc, (p.n+nr-1)/nr*nr)
	shared.b = grow(shared.b, ncMax*kcMax)
	steps := ((p.n + bl.nc - 1) / bl.nc) * ((p.k + bl.kc - 1) / bl.kc)
	var barriers []sync.WaitGroup // packed (2s) and computed (2s+1), per step s
	if parts > 1 {
		barriers = make([]sync.WaitGroup, 2*steps)
		for i := range barriers {
			barriers[i].Add(parts)
		}
	}
	wait := func(i int) {
		if parts > 1 {
			barriers[i].Done()
			barriers[i].Wait()
		}
	}
	units := (p.m + mr - 1) / mr
	part := func(t int) {
		lo := min(p.m, units*t/parts*mr)
		hi := min(p.m, units*(t+1)/parts*mr)
		buf := getBuf[T]()
		defer putBuf(buf)
		buf.a = grow(buf.a, min(bl.mc, (hi-lo+mr-1)/mr*mr)*kcMax)
		buf.t = grow(buf.t, mr*nr)
		s := 0
		for jc := 0; jc < p.n; jc += bl.nc {
			nb := min(bl.nc, p.n-jc)
			panels := (nb + nr - 1) / nr
			for pc := 0; pc < p.k; pc += bl.kc {
				kb := min(bl.kc, p.k-pc)
				q0, q1 := panels*t/parts, panels*(t+1)/parts
				if q1 > q0 {
					cols := min(nb, q1*nr) - q0*nr
					packB(shared.b[q0*nr*kb:], kb, cols, nr, p.b, p.bOff+pc*p.bRow+(jc+q0*nr)*p.bCol, p.bRow, p.bCol)
				}
				wait(2 * s)
				beta := p.beta
				if pc > 0 {
					beta = 1
				}
				gemmRows(p, kr, bl.mc, buf, shared.b, lo, hi, jc, nb, pc, kb, beta)
				if s+1 < steps {
					wait(2*s + 1)
				}
				s++
			}
		}
	}
	if parts <= 1 {
		part(0)
		return
	}
	var wg sync.WaitGroup
	for t := 1; t < parts; t++ {
		wg.Go(func() { part(t) })
	}
	part(0)
	wg.Wait()
}

// gemmRows multiplies rows [lo, hi) of the packed kb×nb block of B (at
// column jc, depth pc of the product): ic over mc rows, pack A into buf.a;
// jr over nr, ir over mr, call the micro-kernel. Full tiles of a C with unit
// column stride are written by the micro-kernel in place; edge tiles and
// other strides go through a small temporary tile.
func gemmRows[T Float](p *gemmProblem[T], kr *gemmKernel[T], mc int, buf *gemmBuf[T], bpack []T, lo, hi, jc, nb, pc, kb int, beta T) {
	mr, nr := kr.mr, kr.nr
	direct := p.cCol == 1 && p.cRow >= 0
	// A row-major A whose whole depth is one block is read in place by
	// kernRowA (its rows are then one contiguous stretch of memory; with
	// several pc blocks the row pieces would be a stride apart that, for a
	// power-of-two lda, maps them onto few cache sets). Only a last panel
	// of fewer than mr rows is packed.
	rowA := kr.kernRowA != nil && p.aCol == 1 && p.aRow > 0 && kb == p.k
	for ic := lo; ic < hi; ic += mc {
		mb := min(mc, hi-ic)
		full := 0 // rows of this block read in place
		if rowA {
			full = mb / mr * mr
			if full < mb {
				packA(buf.a[full*kb:], mb-full, kb, mr, p.a, p.aOff+(ic+full)*p.aRow+pc, p.aRow, 1)
			}
		} else {
			packA(buf.a, mb, kb, mr, p.a, p.aOff+ic*p.aRow+pc*p.aCol, p.aRow, p.aCol)
		}
		for jr := 0; jr < nb; jr += nr {
			bp := bpack[jr*kb : (jr+nr)*kb]
			cols := min(nr, nb-jr)
			for ir := 0; ir < mb; ir += mr {
				rows := min(mr, mb-ir)
				cBase := p.cOff + (ic+ir)*p.cRow + (jc+jr)*p.cCol
				if ir < full {
					aBase := p.aOff + (ic+ir)*p.aRow + pc
					ap := p.a[aBase : aBase+(mr-1)*p.aRow+kb]
					if direct && cols == nr {
						kr.kernRowA(kb, ap, p.aRow, bp, p.c[cBase:cBase+(mr-1)*p.cRow+nr], p.cRow, p.alpha, beta)
						continue
					}
					kr.kernRowA(kb, ap, p.aRow, bp, buf.t, nr, 1, 0)
					mergeTile(rows, cols, buf.t, nr, p.alpha, beta, p.c, cBase, p.cRow, p.cCol)
					continue
				}
				ap := buf.a[ir*kb : (ir+mr)*kb]
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

// elemSize is the size of T in bytes.
func elemSize[T Float]() int {
	var zero T
	if _, ok := any(zero).(float32); ok {
		return 4
	}
	return 8
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
