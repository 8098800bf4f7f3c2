package ndarray

import "math"

// NumPy's own quicksort (npysort/quicksort.cpp of NumPy 1.24, the scalar
// introsort behind np.sort's default kind), step for step. Any correct
// sort gives NumPy's result except in the order of elements that compare
// equal but differ in bits: for floats, -0.0 and +0.0. sortRun uses this
// for runs that hold both zeros, so that np.sort's arrangement of them is
// reproduced bit for bit.

const npySmallQuicksort = 15

func npyLess[T Number](a, b T) bool { return a < b || (b != b && a == a) }

func npyQuicksort[T Number](x []T) {
	n := len(x)
	if n < 2 {
		return
	}
	type span struct{ l, r, depth int }
	var stack []span
	pl, pr := 0, n-1
	cdepth := 2 * (bitLen(n) - 1) // npy_get_msb(num) * 2
	for {
		if cdepth < 0 {
			npyHeapsort(x[pl : pr+1])
		} else {
			for pr-pl > npySmallQuicksort {
				pm := pl + (pr-pl)>>1
				if npyLess(x[pm], x[pl]) {
					x[pm], x[pl] = x[pl], x[pm]
				}
				if npyLess(x[pr], x[pm]) {
					x[pr], x[pm] = x[pm], x[pr]
				}
				if npyLess(x[pm], x[pl]) {
					x[pm], x[pl] = x[pl], x[pm]
				}
				vp := x[pm]
				pi, pj := pl, pr-1
				x[pm], x[pj] = x[pj], x[pm]
				for {
					pi++
					for npyLess(x[pi], vp) {
						pi++
					}
					pj--
					for npyLess(vp, x[pj]) {
						pj--
					}
					if pi >= pj {
						break
					}
					x[pi], x[pj] = x[pj], x[pi]
				}
				pk := pr - 1
				x[pi], x[pk] = x[pk], x[pi]
				cdepth--
				if pi-pl < pr-pi {
					stack = append(stack, span{pi + 1, pr, cdepth})
					pr = pi - 1
				} else {
					stack = append(stack, span{pl, pi - 1, cdepth})
					pl = pi + 1
				}
			}
			for pi := pl + 1; pi <= pr; pi++ {
				vp := x[pi]
				pj := pi
				for pj > pl && npyLess(vp, x[pj-1]) {
					x[pj] = x[pj-1]
					pj--
				}
				x[pj] = vp
			}
		}
		if len(stack) == 0 {
			return
		}
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		pl, pr, cdepth = s.l, s.r, s.depth
	}
}

// npyHeapsort is NumPy's heapsort (1-based sift-down), the introsort's
// fallback.
func npyHeapsort[T Number](x []T) {
	n := len(x)
	for l := n >> 1; l > 0; l-- {
		npySiftDown(x, l, n, x[l-1])
	}
	for n > 1 {
		tmp := x[n-1]
		x[n-1] = x[0]
		n--
		npySiftDown(x, 1, n, tmp)
	}
}

// npySiftDown places tmp at 1-based position i of the heap held in x[:n]
// and moves it down until no child is larger.
func npySiftDown[T Number](x []T, i, n int, tmp T) {
	a := func(i int) *T { return &x[i-1] } // 1-based
	for j := i << 1; j <= n; j += j {
		if j < n && npyLess(*a(j), *a(j + 1)) {
			j++
		}
		if !npyLess(tmp, *a(j)) {
			break
		}
		*a(i) = *a(j)
		i = j
	}
	*a(i) = tmp
}

// mixedZeros reports whether the float run x holds both -0.0 and +0.0.
func mixedZeros[T Number](x []T) bool {
	if !isFloat[T]() {
		return false
	}
	neg, pos := false, false
	for _, v := range x {
		if v == 0 {
			if math.Signbit(float64(v)) {
				neg = true
			} else {
				pos = true
			}
		}
	}
	return neg && pos
}
