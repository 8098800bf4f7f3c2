package ndarray

import (
	"flag"
	"os"
	"testing"

	"github.com/ndsimd/ndsimd/internal/uninit"
)

// TestMain runs the tests with poisoned uninitialised outputs, so an
// element a copy forgets to write reads as NaN (or -1), not as a zero; not
// when benchmarks run, which time the real allocation.
func TestMain(m *testing.M) {
	flag.Parse()
	if flag.Lookup("test.bench").Value.String() == "" {
		uninit.Poison(true)
	}
	os.Exit(m.Run())
}
