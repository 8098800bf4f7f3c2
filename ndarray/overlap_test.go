package ndarray

import "testing"

// TestMayShareMemory checks MayShareMemory against np.may_share_memory
// (NumPy 1.24) on views of a = np.arange(12.).reshape(3, 4).
func TestMayShareMemory(t *testing.T) {
	a := Arange[float64](0, 12, 1).Reshape(3, 4)
	row := func(i int) *Array[float64] { return a.Index(i) }
	for _, c := range []struct {
		name string
		x, y *Array[float64]
		want bool
	}{
		{"a[:1], a[1:]", a.Slice(S(0, 1)), a.Slice(S(1, 3)), false},
		{"a[:, :2], a[:, 2:]", a.Slice(All(), S(0, 2)), a.Slice(All(), S(2, 4)), true},
		{"a[::-1], a[0]", a.Slice(Step(-1)), row(0), true},
		{"a[2, ::-1], a[1]", row(2).Slice(Step(-1)), row(1), false},
		{"a[:0], a", a.Slice(S(0, 0)), a, false},
		{"broadcast_to(a[0, 1:2], (5, 5)), a[0, 1:2]", row(0).Slice(S(1, 2)).BroadcastTo(5, 5), row(0).Slice(S(1, 2)), true},
		{"broadcast_to(a[0, 1:2], (5, 5)), a[0, 2:3]", row(0).Slice(S(1, 2)).BroadcastTo(5, 5), row(0).Slice(S(2, 3)), false},
		{"a, a.T", a, a.T(), true},
		{"a, a.copy()", a, a.Copy(), false},
	} {
		if got := MayShareMemory(c.x, c.y); got != c.want {
			t.Errorf("may_share_memory(%s) = %v, NumPy %v", c.name, got, c.want)
		}
	}
}
