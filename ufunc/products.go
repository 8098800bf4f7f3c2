package ufunc

import (
	"fmt"
	"slices"

	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/internal/uninit"
	"github.com/ndsimd/ndsimd/kernels"
	"github.com/ndsimd/ndsimd/ndarray"
)

// matrix is a 2-D strided view: element (i, p) is data[off + i*row + p*col].
type matrix[T any] struct {
	data          []T
	off, row, col int
}

func asMatrix[T ndarray.Elem](a *ndarray.Array[T]) matrix[T] {
	st := a.Strides()
	return matrix[T]{a.Data(), a.Offset(), st[0], st[1]}
}

// gemm computes c = a·b for an m×k a and a k×n b (c is overwritten):
// floats by the GEMM kernels, integers exactly in T (wrapping, as NumPy's
// integer products), bool as OR of ANDs (NumPy's logical bool product).
func gemm[T ndarray.Elem](m, n, k int, a, b, c matrix[T]) {
	switch a := any(a).(type) {
	case matrix[bool]:
		gemmBool(m, n, k, a, any(b).(matrix[bool]), any(c).(matrix[bool]))
	case matrix[int64]:
		gemmInt(m, n, k, a, any(b).(matrix[int64]), any(c).(matrix[int64]))
	case matrix[int32]:
		gemmInt(m, n, k, a, any(b).(matrix[int32]), any(c).(matrix[int32]))
	case matrix[int16]:
		gemmInt(m, n, k, a, any(b).(matrix[int16]), any(c).(matrix[int16]))
	case matrix[int8]:
		gemmInt(m, n, k, a, any(b).(matrix[int8]), any(c).(matrix[int8]))
	case matrix[uint64]:
		gemmInt(m, n, k, a, any(b).(matrix[uint64]), any(c).(matrix[uint64]))
	case matrix[uint32]:
		gemmInt(m, n, k, a, any(b).(matrix[uint32]), any(c).(matrix[uint32]))
	case matrix[uint16]:
		gemmInt(m, n, k, a, any(b).(matrix[uint16]), any(c).(matrix[uint16]))
	case matrix[uint8]:
		gemmInt(m, n, k, a, any(b).(matrix[uint8]), any(c).(matrix[uint8]))
	case matrix[float64]:
		b, c := any(b).(matrix[float64]), any(c).(matrix[float64])
		kernels.GemmF64(m, n, k, 1, a.data, a.off, a.row, a.col, b.data, b.off, b.row, b.col, 0, c.data, c.off, c.row, c.col)
	case matrix[float32]:
		b, c := any(b).(matrix[float32]), any(c).(matrix[float32])
		kernels.GemmF32(m, n, k, 1, a.data, a.off, a.row, a.col, b.data, b.off, b.row, b.col, 0, c.data, c.off, c.row, c.col)
	}
}

// gemmInt is c = a·b in T's wrapping arithmetic, the order i, p, j so that
// rows of b and c are read along.
func gemmInt[T ndarray.Integer](m, n, k int, a, b, c matrix[T]) {
	for i := range m {
		for j := range n {
			c.data[c.off+i*c.row+j*c.col] = 0
		}
		for p := range k {
			x := a.data[a.off+i*a.row+p*a.col]
			if x == 0 {
				continue
			}
			for j := range n {
				c.data[c.off+i*c.row+j*c.col] += x * b.data[b.off+p*b.row+j*b.col]
			}
		}
	}
}

// gemmBool is c = a·b with AND for the product and OR for the sum.
func gemmBool(m, n, k int, a, b, c matrix[bool]) {
	for i := range m {
		for j := range n {
			c.data[c.off+i*c.row+j*c.col] = false
		}
		for p := range k {
			if !a.data[a.off+i*a.row+p*a.col] {
				continue
			}
			for j := range n {
				if b.data[b.off+p*b.row+j*b.col] {
					c.data[c.off+i*c.row+j*c.col] = true
				}
			}
		}
	}
}

// makeOut returns n uninitialised elements for floats and integers, zeroed
// ones for bool.
func makeOut[T ndarray.Elem](n int) []T {
	switch any(*new(T)).(type) {
	case float64:
		return any(uninit.Make[float64](n)).([]T)
	case float32:
		return any(uninit.Make[float32](n)).([]T)
	}
	return make([]T, n)
}

