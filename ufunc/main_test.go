package ufunc

import (
	"os"
	"testing"

	"github.com/ndsimd/ndsimd/internal/uninit"
)

// TestMain runs the tests with poisoned uninitialised outputs, so a result
// element the code forgets to write reads as NaN (or -1), not as a zero.
func TestMain(m *testing.M) {
	uninit.Poison(true)
	os.Exit(m.Run())
}
