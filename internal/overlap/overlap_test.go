package overlap

import "testing"

func TestViews(t *testing.T) {
	buf := make([]float64, 24)
	b32 := make([]float32, 8)
	for _, c := range []struct {
		name       string
		shape      []int
		a          []float64
		aOff       int
		aSt        []int
		b          []float64
		bOff       int
		bSt        []int
		want       Relation
		wantExtent Relation
	}{
		{"same view", []int{2, 3}, buf, 0, []int{3, 1}, buf, 0, []int{3, 1}, Same, Partial},
		{"same, size-1 axis strides differ", []int{1, 4}, buf, 2, []int{9, 1}, buf, 2, []int{4, 1}, Same, Partial},
		{"transposed", []int{3, 3}, buf, 0, []int{3, 1}, buf, 0, []int{1, 3}, Partial, Partial},
		{"shifted by one", []int{4}, buf, 0, []int{1}, buf, 1, []int{1}, Partial, Partial},
		{"halves", []int{12}, buf, 0, []int{1}, buf, 12, []int{1}, Disjoint, Disjoint},
		{"touching", []int{3}, buf, 0, []int{1}, buf, 3, []int{1}, Disjoint, Disjoint},
		{"evens and odds (bounds overlap)", []int{12}, buf, 0, []int{2}, buf, 1, []int{2}, Partial, Partial},
		{"reversed", []int{4}, buf, 3, []int{-1}, buf, 0, []int{1}, Partial, Partial},
		{"reversed disjoint", []int{4}, buf, 7, []int{-1}, buf, 0, []int{1}, Disjoint, Disjoint},
		{"broadcast scalar in view", []int{4}, buf, 2, []int{0}, buf, 0, []int{1}, Partial, Partial},
		{"empty", []int{0, 3}, buf, 0, []int{3, 1}, buf, 0, []int{3, 1}, Disjoint, Disjoint},
		{"other buffer", []int{4}, buf, 0, []int{1}, make([]float64, 4), 0, []int{1}, Disjoint, Disjoint},
	} {
		if got := Views(c.shape, c.a, c.aOff, c.aSt, c.b, c.bOff, c.bSt); got != c.want {
			t.Errorf("%s: Views = %v, want %v", c.name, got, c.want)
		}
		if got := Views(c.shape, c.b, c.bOff, c.bSt, c.a, c.aOff, c.aSt); got != c.want {
			t.Errorf("%s (swapped): Views = %v, want %v", c.name, got, c.want)
		}
		if got := Extents(c.a, c.aOff, c.shape, c.aSt, c.b, c.bOff, c.shape, c.bSt); got != c.wantExtent {
			t.Errorf("%s: Extents = %v, want %v", c.name, got, c.wantExtent)
		}
	}
	// Elements of another size at the same address are not the same view.
	if got := Views([]int{4}, b32, 0, []int{1}, unsafeFloat64(b32), 0, []int{1}); got != Partial {
		t.Errorf("float32 vs float64 at one address: %v, want partial", got)
	}
}

func TestSlices(t *testing.T) {
	buf := make([]int32, 10)
	for _, c := range []struct {
		name string
		a, b []int32
		want Relation
	}{
		{"same", buf[2:5], buf[2:5], Same},
		{"same start, longer", buf[2:5], buf[2:6], Partial},
		{"inside", buf[2:8], buf[3:4], Partial},
		{"adjacent", buf[:5], buf[5:], Disjoint},
		{"empty", buf[:0], buf, Disjoint},
	} {
		if got := Slices(c.a, c.b); got != c.want {
			t.Errorf("%s: Slices = %v, want %v", c.name, got, c.want)
		}
	}
}
