package hugepage

import (
	"slices"
	"testing"
)

func TestInterior(t *testing.T) {
	const m = PageBytes
	for _, c := range []struct {
		start, size, lo, hi uintptr
	}{
		{64 * m, 4 * m, 64 * m, 68 * m},           // aligned: all of it
		{64*m + 8192, 4 * m, 65 * m, 68 * m},      // the start cut
		{64*m + 8192, 2*m + 4096, 65 * m, 66 * m}, // one whole huge page
		{64*m + 8192, m + m/2, 65 * m, 65 * m},    // none
		{64*m + 8192, m, 65 * m, 65 * m},          // smaller than a huge page
		{64*m - 4096, 3*m + 8192, 64 * m, 67 * m}, // both ends cut
		{64 * m, 3*m + 4096, 64 * m, 67 * m},      // the tail cut
		{64*m + m - 4096, 2 * m, 65 * m, 66 * m},  // a page short at both ends
	} {
		lo, hi := Interior(c.start, c.size)
		if lo != c.lo || hi != c.hi {
			t.Errorf("Interior(%#x, %#x) = [%#x, %#x), want [%#x, %#x)", c.start, c.size, lo, hi, c.lo, c.hi)
		}
	}
}

func TestUncovered(t *testing.T) {
	r := registry{live: map[uintptr]span{}}
	for _, s := range []span{{10, 20, 1}, {30, 40, 2}, {40, 45, 3}} {
		r.live[s.lo] = s
	}
	for _, c := range []struct {
		lo, hi uintptr
		want   [][2]uintptr
	}{
		{0, 50, [][2]uintptr{{0, 10}, {20, 30}, {45, 50}}},
		{10, 20, nil},
		{12, 33, [][2]uintptr{{20, 30}}},
		{50, 60, [][2]uintptr{{50, 60}}},
		{20, 30, [][2]uintptr{{20, 30}}},
	} {
		if got := r.uncovered(c.lo, c.hi); !slices.Equal(got, c.want) {
			t.Errorf("uncovered(%d, %d) = %v, want %v", c.lo, c.hi, got, c.want)
		}
	}
}

func TestParseSetting(t *testing.T) {
	for _, c := range []struct {
		value       string
		enabled, ok bool
	}{
		{"", true, true},
		{"1", true, true},
		{"0", false, true},
		{"off", true, false},
		{"2", true, false},
	} {
		if enabled, ok := parseSetting(c.value); enabled != c.enabled || ok != c.ok {
			t.Errorf("parseSetting(%q) = %v, %v; want %v, %v", c.value, enabled, ok, c.enabled, c.ok)
		}
	}
}
