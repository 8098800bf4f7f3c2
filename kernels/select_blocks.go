package kernels

// selAsm is one implementation's block kernels for the selection family:
// the comparisons in the order == != < <= > >=, then Where, Clip and
// Compress. Each handles whole blocks only (see setSelect).
type selAsm[T Float] struct {
	cmp      [6]compareFunc[T]
	cmpS     [6]compareScalarFunc[T]
	where    func(dst []T, m []bool, x, y []T)
	clip     func(dst, x []T, lo, hi T)
	compress func(dst, x []T, m []bool) (nin, nout int)
	take     func(dst, x []T, idx []int64) int
}

// setSelect installs the kernels of a in o, each wrapped so that the
// assembly does the first len(dst) rounded down to a whole number of blocks
// (cmpBlk elements for the comparisons, blk for the others) and the generic
// twin the rest. Clip with a NaN bound goes to the twin whole.
func setSelect[T Float](o *ops[T], cmpBlk, blk int, a selAsm[T]) {
	g := genericOps[T]()
	twins := [6]compareFunc[T]{g.Equal, g.NotEqual, g.Less, g.LessEqual, g.Greater, g.GreaterEqual}
	twinsS := [6]compareScalarFunc[T]{g.EqualScalar, g.NotEqualScalar, g.LessScalar, g.LessEqualScalar,
		g.GreaterScalar, g.GreaterEqualScalar}
	var cmp [6]compareFunc[T]
	var cmpS [6]compareScalarFunc[T]
	for j := range cmp {
		k, twin := a.cmp[j], twins[j]
		cmp[j] = func(dst []bool, x, y []T) {
			n := len(dst) / cmpBlk * cmpBlk
			k(dst[:n], x[:n], y[:n])
			twin(dst[n:], x[n:], y[n:])
		}
		ks, twinS := a.cmpS[j], twinsS[j]
		cmpS[j] = func(dst []bool, x []T, s T) {
			n := len(dst) / cmpBlk * cmpBlk
			ks(dst[:n], x[:n], s)
			twinS(dst[n:], x[n:], s)
		}
	}
	o.Equal, o.NotEqual, o.Less, o.LessEqual, o.Greater, o.GreaterEqual = cmp[0], cmp[1], cmp[2], cmp[3], cmp[4], cmp[5]
	o.EqualScalar, o.NotEqualScalar, o.LessScalar = cmpS[0], cmpS[1], cmpS[2]
	o.LessEqualScalar, o.GreaterScalar, o.GreaterEqualScalar = cmpS[3], cmpS[4], cmpS[5]
	o.Where = func(dst []T, m []bool, x, y []T) {
		n := len(dst) / blk * blk
		a.where(dst[:n], m[:n], x[:n], y[:n])
		whereGeneric(dst[n:], m[n:], x[n:], y[n:])
	}
	o.Clip = func(dst, x []T, lo, hi T) {
		if lo != lo || hi != hi {
			clipGeneric(dst, x, lo, hi)
			return
		}
		n := len(dst) / blk * blk
		a.clip(dst[:n], x[:n], lo, hi)
		clipGeneric(dst[n:], x[n:], lo, hi)
	}
	o.Compress = func(dst, x []T, m []bool) int {
		m = m[:len(x)]
		i, k := a.compress(dst, x, m)
		return k + compressGeneric(dst[k:], x[i:], m[i:])
	}
	o.TakeInRange = func(dst, x []T, idx []int64) int {
		idx = idx[:len(dst)]
		k := a.take(dst, x, idx)
		return k + takeInRangeGeneric(dst[k:], x, idx[k:])
	}
}
