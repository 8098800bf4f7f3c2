package ndarray

import "fmt"

// Diag extracts or builds a diagonal, as np.diag(v, k): for a 1-D v of
// length n it returns the (n+|k|)×(n+|k|) array with v on the k-th
// diagonal (k > 0 above the main one, k < 0 below) and zeros elsewhere; for
// a 2-D v it returns a copy of the k-th diagonal. It panics with a
// *ValueError for other dimensions.
func Diag[T Number](v *Array[T], k int) *Array[T] {
	switch len(v.shape) {
	case 1:
		n := v.shape[0]
		m := n + absInt(k)
		out := Zeros[T](m, m)
		for i := range n {
			r, c := i, i+k
			if k < 0 {
				r, c = i-k, i
			}
			out.data[r*m+c] = v.At(i)
		}
		return out
	case 2:
		return diagonal(v, k).Copy()
	}
	panic(&ValueError{Msg: "Input must be 1- or 2-d."})
}

// diagonal is the view of the k-th diagonal of a 2-D array.
func diagonal[T Elem](a *Array[T], k int) *Array[T] {
	rows, cols := a.shape[0], a.shape[1]
	r0, c0 := 0, k
	if k < 0 {
		r0, c0 = -k, 0
	}
	n := max(min(rows-r0, cols-c0), 0)
	offset := a.offset
	if n > 0 {
		offset += r0*a.strides[0] + c0*a.strides[1]
	}
	return a.view([]int{n}, []int{a.strides[0] + a.strides[1]}, offset)
}

// Trace returns the sum of the k-th diagonal of a 2-D array, as
// np.trace(a, offset=k). It panics with a *ValueError for other dimensions.
func Trace[T Number](a *Array[T], k int) T {
	if len(a.shape) != 2 {
		panic(&ValueError{Msg: fmt.Sprintf("trace: a 2-D array is needed, got %d dimension(s)", len(a.shape))})
	}
	var s T
	d := diagonal(a, k)
	for i := range d.shape[0] {
		s += d.At(i)
	}
	return s
}

// Tril returns a copy of a with the elements above the k-th diagonal set to
// zero, as np.tril(a, k), for the last two axes of a (a 1-D a of length n
// is first broadcast to n×n, as NumPy does).
func Tril[T Number](a *Array[T], k int) *Array[T] { return triangle(a, k, true) }

// Triu returns a copy of a with the elements below the k-th diagonal set to
// zero, as np.triu(a, k), for the last two axes of a.
func Triu[T Number](a *Array[T], k int) *Array[T] { return triangle(a, k, false) }

func triangle[T Number](a *Array[T], k int, lower bool) *Array[T] {
	if len(a.shape) == 0 {
		panic(&ValueError{Msg: "tri: input must be at least 1-d"})
	}
	if len(a.shape) == 1 {
		a = a.BroadcastTo(a.shape[0], a.shape[0])
	}
	out := a.Copy()
	nd := len(out.shape)
	rows, cols := out.shape[nd-2], out.shape[nd-1]
	for b := 0; b < len(out.data); b += rows * cols {
		for i := range rows {
			row := out.data[b+i*cols : b+(i+1)*cols]
			for j := range row {
				if (lower && j-i > k) || (!lower && j-i < k) {
					row[j] = 0
				}
			}
		}
	}
	return out
}

// Meshgrid returns coordinate arrays from coordinate vectors, as
// np.meshgrid(*xs) with the default indexing="xy": for vectors of lengths
// n0, n1, n2, ... each result has shape (n1, n0, n2, ...), the first two
// axes swapped (Cartesian). Inputs of any shape are flattened first. The
// results are new arrays. See [MeshgridIJ] for matrix indexing.
func Meshgrid[T Elem](xs ...*Array[T]) []*Array[T] { return meshgrid(xs, true) }

// MeshgridIJ is [Meshgrid] with indexing="ij": result i has shape
// (n0, n1, ...) and varies along axis i.
func MeshgridIJ[T Elem](xs ...*Array[T]) []*Array[T] { return meshgrid(xs, false) }

func meshgrid[T Elem](xs []*Array[T], cartesian bool) []*Array[T] {
	nd := len(xs)
	shape := make([]int, nd)
	for i, x := range xs {
		shape[i] = x.Size()
	}
	if cartesian && nd >= 2 {
		shape[0], shape[1] = shape[1], shape[0]
	}
	out := make([]*Array[T], nd)
	for i, x := range xs {
		pos := i
		if cartesian && nd >= 2 && i < 2 {
			pos = 1 - i
		}
		s := make([]int, nd)
		for j := range s {
			s[j] = 1
		}
		s[pos] = x.Size()
		out[i] = x.Reshape(s...).BroadcastTo(shape...).Copy()
	}
	return out
}
