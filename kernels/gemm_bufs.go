package kernels

import (
	"runtime"
	"sync"
)

// gemmBuf holds one goroutine's packing buffers.
type gemmBuf[T Float] struct {
	a, b, t []T
}

// gemmBufList is a free list of packing buffers. Unlike a sync.Pool it is
// not emptied by the garbage collector: a product that allocates its result
// (as every ufunc.Matmul does) triggers collections often enough that pooled
// buffers were dropped and re-made, zeroed, call after call. It keeps at
// most 2·GOMAXPROCS buffers, each as large as the largest product it served
// needed (BLAS libraries keep their packing buffers for good as well).
type gemmBufList[T Float] struct {
	mu   sync.Mutex
	free []*gemmBuf[T]
}

var (
	gemmBufs64 gemmBufList[float64]
	gemmBufs32 gemmBufList[float32]
)

func bufListOf[T Float]() *gemmBufList[T] {
	if l, ok := any(&gemmBufs64).(*gemmBufList[T]); ok {
		return l
	}
	return any(&gemmBufs32).(*gemmBufList[T])
}

// getBuf takes a packing buffer from the free list (a new one if it is
// empty); give it back with putBuf.
func getBuf[T Float]() *gemmBuf[T] {
	l := bufListOf[T]()
	l.mu.Lock()
	defer l.mu.Unlock()
	if n := len(l.free); n > 0 {
		b := l.free[n-1]
		l.free[n-1] = nil
		l.free = l.free[:n-1]
		return b
	}
	return new(gemmBuf[T])
}

// putBuf returns b to the free list, or drops it when the list is full.
func putBuf[T Float](b *gemmBuf[T]) {
	l := bufListOf[T]()
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.free) < 2*runtime.GOMAXPROCS(0) {
		l.free = append(l.free, b)
	}
}

// grow returns s resized to n elements, reallocating only if it is too short.
func grow[T Float](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
