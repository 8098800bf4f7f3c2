package kernels

import (
	"errors"
	"slices"
	"testing"
)

// ---------------------------------------------------------------------------
// Length errors.

// lengthError runs f and reports what it panicked with.
func hLengthError(f func()) (err *LengthError, other any) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok && errors.As(e, &err) {
			return
		}
		other = r
	}()
	f()
	return nil, "no panic"
}

func TestLengthErrors(t *testing.T) {
	t.Run("f64", testLengthErrors[float64])
	t.Run("f32", testLengthErrors[float32])
}

func testLengthErrors[T Float](t *testing.T) {
	for _, impl := range Available() {
		t.Run(impl, func(t *testing.T) {
			hUseImpl(t, impl)
			for _, k := range hKernelTable[T]() {
				uses := k.kind.uses()
				if len(uses) < 2 {
					continue
				}
				// Each operand in turn is one element longer or shorter
				// than the others.
				for _, bad := range uses {
					for _, delta := range []int{1, -1, 17} {
						n := 8
						a := &hArgs[T]{s: 1}
						for _, s := range uses {
							m := n
							if s == bad {
								m = n + delta
							}
							v := make([]T, m)
							switch {
							case s == slotDst:
								a.dst = v
							case s == slotX && k.kind == kUint8:
								a.u = make([]uint8, m)
							case s == slotX:
								a.x = v
							default:
								a.y = v
							}
						}
						if err, other := hLengthError(func() { hCall(k.api, a) }); err == nil {
							t.Errorf("impl=%s %s/%s with len(%s) = %d, others %d: panicked with %v, want *LengthError",
								impl, k.name, hTypeName[T](), bad, n+delta, n, other)
						}
					}
				}
			}
			for _, k := range hStridedTable[T]() {
				v := make([]T, 10)
				bad := []struct {
					n, off, inc int
				}{
					{11, 0, 1}, {-1, 0, 1}, {2, 9, 1}, {2, 0, -1}, {5, 9, 3}, {1, 10, 0}, {1, -1, 0}, {4, 8, -3},
				}
				for _, b := range bad {
					for pos := range 3 {
						o := [3][2]int{{0, 1}, {0, 1}, {0, 1}}
						o[pos] = [2]int{b.off, b.inc}
						err, other := hLengthError(func() {
							k.api(b.n, v, o[0][0], o[0][1], slices.Clone(v), o[1][0], o[1][1], slices.Clone(v), o[2][0], o[2][1])
						})
						// n = -1 and n = 11 are wrong for every operand.
						if err == nil {
							t.Errorf("impl=%s %s/%s n=%d operand %d off=%d inc=%d on length 10: panicked with %v, want *LengthError",
								impl, k.name, hTypeName[T](), b.n, pos, b.off, b.inc, other)
						}
					}
				}
			}
		})
	}
}
