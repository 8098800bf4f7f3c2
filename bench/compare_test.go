package bench

import (
	"strings"
	"testing"
)

func TestCompare(t *testing.T) {
	old := []Result{
		{Op: "add", Shape: []int{4}, Dtype: "float64", Impl: "best", Ns: 100},
		{Op: "exp", Shape: []int{4}, Dtype: "float64", Impl: "best", Ns: 100},
		{Op: "sum", Shape: []int{4}, Dtype: "float64", Impl: "best", Ns: 100},
		{Op: "sum", Shape: []int{4}, Dtype: "float64", Impl: "numpy", Ns: 50},
	}
	cur := []Result{
		{Op: "add", Shape: []int{4}, Dtype: "float64", Impl: "best", Ns: 130}, // slower beyond 20%
		{Op: "exp", Shape: []int{4}, Dtype: "float64", Impl: "best", Ns: 110}, // within noise
		{Op: "sum", Shape: []int{4}, Dtype: "float64", Impl: "best", Ns: 50},  // faster
		{Op: "new", Shape: []int{4}, Dtype: "float64", Impl: "best", Ns: 1},   // not in the saved run
	}
	cs := Compare(old, cur, 0.2)
	if len(cs) != 3 {
		t.Fatalf("got %d comparisons, want 3: %+v", len(cs), cs)
	}
	tests := []struct {
		op              string
		ratio           float64
		slower, quicker bool
	}{
		{"add", 1.3, true, false},
		{"exp", 1.1, false, false},
		{"sum", 0.5, false, true},
	}
	for i, tt := range tests {
		c := cs[i]
		if c.Op != tt.op || c.Ratio != tt.ratio || c.Slower != tt.slower || c.Quicker != tt.quicker {
			t.Errorf("comparison %d = %+v, want op %s ratio %v slower %v quicker %v", i, c, tt.op, tt.ratio, tt.slower, tt.quicker)
		}
	}
	var b strings.Builder
	WriteComparison(&b, cs, 0.2)
	out := b.String()
	for _, want := range []string{"SLOWER", "faster", "1.30x", "1 of 3 measurements slower"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
