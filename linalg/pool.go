package linalg

import (
	"sync"

	"github.com/ndsimd/ndsimd/ndarray"
)

// Work matrices are reused between calls: a fresh large slice costs a page
// fault per 4 KiB on first touch, as much as copying the matrix in.
var pools = map[string]*sync.Pool{"float64": {}, "float32": {}}

// getWork returns a slice of n elements (contents undefined) from the pool.
func getWork[T ndarray.Float](n int) *[]T {
	p := pools[ndarray.DtypeOf[T]()]
	if v, ok := p.Get().(*[]T); ok && cap(*v) >= n {
		*v = (*v)[:n]
		return v
	}
	s := make([]T, n)
	return &s
}

// putWork returns a slice from getWork to the pool.
func putWork[T ndarray.Float](v *[]T) {
	pools[ndarray.DtypeOf[T]()].Put(v)
}

// arena hands out zeroed scratch slices for one call from storage reused
// between calls (through a pool per element type): a fresh large slice
// costs its page faults and the garbage collector's work on every call,
// which was a tenth of QR, SVD and eigh of a few hundred rows.
type arena[T any] struct {
	buf  []T
	used int
}

var arenas = map[string]*sync.Pool{"float64": {}, "float32": {}}

// getArena returns an empty arena for element type T; release it with
// putArena when no slice it gave is used any more.
func getArena[T ndarray.Float]() *arena[T] {
	if v, ok := arenas[ndarray.DtypeOf[T]()].Get().(*arena[T]); ok {
		return v
	}
	return new(arena[T])
}

// putArena makes a's storage reusable by a later call.
func putArena[T ndarray.Float](a *arena[T]) {
	a.used = 0
	arenas[ndarray.DtypeOf[T]()].Put(a)
}

// take returns n zeroed elements. When the storage is full a larger one
// replaces it (the slices already given stay valid on the old storage), so
// that after one call of a given size the next ones allocate nothing.
func (a *arena[T]) take(n int) []T {
	if a.used+n > len(a.buf) {
		a.buf = make([]T, max(2*len(a.buf), a.used+n, 1024))
		a.used = 0
	}
	s := a.buf[a.used : a.used+n : a.used+n]
	a.used += n
	clear(s)
	return s
}

// mark returns the arena's position, for release.
func (a *arena[T]) mark() int { return a.used }

// release gives back every slice taken since mark returned m (none of them
// may be used any more), so that nested calls reuse one region.
func (a *arena[T]) release(m int) { a.used = min(m, a.used) }
