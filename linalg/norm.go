package linalg

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/ndsimd/ndsimd/ndarray"
)

type ordKind int

const (
	ordDefault ordKind = iota
	ordFro
	ordNuc
	ordP
)

// Ord is the ord argument of Norm: Default (None), Fro, Nuc, or P(p) for
// a number (P(math.Inf(1)), P(-1), P(0), ...).
type Ord struct {
	kind ordKind
	p    float64
}

var (
	// Default is NumPy's ord=None: the 2-norm of vectors, the Frobenius
	// norm of matrices.
	Default = Ord{}
	// Fro is ord="fro", the Frobenius norm of matrices.
	Fro = Ord{kind: ordFro}
	// Nuc is ord="nuc", the nuclear norm (sum of singular values).
	Nuc = Ord{kind: ordNuc}
)

// P is the numeric ord p: for vectors (Σ|x|^p)^(1/p), max|x| for +Inf,
// min|x| for −Inf, the count of non-zeros for 0; for matrices 1, −1, 2,
// −2, +Inf, −Inf (max/min column sum, largest/smallest singular value,
// max/min row sum).
func P(p float64) Ord { return Ord{kind: ordP, p: p} }

func (o Ord) is(p float64) bool { return o.kind == ordP && o.p == p }

// String returns the ord as NumPy prints it.
func (o Ord) String() string {
	switch o.kind {
	case ordFro:
		return "fro"
	case ordNuc:
		return "nuc"
	case ordP:
		if math.IsInf(o.p, 1) {
			return "inf"
		}
		if math.IsInf(o.p, -1) {
			return "-inf"
		}
		return strconv.FormatFloat(o.p, 'g', -1, 64)
	}
	return "None"
}

// Norm returns the vector or matrix norm of x, NumPy's np.linalg.norm(x,
// ord, axis, keepdims). With axis nil, a 1-D x gets a vector norm and a
// 2-D x a matrix norm (and any x the 2-norm of its flattened elements for
// Default); one axis selects vector norms along it, two axes matrix norms
// over them (rows along the first). The 2, −2 and nuclear matrix norms use
// the SVD, whose failure is returned as a *LinAlgError. Invalid orders and
// axes panic with NumPy's messages.
func Norm[T ndarray.Float](x *ndarray.Array[T], ord Ord, axis []int, keepdims bool) (*ndarray.Array[T], error) {
	nd := x.NDim()
	if axis == nil {
		if ord.kind == ordDefault || (ord.kind == ordFro && nd == 2) || (ord.is(2) && nd == 1) {
			var s float64
			for _, v := range x.Values() {
				s += float64(v) * float64(v)
			}
			out := ndarray.Wrap([]T{T(math.Sqrt(s))})
			if keepdims {
				ones := make([]int, nd)
				for i := range ones {
					ones[i] = 1
				}
				out = out.Reshape(ones...)
			}
			return out, nil
		}
		axis = make([]int, nd)
		for i := range axis {
			axis[i] = i
		}
	}
	ax := make([]int, len(axis))
	for i, a := range axis {
		if a < -nd || a >= nd {
			panic(&ndarray.AxisError{Axis: a, NDim: nd, Msg: fmt.Sprintf("axis %d is out of bounds for array of dimension %d", a, nd)})
		}
		if a < 0 {
			a += nd
		}
		ax[i] = a
	}
	switch len(ax) {
	case 1:
		return vectorNorm(x, ord, ax[0], keepdims), nil
	case 2:
		if ax[0] == ax[1] {
			panic(&ndarray.ValueError{Msg: "Duplicate axes given."})
		}
		return matrixNorm(x, ord, ax[0], ax[1], keepdims)
	}
	panic(&ndarray.ValueError{Msg: "Improper number of dimensions to norm."})
}

// outer returns the shape of x without the axes in drop (or with 1 there,
// when keepdims), and the offsets of the elements of x where each position
// of that shape starts, in C order.
func outer[T ndarray.Float](x *ndarray.Array[T], drop []int, keepdims bool) (shape []int, offs []int) {
	sh, st := x.Shape(), x.Strides()
	var keep []int
	for a, d := range sh {
		if slices.Contains(drop, a) {
			if keepdims {
				shape = append(shape, 1)
			}
			continue
		}
		shape = append(shape, d)
		keep = append(keep, a)
	}
	offs = []int{x.Offset()}
	for _, a := range keep {
		next := make([]int, 0, len(offs)*sh[a])
		for _, o := range offs {
			for i := 0; i < sh[a]; i++ {
				next = append(next, o+i*st[a])
			}
		}
		offs = next
	}
	if shape == nil {
		shape = []int{}
	}
	return shape, offs
}

