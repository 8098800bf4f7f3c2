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
