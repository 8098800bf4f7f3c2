//go:build !ndsimd_nolinkname

package uninit

import (
	"fmt"
	"syscall"
	"testing"
	"unsafe"
)

// BenchmarkFreshResult makes a result block per op and writes every
// element once, as an elementwise op on a fresh result does: impl=reuse is
// Make, impl=plain the runtime's allocation without reuse. faults/op are
// the minor page faults of the process per op (getrusage), where the two
// differ with two Ps (see reuse.go).
func BenchmarkFreshResult(b *testing.B) {
	for _, n := range []int{1 << 18, 1 << 20} {
		for _, impl := range []struct {
			name string
			make func(int) []float32
		}{
			{"plain", func(n int) []float32 { return unsafe.Slice((*float32)(mallocNoZero(uintptr(n)*4)), n) }},
			{"reuse", Make[float32]},
		} {
			b.Run(fmt.Sprintf("n=%d/impl=%s", n, impl.name), func(b *testing.B) {
				f0 := minorFaults()
				for b.Loop() {
					s := impl.make(n)
					for i := range s {
						s[i] = 1
					}
				}
				b.ReportMetric(float64(minorFaults()-f0)/float64(b.N), "faults/op")
			})
		}
	}
}

func minorFaults() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Minflt
}
