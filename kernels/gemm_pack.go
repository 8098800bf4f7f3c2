package kernels

// packA copies the rows×kb block of A at off (strides rs, cs) into dst as
// micro-panels of mr rows: panel q holds, for p < kb, the mr elements
// A[q*mr+i][p] one after another. Rows past the block are zero.
func packA[T Float](dst []T, rows, kb, mr int, a []T, off, rs, cs int) {
	for q := 0; q*mr < rows; q++ {
		r := min(mr, rows-q*mr)
		d := dst[q*mr*kb : (q+1)*mr*kb]
		base := off + q*mr*rs
		switch {
		case rs == 1:
			for p := range kb {
				copy(d[p*mr:p*mr+r], a[base+p*cs:base+p*cs+r])
			}
		case cs == 1:
			for i := range r {
				src := a[base+i*rs : base+i*rs+kb]
				for p, v := range src {
					d[p*mr+i] = v
				}
			}
		default:
			for p := range kb {
				for i := range r {
					d[p*mr+i] = a[base+i*rs+p*cs]
				}
			}
		}
		if r < mr {
			for p := range kb {
				clear(d[p*mr+r : (p+1)*mr])
			}
		}
	}
}

// packB copies the kb×cols block of B at off (strides rs, cs) into dst as
// micro-panels of nr columns: panel q holds, for p < kb, the nr elements
// B[p][q*nr+j] one after another. Columns past the block are zero. That is
// packA of Bᵀ, whose strides are B's swapped.
func packB[T Float](dst []T, kb, cols, nr int, b []T, off, rs, cs int) {
	packA(dst, cols, kb, nr, b, off, cs, rs)
}