func prod(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

// Dot returns the dot product of a and b with NumPy's rules, np.dot:
//
//   - either 0-d: the elementwise product, [Multiply];
//   - both 1-D: the inner product, a 0-d array;
//   - both 2-D: the matrix product;
//   - a N-D and b 1-D: the sum product over the last axis of a and b;
//   - a N-D and b M-D (M >= 2): the sum product over the last axis of a and
//     the second-to-last of b, dot(a, b)[i,j,k,m] = sum(a[i,j,:] * b[k,:,m]).
//
// Every element type works, as in NumPy: float sums are computed by the
// GEMM and Dot kernels (blocked, with fused multiply-adds), so they may
// differ from NumPy's in the last bits; integer products and sums wrap in
// T, as NumPy's; a bool product is logical (OR of ANDs). It panics
// with an *ndarray.ShapeError (Op "dot") with NumPy's message when the summed
// axes differ in length, e.g. "shapes (2,3) and (4,) not aligned: 3 (dim 1)
// != 4 (dim 0)".
func Dot[T ndarray.Elem](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	if a.NDim() == 0 || b.NDim() == 0 {
		switch x := any(a).(type) {
		case *ndarray.Array[float64]:
			return any(Multiply(x, any(b).(*ndarray.Array[float64]))).(*ndarray.Array[T])
		case *ndarray.Array[float32]:
			return any(Multiply(x, any(b).(*ndarray.Array[float32]))).(*ndarray.Array[T])
		}
		return scaled(a, b)
	}
	as, bs := a.Shape(), b.Shape()
	ka, kdb := len(as)-1, max(len(bs)-2, 0)
	k := as[ka]
	if bs[kdb] != k {
		panic(&ndarray.ShapeError{Op: "dot", Msg: fmt.Sprintf("shapes %s and %s not aligned: %d (dim %d) != %d (dim %d)",
			broadcast.FormatShape(as), broadcast.FormatShape(bs), k, ka, bs[kdb], kdb)})
	}
	shape := slices.Clone(as[:ka])
	if len(bs) >= 2 {
		shape = append(append(shape, bs[:len(bs)-2]...), bs[len(bs)-1])
	}
	if len(as) == 1 && len(bs) == 1 {
		x, y := contiguous(a), contiguous(b)
		var s T
		switch x := any(x).(type) {
		case []float64:
			s = any(kernels.Dot(x, any(y).([]float64))).(T)
		case []float32:
			s = any(kernels.Dot(x, any(y).([]float32))).(T)
		default:
			r := make([]T, 1)
			gemm(1, 1, k, matrix[T]{any(x).([]T), 0, k, 1}, matrix[T]{y, 0, 1, 1}, matrix[T]{r, 0, 1, 1})
			s = r[0]
		}
		return ndarray.Scalar(s)
	}
	// a as P×K, b as K×Q (its axis -2 moved to the front), one GEMM.
	p := prod(as[:ka])
	a2 := a.Reshape(p, k)
	var b2 *ndarray.Array[T]
	q := 1
	if len(bs) == 1 {
		b2 = b.Reshape(k, 1)
	} else {
		perm := make([]int, 0, len(bs))
		perm = append(perm, len(bs)-2)
		for i := range len(bs) - 2 {
			perm = append(perm, i)
		}
		perm = append(perm, len(bs)-1)
		q = prod(bs[:len(bs)-2]) * bs[len(bs)-1]
		b2 = b.Transpose(perm...).Reshape(k, q)
	}
	out := makeOut[T](p * q)
	if p > 0 && q > 0 {
		gemm(p, q, k, asMatrix(a2), asMatrix(b2), matrix[T]{out, 0, q, 1})
	}
	return ndarray.Wrap(out, shape...)
}

// scaled is dot with a 0-d operand for the non-float types: every element of
// the other times the scalar (a 1×1 by 1×n product).
func scaled[T ndarray.Elem](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	shape := b.Shape()
	if a.NDim() > 0 || b.NDim() == 0 {
		shape = a.Shape()
	}
	x, y := contiguous(a), contiguous(b)
	out := make([]T, max(len(x), len(y)))
	if b.NDim() == 0 {
		gemm(len(x), 1, 1, matrix[T]{x, 0, 1, 1}, matrix[T]{y, 0, 1, 1}, matrix[T]{out, 0, 1, 1})
	} else {
		gemm(1, len(y), 1, matrix[T]{x, 0, 1, 1}, matrix[T]{y, 0, len(y), 1}, matrix[T]{out, 0, len(out), 1})
	}
	return ndarray.Wrap(out, shape...)
}

// contiguous returns a's elements in C order, without a copy when a is
// C-contiguous.
func contiguous[T ndarray.Elem](a *ndarray.Array[T]) []T {
	if s, ok := a.Contiguous(); ok {
		return s
	}
	return a.Values()
}

// Outer returns the outer product of a and b flattened, np.outer: an
// (a.Size(), b.Size()) array with element [i, j] = a[i]*b[j].
// Every element type works: integers wrap in T, bool gives a[i] AND b[j].
func Outer[T ndarray.Elem](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	switch x := any(a).(type) {
	case *ndarray.Array[float64]:
		y := any(b).(*ndarray.Array[float64])
		return any(Multiply(x.Reshape(-1, 1), y.Reshape(1, -1))).(*ndarray.Array[T])
	case *ndarray.Array[float32]:
		y := any(b).(*ndarray.Array[float32])
		return any(Multiply(x.Reshape(-1, 1), y.Reshape(1, -1))).(*ndarray.Array[T])
	}
	x, y := contiguous(a), contiguous(b)
	out := make([]T, len(x)*len(y))
	gemm(len(x), len(y), 1, matrix[T]{x, 0, 1, 1}, matrix[T]{y, 0, len(y), 1}, matrix[T]{out, 0, len(y), 1})
	return ndarray.Wrap(out, len(x), len(y))
}

// OuterInto is [Outer] writing into out, np.outer(a, b, out=out): out must
// have the shape (a.Size(), b.Size()).
func OuterInto[T ndarray.Number](out, a, b *ndarray.Array[T]) *ndarray.Array[T] {
	return MultiplyInto(out, a.Reshape(-1, 1), b.Reshape(1, -1))
}

// matmulSignature is the gufunc signature NumPy names in matmul's errors.
const matmulSignature = "(n?,k),(k,m?)->(n?,m?)"

// Matmul returns the matrix product of a and b, np.matmul (Python's a @ b):
// the last two axes of each are matrices and the leading axes are a batch,
// broadcast together. A 1-D a is a row vector (1, k) and a 1-D b a column
// vector (k, 1), and the added axis is removed from the result. It panics
// with an *ndarray.ShapeError (Op "matmul") with NumPy's message when an
// operand is 0-d or the inner dimensions differ, e.g. "matmul: Input operand
// 1 has a mismatch in its core dimension 0, with gufunc signature
// (n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)", and with a
// *broadcast.Error when the batch axes do not broadcast.
//
// Every element type works: integers wrap in T, bool is logical (see [Dot]).
func Matmul[T ndarray.Elem](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	return matmul(nil, a, b)
}

// MatmulInto is [Matmul] writing into out, np.matmul(a, b, out=out): out
// must have the result's shape. The product is written straight into out
// when it is C-contiguous and shares no memory with a or b; otherwise into a
// new array that is then copied into out, so out may overlap the operands.
// It panics with an *ndarray.ShapeError when out's shape is not the
// result's, and an *ndarray.ReadOnlyError when out is a broadcast view.
func MatmulInto[T ndarray.Elem](out, a, b *ndarray.Array[T]) *ndarray.Array[T] {
	return matmul(out, a, b)
}

// matmulDest returns the C-contiguous slice the product of the given shape
// and size is computed in: out's own elements when that is safe, else a new
// slice (to be copied into out, if any, by matmulFinish).
func matmulDest[T ndarray.Elem](out, a, b *ndarray.Array[T], shape []int, size int) []T {
	if out == nil {
		return makeOut[T](size)
	}
	if !slices.Equal(out.Shape(), shape) {
		panic(&ndarray.ShapeError{Op: "out", Msg: fmt.Sprintf(
			"matmul: output operand with shape %s doesn't match the result shape %s",
			broadcast.FormatShape(out.Shape()), broadcast.FormatShape(shape))})
	}
	if out.ReadOnly() {
		panic(&ndarray.ReadOnlyError{})
	}
	if data, ok := out.Contiguous(); ok && !ndarray.MayShareMemory(out, a) && !ndarray.MayShareMemory(out, b) {
		return data
	}
	return makeOut[T](size)
}

// matmulFinish returns the result: out, after copying dst into it when the
// product was not computed in place, or dst as a new array.
func matmulFinish[T ndarray.Elem](out *ndarray.Array[T], dst []T, shape []int) *ndarray.Array[T] {
	res := ndarray.Wrap(dst, shape...)
	if out == nil {
		return res
	}
	if data, ok := out.Contiguous(); !ok || len(data) == 0 || &data[0] != &dst[0] {
		out.Assign(res)
	}
	return out
}

func matmul[T ndarray.Elem](outArg, a, b *ndarray.Array[T]) *ndarray.Array[T] {
	for i, x := range []*ndarray.Array[T]{a, b} {
		if x.NDim() == 0 {
			panic(&ndarray.ShapeError{Op: "matmul", Msg: fmt.Sprintf(
				"matmul: Input operand %d does not have enough dimensions (has 0, gufunc core with signature %s requires 1)", i, matmulSignature)})
		}
	}
	as, ast := a.Shape(), a.Strides()
	bs, bst := b.Shape(), b.Strides()
	aVec, bVec := len(as) == 1, len(bs) == 1
	if aVec {
		as, ast = []int{1, as[0]}, []int{0, ast[0]}
	}
	if bVec {
		bs, bst = []int{bs[0], 1}, []int{bst[0], 0}
	}
	na, nb := len(as), len(bs)
	n, k, m := as[na-2], as[na-1], bs[nb-1]
	if bs[nb-2] != k {
		panic(&ndarray.ShapeError{Op: "matmul", Msg: fmt.Sprintf(
			"matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature %s (size %d is different from %d)",
			matmulSignature, bs[nb-2], k)})
	}
	batch, err := broadcast.Shapes(as[:na-2], bs[:nb-2])
	if err != nil {
		panic(&broadcast.Error{Shapes: [][]int{a.Shape(), b.Shape(), {n, m}}, Op: broadcast.OpMatmul})
	}
	shape := slices.Clone(batch)
	if !aVec {
		shape = append(shape, n)
	}
	if !bVec {
		shape = append(shape, m)
	}
	out := matmulDest(outArg, a, b, shape, prod(batch)*n*m)
	if len(out) == 0 {
		return matmulFinish(outArg, out, shape)
	}
	if nb == 2 && na > 2 {
		// b is one matrix: the batch of a is more rows of one product.
		a2 := a.Reshape(prod(batch)*n, k)
		gemm(prod(batch)*n, m, k, asMatrix(a2), matrix[T]{b.Data(), b.Offset(), bst[0], bst[1]}, matrix[T]{out, 0, m, 1})
		return matmulFinish(outArg, out, shape)
	}
	aB, _ := broadcast.Strides(as[:na-2], ast[:na-2], batch)
	bB, _ := broadcast.Strides(bs[:nb-2], bst[:nb-2], batch)
	oB := broadcast.ContiguousStrides(batch)
	for i := range oB {
		oB[i] *= n * m
	}
	it := broadcast.NewIter(batch, []int{0, a.Offset(), b.Offset()}, oB, aB, bB)
	st := it.Strides()
	for it.Next() {
		o := it.Offsets()
		for j := range it.Len() {
			gemm(n, m, k,
				matrix[T]{a.Data(), o[1] + j*st[1], ast[na-2], ast[na-1]},
				matrix[T]{b.Data(), o[2] + j*st[2], bst[nb-2], bst[nb-1]},
				matrix[T]{out, o[0] + j*st[0], m, 1})
		}
	}
	return matmulFinish(outArg, out, shape)
}
