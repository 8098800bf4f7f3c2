package ndarray

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/internal/uninit"
)

// MaxDims is the most axes an array may have: 32, NumPy 1.x's NPY_MAXDIMS
// (NumPy 2 raised it to 64; this package follows NumPy 1.24, the reference
// its behaviour is checked against). Every constructor, view and file
// reader refuses more with a *ValueError whose message is NumPy's
// ("maximum supported dimension for an ndarray is 32, found 33").
const MaxDims = 32

// maxAllocBytes is the largest allocation this package asks the Go runtime
// for: Go's own limit on 64-bit platforms is 2**48 bytes (make panics with
// "len out of range" above it), and NumPy reports sizes it cannot allocate
// rather than crashing.
const maxAllocBytes = 1<<48 - 1

// errTooBig is NumPy's message for a shape whose byte size overflows intp.
const errTooBig = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."

// shapeSize is the one size computation of the package: the number of
// elements of shape for elements of itemSize bytes. As NumPy it refuses
// more than MaxDims axes and a negative dimension, and a shape whose
// product of non-zero dimensions times itemSize overflows int, whatever
// the order of the dimensions and even when one of them is 0 (NumPy
// refuses (2**62, 2**62, 0), (0, 2**62, 2**62) and (2**62, 0, 2**62)).
// The error is a *ValueError or a *ShapeError.
func shapeSize(shape []int, itemSize int) (int, error) {
	if len(shape) > MaxDims {
		return 0, tooManyDims(len(shape))
	}
	n, err := broadcast.SizeOf(shape, itemSize)
	if err == nil {
		return n, nil
	}
	if slices.ContainsFunc(shape, func(d int) bool { return d < 0 }) {
		return 0, &ShapeError{Op: "shape", Shape: slices.Clone(shape), Msg: fmt.Sprintf("negative dimensions are not allowed: %s", FormatShape(shape))}
	}
	return 0, &ValueError{Msg: errTooBig}
}

// tooManyDims is NumPy's error for an array of ndim > MaxDims axes.
func tooManyDims(ndim int) *ValueError {
	return &ValueError{Msg: fmt.Sprintf("maximum supported dimension for an ndarray is %d, found %d", MaxDims, ndim)}
}

// checkedSizeOf returns the number of elements of shape for elements of
// type T, panicking with the error of shapeSize: the package's one
// checked size (an index computation that allocates nothing may use any T,
// e.g. checkedSizeOf[int8]).
func checkedSizeOf[T Elem](shape []int) int {
	n, err := shapeSize(shape, itemSize[T]())
	if err != nil {
		panic(err)
	}
	return n
}

// itemSize is the size of an element of type T in bytes.
func itemSize[T Elem]() int {
	var z T
	return int(unsafe.Sizeof(z))
}

// allocate returns a new zeroed slice for an array of the given shape,
// after checking the shape (see shapeSize) and that its bytes are within
// what the Go runtime can allocate: larger requests panic with a
// *ValueError in NumPy's words for a failed allocation instead of Go's
// "makeslice: len out of range". A block of 4 MiB or more gets huge
// pages, as NumPy's do (uninit.Zeroed).
func allocate[T Elem](shape []int) []T {
	n := checkedSizeOf[T](shape)
	if !canAllocate(n, itemSize[T]()) {
		panic(unableToAllocate[T](shape))
	}
	return uninit.Zeroed[T](n)
}

// canAllocate reports whether n items of size bytes can be asked of the Go
// runtime: at most maxAllocBytes, and at most the machine's memory (see
// memoryCeiling). Go cannot recover from running out of memory, so a size
// the machine cannot hold is refused beforehand, as NumPy's failed
// allocation raises MemoryError instead of ending the process.
func canAllocate(n, size int) bool {
	if n <= (1<<30)/size { // small: no need to look further
		return true
	}
	return n <= maxAllocBytes/size && int64(n)*int64(size) <= memoryCeiling()
}

var (
	ceilingOnce sync.Once
	ceiling     int64
)

// memoryCeiling is the most memory one array may take: the machine's
// physical memory (MemTotal of /proc/meminfo on Linux, read once; Go's
// GOMEMLIMIT is a soft limit for the collector and is not used), or
// maxAllocBytes where it cannot be read.
func memoryCeiling() int64 {
	ceilingOnce.Do(func() {
		ceiling = maxAllocBytes
		if b, err := os.ReadFile("/proc/meminfo"); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				f := strings.Fields(line)
				if len(f) >= 2 && f[0] == "MemTotal:" {
					if kb, err := strconv.ParseInt(f[1], 10, 64); err == nil && kb > 0 && kb < ceiling>>10 {
						ceiling = kb << 10
					}
				}
			}
		}
	})
	return ceiling
}

// unableToAllocate is NumPy's _ArrayMemoryError message, as a *ValueError.
func unableToAllocate[T Elem](shape []int) *ValueError {
	bytes := float64(itemSize[T]())
	for _, d := range shape {
		bytes *= float64(d)
	}
	units := []string{"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	u := 0
	for bytes >= 1024 && u < len(units)-1 {
		bytes /= 1024
		u++
	}
	return &ValueError{Msg: fmt.Sprintf("Unable to allocate %.2f %s for an array with shape %s and data type %s", bytes, units[u], FormatShape(shape), DtypeOf[T]())}
}

// cStrides returns the C-order (row-major) strides of shape, in elements
// (broadcast.ContiguousStrides, for a shape already checked).
func cStrides(shape []int) []int { return broadcast.ContiguousStrides(shape) }

// normalizeAxis turns a possibly negative axis into 0..ndim-1, or panics
// with an *AxisError.
func normalizeAxis(axis, ndim int) int {
	if axis < -ndim || axis >= ndim {
		panic(axisError(axis, ndim))
	}
	if axis < 0 {
		axis += ndim
	}
	return axis
}

// normalizeAxes normalises a list of axes and refuses repeats, as NumPy.
func normalizeAxes(axes []int, ndim int) []int {
	out := make([]int, len(axes))
	for i, a := range axes {
		out[i] = normalizeAxis(a, ndim)
		if slices.Contains(out[:i], out[i]) {
			panic(&ValueError{Msg: "duplicate value in 'axis'"})
		}
	}
	return out
}

// SameShape reports whether a and b have the same shape, as
// np.shape(a) == np.shape(b), without copying either shape (the test of
// the per-call fast paths of small operations).
func SameShape[T, U Elem](a *Array[T], b *Array[U]) bool {
	a.valid()
	b.valid()
	return slices.Equal(a.shape, b.shape)
}
