package ndarray

import "testing"

// TestCopyTransposed checks the tiled copy of arrays whose columns are the
// contiguous direction against element-by-element reads, for shapes around
// the tile size, stepped and reversed views and both dtypes' sizes.
func TestCopyTransposed(t *testing.T) {
	base := Arange[float64](0, 150*140, 1).Reshape(150, 140)
	views := map[string]*Array[float64]{
		"T":             base.T(),
		"T[:64,:65]":    base.T().Slice(S(0, 64), S(0, 65)),
		"T[3:140,1:97]": base.T().Slice(S(3, 140), S(1, 97)),
		"T[::-1,:]":     base.T().Slice(SS(-1, -141, -1), All()),
		"T[:, ::-2]":    base.T().Slice(All(), Step(-2)),
		"[::3,::2].T":   base.Slice(Step(3), Step(2)).T(),
		"T[:1,:]":       base.T().Slice(S(0, 1), All()),
		"T[:,:33]":      base.T().Slice(All(), S(0, 33)),
	}
	for name, v := range views {
		got := v.Copy()
		if !got.IsCContiguous() {
			t.Fatalf("%s: copy is not C-contiguous", name)
		}
		r, c := v.Shape()[0], v.Shape()[1]
		for i := range r {
			for j := range c {
				if g, w := got.At(i, j), v.At(i, j); g != w {
					t.Fatalf("%s (shape %v): copy[%d,%d] = %v, want %v", name, v.Shape(), i, j, g, w)
				}
			}
		}
	}
	// The tiled path must also be taken for those views large enough.
	if !copyTransposed(make([]float64, 140*150), base.T()) {
		t.Error("copyTransposed refused a transposed 140x150 array")
	}
	if copyTransposed(make([]float64, 150*140), base) {
		t.Error("copyTransposed took a C-contiguous array")
	}
}
