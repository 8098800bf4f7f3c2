package ndarray

import (
	"fmt"
	"unsafe"

	"github.com/ndsimd/ndsimd/internal/uninit"
	"github.com/ndsimd/ndsimd/kernels"
)

// Concatenate joins arrays along an existing axis, as np.concatenate(arrays,
// axis=axis); a negative axis counts from the end. Every array must have the
// same number of dimensions and the same length on every other axis: it
// panics with a *ShapeError in NumPy's words otherwise, with a *ValueError
// for no arrays or 0-d arrays and an *AxisError for an axis out of range.
// For axis=None (join the flattened arrays) use [ConcatenateFlat].
func Concatenate[T Elem](arrays []*Array[T], axis int) *Array[T] {
	if len(arrays) == 0 {
		panic(&ValueError{Msg: "need at least one array to concatenate"})
	}
	for _, a := range arrays {
		a.valid()
	}
	nd := len(arrays[0].shape)
	if nd == 0 {
		panic(&ValueError{Msg: "zero-dimensional arrays cannot be concatenated"})
	}
	axis = normalizeAxis(axis, nd)
	shape := arrays[0].Shape()
	for i, b := range arrays[1:] {
		if len(b.shape) != nd {
			panic(&ShapeError{Op: "concatenate", Msg: fmt.Sprintf("all the input arrays must have same number of dimensions, but the array at index 0 has %d dimension(s) and the array at index %d has %d dimension(s)", nd, i+1, len(b.shape))})
		}
		for d := range nd {
			if d != axis && b.shape[d] != shape[d] {
				panic(&ShapeError{Op: "concatenate", Msg: fmt.Sprintf("all the input array dimensions except for the concatenation axis must match exactly, but along dimension %d, the array at index 0 has size %d and the array at index %d has size %d", d, shape[d], i+1, b.shape[d])})
			}
		}
		shape[axis] += b.shape[axis]
	}
	out := newUninit[T](shape...)
	concatInto(out, arrays, axis)
	return out
}

// concatInto writes the arrays, joined along axis, into out (fresh,
// C-contiguous, of the joined shape). Arrays whose blocks after axis are
// contiguous are copied block by block in out's order: for each index of
// the axes before axis, one block of each array in turn, so out is written
// front to back in one pass. Consecutive arrays whose blocks continue one
// another in the same memory (adjacent views of one array, as
// m[:, :k] and m[:, k:]) are copied as one block (mergeBlocks), and when
// the blocks of every index are then one run of memory the whole result is
// one copy. Blocks go through streaming stores when out is large
// (streamsInto), every array is copied so and the block is long enough
// (streamMinBlockBytes); a single copy of the whole result is Go's copy,
// which streams from 1 MiB on by itself. Any other array is assigned
// through its strides.
func concatInto[T Elem](out *Array[T], arrays []*Array[T], axis int) {
	outer, total, inner := splitShape(out.shape, axis)
	var blocks []concatBlock[T]
	at, assigned := 0, false
	for _, b := range arrays {
		n := b.shape[axis]
		if n > 0 && b.Size() > 0 {
			if step, ok := blockStride(b, axis); ok {
				blocks = append(blocks, concatBlock[T]{src: b.data, at: at * inner, size: n * inner, step: step, offset: b.offset})
			} else {
				assignStrided(axisSlice(out, axis, at, at+n), b)
				assigned = true
			}
		}
		at += n
	}
	row := total * inner
	blocks = mergeBlocks(blocks, outer)
	if len(blocks) == 1 && blocks[0].size == row && (outer == 1 || blocks[0].step == row) {
		b := blocks[0]
		copy(out.data, b.src[b.offset:b.offset+outer*row])
		return
	}
	var z T
	stream := !assigned && streamsInto(out)
	if stream {
		defer kernels.StreamFence()
	}
	for o := range outer {
		dst := out.data[o*row : (o+1)*row]
		for _, b := range blocks {
			src := b.offset + o*b.step
			if stream && b.size*int(unsafe.Sizeof(z)) >= streamMinBlockBytes {
				kernels.CopyStreamElems(dst[b.at:b.at+b.size], b.src[src:src+b.size])
			} else {
				copy(dst[b.at:b.at+b.size], b.src[src:src+b.size])
			}
		}
	}
}

// concatBlock is one array's part of concatInto's copy: for outer index o,
// the size elements at src[offset+o*step:] go to out's row o from column at.
type concatBlock[T Elem] struct {
	src                    []T
	at, size, step, offset int
}

