package bench

import (
	"math"
	"runtime"
)

// The plain Go loops: what a Go programmer writes without the engine, one
// element at a time, for the "loop" column. They compute the same results
// as the engine's calls (allocating where those allocate).

func loopUnary[T ~float32 | ~float64](dst, x []T, f func(float64) float64) {
	for i, v := range x {
		dst[i] = T(f(float64(v)))
	}
}

func loopAdd[T ~float32 | ~float64](dst, x, y []T) {
	for i := range dst {
		dst[i] = x[i] + y[i]
	}
}

func loopMul[T ~float32 | ~float64](dst, x, y []T) {
	for i := range dst {
		dst[i] = x[i] * y[i]
	}
}

func loopSum[T ~float32 | ~float64](x []T) {
	var s T
	for _, v := range x {
		s += v
	}
	runtime.KeepAlive(s) // the compiler cannot drop the loop
}

func loopDot[T ~float32 | ~float64](x, y []T) {
	var s T
	for i := range x {
		s += x[i] * y[i]
	}
	runtime.KeepAlive(s) // the compiler cannot drop the loop
}

func loopL1[T ~float32 | ~float64](x, y []T) {
	var s T
	for i := range x {
		d := x[i] - y[i]
		if d < 0 {
			d = -d
		}
		s += d
	}
	runtime.KeepAlive(s) // the compiler cannot drop the loop
}

func loopL2[T ~float32 | ~float64](x, y []T) {
	var s T
	for i := range x {
		d := x[i] - y[i]
		s += d * d
	}
	runtime.KeepAlive(s) // the compiler cannot drop the loop
}

func loopAddCol[T ~float32 | ~float64](m, col []T, rows, cols int) {
	out := make([]T, rows*cols)
	for i := range rows {
		for j := range cols {
			out[i*cols+j] = m[i*cols+j] + col[i]
		}
	}
}

func loopAddRow[T ~float32 | ~float64](m, row []T, rows, cols int) {
	out := make([]T, rows*cols)
	for i := range rows {
		for j := range cols {
			out[i*cols+j] = m[i*cols+j] + row[j]
		}
	}
}

func loopRowSums[T ~float32 | ~float64](m []T, rows, cols int) {
	out := make([]T, rows)
	for i := range rows {
		for j := range cols {
			out[i] += m[i*cols+j]
		}
	}
	runtime.KeepAlive(out[0]) // the compiler cannot drop the loop
}

func loopColSums[T ~float32 | ~float64](m []T, rows, cols int) {
	out := make([]T, cols)
	for i := range rows {
		for j := range cols {
			out[j] += m[i*cols+j]
		}
	}
	runtime.KeepAlive(out[0]) // the compiler cannot drop the loop
}

func loopRowMax[T ~float32 | ~float64](m []T, rows, cols int) {
	out := make([]T, rows)
	for i := range rows {
		mx := m[i*cols]
		for j := range cols {
			if v := m[i*cols+j]; v > mx || v != v {
				mx = v
			}
		}
		out[i] = mx
	}
	runtime.KeepAlive(out[0]) // the compiler cannot drop the loop
}

func loopRowNorms[T ~float32 | ~float64](m []T, rows, cols int) {
	out := make([]T, rows)
	for i := range rows {
		var s T
		for j := range cols {
			v := m[i*cols+j]
			s += v * v
		}
		out[i] = T(math.Sqrt(float64(s)))
	}
	runtime.KeepAlive(out[0]) // the compiler cannot drop the loop
}

func loopNormalizeRows[T ~float32 | ~float64](m []T, rows, cols int) {
	out := make([]T, rows*cols)
	for i := range rows {
		var s T
		for j := range cols {
			v := m[i*cols+j]
			s += v * v
		}
		norm := T(math.Sqrt(float64(s)))
		for j := range cols {
			out[i*cols+j] = m[i*cols+j] / norm
		}
	}
}

func loopSoftmax[T ~float32 | ~float64](m []T, rows, cols int, stable bool) {
	out := make([]T, rows*cols)
	for i := range rows {
		row, o := m[i*cols:(i+1)*cols], out[i*cols:(i+1)*cols]
		var mx T
		if stable {
			mx = row[0]
			for _, v := range row {
				mx = max(mx, v)
			}
		}
		var s T
		for j, v := range row {
			o[j] = T(math.Exp(float64(v - mx)))
			s += o[j]
		}
		for j := range o {
			o[j] /= s
		}
	}
}

func loopTranspose[T ~float32 | ~float64](m []T, rows, cols int) {
	out := make([]T, rows*cols)
	for i := range rows {
		for j := range cols {
			out[j*rows+i] = m[i*cols+j]
		}
	}
}

func loopOuter[T ~float32 | ~float64](x, y []T) {
	out := make([]T, len(x)*len(y))
	for i, a := range x {
		for j, b := range y {
			out[i*len(y)+j] = a * b
		}
	}
}

// loopMatmul is the cache-friendly i-k-j triple loop.
func loopMatmul[T ~float32 | ~float64](a, b []T, n int) {
	c := make([]T, n*n)
	for i := range n {
		ci := c[i*n : (i+1)*n]
		for k := range n {
			aik := a[i*n+k]
			bk := b[k*n : (k+1)*n]
			for j := range ci {
				ci[j] += aik * bk[j]
			}
		}
	}
}

func loopMatvec[T ~float32 | ~float64](w, x []T, n int) {
	y := make([]T, n)
	for i := range n {
		var s T
		row := w[i*n : (i+1)*n]
		for j, v := range row {
			s += v * x[j]
		}
		y[i] = s
	}
	runtime.KeepAlive(y[0]) // the compiler cannot drop the loop
}
