package threads

import (
	"runtime"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in string
		n  int
		ok bool
	}{
		{"", 0, true}, {"  ", 0, true}, {"4", 4, true}, {" 2 ", 2, true},
		{"0", 0, false}, {"-1", 0, false}, {"abc", 0, false}, {"1.5", 0, false},
	} {
		if n, ok := Parse(c.in); n != c.n || ok != c.ok {
			t.Errorf("Parse(%q) = %d, %v; want %d, %v", c.in, n, ok, c.n, c.ok)
		}
	}
}

func TestSetN(t *testing.T) {
	prev := Set(3)
	defer Set(prev)
	if N() != 3 {
		t.Errorf("N() = %d after Set(3)", N())
	}
	if p := Set(-5); p != 3 {
		t.Errorf("Set returned %d, want 3", p)
	}
	if N() != runtime.GOMAXPROCS(0) {
		t.Errorf("N() = %d after Set(-5), want GOMAXPROCS %d", N(), runtime.GOMAXPROCS(0))
	}
}