// mergeBlocks joins each block to the one before it when it continues it
// both in out (it starts where the other ends) and in memory (the same
// backing array, its data starting where the other's ends, the same step
// between outer indexes, or a single outer index). The merged block keeps
// the longer of the two data slices, which start at the same address.
func mergeBlocks[T Elem](blocks []concatBlock[T], outer int) []concatBlock[T] {
	if len(blocks) < 2 {
		return blocks
	}
	merged := blocks[:1]
	for _, b := range blocks[1:] {
		p := &merged[len(merged)-1]
		if b.at == p.at+p.size && (outer == 1 || b.step == p.step) &&
			unsafe.SliceData(b.src) == unsafe.SliceData(p.src) && b.offset == p.offset+p.size {
			p.size += b.size
			if len(b.src) > len(p.src) {
				p.src = b.src // the same memory, known further
			}
			continue
		}
		merged = append(merged, b)
	}
	return merged
}

// blockStride reports whether, for every index of the axes before axis,
// b's elements on the remaining axes are one C-contiguous block, and if so
// the distance in data between consecutive blocks.
func blockStride[T Elem](b *Array[T], axis int) (step int, ok bool) {
	s := 1
	for i := len(b.shape) - 1; i >= axis; i-- {
		if b.shape[i] != 1 && b.strides[i] != s {
			return 0, false
		}
		s *= b.shape[i]
	}
	have := false
	prevStride, prevLen := 0, 0
	for i := axis - 1; i >= 0; i-- {
		if b.shape[i] == 1 {
			continue
		}
		if !have {
			step, have = b.strides[i], true
		} else if b.strides[i] != prevStride*prevLen {
			return 0, false
		}
		prevStride, prevLen = b.strides[i], b.shape[i]
	}
	return step, true
}

// ConcatenateFlat joins the flattened arrays into one 1-D array, as
// np.concatenate(arrays, axis=None).
func ConcatenateFlat[T Elem](arrays []*Array[T]) *Array[T] {
	flat := make([]*Array[T], len(arrays))
	for i, a := range arrays {
		flat[i] = a.Reshape(-1)
	}
	return Concatenate(flat, 0)
}

// Stack joins arrays of one shape along a new axis, as np.stack(arrays,
// axis=axis): the result has one more dimension, and axis is its position
// in the result (negative counts from the end). It panics with a
// *ValueError when the shapes differ or there are no arrays.
func Stack[T Elem](arrays []*Array[T], axis int) *Array[T] {
	if len(arrays) == 0 {
		panic(&ValueError{Msg: "need at least one array to stack"})
	}
	for _, a := range arrays {
		a.valid()
	}
	for _, b := range arrays[1:] {
		if !equalShapes(b.shape, arrays[0].shape) {
			panic(&ValueError{Msg: "all input arrays must have the same shape"})
		}
	}
	axis = normalizeAxis(axis, len(arrays[0].shape)+1)
	expanded := make([]*Array[T], len(arrays))
	for i, a := range arrays {
		expanded[i] = a.ExpandDims(axis)
	}
	return Concatenate(expanded, axis)
}

// HStack joins arrays column-wise, as np.hstack: 1-D arrays (and scalars)
// end to end, others along axis 1.
func HStack[T Elem](arrays []*Array[T]) *Array[T] {
	b := make([]*Array[T], len(arrays))
	for i, a := range arrays {
		b[i] = atLeast1D(a)
	}
	if len(b) > 0 && len(b[0].shape) == 1 {
		return Concatenate(b, 0)
	}
	return Concatenate(b, 1)
}

// VStack joins arrays row-wise, as np.vstack: 1-D arrays of length n become
// rows (1, n) first, then all are joined along axis 0.
func VStack[T Elem](arrays []*Array[T]) *Array[T] {
	b := make([]*Array[T], len(arrays))
	for i, a := range arrays {
		switch len(a.shape) {
		case 0:
			b[i] = a.Reshape(1, 1)
		case 1:
			b[i] = a.ExpandDims(0)
		default:
			b[i] = a
		}
	}
	return Concatenate(b, 0)
}

func atLeast1D[T Elem](a *Array[T]) *Array[T] {
	if len(a.shape) == 0 {
		return a.Reshape(1)
	}
	return a
}

func equalShapes(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// streamMinBlockBytes is the shortest block concatInto copies with
// streaming stores: the streaming kernel's call, and its plain stores of
// the vectors before and after the aligned middle, cost more than they
// save on short blocks (the float32 halves of a 1000-wide matrix, 2000
// bytes a row, took 20% more CPU time streamed; the float64 halves, 4000
// bytes, 13% less).
const streamMinBlockBytes = 3 << 10

// streamsInto reports whether a fresh result out is large enough to be
// written with streaming stores (uninit.StreamMinBytes).
func streamsInto[T Elem](out *Array[T]) bool {
	var z T
	return len(out.data)*int(unsafe.Sizeof(z)) >= uninit.StreamMinBytes
}
