package guard

import (
	"runtime/debug"
	"testing"
	"unsafe"
)

// touch reads s[i] through a pointer the compiler cannot bounds-check, and
// reports whether the access faulted.
func touch(s []float64, i int) (faulted bool) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			faulted = true
		}
	}()
	p := (*float64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(s)), i*8))
	_ = *(*float64)(noescape(p))
	return false
}

//go:noinline
func noescape(p *float64) unsafe.Pointer { return unsafe.Pointer(p) }

func TestAllocFaultsPastTheEdge(t *testing.T) {
	if !Supported {
		t.Skip("guard pages are not supported here")
	}
	for _, p := range []Placement{End, Start} {
		for _, n := range []int{1, 2, 7, 511, 512, 513, 1000} {
			s, free, err := Alloc[float64](n, p)
			if err != nil {
				t.Fatal(err)
			}
			if len(s) != n || cap(s) != n {
				t.Fatalf("%v n=%d: len %d cap %d", p, n, len(s), cap(s))
			}
			for i := range s {
				s[i] = float64(i)
			}
			for i := range s {
				if s[i] != float64(i) {
					t.Fatalf("%v n=%d: s[%d] = %v", p, n, i, s[i])
				}
			}
			if touch(s, 0) || touch(s, n-1) {
				t.Errorf("%v n=%d: an access inside the slice faulted", p, n)
			}
			if p == End && !touch(s, n) {
				t.Errorf("end n=%d: reading s[n] did not fault", n)
			}
			if p == Start && !touch(s, -1) {
				t.Errorf("start n=%d: reading s[-1] did not fault", n)
			}
			free()
		}
	}
}

func TestAllocBytesAndZero(t *testing.T) {
	if !Supported {
		t.Skip("guard pages are not supported here")
	}
	for _, p := range []Placement{End, Start} {
		for _, n := range []int{0, 1, 3, 4096, 4097} {
			s, free, err := Alloc[uint8](n, p)
			if err != nil {
				t.Fatal(err)
			}
			if len(s) != n {
				t.Fatalf("len %d, want %d", len(s), n)
			}
			for i := range s {
				if s[i] != 0 {
					t.Fatalf("%v n=%d: s[%d] = %d, want 0", p, n, i, s[i])
				}
				s[i] = 1
			}
			free()
		}
	}
	if _, _, err := Alloc[float32](-1, End); err == nil {
		t.Error("Alloc(-1) gave no error")
	}
}
