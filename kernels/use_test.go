package kernels

import (
	"slices"
	"testing"
)

// Overlapping Use/restore pairs, in every interleaving of two and three
// pairs, end with the start-up implementation active; while some Uses are
// in effect the active one is the latest of them.
func TestUseInterleaved(t *testing.T) {
	avail := Available()
	if len(avail) < 2 {
		t.Skip("one implementation only")
	}
	start := Active()
	names := []string{avail[0], avail[len(avail)-1], avail[len(avail)/2]}
	// Every order of restoring three Uses made in order 0, 1, 2.
	orders := [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}
	for _, order := range orders {
		restores := make([]func(), 3)
		for i, n := range names {
			r, err := Use(n)
			if err != nil {
				t.Fatal(err)
			}
			restores[i] = r
			if Active() != n {
				t.Fatalf("after Use(%q) the active one is %q", n, Active())
			}
		}
		live := []int{0, 1, 2}
		for _, k := range order {
			restores[k]()
			restores[k]() // twice: no effect
			live = slices.DeleteFunc(live, func(i int) bool { return i == k })
			want := start
			if len(live) > 0 {
				want = names[live[len(live)-1]]
			}
			if Active() != want {
				t.Fatalf("restore order %v: after restoring %d the active one is %q, want %q", order, k, Active(), want)
			}
		}
	}
	// Nested pairs restore what was active before their Use.
	r1, _ := Use(names[1])
	r2, _ := Use(names[0])
	r2()
	if Active() != names[1] {
		t.Fatalf("nested: %q, want %q", Active(), names[1])
	}
	r1()
	if Active() != start {
		t.Fatalf("nested: %q, want %q", Active(), start)
	}
}
