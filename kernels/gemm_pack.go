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
		case rs == 1 && r == mr:
			packCopy(d, kb, mr, a, base, cs)
		case rs == 1:
			for p := range kb {
				copy(d[p*mr:p*mr+r], a[base+p*cs:base+p*cs+r])
			}
		case cs == 1:
			packRows(d, r, kb, mr, a, base, rs)
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

// packRows is packA of rows contiguous rows (stride rs) into one micro-panel
// d of mr rows: eight columns at a time, so that each row is read eight
// elements along and each store goes to one of eight short destination
// rows (2.5–3× faster than a scatter of one source row at a time).
func packRows[T Float](d []T, rows, kb, mr int, a []T, base, rs int) {
	p := 0
	for ; p+8 <= kb; p += 8 {
		dd := d[p*mr : p*mr+8*mr]
		d0 := dd[:mr:mr]
		d1 := dd[mr : 2*mr : 2*mr]
		d2 := dd[2*mr : 3*mr : 3*mr]
		d3 := dd[3*mr : 4*mr : 4*mr]
		d4 := dd[4*mr : 5*mr : 5*mr]
		d5 := dd[5*mr : 6*mr : 6*mr]
		d6 := dd[6*mr : 7*mr : 7*mr]
		d7 := dd[7*mr : 8*mr : 8*mr]
		for i := range rows {
			o := base + i*rs + p
			s := a[o : o+8 : o+8]
			d0[i] = s[0]
			d1[i] = s[1]
			d2[i] = s[2]
			d3[i] = s[3]
			d4[i] = s[4]
			d5[i] = s[5]
			d6[i] = s[6]
			d7[i] = s[7]
		}
	}
	for ; p < kb; p++ {
		for i := range rows {
			d[p*mr+i] = a[base+i*rs+p]
		}
	}
}

// packCopy is packA of one full micro-panel whose mr elements per step are
// contiguous (A[i][p] at a[base+i+p*cs]): kb copies of mr elements. The
// register-tile widths go through a fixed-size array value, which the
// compiler copies with vector moves instead of one call to memmove per
// step (B of a row-major product is packed this way).
func packCopy[T Float](d []T, kb, mr int, a []T, base, cs int) {
	switch mr {
	case 8:
		for p := range kb {
			v := *(*[8]T)(a[base+p*cs:])
			*(*[8]T)(d[p*8:]) = v
		}
	case 16:
		for p := range kb {
			v := *(*[16]T)(a[base+p*cs:])
			*(*[16]T)(d[p*16:]) = v
		}
	case 32:
		for p := range kb {
			v := *(*[32]T)(a[base+p*cs:])
			*(*[32]T)(d[p*32:]) = v
		}
	default:
		for p := range kb {
			copy(d[p*mr:(p+1)*mr], a[base+p*cs:base+p*cs+mr])
		}
	}
}
