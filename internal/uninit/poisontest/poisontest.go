// Package poisontest is the TestMain of the packages whose results come from
// uninit.Make: their tests run with the allocations poisoned, so an element
// the code forgets to write reads as NaN (or -1), not as a lucky zero.
package poisontest

import (
	"flag"
	"os"
	"testing"

	"github.com/ndsimd/ndsimd/internal/uninit"
)

// Main runs the tests of m with uninit.Poison on, unless benchmarks are
// selected (-test.bench), which time the real allocation, and exits with
// their status. Call it from TestMain.
func Main(m *testing.M) {
	flag.Parse()
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		uninit.Poison(true)
	}
	os.Exit(m.Run())
}