// vectorNorm is Norm along one axis.
func vectorNorm[T ndarray.Float](x *ndarray.Array[T], ord Ord, axis int, keepdims bool) *ndarray.Array[T] {
	if ord.kind == ordFro || ord.kind == ordNuc {
		panic(&ndarray.ValueError{Msg: fmt.Sprintf("Invalid norm order '%s' for vectors", ord)})
	}
	shape, offs := outer(x, []int{axis}, keepdims)
	n, stride := x.Dim(axis), x.Strides()[axis]
	d := x.Data()
	out := make([]T, len(offs))
	for i, o := range offs {
		var r float64
		switch {
		case ord.is(math.Inf(1)), ord.is(math.Inf(-1)):
			pos := ord.p > 0
			if n == 0 {
				panic(&ndarray.ValueError{Msg: "zero-size array to reduction operation maximum which has no identity"})
			}
			r = math.Abs(float64(d[o]))
			for k := 1; k < n; k++ {
				v := math.Abs(float64(d[o+k*stride]))
				if v != v || r != r {
					r = math.NaN()
				} else if (pos && v > r) || (!pos && v < r) {
					r = v
				}
			}
		case ord.is(0):
			for k := 0; k < n; k++ {
				if d[o+k*stride] != 0 {
					r++
				}
			}
		case ord.is(1):
			for k := 0; k < n; k++ {
				r += math.Abs(float64(d[o+k*stride]))
			}
		case ord.kind == ordDefault, ord.is(2):
			for k := 0; k < n; k++ {
				v := float64(d[o+k*stride])
				r += v * v
			}
			r = math.Sqrt(r)
		default:
			for k := 0; k < n; k++ {
				r += math.Pow(math.Abs(float64(d[o+k*stride])), ord.p)
			}
			r = math.Pow(r, 1/ord.p)
		}
		out[i] = T(r)
	}
	return ndarray.Wrap(out, shape...)
}

// matrixNorm is Norm over two axes.
func matrixNorm[T ndarray.Float](x *ndarray.Array[T], ord Ord, ra, ca int, keepdims bool) (*ndarray.Array[T], error) {
	shape, offs := outer(x, []int{ra, ca}, keepdims)
	m, n := x.Dim(ra), x.Dim(ca)
	rs, cs := x.Strides()[ra], x.Strides()[ca]
	d := x.Data()
	out := make([]T, len(offs))
	at := func(o, i, j int) float64 { return float64(d[o+i*rs+j*cs]) }
	switch {
	case ord.is(2), ord.is(-2), ord.kind == ordNuc:
		mats := make([]T, len(offs)*m*n)
		for b, o := range offs {
			for i := 0; i < m; i++ {
				for j := 0; j < n; j++ {
					mats[(b*m+i)*n+j] = d[o+i*rs+j*cs]
				}
			}
		}
		s, err := SVDValues(ndarray.Wrap(mats, len(offs), m, n))
		if err != nil {
			return nil, err
		}
		k := min(m, n)
		sd := s.Data()
		for b := range out {
			sv := sd[b*k : (b+1)*k]
			switch {
			case ord.is(2):
				out[b] = slices.Max(sv)
			case ord.is(-2):
				out[b] = slices.Min(sv)
			default:
				var t float64
				for _, v := range sv {
					t += float64(v)
				}
				out[b] = T(t)
			}
		}
	case ord.is(1), ord.is(-1), ord.is(math.Inf(1)), ord.is(math.Inf(-1)):
		cols := ord.is(1) || ord.is(-1) // sums over rows, one per column
		big := ord.p > 0
		outerN, innerN := n, m
		if !cols {
			outerN, innerN = m, n
		}
		for b, o := range offs {
			var r float64
			for q := 0; q < outerN; q++ {
				var s float64
				for p := 0; p < innerN; p++ {
					if cols {
						s += math.Abs(at(o, p, q))
					} else {
						s += math.Abs(at(o, q, p))
					}
				}
				if q == 0 || (big && s > r) || (!big && s < r) || s != s {
					r = s
				}
			}
			out[b] = T(r)
		}
	case ord.kind == ordDefault, ord.kind == ordFro:
		for b, o := range offs {
			var s float64
			for i := 0; i < m; i++ {
				for j := 0; j < n; j++ {
					v := at(o, i, j)
					s += v * v
				}
			}
			out[b] = T(math.Sqrt(s))
		}
	default:
		panic(&ndarray.ValueError{Msg: "Invalid norm order for matrices."})
	}
	return ndarray.Wrap(out, shape...), nil
}
